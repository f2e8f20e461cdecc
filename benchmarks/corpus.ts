/**
 * Seeded, deterministic benchmark corpora.
 *
 * - **ordinary**: English-like prose, log lines, JSON documents, `.env`/YAML config and code, with a
 *   little non-ASCII (accented words, Greek, Cyrillic, CJK sentences, an emoji now and then). Entities
 *   (emails, card numbers, keys, …) are planted from templates at about one per 500 code units, each
 *   in a context that suits the block (a sentence, `key=value`, a JSON field, an env line).
 * - **adversarial**: the same kind of text, but most blocks are traps aimed at these patterns: long
 *   digit runs, almost-emails with no dot in the domain, `AKIA`/`ghp_`/`sk-`/`eyJ` prefixes that
 *   never complete, overlapping token starts (`-sk-…-sk-…`) that keep many bounded-repeat counters alive
 *   at once (what fills a lazy DFA's cache), hex-colon soups, `+` followed by long digit runs. Every trap
 *   is bounded in length so that native backtracking `RegExp` still finishes in reasonable time: the
 *   point is to compare airlock's adversarial cost with its ordinary cost.
 *
 * Sizes are in UTF-16 code units (JavaScript string length): a corpus of "1 MB" is exactly
 * 2^20 code units. The text is mostly ASCII, so its UTF-8 size is a few percent larger.
 *
 * The generator is a pure function of (kind, size, seed): the same arguments give the same string.
 *
 * @module
 */

/** A PRNG returning floats in [0, 1): mulberry32, 32-bit state. */
export type Rng = () => number;

/**
 * mulberry32: a small, fast, well-mixed 32-bit PRNG. Good enough for text generation and fully
 * deterministic across engines and platforms.
 */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random helpers over one {@link Rng}. */
class Gen {
  constructor(readonly rng: Rng) {}
  /** An integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rng() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.rng() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.rng() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** `n` characters drawn from `alphabet`. */
  chars(alphabet: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.rng() * alphabet.length)];
    return out;
  }
  digits(n: number): string {
    return this.chars(DIGITS, n);
  }
  /** Picks an item with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let x = this.rng() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  }
}

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = UPPER + LOWER + DIGITS;
const UPPER_DIGITS = UPPER + DIGITS;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = ALNUM + '+/';
const BASE64URL = ALNUM + '-_';
const HEX_LOWER = '0123456789abcdef';

const FIRST_NAMES = [
  'alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj',
  'olivia', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter', 'yusuf', 'zoe', 'amelie', 'bjorn',
  'chloe', 'diego', 'elif', 'fatima', 'goran', 'hana', 'ines', 'jonas', 'kenji', 'lucia', 'mateo',
];
const LAST_NAMES = [
  'smith', 'jones', 'garcia', 'miller', 'davis', 'martin', 'muller', 'rossi', 'dubois', 'tanaka', 'kim',
  'nguyen', 'silva', 'kowalski', 'novak', 'larsen', 'oconnor', 'schmidt', 'fischer', 'moreau', 'lopez',
];
const DOMAIN_WORDS = [
  'example', 'acme', 'contoso', 'initech', 'globex', 'umbrella', 'hooli', 'piedpiper', 'northwind',
  'fabrikam', 'wayne-ent', 'stark', 'tyrell', 'cyberdyne', 'soylent', 'vandelay', 'wonka', 'gringotts',
];
const TLDS = ['com', 'org', 'net', 'io', 'de', 'fr', 'co.uk', 'dev', 'app', 'ch', 'nl', 'com.au'];

/** Common English words: the bulk of the prose. None of them is a context word of a pattern. */
const WORDS = (
  'the of and to in is it that for on with as was be by this are from at or have an not they which ' +
  'we you one all were there can their has more also will would been other when who what about some ' +
  'into time could these two may then first any only new use way like over such our most after where ' +
  'team report meeting project review update customer order invoice shipment account service release ' +
  'deadline budget quarter migration backup cluster server request response latency error retry cache ' +
  'deploy rollback feature ticket issue branch merge draft summary schedule office travel contract ' +
  'support question answer please thanks regards tomorrow yesterday morning afternoon evening week ' +
  'month year quickly carefully mostly again soon later already still never always often usually ' +
  'green blue small large quiet busy simple complex internal external final early late open closed'
).split(' ');

/** Non-ASCII words, mixed into prose now and then. */
const WORDS_NON_ASCII = [
  'café', 'naïve', 'résumé', 'Zürich', 'Ångström', 'façade', 'jalapeño', 'über', 'São Paulo', 'Kraków',
  'Straße', 'Malmö', 'Ærøskøbing', 'crème brûlée', 'Ελλάδα', 'Москва', 'Ñandú', 'İstanbul', 'Łódź',
  'señor', 'déjà vu', 'coöperate', 'Đà Nẵng', 'Reykjavík',
];
const CJK_SENTENCES = [
  '我们明天在会议室讨论这个问题。', 'データのバックアップは毎晩実行されます。', '개인정보 보호가 중요합니다.',
  '请在周五之前提交报告。', 'このチケットは来週対応します。', '服务器在凌晨三点重启了。', '会議の議事録を共有しました。',
];
const EMOJI = ['🙂', '🚀', '✅', '👍🏽', '🇩🇪', '🎉', '⚠️', '🔥', '📎', '🤔'];

const SERVICES = ['api', 'auth', 'billing', 'worker-3', 'gateway', 'search', 'notifier', 'scheduler'];
const LOG_LEVELS = ['INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR'];
const LOG_MESSAGES = [
  'request completed', 'cache miss', 'retrying upstream call', 'user signed in', 'payment authorized',
  'job finished', 'connection reset by peer', 'slow query detected', 'webhook delivered', 'token refreshed',
  'rate limit reached', 'config reloaded', 'healthcheck ok', 'queue depth high',
];
const HTTP_METHODS = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const PATH_WORDS = ['users', 'orders', 'invoices', 'items', 'sessions', 'reports', 'files', 'search'];

