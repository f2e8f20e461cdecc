/**
 * Builders for secret detectors, written once so that each provider's rule is a line of data.
 *
 * A value format is a list of {@link Part}s: literals (`ghp_`), runs of an {@link Alphabet}
 * (`run(ALNUM, 36)`) and choices. From one format the builders make both the RE2 pattern and the
 * detector's own samples (values drawn from a PRNG seeded by the rule's id, so samples are the same
 * on every build), so a pattern and its samples cannot drift apart.
 *
 * Two shapes cover gitleaks' default rules:
 * - {@link prefixedToken}: self-identifying tokens (`ghp_…`, `xoxb-…`, `glpat-…`), found anywhere.
 * - {@link assignedSecret}: values that only mean something next to a provider's name
 *   (`adafruit_key = "…"`, `"mapbox": "pk.…"`), in the assignment grammar of config files and code.
 *
 * @internal
 * @module
 */
import { isWordUnit } from '../../../regex/util/text.ts';
import { defineDetector } from '../../defineDetector.ts';
import { isPlaceholder } from '../../placeholder.ts';
import type { ContextSpec, Detector, DetectorSamples, SensitivityLevel, Validator } from '../../types.ts';

/** A character set: its RE2 class body (without brackets) and its characters. @internal */
export interface Alphabet {
  readonly re: string;
  readonly chars: string;
}

