/**
 * {@link redactValue}: redacts every string of a JSON value or plain object, deep, keeping its shape.
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import type { Finding } from '../../detect/index.ts';
import { _budget, _walk, type Visitor } from './_walk.ts';
import { _compileRules, formatPath, type PathRules, type PathSegment } from './paths.ts';
import type { RedactorLike, StructuredFinding, StructuredLimits } from './types.ts';

/** Options of {@link redactValue}. */
export interface RedactValueOptions extends StructuredLimits {
  /** Which strings to scan, by path (`{ include: ['user'], exclude: ['**.id'] }`); see {@link PathRules}. */
  readonly paths?: PathRules;
  /**
   * Read the key of a value as context for its detectors: a field named `ssn` or `homePhone` lifts
   * the score of a value that needs a context word (nine bare digits, a short national phone
   * number), and a field named `password` lets the password detectors see an assignment. Elements
   * of an array take the key of the array. The key's words (`homePhone` → `home Phone`) are put
   * before the value, as a label would be in prose; findings in them are dropped. They reach what a
   * detector's context window reaches from the start of the value (64 code units by default).
   * @defaultValue true
   */
  readonly keysAsContext?: boolean;
  /**
   * Also scan object keys, and redact them (`{ 'jane@example.com': … }`). The output's keys then
   * differ from the input's; two keys redacted to the same text throw `key_collision`.
   * @defaultValue false
   */
  readonly scanKeys?: boolean;
  /**
   * Also scan numbers and bigints, as their decimal text (`{ card: 4111111111111111 }`). A number in
   * which something is found is replaced by the redacted text, a string: the only case where a
   * value's type changes.
   * @defaultValue false
   */
  readonly scanNumbers?: boolean;
}

/** What {@link redactValue} returns. */
export interface RedactValueResult<T> {
  /** A redacted copy of the value: same keys (unless `scanKeys`), same array lengths, same non-string values. */
  readonly value: T;
  /** Every finding, with the path of its string. */
  readonly findings: readonly StructuredFinding[];
  /** `false` when a scan hit a limit: something may have been missed, and decisions built on it must fail closed. */
  readonly complete: boolean;
  /** The redactor's items (vault entries, …) for every string, in walk order. */
  readonly items: readonly unknown[];
}

/**
 * Redacts a JSON value or plain object, deep: every string (or the ones {@link RedactValueOptions.paths}
 * selects) goes through the redactor, with its key as context. The input is never mutated; the
 * output has the same shape.
 *
 * What it accepts: strings, numbers, bigints, booleans, `null`, `undefined`, arrays (holes kept)
 * and plain objects; a `Date` is copied untouched. A `Map`, `Set`, typed array, class instance,
 * function or symbol-keyed property throws `unsupported_value` (they may hold text the walk cannot
 * see, so they are refused, not passed through). A value shared by several parents is redacted
 * once per place (its key context may differ) and comes out as separate copies.
 *
 * @param value - the value to redact
 * @param redactor - the text redactor (any {@link RedactorLike}, `createRedactor`'s result included)
 * @param options - paths, keys as context, keys and numbers, limits
 * @returns the redacted copy, the findings with their paths, and whether every scan was complete
 * @throws {@link StructuredDataError} `cyclic_value` when the value contains itself,
 *   `unsupported_value` for what is not plain data, `input_too_large` past `maxDepth` or `maxNodes`,
 *   `key_collision` when two redacted keys of one object are equal; {@link AirlockError}
 *   `invalid_argument` for a malformed option
 *
 * @example
 * ```ts
 * import { createScanner, emailAddress, redactValue, usSsn, type Finding } from '@airlock/core';
 * const scanner = createScanner({ detectors: [emailAddress(), usSsn()] });
 * // A tiny redactor: each finding becomes <TYPE>.
 * const apply = (text: string, findings: readonly Finding[]) => ({
 *   text: findings.reduceRight((t, f) => t.slice(0, f.start) + `<${f.type}>` + t.slice(f.end), text),
 *   findings, complete: true, items: [],
 * });
 * const redactor = { scanner, apply, redact: (text: string) => apply(text, scanner.scan(text)) };
 *
 * const user = { id: 7, email: 'jane@example.com', ssn: '401558812', tags: ['vip'] };
 * const { value, findings } = redactValue(user, redactor);
 * value; //=> { id: 7, email: '<EMAIL_ADDRESS>', ssn: '<US_SSN>', tags: ['vip'] }
 * findings.map((f) => f.path); //=> ['email', 'ssn']
 * // Nine bare digits need a context word: here the key `ssn` is that word.
 * redactor.redact('401558812').text; //=> '401558812'
 * redactValue({ notes: 'mail jane@example.com' }, redactor, { paths: { exclude: ['notes'] } }).value; //=> { notes: 'mail jane@example.com' }
 * ```
 */
export function redactValue<T>(value: T, redactor: RedactorLike, options: RedactValueOptions = {}): RedactValueResult<T> {
  _checkRedactor(redactor);
  if (typeof options !== 'object' || options === null) throw new AirlockError('invalid_argument', 'options must be an object');
  const sink = _textSink(redactor, options.keysAsContext ?? true);
  const visitor = _valueVisitor(sink, options);
  const out = _walk(value, visitor, _budget(options), _compileRules(options.paths, 'options.paths')) as T;
  return { value: out, findings: sink.findings, complete: sink.complete, items: sink.items };
}