// ──────────────────────────────── entities ────────────────────────────────

/** Where an entity is being written; each context wraps it differently. */
type Style = 'prose' | 'log' | 'json' | 'config';

/** A kind of entity that the corpus plants, with the id of the pattern meant to find it. */
export interface EntityKind {
  /** The id of the pattern in `patterns.ts` that should find it. */
  readonly id: string;
  /** How often it is planted, relative to the others. */
  readonly weight: number;
  /** Key names for `key=value` and JSON contexts. */
  readonly keys: readonly string[];
  /** Lead-ins for prose; the value follows after a space. */
  readonly leads: readonly string[];
  /** Generates one value. */
  value(g: Gen): string;
}

function luhnComplete(body: string): string {
  // Appends the check digit that makes `body + digit` pass the Luhn test.
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

function ibanMod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 ? String(code - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem;
}

function makeIban(country: string, bban: string): string {
  const check = 98 - ibanMod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}

function group(s: string, size: number, sep: string): string {
  const parts: string[] = [];
  for (let i = 0; i < s.length; i += size) parts.push(s.slice(i, i + size));
  return parts.join(sep);
}

function base64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function hostName(g: Gen): string {
  const word = g.pick(DOMAIN_WORDS);
  const tld = g.pick(TLDS);
  return g.weighted<string>([
    [`${word}.${tld}`, 4],
    [`www.${word}.${tld}`, 2],
    [`api.${word}.${tld}`, 1],
    [`mail.${word}.${tld}`, 1],
  ]);
}

function personName(g: Gen): [string, string] {
  return [g.pick(FIRST_NAMES), g.pick(LAST_NAMES)];
}

/** Every entity kind, one per pattern of `patterns.ts` (same ids). */
export const ENTITY_KINDS: readonly EntityKind[] = [
  {
    id: 'email',
    weight: 10,
    keys: ['email', 'contact_email', 'reply_to', 'user', 'from'],
    leads: ['Please write to', 'You can reach me at', 'cc', 'Forwarded by', 'Contact:', '邮箱：'],
    value: (g) => {
      const [f, l] = personName(g);
      const local = g.weighted<string>([
        [`${f}.${l}`, 4],
        [`${f}${g.int(1, 99)}`, 2],
        [`${f[0] ?? 'x'}${l}`, 2],
        [`${f}_${l}`, 1],
        [`${f}+${g.pick(['news', 'work', 'test', 'billing'])}`, 1],
      ]);
      return `${local}@${g.chance(0.15) ? 'mail.' : ''}${g.pick(DOMAIN_WORDS)}.${g.pick(TLDS)}`;
    },
  },
  {
    id: 'us-ssn',
    weight: 3,
    keys: ['ssn', 'social_security_number', 'SSN'],
    leads: ['SSN', 'Social Security number', 'her SSN is', 'SSN on file:'],
    value: (g) => {
      let area = g.int(1, 772);
      if (area === 666) area = 665;
      return `${pad(area, 3)}-${pad(g.int(1, 99), 2)}-${pad(g.int(1, 9999), 4)}`;
    },
  },
  {
    id: 'credit-card',
    weight: 5,
    keys: ['card_number', 'pan', 'cc', 'payment_card'],
    leads: ['charged to card', 'Card number', 'paid with', 'the card ending in ... no, the full card is'],
    value: (g) => {
      const brand = g.weighted<string>([['visa', 5], ['mc', 3], ['amex', 1], ['discover', 1]]);
      const sep = g.weighted<string>([[' ', 3], ['-', 2], ['', 3]]);
      if (brand === 'amex') {
        const n = luhnComplete(`3${g.pick(['4', '7'])}${g.digits(12)}`);
        return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
      }
      const prefix = brand === 'visa' ? '4' : brand === 'mc' ? `5${g.int(1, 5)}` : '6011';
      const n = luhnComplete(prefix + g.digits(15 - prefix.length));
      return group(n, 4, sep);
    },
  },
  {
    id: 'iban',
    weight: 3,
    keys: ['iban', 'IBAN', 'account'],
    leads: ['IBAN', 'please transfer to', 'Bank account (IBAN):'],
    value: (g) => {
      const country = g.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IT']);
      const bban =
        country === 'DE' ? g.digits(18)
        : country === 'GB' ? g.chars(UPPER, 4) + g.digits(14)
        : country === 'FR' ? g.digits(10) + g.chars(UPPER_DIGITS, 11) + g.digits(2)
        : country === 'NL' ? g.chars(UPPER, 4) + g.digits(10)
        : country === 'ES' ? g.digits(20)
        : g.chars(UPPER, 1) + g.digits(10) + g.chars(UPPER_DIGITS, 12);
      const iban = makeIban(country, bban);
      return g.chance(0.6) ? group(iban, 4, ' ') : iban;
    },
  },
  {
    id: 'ipv4',
    weight: 7,
    keys: ['ip', 'client_ip', 'remote_addr', 'host', 'src'],
    leads: ['from', 'connected to', 'the VPN gateway at', 'ping'],
    value: (g) =>
      `${g.pick([10, 172, 192, g.int(1, 223)])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
  },
  {
    id: 'ipv6',
    weight: 2,
    keys: ['ip6', 'client_ip', 'remote_addr'],
    leads: ['from', 'the host at', 'IPv6'],
    value: (g) => {
      const hex = (): string => g.chars(HEX_LOWER, g.int(1, 4)).replace(/^0+(?=.)/, '');
      if (g.chance(0.35)) return Array.from({ length: 8 }, hex).join(':');
      const head = Array.from({ length: g.int(1, 4) }, hex);
      if (g.chance(0.5)) head[0] = g.pick(['2001', 'fe80', 'fd00', '2a02']);
      const tail = Array.from({ length: g.int(1, 3) }, hex);
      return `${head.join(':')}::${tail.join(':')}`;
    },
  },
  {
    id: 'us-phone',
    weight: 5,
    keys: ['phone', 'mobile', 'tel', 'phone_number'],
    leads: ['call me at', 'Phone:', 'her cell is', 'dial', 'Tel.'],
    value: (g) => {
      const a = `${g.int(2, 9)}${g.digits(2)}`;
      const e = `${g.int(2, 9)}${g.digits(2)}`;
      const l = g.digits(4);
      return g.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `+1 ${a} ${e} ${l}`, `+1-${a}-${e}-${l}`]);
    },
  },
  {
    id: 'intl-phone',
    weight: 3,
    keys: ['phone', 'mobile', 'tel'],
    leads: ['call me at', 'Phone:', 'Tel.', 'WhatsApp'],
    value: (g) =>
      g.pick([
        `+44 20 ${g.digits(4)} ${g.digits(4)}`,
        `+49 30 ${g.digits(g.int(6, 8))}`,
        `+33 ${g.int(1, 9)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`,
        `+81 3-${g.digits(4)}-${g.digits(4)}`,
        `+91 ${g.int(6, 9)}${g.digits(4)} ${g.digits(5)}`,
        `+61 2 ${g.digits(4)} ${g.digits(4)}`,
        `+55 11 9${g.digits(4)}-${g.digits(4)}`,
      ]),
  },
  {
    id: 'url',
    weight: 7,
    keys: ['url', 'href', 'callback_url', 'homepage'],
    leads: ['see', 'docs at', 'the dashboard is', 'details:', 'open'],
    value: (g) => {
      const scheme = g.chance(0.85) ? 'https' : 'http';
      const port = g.chance(0.1) ? `:${g.pick([8080, 8443, 3000])}` : '';
      const path = g.weighted<string>([
        ['', 1],
        [`/${g.pick(PATH_WORDS)}`, 2],
        [`/docs/${g.pick(WORDS)}/${g.pick(WORDS)}`, 2],
        [`/${g.pick(PATH_WORDS)}/${g.int(1, 99999)}?ref=${g.pick(WORDS)}&lang=en`, 2],
      ]);
      return `${scheme}://${hostName(g)}${port}${path}`;
    },
  },
  {
    id: 'aws-access-key-id',
    weight: 2,
    keys: ['aws_access_key_id', 'AWS_ACCESS_KEY_ID', 'accessKeyId'],
    leads: ['access key', 'AWS key', 'rotated'],
    value: (g) => g.pick(['AKIA', 'AKIA', 'ASIA']) + g.chars(BASE32, 16),
  },
  {
    id: 'aws-secret-access-key',
    weight: 2,
    // Context-only: the key name is part of the match.
    keys: ['aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', 'aws_secret_key'],
    leads: [],
    value: (g) => g.chars(BASE64, 40),
  },
  {
    id: 'github-token',
    weight: 2,
    keys: ['github_token', 'GITHUB_TOKEN', 'token', 'GH_TOKEN'],
    leads: ['token', 'use', 'the CI token is'],
    value: (g) => `gh${g.pick(['p', 'p', 'o', 'u', 's', 'r'])}_${g.chars(ALNUM, 36)}`,
  },
  {
    id: 'github-fine-grained-pat',
    weight: 1,
    keys: ['github_token', 'GITHUB_PAT'],
    leads: ['token', 'fine-grained token'],
    value: (g) => `github_pat_${g.chars(ALNUM, 22)}_${g.chars(ALNUM, 59)}`,
  },
  {
    id: 'gitlab-pat',
    weight: 1,
    keys: ['gitlab_token', 'GITLAB_TOKEN', 'private_token'],
    leads: ['token', 'GitLab token'],
    value: (g) => `glpat-${g.chars(ALNUM, 1)}${g.chars(ALNUM + '-_', 18)}${g.chars(ALNUM, 1)}`,
  },
  {
    id: 'slack-token',
    weight: 1,
    keys: ['slack_token', 'SLACK_BOT_TOKEN', 'token'],
    leads: ['bot token', 'Slack token'],
    value: (g) =>
      g.chance(0.6)
        ? `xoxb-${g.digits(11)}-${g.digits(13)}-${g.chars(ALNUM, 24)}`
        : `xoxp-${g.digits(11)}-${g.digits(11)}-${g.digits(12)}-${g.chars(HEX_LOWER, 32)}`,
  },
  {
    id: 'slack-webhook',
    weight: 1,
    keys: ['webhook_url', 'SLACK_WEBHOOK_URL'],
    leads: ['posting to', 'webhook:'],
    value: (g) =>
      `https://hooks.slack.com/services/T${g.chars(UPPER_DIGITS, 8)}/B${g.chars(UPPER_DIGITS, g.int(8, 10))}/${g.chars(ALNUM, 24)}`,
  },
  {
    id: 'stripe-key',
    weight: 1,
    keys: ['stripe_key', 'STRIPE_SECRET_KEY', 'apiKey'],
    leads: ['Stripe key', 'key'],
    value: (g) => `${g.pick(['sk', 'sk', 'rk', 'pk'])}_${g.pick(['live', 'test'])}_${g.chars(ALNUM, g.pick([24, 24, 99]))}`,
  },
  {
    id: 'openai-key',
    weight: 2,
    keys: ['openai_api_key', 'OPENAI_API_KEY', 'apiKey'],
    leads: ['OpenAI key', 'key', 'set the key to'],
    value: (g) =>
      g.chance(0.3)
        ? `sk-${g.chars(ALNUM, 20)}T3BlbkFJ${g.chars(ALNUM, 20)}`
        : `sk-${g.pick(['proj-', 'proj-', 'svcacct-'])}${g.chars(BASE64URL, g.int(40, 74))}T3BlbkFJ${g.chars(BASE64URL, g.int(40, 74))}`,
  },
  {
    id: 'anthropic-key',
    weight: 1,
    keys: ['anthropic_api_key', 'ANTHROPIC_API_KEY'],
    leads: ['Anthropic key', 'key'],
    value: (g) => `sk-ant-api03-${g.chars(BASE64URL, 93)}AA`,
  },
  {
    id: 'google-api-key',
    weight: 1,
    keys: ['google_api_key', 'GOOGLE_API_KEY', 'key'],
    leads: ['Maps key', 'key'],
    value: (g) => `AIza${g.chars(BASE64URL, 35)}`,
  },
  {
    id: 'jwt',
    weight: 2,
    keys: ['id_token', 'access_token', 'jwt'],
    leads: ['token', 'the session token is'],
    value: (g) => {
      const alg = g.pick(['HS256', 'RS256', 'ES256']);
      const header = base64url(JSON.stringify({ alg, typ: 'JWT' }));
      const [f, l] = personName(g);
      const iat = 1_700_000_000 + g.int(0, 40_000_000);
      const payload = base64url(
        JSON.stringify({ sub: String(g.int(1, 9_999_999)), name: `${f} ${l}`, iat, exp: iat + 3600 }),
      );
      const sig = g.chars(BASE64URL, alg === 'RS256' ? 342 : alg === 'ES256' ? 86 : 43);
      return `${header}.${payload}.${sig}`;
    },
  },
  {
    id: 'private-key',
    weight: 1,
    keys: ['private_key', 'PRIVATE_KEY', 'ssh_key'],
    leads: ['here is the key:\n'],
    value: (g) => {
      const kind = g.pick(['RSA ', 'OPENSSH ', '', 'EC ']);
      const lines: string[] = [`-----BEGIN ${kind}PRIVATE KEY-----`];
      for (let i = g.int(2, 6); i > 0; i--) lines.push(g.chars(BASE64, 64));
      lines.push(`${g.chars(BASE64, g.int(8, 60))}==`, `-----END ${kind}PRIVATE KEY-----`);
      return lines.join('\n');
    },
  },
  {
    id: 'password-assignment',
    weight: 3,
    // Context-only: the key name is part of the match.
    keys: ['password', 'passwd', 'pwd', 'PASSWORD', 'secret'],
    leads: [],
    value: (g) => g.chars(ALNUM + '!#$%^&*_-', g.int(8, 20)),
  },
  {
    id: 'uk-nino',
    weight: 2,
    keys: ['nino', 'ni_number', 'NINO'],
    leads: ['NI number', 'National Insurance number'],
    value: (g) => {
      const p = g.chars('ABCEGHJKLMNOPRSTWXYZ', 1) + g.chars('ABCEGHJKLMNPRSTWXYZ', 1);
      const d = g.digits(6);
      const s = g.chars('ABCD', 1);
      return g.chance(0.5) ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`;
    },
  },
  {
    id: 'date-of-birth',
    weight: 2,
    // Context-only: the context word is part of the match. Keys double as prose leads.
    keys: ['dob', 'DOB'],
    leads: ['DOB:', 'Date of birth:', 'born on', 'date of birth', 'D.O.B.'],
    value: (g) => {
      const y = g.int(1940, 2005);
      const m = g.int(1, 12);
      const d = g.int(1, 28);
      return g.pick([`${pad(m, 2)}/${pad(d, 2)}/${y}`, `${d}.${pad(m, 2)}.${y}`, `${y}-${pad(m, 2)}-${pad(d, 2)}`]);
    },
  },
  {
    id: 'mac-address',
    weight: 2,
    keys: ['mac', 'hw_addr', 'macAddress'],
    leads: ['device', 'MAC'],
    value: (g) => {
      const sep = g.pick([':', ':', '-']);
      const s = Array.from({ length: 6 }, () => g.chars(HEX_LOWER, 2)).join(sep);
      return g.chance(0.3) ? s.toUpperCase() : s;
    },
  },
  {
    id: 'npm-token',
    weight: 1,
    keys: ['NPM_TOKEN', '//registry.npmjs.org/:_authToken'],
    leads: ['npm token'],
    value: (g) => `npm_${g.chars(ALNUM, 36)}`,
  },
  {
    id: 'sendgrid-key',
    weight: 1,
    keys: ['SENDGRID_API_KEY', 'sendgrid_key'],
    leads: ['SendGrid key'],
    value: (g) => `SG.${g.chars(BASE64URL, 22)}.${g.chars(BASE64URL, 43)}`,
  },
  {
    id: 'twilio-account-sid',
    weight: 1,
    keys: ['TWILIO_ACCOUNT_SID', 'account_sid'],
    leads: ['Twilio account'],
    value: (g) => `AC${g.chars(HEX_LOWER, 32)}`,
  },
  {
    id: 'azure-storage-key',
    weight: 1,
    keys: ['AZURE_STORAGE_CONNECTION_STRING', 'connection_string'],
    leads: ['connection string:'],
    value: (g) =>
      `DefaultEndpointsProtocol=https;AccountName=${g.pick(DOMAIN_WORDS).replace('-', '')}store;AccountKey=${g.chars(BASE64, 86)}==;EndpointSuffix=core.windows.net`,
  },
  {
    id: 'db-connection-url',
    weight: 1,
    keys: ['DATABASE_URL', 'database_url', 'dsn'],
    leads: ['connect with', 'DSN:'],
    value: (g) => {
      const scheme = g.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqp']);
      const user = g.pick(FIRST_NAMES);
      const pw = g.chars(ALNUM + '!$%^*_-', g.int(8, 18));
      return `${scheme}://${user}:${pw}@db.${g.pick(DOMAIN_WORDS)}.internal:${g.pick([5432, 3306, 27017, 6379, 5672])}/${g.pick(PATH_WORDS)}`;
    },
  },
  {
    id: 'bearer-token',
    weight: 2,
    keys: ['authorization', 'Authorization'],
    leads: ['send the header Authorization:', 'with header'],
    value: (g) => `Bearer ${g.chars(ALNUM + '._-', g.int(32, 64))}${g.chars(ALNUM, 1)}`,
  },
];

const CONTEXT_ONLY = new Set(['aws-secret-access-key', 'password-assignment', 'date-of-birth']);
const ENTITY_WEIGHTS: readonly (readonly [EntityKind, number])[] = ENTITY_KINDS.map((k) => [k, k.weight]);

/** Renders one entity in a given style. Returns the text, which contains exactly one planted entity. */
function renderEntity(g: Gen, kind: EntityKind, style: Style, value: string = kind.value(g)): string {
  const key = g.pick(kind.keys);
  const contextOnly = CONTEXT_ONLY.has(kind.id);
  switch (style) {
    case 'prose': {
      if (kind.id === 'date-of-birth') return `${g.pick(kind.leads)} ${value}`;
      if (contextOnly) return `${key}${g.pick([': ', '=', ' = '])}${value}`;
      return `${g.pick(kind.leads)} ${value}`;
    }
    case 'log':
      return /[ \n]/.test(value) ? `${key}="${value.replace(/\n/g, '\\n')}"` : `${key}=${value}`;
    case 'json':
      return `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    case 'config':
      if (value.includes('\n')) return `${key}="${value}"`;
      return g.chance(0.5) ? `${key}=${value}` : `${key}: ${g.chance(0.5) ? `"${value}"` : value}`;
  }
}

// ──────────────────────────────── filler ────────────────────────────────

/** Accumulates the corpus and plants entities at about one per {@link ENTITY_SPACING} code units. */
const ENTITY_SPACING = 500;

class Writer {
  readonly parts: string[] = [];
  length = 0;
  /** Planted entities: the index in {@link parts} of the block holding each, its kind id and value. */
  readonly plantLog: [number, string, string][] = [];
  private nextEntityAt: number;
  /** When false, {@link slot} plants nothing (adversarial traps). */
  planting = true;

  constructor(readonly g: Gen) {
    this.nextEntityAt = g.int(100, ENTITY_SPACING);
  }

  push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /**
   * Offers a place for an entity. Returns the rendered entity when one is due, else `null`. The next
   * one is due a random 300–700 code units after the previous due point (mean 500), so the long-run
   * density is exactly one per 500 code units of text wherever slots are frequent enough.
   */
  slot(style: Style): string | null {
    if (!this.planting || this.length < this.nextEntityAt) return null;
    this.nextEntityAt += this.g.int(300, 700);
    // Catch up after a long trap block rather than planting a burst.
    if (this.nextEntityAt < this.length) this.nextEntityAt = this.length + this.g.int(300, 700);
    const kind = this.g.weighted(ENTITY_WEIGHTS);
    // Every block pushes exactly once, after its slots, so the entity lands in part `parts.length`.
    const value = kind.value(this.g); // drawn first, as renderEntity would: the text stays the same
    this.plantLog.push([this.parts.length, kind.id, value]);
    return renderEntity(this.g, kind, style, value);
  }
}

function sentence(g: Gen): string {
  if (g.chance(0.03)) return g.pick(CJK_SENTENCES);
  const n = g.int(5, 16);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    words.push(g.chance(0.04) ? g.pick(WORDS_NON_ASCII) : g.pick(WORDS));
    if (i > 2 && i < n - 2 && g.chance(0.07)) words[words.length - 1] += ',';
  }
  const first = words[0] ?? 'the';
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  let s = words.join(' ') + g.weighted<string>([['.', 8], ['?', 1], ['!', 1]]);
  if (g.chance(0.03)) s += ` ${g.pick(EMOJI)}`;
  return s;
}

function prose(w: Writer): void {
  const g = w.g;
  const sentences: string[] = [];
  for (let i = g.int(2, 7); i > 0; i--) {
    sentences.push(sentence(g));
    const e = w.slot('prose');
    if (e !== null) sentences.push(`${e}${g.pick(['.', ' — thanks.', ', if needed.', ' today.'])}`);
  }
  w.push(sentences.join(' ') + '\n\n');
}

function timestamp(g: Gen): string {
  return `2024-${pad(g.int(1, 12), 2)}-${pad(g.int(1, 28), 2)}T${pad(g.int(0, 23), 2)}:${pad(g.int(0, 59), 2)}:${pad(g.int(0, 59), 2)}.${pad(g.int(0, 999), 3)}Z`;
}

function logLines(w: Writer): void {
  const g = w.g;
  for (let i = g.int(3, 12); i > 0; i--) {
    const svc = g.pick(SERVICES);
    let line = `${timestamp(g)} ${g.pick(LOG_LEVELS).padEnd(5)} [${svc}] ${g.pick(LOG_MESSAGES)}`;
    line += ` request_id=${g.chars(HEX_LOWER, 16)} method=${g.pick(HTTP_METHODS)} path=/api/v${g.int(1, 3)}/${g.pick(PATH_WORDS)}/${g.int(1, 99999)}`;
    line += ` status=${g.pick([200, 200, 200, 201, 204, 301, 400, 401, 403, 404, 429, 500, 503])} duration_ms=${g.int(1, 4000)}`;
    const e = w.slot('log');
    if (e !== null) line += ` ${e}`;
    if (g.chance(0.05)) line += ` note="${sentence(g).replace(/"/g, '')}"`;
    w.push(line + '\n');
  }
}

