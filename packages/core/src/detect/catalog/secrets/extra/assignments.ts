/**
 * Secrets assigned to a telling name in code, configuration, `.env`, JSON, YAML, XML and command
 * lines: `password=…`, `DB_PASSWD: …`, `"api_key": "…"`, `<password>…</password>`,
 * `--password …`. The most false-positive-prone detectors of the catalog, so they are gated by
 * entropy, by the placeholder filter and by checks that reject references to other values
 * (`os.getenv(…)`, `settings.PASSWORD`, `$VAR`, type annotations).
 *
 * @module
 */
import { defineDetector } from '../../../defineDetector.ts';
import type { CandidateContext, Detector, ValidationResult } from '../../../types.ts';
import { isWordUnit } from '../../../../regex/util/text.ts';
import { _charMix } from './shape.ts';

/**
 * Assignment operators: `=`, `:`, `:=`, `::=`, `=>`, `?=`, `||=`, `.=`, after a closing quote or bracket of the name,
 * or a declared string type (`var token string =`, `val token: String =`); or a quoted name and a quoted value
 * passed side by side (`setProperty("API_TOKEN", "…")`, `getenv("api_token", "…")`).
 */
const ASSIGN =
  `(?:["']?\\]?(?:[ \\t]{1,3}string|[ \\t]{0,3}:[ \\t]{0,3}(?:String|string|str))?[ \\t]{0,3}(?::{1,3}=|=>|\\?=|\\|\\|=|\\.=|=|:)[ \\t]{0,3}["'\`]?` +
  `|["'][ \\t]{0,3},[ \\t]{0,3}["'])`;
/**
 * A value written without quotes or brackets around it, `min` to `max` characters: anything but
 * spaces, quotes, separators and brackets, and not ending in a full stop, which in prose ends the
 * sentence (`password: Xk9vLm2q.`).
 */
function bareValue(min: number, max: number): string {
  const ch = '[^\\s"\'`,;<>(){}\\[\\]';
  return `(${ch}]{${min - 1},${max - 1}}${ch}.])`;
}

/** Name parts before the telling word: `MYSQL_ROOT_`, `spring.datasource.`, `db`. */
const NAME_PREFIX = '\\b(?:[a-z0-9]{1,30}[_.-]){0,3}';

/** Values that name a type, a keyword or a stand-in rather than a secret. */
const NOT_VALUES = new Set([
  'string', 'str', 'text', 'varchar', 'char', 'bytes', 'secretstr', 'securestring', 'password', 'passwd', 'boolean', 'bool',
  'integer', 'int', 'number', 'none', 'null', 'nil', 'true', 'false', 'undefined', 'required', 'optional', 'hidden', 'sensitive',
  'changeit', 'changeme', 'secret', 'admin', 'root', 'test', 'testing', 'default',
]);

/**
 * Whether the value at `[start, end)` is a reference to something else rather than a literal:
 * a call (`getenv(…)`), an unquoted dotted path (`settings.PASSWORD`), a variable (`$pass`,
 * `@Value`), or a word that names a type; or a masked copy, whose value runs into a mask
 * (`xoxb-1234-####`, `sk-Ab3…`, `Tr0ub***`).
 */
function isReference(value: string, where: CandidateContext): boolean {
  const { text, start, end } = where;
  const next = text.charAt(end);
  if (next === '(' || next === '[' || next === '\u2026') return true;
  // `settings.PASSWORD`: a path goes on after a dot; `Gx7Qm2…` elided with dots is a masked copy;
  // a full stop before a space ends a sentence.
  if (next === '.' && (isWordUnit(text.charCodeAt(end + 1)) || text.charAt(end + 1) === '.')) return true;
  if ((next === '#' || next === '*' || next === '\u2022') && text.charAt(end + 1) === next && text.charAt(end + 2) === next) return true;
  if (isSigilVariable(value)) return true;
  const lower = value.toLowerCase();
  if (NOT_VALUES.has(lower)) return true;
  if (lower.includes('password') || lower.includes('passwd') || lower.includes('secret') || lower.includes('token')) return true;
  const quoted = start > 0 && (text.charAt(start - 1) === '"' || text.charAt(start - 1) === "'" || text.charAt(start - 1) === '`');
  if (!quoted && value.includes('.') && isIdentifierPath(value)) return true;
  return false;
}