function alphabet(re: string, chars: string): Alphabet {
  return Object.freeze({ re, chars });
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGIT = '0123456789';

/** Digits. @internal */
export const DIGITS: Alphabet = alphabet('0-9', DIGIT);
/** Lower-case hex. @internal */
export const HEX: Alphabet = alphabet('a-f0-9', 'abcdef' + DIGIT);
/** Upper-case hex. @internal */
export const HEX_UPPER: Alphabet = alphabet('A-F0-9', 'ABCDEF' + DIGIT);
/** Hex in either case. @internal */
export const HEX_ANY: Alphabet = alphabet('a-fA-F0-9', 'abcdefABCDEF' + DIGIT);
/** Lower-case letters and digits. @internal */
export const LOWER_ALNUM: Alphabet = alphabet('a-z0-9', LOWER + DIGIT);
/** Upper-case letters and digits. @internal */
export const UPPER_ALNUM: Alphabet = alphabet('A-Z0-9', UPPER + DIGIT);
/** Letters (either case). @internal */
export const LETTERS: Alphabet = alphabet('a-zA-Z', LOWER + UPPER);
/** Letters and digits. @internal */
export const ALNUM: Alphabet = alphabet('a-zA-Z0-9', LOWER + UPPER + DIGIT);
/** Letters, digits and `_` (RE2's `\w`). @internal */
export const WORD: Alphabet = alphabet('a-zA-Z0-9_', LOWER + UPPER + DIGIT + '_');
/** URL-safe base64 without padding: letters, digits, `_`, `-`. @internal */
export const URLSAFE: Alphabet = alphabet('a-zA-Z0-9_\\-', LOWER + UPPER + DIGIT + '_-');
/** URL-safe base64 with `=`. @internal */
export const URLSAFE_EQ: Alphabet = alphabet('a-zA-Z0-9_\\-=', LOWER + UPPER + DIGIT + '_-=');
/** Standard base64 alphabet without padding. @internal */
export const BASE64: Alphabet = alphabet('a-zA-Z0-9+/', LOWER + UPPER + DIGIT + '+/');
/** RFC 4648 base32 (upper case). @internal */
export const BASE32: Alphabet = alphabet('A-Z2-7', UPPER + '234567');
/** Bech32 data characters (lower case). @internal */
export const BECH32: Alphabet = alphabet('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 'qpzry9x8gf2tvdw0s3jn54khce6mua7l');

/** Any alphabet made of the given class body and characters. @internal */
export function chars(re: string, list: string): Alphabet {
  return alphabet(re, list);
}

/** A run of `min`..`max` characters of one alphabet. @internal */
export interface Run {
  readonly kind: 'run';
  readonly a: Alphabet;
  readonly min: number;
  readonly max: number;
}

/** One of several sequences. @internal */
export interface Choice {
  readonly kind: 'choice';
  readonly alts: readonly (readonly Part[])[];
}

/** A literal matched case-insensitively. @internal */
export interface Folded {
  readonly kind: 'folded';
  readonly text: string;
}

/** A piece of a value format: a literal (matched as written), a run, a choice or a folded literal. @internal */
export type Part = string | Run | Choice | Folded;

/** `min`..`max` (default: exactly `min`; `Infinity` for no upper bound) characters of `a`. @internal */
export function run(a: Alphabet, min: number, max: number = min): Run {
  return { kind: 'run', a, min, max };
}

/** One of the given sequences. @internal */
export function choice(...alts: (readonly Part[])[]): Choice {
  return { kind: 'choice', alts };
}

/** A literal matched in any case. @internal */
export function folded(text: string): Folded {
  return { kind: 'folded', text };
}

/** Escapes RE2 metacharacters. */
function lit(s: string): string {
  let out = '';
  for (const ch of s) out += '\\.+*?()|[]{}^$'.includes(ch) ? '\\' + ch : ch;
  return out;
}

/** The RE2 pattern of a format. @internal */
export function formatPattern(parts: readonly Part[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += lit(p);
    else if (p.kind === 'folded') out += `(?i:${lit(p.text)})`;
    else if (p.kind === 'choice') out += `(?:${p.alts.map(formatPattern).join('|')})`;
    else out += `[${p.a.re}]` + (p.min === p.max ? `{${p.min}}` : p.max === Infinity ? `{${p.min},}` : `{${p.min},${p.max}}`);
  }
  return out;
}

/**
 * {@link formatPattern} for a token found in running text: when the format ends in a run of
 * varying length whose alphabet holds `.`, the run's last character is not `.`, so a full stop
 * after the token ends the sentence instead of the token (`…pscale_tkn_….`). (A fixed-length run
 * stops where it must; {@link endGuard} lets a full stop follow it.)
 */
function tokenPattern(parts: readonly Part[]): string {
  const last = parts[parts.length - 1];
  if (last === undefined || typeof last === 'string' || last.kind !== 'run' || last.min < 1 || last.min === last.max || !last.a.chars.includes('.')) {
    return formatPattern(parts);
  }
  let noDot = '';
  for (const ch of last.a.chars) if (ch !== '.') noDot += '\\^-[]'.includes(ch) ? '\\' + ch : ch;
  const max = last.max === Infinity ? '' : String(last.max - 1);
  return `${formatPattern(parts.slice(0, -1))}[${last.a.re}]{${last.min - 1},${max}}[${noDot}]`;
}

/** Whether a code unit is an RE2 word character. */
function isWord(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isWordUnit(ch.charCodeAt(0));
}

function firstChars(parts: readonly Part[]): string {
  const p = parts[0];
  if (p === undefined) return '';
  if (typeof p === 'string') return p.slice(0, 1);
  if (p.kind === 'folded') return p.text.slice(0, 1);
  if (p.kind === 'choice') return p.alts.map(firstChars).join('');
  return p.a.chars;
}

/**
 * What may follow a value: for a value ending in a run, anything outside the run's alphabet (or the
 * end of the text), so that a longer string of the same alphabet is not cut to size; for a value
 * ending in a word-character literal, a word boundary.
 */
function endGuard(parts: readonly Part[], dotEnds = false): string {
  const last = parts[parts.length - 1];
  if (last === undefined) return '';
  if (typeof last === 'string' || last.kind === 'folded') {
    const text = typeof last === 'string' ? last : last.text;
    return isWord(text[text.length - 1]) ? '\\b' : '';
  }
  if (last.kind === 'choice') {
    const guards = new Set(last.alts.map((alt) => endGuard(alt, dotEnds)));
    return guards.size === 1 ? [...guards][0]! : '(?:[^a-zA-Z0-9_\\-+/=]|$)';
  }
  // A token is not followed by `.` and a letter or digit: `box.ico-….png` is a file name.
  if (dotEnds && !last.a.chars.includes('.')) return `(?:[^${last.a.re}.]|\\.[^a-zA-Z0-9]|\\.$|$)`;
  // An alphabet with `.` in it: a full stop that nothing of the alphabet follows ends a sentence
  // (`SendGrid key SG.….`), not the token.
  if (dotEnds) return `(?:[^${last.a.re}]|\\.(?:[^${last.a.re}]|$)|$)`;
  return `(?:[^${last.a.re}]|$)`;
}

/** The literal text a format starts with (empty when it starts with a run or a choice). */
function leadingLiteral(parts: readonly Part[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if (p.kind === 'folded') out += p.text;
    else break;
  }
  return out;
}

/**
 * Rejects a value whose variable part (after a fixed prefix of `skip` characters) is a placeholder
 * or has at most two distinct letters and digits (`FLWSECK_TEST-000000000000`, `xapp-1-x-1-x`).
 *
 * @internal
 */
export function randomTail(skip: number): Validator {
  return (value) => {
    const tail = value.slice(skip);
    if (isPlaceholder(tail)) return false;
    const seen = new Set<string>();
    let n = 0;
    for (const ch of tail) {
      const c = ch.charCodeAt(0);
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
        seen.add(ch.toLowerCase());
        n++;
      }
    }
    return n >= 4 && seen.size <= 2 ? false : undefined;
  };
}

/** A small deterministic PRNG (mulberry32) seeded from a string. @internal */
export function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How to size runs when making a value. */
type Size = 'min' | 'max' | 'short' | 'long' | 'fill';

/**
 * A value of the format, drawn from `rnd`. `size` picks run lengths: `min`/`max` of every run,
 * `short` (the last run one below its minimum), `long` (the last run one above its maximum), or
 * `fill` (minimum lengths, every run character the same: a placeholder).
 *
 * @internal
 */
export function makeValue(parts: readonly Part[], rnd: () => number, size: Size = 'min'): string {
  const lastRun = findLastRun(parts);
  const walk = (ps: readonly Part[]): string => {
    let out = '';
    for (const p of ps) {
      if (typeof p === 'string') out += p;
      else if (p.kind === 'folded') out += p.text;
      else if (p.kind === 'choice') out += walk(p.alts[0]!);
      else {
        let n = size === 'max' ? Math.min(p.max, p.min + 40) : p.min;
        if (p === lastRun && size === 'short') n = p.min - 1;
        if (p === lastRun && size === 'long' && p.max !== Infinity) n = p.max + 1;
        const cs = p.a.chars;
        const fillChar = cs.includes('x') ? 'x' : cs.includes('X') ? 'X' : cs.includes('0') ? '0' : cs[0]!;
        for (let i = 0; i < n; i++) out += size === 'fill' ? fillChar : cs[Math.floor(rnd() * cs.length)]!;
      }
    }
    return out;
  };
  return walk(parts);
}

function findLastRun(parts: readonly Part[]): Run | undefined {
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    if (typeof p === 'string' || p.kind === 'folded') continue;
    if (p.kind === 'run') return p;
    return findLastRun(p.alts[0]!);
  }
  return undefined;
}