function jsonDoc(w: Writer): void {
  const g = w.g;
  const [f, l] = personName(g);
  const fields: string[] = [
    `"id": ${g.int(1, 9_999_999)}`,
    `"name": ${JSON.stringify(`${f.charAt(0).toUpperCase()}${f.slice(1)} ${l.charAt(0).toUpperCase()}${l.slice(1)}`)}`,
    `"locale": ${JSON.stringify(g.pick(['en-US', 'fr-FR', 'de-DE', 'ja-JP', 'pt-BR', 'zh-CN']))}`,
    `"created_at": "${timestamp(g)}"`,
    `"active": ${g.chance(0.8)}`,
    `"items": [${Array.from({ length: g.int(0, 4) }, () => `{"sku": "${g.chars(UPPER, 3).toLowerCase()}-${g.int(100, 999)}", "qty": ${g.int(1, 9)}, "price": ${g.int(1, 500)}.${pad(g.int(0, 99), 2)}}`).join(', ')}]`,
    `"note": ${JSON.stringify(sentence(g))}`,
  ];
  for (let i = 0; i < 3; i++) {
    const e = w.slot('json');
    if (e !== null) fields.splice(g.int(1, fields.length), 0, e);
  }
  const pretty = g.chance(0.5);
  w.push(pretty ? `{\n  ${fields.join(',\n  ')}\n}\n` : `{${fields.join(', ')}}\n`);
}