/**
 * A variable written with a sigil: `$DB_PASS`, `$env:DB_PASS`, `@Value`, `%DB_PASS%`, `%s`,
 * `&password`, `*ptr`, `**kwargs`: the sigils, then a name (`:`, `.` and `-` may join its parts).
 * A sigil before anything else is part of a literal (`$ecretP@ss1`, `*Ot0Biw&wJ0W`).
 */
function isSigilVariable(value: string): boolean {
  const sigil = value.charAt(0);
  if (sigil !== '$' && sigil !== '@' && sigil !== '%' && sigil !== '&' && sigil !== '*') return false;
  let from = 1;
  while (value.charAt(from) === sigil) from++;
  // `%NAME%`: a Windows environment variable closes with the sigil it opens with.
  const to = sigil === '%' && value.length > from + 1 && value.endsWith('%') ? value.length - 1 : value.length;
  if (from >= to) return true;
  const c = value.charCodeAt(from);
  if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f)) return false;
  for (let i = from + 1; i < to; i++) {
    const d = value.charCodeAt(i);
    if (!(isWordUnit(d) || d === 0x3a || d === 0x2e || d === 0x2d)) return false;
  }
  return true;
}

/**
 * `a.b.c` made of identifier characters only, each part at most 32 characters long: a property
 * path (`settings.DATABASE_PASSWORD`). Longer parts are random text with a dot in it.
 */
function isIdentifierPath(s: string): boolean {
  let part = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e) {
      part = 0;
      continue;
    }
    const ok = isWordUnit(c);
    if (!ok || ++part > 32) return false;
  }
  return true;
}

/**
 * A password: not a reference, and more than a plain lower-case word (a digit, a symbol or an
 * upper-case letter somewhere).
 */
function checkPassword(value: string, where: CandidateContext): ValidationResult {
  if (isReference(value, where) || hasHarmlessName(where)) return false;
  const mix = _charMix(value);
  let symbol = false;
  for (let i = 0; i < value.length && !symbol; i++) {
    const c = value.charCodeAt(i);
    symbol = !((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39));
  }
  if (!(mix.digit || mix.upper || symbol)) return false;
  return undefined;
}

/** Name parts that say the value is not a secret: public keys, CSRF tokens, fakes. */
const HARMLESS_NAMES = ['public', 'publishable', 'csrf', 'xsrf', 'fake', 'dummy', 'mock', 'sample'];

/**
 * Name parts after the telling word that say the value describes the secret rather than being it:
 * `token_url`, `secret_name`, `api_key_id`, `token_expires_in`.
 */
const DESCRIBING_PARTS = new Set([
  'id', 'ids', 'name', 'names', 'path', 'file', 'dir', 'url', 'uri', 'endpoint', 'length', 'len', 'size', 'type', 'count',
  'format', 'version', 'prefix', 'header', 'field', 'ttl', 'timeout', 'expiry', 'expires', 'expiration', 'lifetime',
  'enabled', 'required', 'ref', 'arn', 'hash', 'label', 'key', 'param', 'var', 'env', 'location', 'store', 'manager',
]);

/** The words that end the telling part of a {@link secretAssignment} name, longest first. */
const TELLING = ['credentials', 'credential', 'secret', 'token', 'creds', 'key'];

/**
 * Whether the name the value is assigned to (the match before the value) says it is harmless:
 * it is public, a CSRF token or a fake, or the rest of the name after its last telling word names
 * a property of the secret (`token_url`, `secretName`).
 */
function hasHarmlessName(where: CandidateContext): boolean {
  const raw = where.text.slice(where.matchStart, where.start);
  const name = raw.toLowerCase();
  if (HARMLESS_NAMES.some((h) => name.includes(h))) return true;
  let rest = -1;
  for (const w of TELLING) {
    const at = name.lastIndexOf(w);
    if (at >= 0 && at + w.length > rest) rest = at + w.length;
  }
  if (rest < 0) return false;
  // Split the rest of the name into parts at separators and lower-to-upper case changes.
  let part = '';
  let lowerBefore = false;
  for (let i = rest; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) : 0;
    const upper = c >= 0x41 && c <= 0x5a;
    const lower = c >= 0x61 && c <= 0x7a;
    const alnum = upper || lower || (c >= 0x30 && c <= 0x39);
    if (!alnum || (upper && lowerBefore)) {
      if (DESCRIBING_PARTS.has(part)) return true;
      part = '';
    }
    if (alnum) part += name.charAt(i);
    lowerBefore = lower;
  }
  return false;
}