/** What every secret rule says about itself. @internal */
export interface SecretRule {
  /** gitleaks' kebab-case id. */
  readonly id: string;
  /** UPPER_SNAKE type, by provider. */
  readonly type: string;
  /** One line for humans. */
  readonly description: string;
  /** The value's format. */
  readonly value: readonly Part[];
  /** Minimum Shannon entropy of the value. */
  readonly minEntropy?: number;
  /** @defaultValue 'restricted' */
  readonly level?: SensitivityLevel;
  /** @defaultValue 0.8 for tokens, 0.7 for assigned secrets */
  readonly score?: number;
  /** Keywords (lower case); by default the token's literal prefix, or the provider's names. */
  readonly keywords?: readonly string[];
  readonly context?: ContextSpec;
  /** Structural checks of the value, beyond the pattern. */
  readonly validators?: readonly Validator[];
  /** More samples, beyond the generated ones. */
  readonly positives?: readonly (string | { readonly text: string; readonly value: string })[];
  readonly negatives?: readonly string[];
}

/** A self-identifying token. @internal */
export interface TokenRule extends SecretRule {
  /**
   * Require a word boundary before the token.
   * @defaultValue true when the token starts with a word character
   */
  readonly boundary?: boolean;
}

function snake(id: string): string {
  return id.toUpperCase().split('-').join('_');
}