const CONFIG_LINES = [
  'NODE_ENV=production', 'PORT=8080', 'LOG_LEVEL=info', 'DATABASE_POOL_SIZE=10', 'FEATURE_FLAGS=search,exports',
  'CACHE_TTL_SECONDS=300', 'REGION=eu-west-1', 'timeout: 30s', 'retries: 3', 'max_connections: 100',
  'host: localhost', 'enable_tls: true', 'workers: 4', '# generated by the deploy tool, do not edit',
];

function config(w: Writer): void {
  const g = w.g;
  const lines: string[] = [`# ${g.pick(SERVICES)} settings`];
  for (let i = g.int(4, 10); i > 0; i--) {
    lines.push(g.pick(CONFIG_LINES));
    const e = w.slot('config');
    if (e !== null) lines.push(e);
  }
  w.push(lines.join('\n') + '\n\n');
}

const CODE_LINES = [
  'const client = createClient({ region: "eu-west-1", retries: 3 });',
  'export async function handler(event, context) {',
  '  const body = JSON.parse(event.body ?? "{}");',
  '  if (!body.items?.length) return { statusCode: 400 };',
  'def handle(event, context):',
  '    return {"statusCode": 200, "body": json.dumps(result)}',
  'for (let i = 0; i < rows.length; i++) total += rows[i].amount;',
  'SELECT id, name, created_at FROM users WHERE active = true ORDER BY id LIMIT 100;',
  '}',
  '// TODO: move this into the shared helpers module',
];

