/**
 * Passwords inside connection strings and URLs: `postgres://user:pass@host`, JDBC and ADO.NET
 * strings with `password=`, and any `scheme://user:pass@host`.
 *
 * @module
 */
import { defineDetector } from '../../../defineDetector.ts';
import type { Detector, ValidationResult } from '../../../types.ts';

/** Values that stand for a password but are not one: `user:password@`, `:pass@`, `:****@`. */
const STAND_INS = new Set(['password', 'passwd', 'pass', 'pwd', 'secret', 'pw', 'p', 'x', 'user', 'username', 'null', 'none', 'undefined']);

/**
 * `false` for stand-ins such as `password` or `pass` and for shell or template variables
 * (`$PGPASSWORD`, `%s`); otherwise `undefined` (a password has no checksum).
 */
function notAStandIn(value: string): ValidationResult {
  if (STAND_INS.has(value.toLowerCase())) return false;
  const c0 = value.charCodeAt(0);
  if (c0 === 0x24 /* $ */ || c0 === 0x25 /* % */) return false;
  return undefined;
}

const DB_SCHEMES =
  'postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|cockroachdb|clickhouse|couchdb|neo4j(?:\\+s)?|bolt|cassandra|memcached|db2';

/**
 * Detects the password of a database connection string: URLs such as
 * `postgres://user:pass@host/db` (also mysql, mongodb and mongodb+srv, redis, amqp, mssql and
 * sqlserver, `jdbc:` URLs), `password=` in JDBC parameters, and `Password=`/`Pwd=` in
 * ADO.NET-style `Server=…;` strings. The finding covers the password only.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [databaseConnectionPassword()] });
 * const text = 'DATABASE_URL=postgres://app:Tr0ub4dor3x@db.internal:5432/app';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['Tr0ub4dor3x']
 * scanner.scan('postgres://app@db.internal:5432/app'); //=> []
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function databaseConnectionPassword(): Detector {
  return defineDetector({
    id: 'database-connection-password',
    type: 'DATABASE_PASSWORD',
    family: 'SECRET',
    description: 'password in a database connection string (URL, JDBC or ADO.NET form)',
    patterns: [
      `(?i)\\b(?:jdbc:)?(?:${DB_SCHEMES})://[^\\s:/@'"\`]{0,64}:([^\\s@/'"\`]{1,128})@[a-z0-9\\[._-]`,
      `(?i)\\bjdbc:[a-z0-9]{2,20}:[^\\s'"\`]{0,200}?[;?&]password=([^&;\\s'"\`]{1,128})`,
      `(?i)\\b(?:server|data source|host|address|addr)=[^;'"\\n]{1,100};[^'"\\n]{0,200}?\\b(?:password|pwd)=([^;'"\\s]{1,128})`,
    ],
    group: 1,
    validators: [notAStandIn],
    score: 0.85,
    keywords: [
      'postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'oracle', 'cockroachdb',
      'clickhouse', 'couchdb', 'neo4j', 'bolt', 'cassandra', 'memcached', 'db2', 'jdbc', 'password', 'pwd',
    ],
    level: 'restricted',
    category: 'credential',
    regimes: ['soc2'],
    samples: {
      positive: [
        { text: 'DATABASE_URL=postgresql://billing:q7Vd9sLm2xWp@pg-prod.internal:5432/billing', value: 'q7Vd9sLm2xWp' },
        { text: 'MONGO_URI="mongodb+srv://svc-reports:Zk4%40pR8tYw@cluster0.ab1cd.mongodb.net/reports"', value: 'Zk4%40pR8tYw' },
        { text: 'redis://:n3Rv0usC4ch3@cache.example.net:6379/0', value: 'n3Rv0usC4ch3' },
        { text: "url = 'mysql://root:Hx92!fLqz@127.0.0.1:3306/shop'", value: 'Hx92!fLqz' },
        { text: 'AMQP_URL=amqps://worker:c0ff33Qu3ue@mq.internal:5671/vhost', value: 'c0ff33Qu3ue' },
        { text: 'jdbc:postgresql://db.internal:5432/app?user=app&password=Wq3rT7yU9i&ssl=true', value: 'Wq3rT7yU9i' },
        { text: 'jdbc:sqlserver://sql01.corp:1433;databaseName=hr;user=hr_app;password=Pz8!kLm2Qa;encrypt=true', value: 'Pz8!kLm2Qa' },
        { text: '"Server=tcp:sql01.corp,1433;Database=hr;User Id=hr_app;Password=Vb6nM1qZ7x;"', value: 'Vb6nM1qZ7x' },
      ],
      negative: [
        'postgres://app@db.internal:5432/app',
        'postgresql://localhost/mydb',
        'mongodb://user:password@localhost:27017/test',
        'redis://:${REDIS_PASSWORD}@cache:6379',
        'mysql://root:$MYSQL_ROOT_PASSWORD@db/app',
        'jdbc:postgresql://db.internal:5432/app?user=app&ssl=true',
        'Server=sql01;Database=hr;Integrated Security=true;',
        'https://user:Tr0ub4dor3x@example.com/ is not a database URL',
      ],
    },
  });
}

/**
 * Detects a password in the user-info part of any URL (`scheme://user:pass@host`), the form that
 * leaks through logs, shell history and proxy settings. The finding covers the password only.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [urlPassword()] });
 * const text = 'git clone https://deploy:G7hK2mQ9wZ@git.corp.example/repo.git';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['G7hK2mQ9wZ']
 * scanner.scan('https://git.corp.example/repo.git'); //=> []
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function urlPassword(): Detector {
  return defineDetector({
    id: 'url-password',
    type: 'PASSWORD',
    family: 'SECRET',
    description: 'password in the user-info part of a URL',
    patterns: ["(?i)\\b[a-z][a-z0-9+.-]{1,20}://[^\\s:/@'\"`<>]{1,64}:([^\\s@/'\"`<>]{3,128})@[a-z0-9\\[][a-z0-9._-]{0,253}"],
    group: 1,
    validators: [notAStandIn],
    minEntropy: 2,
    score: 0.75,
    keywords: ['://'],
    level: 'restricted',
    category: 'credential',
    regimes: ['soc2'],
    samples: {
      positive: [
        { text: 'git clone https://deploy:G7hK2mQ9wZ@git.corp.example/repo.git', value: 'G7hK2mQ9wZ' },
        { text: 'HTTPS_PROXY=http://jdoe:Sp1ngB0ard7@proxy.corp:3128', value: 'Sp1ngB0ard7' },
        { text: 'ftp://backup:Fl4sk!Tide9@files.example.org/dumps/', value: 'Fl4sk!Tide9' },
        { text: '<url>smtp://mailer:Qw9eR7tY5u@smtp.example.com:587</url>', value: 'Qw9eR7tY5u' },
      ],
      negative: [
        'https://git.corp.example/repo.git',
        'ssh://git@github.com:22/org/repo.git',
        'https://user:password@example.com/',
        'http://admin:$ADMIN_PASS@localhost:8080',
        'https://user:${TOKEN}@example.com',
        'https://example.com/path?a=b:c@d',
        'https://user:<password>@host.example',
      ],
    },
  });
}