/** @internal */
export function _checkRedactor(redactor: RedactorLike): void {
  if (
    typeof redactor !== 'object' ||
    redactor === null ||
    typeof redactor.redact !== 'function' ||
    typeof redactor.apply !== 'function' ||
    typeof redactor.scanner?.analyze !== 'function'
  ) {
    throw new AirlockError('invalid_argument', 'redactor must be a redactor ({ scanner, redact, apply }), such as createRedactor returns');
  }
}

/**
 * Redacts strings one at a time and gathers what every call found.
 *
 * @internal
 */
export interface TextSink {
  readonly findings: StructuredFinding[];
  readonly items: unknown[];
  readonly complete: boolean;
  /** Redacts `text`, found at `segments`, with `key` (if any) as context. */
  text(text: string, segments: readonly PathSegment[], key: string | undefined, inKey?: boolean): string;
}

/** @internal */
export function _textSink(redactor: RedactorLike, keysAsContext: boolean): TextSink {
  const findings: StructuredFinding[] = [];
  const items: unknown[] = [];
  let complete = true;
  const record = (found: readonly Finding[], segments: readonly PathSegment[], inKey: boolean): void => {
    if (found.length === 0) return;
    const path = formatPath(segments);
    for (const f of found) findings.push({ ...f, path, inKey });
  };
  return {
    findings,
    items,
    get complete() {
      return complete;
    },
    text(text, segments, key, inKey = false) {
      const label = keysAsContext && key !== undefined ? _keyWords(key) : '';
      let result;
      if (label === '') result = redactor.redact(text);
      else {
        // The key reads as a label before the value, so the scanner's own context words (and
        // assignment patterns such as `password: …`) apply; findings in the label are dropped and
        // one that starts in it is cut at the value (fail closed: it covered part of the value).
        const prefix = `${label}: `;
        const scan = redactor.scanner.analyze(prefix + text);
        if (!scan.complete) complete = false;
        const mapped: Finding[] = [];
        for (const f of scan.findings) {
          if (f.end <= prefix.length) continue;
          mapped.push({ ...f, start: Math.max(0, f.start - prefix.length), end: f.end - prefix.length });
        }
        result = redactor.apply(text, mapped);
      }
      if (!result.complete) complete = false;
      record(result.findings, segments, inKey);
      for (const item of result.items) items.push(item);
      return result.text;
    },
  };
}

/**
 * The visitor of {@link redactValue}: strings, and on request numbers and keys.
 *
 * @internal
 */
export function _valueVisitor(sink: TextSink, options: RedactValueOptions): Visitor {
  const visitor: Visitor = { text: (v, segments, key) => sink.text(v, segments, key) };
  if (options.scanNumbers === true) {
    visitor.number = (v, segments, key) => {
      if (typeof v === 'number' && !Number.isFinite(v)) return v;
      const digits = String(v);
      const out = sink.text(digits, segments, key);
      return out === digits ? v : out;
    };
  }
  if (options.scanKeys === true) {
    visitor.key = (k, segments) => {
      // The finding's path ends in the redacted key, which is known only after redaction.
      const before = sink.findings.length;
      const out = sink.text(k, segments, undefined, true);
      if (out !== k) {
        const path = formatPath([...segments.slice(0, -1), out]);
        for (let i = before; i < sink.findings.length; i++) sink.findings[i] = { ...sink.findings[i]!, path };
      }
      return out;
    };
  }
  return visitor;
}

/** Longest label read from a key, in code units: beyond a context window, more words add nothing. */
const MAX_LABEL = 128;

/**
 * The words of an object key, as a label: letter runs split at case changes and at anything that
 * is not a letter (`homePhone` → `home Phone`, `user_ssn2` → `user ssn`, `SSNNumber` → `SSN Number`).
 * Digits are left out so that a key cannot join a number of the value. Empty when the key has no
 * letters.
 *
 * @internal
 */
export function _keyWords(key: string): string {
  const words: string[] = [];
  let word = '';
  // The label stands right before the value, so the end of a long key is what a context window sees.
  const from = Math.max(0, key.length - 4 * MAX_LABEL);
  for (let i = from; i < key.length; i++) {
    const ch = key[i]!;
    if (!isLetter(ch.charCodeAt(0))) {
      if (word) words.push(word);
      word = '';
      continue;
    }
    const prev = key[i - 1];
    const next = key[i + 1];
    const upper = isUpper(ch);
    // `phoneNumber`: lower to upper; `SSNNumber`: the last capital of a run that a lower-case letter follows.
    if (word && upper && prev !== undefined && (isLower(prev) || (isUpper(prev) && next !== undefined && isLower(next)))) {
      words.push(word);
      word = '';
    }
    word += ch;
  }
  if (word) words.push(word);
  let label = words.join(' ');
  if (from > 0 || label.length > MAX_LABEL) {
    // Keep whole words only: drop the one the cut went through.
    label = label.slice(Math.max(0, label.length - MAX_LABEL));
    const space = label.indexOf(' ');
    label = space >= 0 ? label.slice(space + 1) : '';
  }
  return label;
}

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();

/** Letters of any script (the scanner's word characters, without digits and `_`). */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xd800 && c <= 0xdfff);
}