function code(w: Writer): void {
  const g = w.g;
  const lines: string[] = [];
  for (let i = g.int(3, 8); i > 0; i--) {
    lines.push(g.pick(CODE_LINES));
    const e = w.slot('config');
    if (e !== null) lines.push(g.chance(0.5) ? `# ${e}` : e);
  }
  w.push(lines.join('\n') + '\n\n');
}

function ordinaryBlock(w: Writer): void {
  const kind = w.g.weighted<string>([['prose', 4], ['log', 3], ['json', 2], ['config', 1], ['code', 1]]);
  if (kind === 'prose') prose(w);
  else if (kind === 'log') logLines(w);
  else if (kind === 'json') jsonDoc(w);
  else if (kind === 'config') config(w);
  else code(w);
}

// ──────────────────────────────── adversarial traps ────────────────────────────────

/**
 * Each trap aims at some patterns and is bounded so that a backtracking engine's work per trap stays
 * bounded (at most a few tens of thousands of steps). None is meant to complete a match, though a
 * few can by chance.
 */
const TRAPS: readonly (readonly [string, number, (g: Gen) => string])[] = [
  // Long digit runs: every digit-led pattern starts and fails (cards, SSN, phones, IPv4, IBAN tails).
  ['digit-run', 3, (g) => g.digits(g.int(20, 400))],
  // Digit groups joined by '.' and '/': IPv4 octet alternations and dates restart at every group.
  ['digit-dots', 2, (g) => Array.from({ length: g.int(10, 60) }, () => g.digits(3)).join(g.pick(['.', '/']))],
  // Hex groups with ':', broken every 5 groups by ':::': IPv6 and MAC threads at every group.
  [
    'hex-colon',
    2,
    (g) =>
      Array.from({ length: g.int(4, 20) }, () =>
        Array.from({ length: 5 }, () => g.chars('0123456789abcdef', g.int(1, 4))).join(':'),
      ).join(':::'),
  ],
  // Almost-emails: long dotted/dashed local parts, an '@', and a domain with no dot.
  [
    'almost-email',
    3,
    (g) =>
      Array.from({ length: g.int(3, 12) }, () => {
        const local = Array.from({ length: g.int(4, 20) }, () => g.chars(LOWER, g.int(1, 5))).join(g.pick(['.', '-', '+', '_']));
        return `${local}@${g.chars(LOWER, g.int(3, 40))}${g.pick(['-', '_'])}${g.chars(LOWER, g.int(3, 40))}`;
      }).join(' '),
  ],
  // 'aaaa…@' with no domain at all.
  ['at-run', 1, (g) => `${g.chars('a', g.int(65, 300))}@ ${g.chars('ab.', g.int(20, 200))}@@`],
  // AKIA/ASIA prefixes one character short or long, and AKIAAKIA… runs.
  [
    'akia',
    2,
    (g) =>
      Array.from({ length: g.int(5, 30) }, () =>
        g.pick([
          `AKIA${g.chars(UPPER_DIGITS, 15)}`,
          `ASIA${g.chars(UPPER_DIGITS, 17)}`,
          'AKIA'.repeat(g.int(2, 30)),
          `AKIA${g.chars(UPPER_DIGITS, g.int(0, 14))}`,
        ]),
      ).join(g.pick([' ', ',', ';', '\n'])),
  ],
  // Token prefixes that never complete.
  [
    'token-prefix',
    3,
    (g) =>
      Array.from({ length: g.int(5, 20) }, () =>
        g.pick([
          `ghp_${g.chars(ALNUM, 35)}`,
          `github_pat_${g.chars(ALNUM, 22)}_${g.chars(ALNUM, 58)}`,
          `glpat-${g.chars(ALNUM, 19)}`,
          `xoxb-${g.digits(12)}-${g.digits(9)}-${g.chars(ALNUM, 24)}`,
          `sk_live_${g.chars(ALNUM, 23)}`,
          `AIza${g.chars(ALNUM, 30)}`,
          `npm_${g.chars(ALNUM, 35)}`,
          `SG.${g.chars(ALNUM, 22)}.${g.chars(ALNUM, 20)}`,
          `AC${g.chars(HEX_LOWER, 31)}`,
          `sk-ant-api03-${g.chars(ALNUM, 70)}`,
          `AccountKey=${g.chars(BASE64, 80)}=`,
          `aws_secret_access_key=${g.chars(BASE64, 30)}`,
          `Bearer ${g.chars(ALNUM, 12)}`,
          `https:/hooks.slack.com/services/T${g.chars(UPPER_DIGITS, 9)}/B${g.chars(UPPER_DIGITS, 9)}/${g.chars(ALNUM, 24)}`,
        ]),
      ).join(' '),
  ],
  // Overlapping OpenAI starts: every '-sk-' restarts a {20,160} counter, and T3BlbkFJ never comes.
  [
    'sk-run',
    3,
    (g) => Array.from({ length: g.int(10, 60) }, () => `sk-${g.chars(ALNUM, g.int(1, 12))}`).join('-'),
  ],
  // Overlapping JWT starts: every '-eyJ' restarts a {8,1000} counter, and one '.eyJ' in the run lets
  // the second part start, but no second '.' ever comes.
  [
    'eyj-run',
    3,
    (g) => {
      const parts = Array.from({ length: g.int(10, 60) }, () => `eyJ${g.chars(ALNUM, g.int(1, 12))}`);
      const i = g.int(0, parts.length - 1);
      parts[i] = `eyJ${g.chars(ALNUM, g.int(8, 12))}.${parts[i] ?? ''}`;
      return parts.join('-');
    },
  ],
  // Candidate starts that only the bounds reject. An engine that finds starts with the counted
  // repeats relaxed to loops (and confirms each start exactly) pays up to the bound per start here:
  // '-eyJ' every few characters, then more than 1000 characters before '.eyJ….…' completes a token.
  [
    'eyj-far',
    1,
    (g) =>
      `${Array.from({ length: g.int(20, 80) }, () => `eyJ${g.chars(ALNUM, g.int(1, 6))}`).join('-')}${g.chars(ALNUM, g.int(1001, 1100))}.eyJ${g.chars(ALNUM, 10)}.${g.chars(ALNUM, 20)}`,
  ],
  // The same for OpenAI keys (160 after 'sk-') and email local parts (64 before '@').
  [
    'sk-far',
    1,
    (g) =>
      `${Array.from({ length: g.int(20, 60) }, () => `sk-${g.chars(ALNUM, g.int(1, 6))}`).join('-')}${g.chars(ALNUM, g.int(161, 200))}T3BlbkFJ${g.chars(ALNUM, 20)}`,
  ],
  [
    'email-far',
    1,
    (g) =>
      `${Array.from({ length: g.int(40, 120) }, () => g.chars(LOWER, g.int(1, 3))).join('.')}@${hostName(g)}`,
  ],
  // A '+' then long digit runs: the international phone pattern's {2,5} groups of {1,4} digits.
  ['plus-digits', 1, (g) => Array.from({ length: g.int(2, 8) }, () => `+${g.digits(g.int(25, 60))}x`).join(' ')],
  // Context words without a value: password, DOB, AWS secret.
  [
    'context-only',
    2,
    (g) =>
      Array.from({ length: g.int(5, 20) }, () =>
        g.pick([
          `password: ${g.chars(ALNUM, g.int(1, 5))}`,
          `pwd=''`,
          `secret = ;`,
          `DOB: ${g.int(1, 12)}/${g.int(1, 28)}/${g.int(1, 99)}`,
          `born on the ${g.int(1, 28)}th`,
          `aws_secret_access_key = "${g.chars(BASE64, g.int(10, 39))}"`,
          `http:/${hostName(g)}`,
          `postgres://${g.pick(FIRST_NAMES)}@`,
        ]),
      ).join(' '),
  ],
  // Uppercase alphanumeric runs: IBAN and NINO starts.
  // (Tokens of 5–7 characters: a 4-character group after the prefix would complete an IBAN.)
  ['upper-run', 1, (g) => Array.from({ length: g.int(5, 30) }, () => `${g.chars(UPPER, 2)}${g.digits(2)}${g.chars(UPPER_DIGITS, g.int(1, 3))}`).join(' ')],
  // A long word with no boundary inside, and base64-ish blobs.
  ['word-run', 1, (g) => g.chars(LOWER, g.int(500, 3000))],
  ['base64-blob', 1, (g) => g.chars(BASE64, g.int(200, 2000))],
  // Non-ASCII heavy: CJK, accents and emoji around near-miss ASCII.
  [
    'non-ascii',
    2,
    (g) =>
      Array.from({ length: g.int(5, 20) }, () =>
        g.pick([g.pick(CJK_SENTENCES), g.pick(WORDS_NON_ASCII), g.pick(EMOJI).repeat(g.int(1, 5)), `用户${g.pick(FIRST_NAMES)}@示例`]),
      ).join(''),
  ],
];
const TRAP_WEIGHTS: readonly (readonly [(g: Gen) => string, number])[] = TRAPS.map(([, w, f]) => [f, w]);