/** A UUID in either case. @internal */
export const UUID: readonly Part[] = [run(HEX_ANY, 8), '-', run(HEX_ANY, 4), '-', run(HEX_ANY, 4), '-', run(HEX_ANY, 4), '-', run(HEX_ANY, 12)];

/**
 * A detector of a self-identifying token, such as GitHub's `ghp_` + 36 letters and digits. The
 * pattern is the format, a word boundary before it (when it starts with a word character) and a
 * guard after it that stops a longer run of the same alphabet from matching.
 *
 * @internal
 */
// @__NO_SIDE_EFFECTS__
export function prefixedToken(rule: TokenRule): Detector {
  const rnd = seededRandom(rule.id);
  const v = rule.value;
  const boundary = rule.boundary ?? isWord(firstChars(v)[0]);
  const pattern = `${boundary ? '\\b' : ''}(${tokenPattern(v)})${endGuard(v, true)}`;
  const keywords = rule.keywords ?? [literalPrefix(v).toLowerCase()];
  const validators = [randomTail(leadingLiteral(v).length), ...(rule.validators ?? [])];
  const env = snake(rule.id);
  const a = makeValue(v, rnd, 'min');
  const b = makeValue(v, rnd, 'max');
  const c = makeValue(v, rnd, 'min');
  const e = makeValue(v, rnd, 'min');
  const negatives = [makeValue(v, rnd, 'fill')];
  const shortest = findLastRun(v);
  if (shortest && shortest.min > 1) negatives.push(`token: ${makeValue(v, rnd, 'short')}`);
  return defineDetector({
    id: rule.id,
    type: rule.type,
    family: 'SECRET',
    patterns: [pattern],
    group: 1,
    validators,
    ...(rule.minEntropy !== undefined ? { minEntropy: rule.minEntropy } : {}),
    keywords,
    ...(rule.context ? { context: rule.context } : {}),
    score: rule.score ?? 0.8,
    level: rule.level ?? 'restricted',
    category: 'credential',
    description: rule.description,
    samples: {
      positive: [
        { text: `export ${env}="${a}"`, value: a },
        { text: `settings:\n  ${rule.id}: ${b}\n`, value: b },
        { text: `found ${c} in the log`, value: c },
        { text: `The key is ${e}. Rotate it.`, value: e },
        ...(rule.positives ?? []),
      ],
      negative: [...negatives, ...(rule.negatives ?? [])],
    },
  });
}

function literalPrefix(parts: readonly Part[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if (p.kind === 'folded') out += p.text;
    else break;
  }
  if (out === '') throw new Error('prefixedToken: a token without a literal prefix needs keywords');
  return out;
}

/** A secret that is recognised by the name it is assigned to. @internal */
export interface AssignedRule extends SecretRule {
  /**
   * The provider's names, as RE2 alternatives matched case-insensitively (`'linked[_-]?in'`); one of
   * them must occur in the name the value is assigned to.
   */
  readonly names: readonly string[];
  /** Name pieces for the samples, one per name (defaults to the names themselves). */
  readonly sampleNames?: readonly string[];
}

/**
 * The assignment grammar, written once: a name containing the provider's name, up to 20 more name
 * characters (`_api_key`, `Token`, ` string`), a closing quote or bracket, an operator (`=`, `:=`,
 * `::=`, `?=`, `.=`, `+=`, `=>`, `:`, `,`, `>`, `||`), then up to five quotes, spaces or newlines
 * before the value.
 */
const NAME_TAIL = '[a-zA-Z0-9_.\\- \\t]{0,20}';
const CLOSE = `[ \\t'"\\x60\\]]{0,3}`;
const OPERATOR = '(?:[:?.+]{0,3}=|=>|:|,|>|\\|\\|)';
const OPEN = `[ \\t\\r\\n'"\\x60=]{0,5}`;

/**
 * The ways a provider's name is written as a word or part of an identifier: `etsy`, `Etsy`, `ETSY`
 * (so `etsy_key`, `myEtsyKey` and `ETSY_KEY`), but not `SetSysctl` or `sumOfValues`.
 */