/**
 * Whether `value` holds a run of 6 consecutive ascending characters (`123456`, `abcdef`), the mark
 * of a made-up value, or a version number (`0.11.2`).
 */
function looksMadeUp(value: string): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run >= 6) return true;
  }
  for (let i = 1; i + 1 < value.length; i++) {
    if (value.charAt(i) === '.' && isDigit(value.charCodeAt(i - 1)) && isDigit(value.charCodeAt(i + 1))) return true;
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * A token or key: not a reference, not assigned to a harmless name, not made up, with a digit and
 * a letter (names of things rarely have digits).
 */
function checkToken(value: string, where: CandidateContext): ValidationResult {
  if (isReference(value, where) || hasHarmlessName(where) || looksMadeUp(value)) return false;
  const mix = _charMix(value);
  if (!mix.digit || !(mix.upper || mix.lower)) return false;
  return undefined;
}

/**
 * Detects passwords assigned to a name that says so (`password`, `passwd`, `pwd`, `passphrase`,
 * or `pass` as its own name part) in code, config, `.env`, JSON, YAML, XML, `--password`
 * command-line flags and `-u user:password`. Values need 6 to 100 characters, 2.5 bits of entropy per character, and
 * more than lower-case letters; references and placeholders are dropped.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [passwordAssignment()] });
 * const text = 'DB_PASSWORD=Tr0ub4dor&3';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['Tr0ub4dor&3']
 * scanner.scan('password = os.getenv("DB_PASSWORD")'); //=> []
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function passwordAssignment(): Detector {
  const word = '(?:[a-z0-9]{0,20}(?:password|passwd|passphrase|pwd)|pass)';
  return defineDetector({
    id: 'password-assignment',
    type: 'PASSWORD',
    family: 'SECRET',
    description: 'password assigned to a password-like name in code, config or a command line',
    patterns: [
      `(?i)${NAME_PREFIX}${word}${ASSIGN}${bareValue(6, 100)}`,
      `(?i)<(?:[a-z0-9_.:-]{1,30}[_.:-])?(?:password|passwd|pwd|passphrase)>([^<\\s]{6,100})</`,
      `(?i)(?:^|\\s)--?(?:[a-z0-9]{1,20}-)?(?:password|passwd|pass)(?:=|[ \\t]{1,3})["']?([^\\s"'\`]{6,100})`,
      `(?:^|\\s)(?:-u|--user)(?:=|[ \\t]{1,3})["']?[A-Za-z0-9._@+-]{0,64}:([^\\s"'\`]{6,100})`,
    ],
    group: 1,
    validators: [checkPassword],
    minEntropy: 2.5,
    score: 0.7,
    keywords: ['pass', 'pwd', '-u', '--user'],
    level: 'restricted',
    category: 'credential',
    regimes: ['soc2'],
    samples: {
      positive: [
        { text: 'DB_PASSWORD=Tr0ub4dor&3', value: 'Tr0ub4dor&3' },
        { text: '  "password": "qV7!m2Lk9z",', value: 'qV7!m2Lk9z' },
        { text: 'spring.datasource.password: Wint3rIsC0ming', value: 'Wint3rIsC0ming' },
        { text: 'smtp_pass = "Gx8#rT2p"', value: 'Gx8#rT2p' },
        { text: 'conn = connect(host="db", user="etl", passwd="kP9vQ2wX7")', value: 'kP9vQ2wX7' },
        { text: '<add key="Mail" /><password>S0lstice-22</password>', value: 'S0lstice-22' },
        { text: 'mysqldump --user=backup --password=Fj3kL9qP2 shop', value: 'Fj3kL9qP2' },
        { text: '$config["db_pwd"] = \'Ha7Zx!q1\';', value: 'Ha7Zx!q1' },
        { text: 'curl -u deploy:Kv8#pQ2z https://ci.internal/api', value: 'Kv8#pQ2z' },
        { text: 'The new password: Rb7!kW2q. Please change it.', value: 'Rb7!kW2q' },
        { text: 'wifi_password=$unsh1ne#Deck', value: '$unsh1ne#Deck' },
      ],
      negative: [
        'password = os.getenv("DB_PASSWORD")',
        'password: ${DB_PASSWORD}',
        'DB_PASSWORD=changeme',
        'password: string;',
        'PASSWORD = settings.DATABASE_PASSWORD',
        '"password": "<your-password>"',
        'password=$MYSQL_PASSWORD',
        'password: required',
        'bypass = enabled12',
        'min_password_length: 12',
        'password=aaaaaaaa',
        'self.password = password_hash(raw)',
        'password_field: hidden',
        'curl -u admin:$ADMIN_PASS https://ci.internal/api',
        'curl -u "$USER:$TOKEN" https://ci.internal/api',
        '$password = $env:DB_PASS',
        'set DB_PASSWORD=%DB_PASS%',
        'db_pwd = &pwd_buffer',
        'db_passwd = **kwargs',
      ],
    },
  });
}

/**
 * Detects secrets, tokens and API keys assigned to a name that says so (`secret`, `token`,
 * `api_key`, `apikey`, `access_key`, `auth_key`, `private_key`, `credentials`, with any prefix
 * such as `STRIPE_` or `client_`). Values need 20 to 200 token characters (shorter ones are left
 * to provider detectors), or, for a name ending in `secret`, 12 to 100 characters of any kind but
 * space (a secret people choose, like a password, may hold any symbol); and 3.5 bits of entropy
 * per character, a digit and a letter; references,
 * placeholders, made-up runs (`123456`), version numbers and harmless names (`public`, `csrf`)
 * are dropped.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [secretAssignment()] });
 * const text = 'client_secret: "b8Qz3LmW9tR2xK7pV4nY"';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['b8Qz3LmW9tR2xK7pV4nY']
 * scanner.scan('api_key = config.api_key'); //=> []
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function secretAssignment(): Detector {
  // The telling word may be followed by more of the name (`mySecretString`, `api_token_2`); names
  // whose rest says the value is not the secret itself (`token_url`, `secret_name`) are dropped
  // by the validator.
  const word =
    '[a-z0-9]{0,20}(?:(?:secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key|credentials?|creds)(?:[_.-]?[a-z0-9]{1,12}){0,3}|auth)';
  return defineDetector({
    id: 'secret-assignment',
    type: 'GENERIC_SECRET',
    family: 'SECRET',
    description: 'secret, token or API key assigned to a telling name in code or config',
    patterns: [
      `(?i)${NAME_PREFIX}${word}${ASSIGN}([A-Za-z0-9_+/=.~-]{20,200})`,
      // A secret that people choose rather than a service issues (a shared or signing secret) may
      // hold any symbol, like a password: at least 12 characters.
      `(?i)${NAME_PREFIX}[a-z0-9_]{0,20}secret${ASSIGN}${bareValue(12, 100)}`,
      `(?i)<[a-z0-9_.:-]{0,30}(?:secret|token|api[_-]?key|apikey|access[_-]?key)>[ \\t\\r\\n]{0,40}([A-Za-z0-9_+/=.~-]{20,200})[ \\t\\r\\n]{0,40}</`,
    ],
    group: 1,
    validators: [checkToken],
    minEntropy: 3.5,
    score: 0.65,
    keywords: ['secret', 'token', 'key', 'credential', 'creds', 'auth'],
    level: 'restricted',
    category: 'credential',
    regimes: ['soc2'],
    samples: {
      positive: [
        { text: 'client_secret: "b8Qz3LmW9tR2xK7pV4nY"', value: 'b8Qz3LmW9tR2xK7pV4nY' },
        { text: 'PAYMENTS_API_KEY=pk9Vx2Lq8Rt4Wm7Zn3Bc', value: 'pk9Vx2Lq8Rt4Wm7Zn3Bc' },
        { text: '{"accessToken": "Zm9vYmFyLTk4NzY1NDMyMTAtcXdlcnR5"}', value: 'Zm9vYmFyLTk4NzY1NDMyMTAtcXdlcnR5' },
        { text: "const apiKey = 'a3f9c2e7b1d84f6a9c0e';", value: 'a3f9c2e7b1d84f6a9c0e' },
        { text: 'var signingSecret string = "Xk4pT9wQ2mZ7vB3nR8yL"', value: 'Xk4pT9wQ2mZ7vB3nR8yL' },
        { text: 'DEPLOY_TOKEN ?= Pq7Rs2Tu9Vw4Xy6Za1Bc', value: 'Pq7Rs2Tu9Vw4Xy6Za1Bc' },
        { text: 'val authToken: String = "Lm3Qz8Tx5Vb2Wn9Kp4Rc"', value: 'Lm3Qz8Tx5Vb2Wn9Kp4Rc' },
        { text: 'webhook.secret = 7hQ2mX9vK4pL8rT1c5Ws', value: '7hQ2mX9vK4pL8rT1c5Ws' },
        { text: '<apiKey>Q3w8E5r2T9y6U1i4O7p0</apiKey>', value: 'Q3w8E5r2T9y6U1i4O7p0' },
        { text: '<deployToken>\n  Rk2Lw9Qx4Tz7Vn3Bm8Hc\n</deployToken>', value: 'Rk2Lw9Qx4Tz7Vn3Bm8Hc' },
        { text: 'System.setProperty("BILLING_TOKEN", "Hx7Qm2Vk9Rt4Lp8Wz3Nc")', value: 'Hx7Qm2Vk9Rt4Lp8Wz3Nc' },
        { text: '$sessionSecret .= "Ty5Kp8Wq2Zm7Rx4Nv9Lb";', value: 'Ty5Kp8Wq2Zm7Rx4Nv9Lb' },
        { text: 'signingSecretValue = "Mw4Xq9Lt2Kp7Zr5Vn8Hb"', value: 'Mw4Xq9Lt2Kp7Zr5Vn8Hb' },
        { text: 'WEBHOOK_SECRET=k7#Qv2!mZp9^Lx4', value: 'k7#Qv2!mZp9^Lx4' },
        { text: 'upload_creds: Bz6Qn3Rw8Lt2Kx9Vm5Pd', value: 'Bz6Qn3Rw8Lt2Kx9Vm5Pd' },
        {
          text: 'private-key: Vq8Lm2Tx.Kw9Rz4Pn7Hb3Xc5Qt8Lm2Vk6Zr9WnTq4Lx8Rm',
          value: 'Vq8Lm2Tx.Kw9Rz4Pn7Hb3Xc5Qt8Lm2Vk6Zr9WnTq4Lx8Rm',
        },
      ],
      negative: [
        'api_key = config.api_key',
        'token: ${{ secrets.GITHUB_TOKEN }}',
        'SECRET_KEY = os.environ["SECRET_KEY"]',
        'api_key: "<your-api-key-here>"',
        'access_token = get_access_token_from_cache(user)',
        'token: xxxxxxxxxxxxxxxxxxxxxxxx',
        'secret_name: my_application_secret_name',
        'api_key: 0000000000000000',
        'token_path: /var/run/secrets/kubernetes.io/serviceaccount/token',
        'SECRET_KEY_BASE=$SECRET_KEY_BASE',
        'STRIPE_PUBLISHABLE_KEY=pk9Vx2Lq8Rt4Wm7Zn3Bc',
        'session_token = "Qm8vT2xR7pL4nW9k"',
        '<meta name="csrf-token" content="x"> csrf_token = "Qm8vT2xR7pL4nW9kZ3yB"',
        'api_key = "a1b2c3d4e5f60123456789"',
        'auth_token: "lib-crypto-token-3.12.4"',
        'oauth_token_url = "https2Fauth9example4Net7Tok3n"',
        'clientSecretName: Kv7Lp2Qx9Rt4Wz8Nm3Hb',
        'API_KEY_ID=Rq4Tz8Lm2Vx7Kp9Wn3Hc',
        'secret: Gx7Qm2Vk9Rt4Lp8Wz3Nc...',
        // Masked copies: the value runs into the mask.
        '"bot_token": "xoxb-48213-77120-Hq3Vn8Lz2Rk9####################"',
        'auth_token: Gx7Qm2Vk9Rt4Lp8Wz3Nc\u2026',
        'api_key=Gx7Qm2Vk9Rt4Lp8Wz3Nc***',
      ],
    },
  });
}