/** The names of the adversarial traps, for the README and the report. */
export const TRAP_NAMES: readonly string[] = TRAPS.map(([name]) => name);

function adversarialBlock(w: Writer): void {
  // A quarter of the adversarial corpus stays ordinary text (with entities), three quarters are traps.
  if (w.g.chance(0.25)) {
    ordinaryBlock(w);
    return;
  }
  const lines: string[] = [];
  for (let i = w.g.int(1, 4); i > 0; i--) lines.push(w.g.weighted(TRAP_WEIGHTS)(w.g));
  w.push(lines.join('\n') + '\n');
}

// ──────────────────────────────── public API ────────────────────────────────

/** Which corpus. */
export type CorpusKind = 'ordinary' | 'adversarial';

/** A generated corpus. */
export interface Corpus {
  /** e.g. `ordinary-1MB`. */
  readonly name: string;
  readonly kind: CorpusKind;
  /** The text; `text.length` is exactly the requested size. */
  readonly text: string;
  /** Size in UTF-16 code units (= `text.length`). */
  readonly codeUnits: number;
  /** Size in UTF-8 bytes. */
  readonly utf8Bytes: number;
  /** Number of entities planted, per entity kind id (the id of the pattern meant to find it). */
  readonly planted: ReadonlyMap<string, number>;
  /** Total entities planted. */
  readonly plantedTotal: number;
  /**
   * Each planted entity whose value appears verbatim in its block (values that a JSON or log
   * context escaped are left out): kind id, value and span in `text`.
   */
  readonly entities: readonly { readonly id: string; readonly value: string; readonly start: number; readonly end: number }[];
}