function caseForms(name: string): string[] {
  // A name with pattern syntax in it (`linked[_-]?in`) is specific enough to match in any case.
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i) | 0x20;
    if (!(c >= 0x61 && c <= 0x7a) && !(c >= 0x30 && c <= 0x39) && name[i] !== '_') return [`(?i:${name})`];
  }
  const cap = name.charAt(0).toUpperCase() + name.slice(1);
  return [...new Set([name, cap, name.toUpperCase()])];
}

/**
 * A detector of a value assigned to a name that mentions the provider
 * (`ADAFRUIT_KEY=…`, `"adafruit_token": "…"`, `<adafruitToken>…</adafruitToken>`). The value is
 * the capture group; what follows it must not continue its alphabet.
 *
 * @internal
 */
// @__NO_SIDE_EFFECTS__
export function assignedSecret(rule: AssignedRule): Detector {
  const rnd = seededRandom(rule.id);
  const v = rule.value;
  const names = `(?:${rule.names.flatMap(caseForms).join('|')})`;
  const pattern = `${names}${NAME_TAIL}${CLOSE}${OPERATOR}${OPEN}(${tokenPattern(v)})${endGuard(v, true)}`;
  const sampleNames = rule.sampleNames ?? rule.names;
  const keywords = rule.keywords ?? sampleNames.map((n) => n.toLowerCase());
  const name = sampleNames[0]!;
  const a = makeValue(v, rnd, 'min');
  const b = makeValue(v, rnd, 'max');
  const c = makeValue(v, rnd, 'min');
  const d = makeValue(v, rnd, 'min');
  const e = makeValue(v, rnd, 'min');
  const negatives = [`${name}_key = "${makeValue(v, rnd, 'fill')}"`, `build_checksum = "${d}"`];
  const last = findLastRun(v);
  if (last && last.min > 1) negatives.push(`${name}_key = "${makeValue(v, rnd, 'short')}"`);
  if (last && last.max < 200) negatives.push(`${name}_key = "${makeValue(v, rnd, 'long')}"`);
  return defineDetector({
    id: rule.id,
    type: rule.type,
    family: 'SECRET',
    patterns: [pattern],
    group: 1,
    ...(rule.minEntropy !== undefined ? { minEntropy: rule.minEntropy } : {}),
    keywords,
    ...(rule.context ? { context: rule.context } : {}),
    validators: [randomTail(leadingLiteral(v).length), ...(rule.validators ?? [])],
    score: rule.score ?? 0.7,
    level: rule.level ?? 'restricted',
    category: 'credential',
    description: rule.description,
    samples: {
      positive: [
        { text: `${name.toUpperCase()}_TOKEN="${a}"`, value: a },
        { text: `{\n  "${name}Secret": "${b}"\n}`, value: b },
        { text: `${name}_api_key: ${c}`, value: c },
        { text: `The ${name} key: ${e}. Keep it safe.`, value: e },
        ...(rule.positives ?? []),
      ],
      negative: [...negatives, ...(rule.negatives ?? [])],
    },
  });
}

/**
 * A detector written out in full, for the few rules that fit neither builder (webhook URLs, curl
 * command lines). Fills in the secret defaults.
 *
 * @internal
 */
// @__NO_SIDE_EFFECTS__
export function customSecret(rule: {
  readonly id: string;
  readonly type: string;
  readonly description: string;
  readonly patterns: readonly string[];
  readonly group?: number;
  readonly minEntropy?: number;
  readonly validators?: readonly Validator[];
  readonly keywords: readonly string[];
  readonly level?: SensitivityLevel;
  readonly score?: number;
  readonly path?: string;
  readonly positives: DetectorSamples['positive'];
  readonly negatives: DetectorSamples['negative'];
}): Detector {
  return defineDetector({
    id: rule.id,
    type: rule.type,
    family: 'SECRET',
    patterns: rule.patterns,
    ...(rule.path !== undefined ? { path: rule.path } : {}),
    ...(rule.group !== undefined ? { group: rule.group } : {}),
    ...(rule.minEntropy !== undefined ? { minEntropy: rule.minEntropy } : {}),
    ...(rule.validators ? { validators: rule.validators } : {}),
    keywords: rule.keywords,
    score: rule.score ?? 0.8,
    level: rule.level ?? 'restricted',
    category: 'credential',
    description: rule.description,
    samples: { positive: rule.positives, negative: rule.negatives },
  });
}