/** One "MB" of corpus: 2^20 UTF-16 code units. */
export const MB = 1 << 20;

/**
 * Generates a corpus of exactly `size` UTF-16 code units.
 *
 * @param kind - `ordinary` or `adversarial`
 * @param size - the length of the string, in UTF-16 code units
 * @param seed - the PRNG seed; the same arguments always give the same text
 */
export function generateCorpus(kind: CorpusKind, size: number, seed = 0x5eed): Corpus {
  const g = new Gen(mulberry32(seed ^ (kind === 'adversarial' ? 0xad7e : 0)));
  const w = new Writer(g);
  while (w.length < size) {
    if (kind === 'ordinary') ordinaryBlock(w);
    else adversarialBlock(w);
  }
  // Keep the whole blocks that fit and pad with spaces, so that no entity is cut in half, no
  // surrogate pair is split, and the planted counts are exact.
  let kept = 0;
  let keptLength = 0;
  while (kept < w.parts.length && keptLength + (w.parts[kept]?.length ?? 0) <= size) {
    keptLength += w.parts[kept]?.length ?? 0;
    kept++;
  }
  const text = w.parts.slice(0, kept).join('') + ' '.repeat(size - keptLength);
  const planted = new Map<string, number>();
  let plantedTotal = 0;
  const partStart: number[] = [];
  for (let i = 0, at = 0; i < kept; i++) {
    partStart.push(at);
    at += w.parts[i]!.length;
  }
  const entities: { id: string; value: string; start: number; end: number }[] = [];
  for (const [part, id, value] of w.plantLog) {
    if (part >= kept) continue;
    planted.set(id, (planted.get(id) ?? 0) + 1);
    plantedTotal++;
    const at = w.parts[part]!.indexOf(value);
    if (at >= 0) entities.push({ id, value, start: partStart[part]! + at, end: partStart[part]! + at + value.length });
  }
  return {
    name: `${kind}-${size / MB}MB`,
    kind,
    text,
    codeUnits: text.length,
    utf8Bytes: Buffer.byteLength(text, 'utf8'),
    planted,
    plantedTotal,
    entities,
  };
}

/**
 * Generates a text of exactly `size` code units made only of one adversarial trap (one trap per
 * line), for measuring what each trap costs.
 */
export function generateTrapCorpus(trap: string, size: number, seed = 0x7a9): string {
  const entry = TRAPS.find(([name]) => name === trap);
  if (entry === undefined) throw new Error(`no trap ${trap}`);
  const g = new Gen(mulberry32(seed));
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const line = `${entry[2](g)}\n`;
    if (length + line.length > size) break;
    parts.push(line);
    length += line.length;
  }
  return parts.join('') + ' '.repeat(size - length);
}

/**
 * Generates `n` samples of one entity kind, rendered in every style, for checking that each planted
 * entity is found by the pattern meant to find it.
 */
export function sampleEntities(id: string, n: number, seed = 1): string[] {
  const kind = ENTITY_KINDS.find((k) => k.id === id);
  if (kind === undefined) throw new Error(`no entity kind ${id}`);
  const g = new Gen(mulberry32(seed));
  const styles: readonly Style[] = ['prose', 'log', 'json', 'config'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(renderEntity(g, kind, styles[i % styles.length] ?? 'prose'));
  return out;
}
