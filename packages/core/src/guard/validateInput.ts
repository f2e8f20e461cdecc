/**
 * {@link validateInput}: length, approximate tokens, encoding and control characters, in one pass.
 *
 * @module
 */
import { AirlockError } from '../errors/AirlockError.ts';

/** Options of {@link validateInput}. */
export interface ValidateInputOptions {
  /**
   * Most characters (code points; a surrogate pair is one) the text may have.
   * @defaultValue no limit
   */
  readonly maxChars?: number;
  /**
   * Most tokens the text may have, by the estimate of {@link estimateTokens}.
   * @defaultValue no limit
   */
  readonly maxTokens?: number;
  /**
   * Accept control characters (C0 other than tab, line feed and carriage return; DEL; C1).
   * @defaultValue false
   */
  readonly allowControl?: boolean;
}

/**
 * A stable code for each problem {@link validateInput} reports. New codes can appear in minor
 * releases.
 *
 * - `too_long`: more characters than `maxChars`.
 * - `too_many_tokens`: more estimated tokens than `maxTokens`.
 * - `lone_surrogate`: invalid UTF-16 (a surrogate without its pair): the text cannot be encoded
 *   as UTF-8 without loss, and providers reject or mangle it.
 * - `control_character`: a control character other than `\t`, `\n`, `\r` (with `allowControl` off).
 */
export type InputProblemCode = 'too_long' | 'too_many_tokens' | 'lone_surrogate' | 'control_character';

/** One problem found by {@link validateInput}. */
export interface InputProblem {
  /** What is wrong. */
  readonly code: InputProblemCode;
  /** A sentence for humans. */
  readonly message: string;
  /** For character problems: where the first one is (UTF-16 offsets). */
  readonly start?: number;
  /** End of the first one. */
  readonly end?: number;
  /** For character problems: how many there are. */
  readonly count?: number;
}

/** What {@link validateInput} returns. */
export interface InputValidation {
  /** `true` when there is no problem. */
  readonly valid: boolean;
  /** The problems, in the order of {@link InputProblemCode}. */
  readonly problems: readonly InputProblem[];
  /** Length in characters (code points). */
  readonly chars: number;
  /** Estimated tokens ({@link estimateTokens}). */
  readonly tokens: number;
  /** How many U+FFFD replacement characters the text holds: a sign it was decoded lossily before. */
  readonly replacementChars: number;
}

/**
 * Token weight of a code point: ASCII 1/4 (English runs about four characters to a token in GPT
 * and Llama tokenizers), two-byte UTF-8 scripts (accented Latin, Greek, Cyrillic, Hebrew, Arabic)
 * 1/2, three-byte scripts (Indic, Thai, CJK, kana, Hangul) 1, four-byte code points (emoji,
 * rare ideographs) 2.
 */
function weight(cp: number): number {
  return cp < 0x80 ? 0.25 : cp < 0x800 ? 0.5 : cp < 0x10000 ? 1 : 2;
}

/**
 * Estimates how many tokens a model's tokenizer makes of `text`, without a tokenizer: each code
 * point weighs by its UTF-8 length (ASCII 1/4 of a token, two-byte scripts such as Cyrillic 1/2,
 * three-byte scripts such as CJK 1, emoji 2), and the sum is rounded up. Byte-pair tokenizers
 * (cl100k, o200k, Llama) land within about ±30% on prose; code and long digit runs cost more.
 * Use it for limits, never for billing.
 *
 * @param text - the text
 * @returns the estimate (0 for an empty text)
 * @throws {@link AirlockError} `invalid_argument` when `text` is not a string
 *
 * @example
 * ```ts
 * import { estimateTokens } from '@airlock/core';
 * estimateTokens('Hello, world!'); //=> 4
 * estimateTokens('你好世界'); //=> 4
 * ```
 */
export function estimateTokens(text: string): number {
  if (typeof text !== 'string') throw new AirlockError('invalid_argument', 'estimateTokens: text must be a string');
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    sum += weight(cp);
  }
  return Math.ceil(sum);
}

function limit(value: unknown, field: string): number {
  if (value === undefined) return Infinity;
  if (typeof value !== 'number' || !(value >= 0) || !(Number.isInteger(value) || value === Infinity)) {
    throw new AirlockError('invalid_argument', `validateInput: options.${field} must be a non-negative integer`);
  }
  return value;
}

/**
 * Checks a text before it goes to a model: its length in characters and estimated tokens, its
 * encoding (no lone surrogates) and its control characters. One pass over the text, no
 * allocation but the result. Never throws on a string: every problem is reported, with the first
 * occurrence and a count for character problems.
 *
 * @param text - the text to check
 * @param options - limits, and whether control characters are accepted
 * @returns the problems, with the length and the token estimate
 * @throws {@link AirlockError} `invalid_argument` when `text` is not a string or an option is malformed
 *
 * @example
 * ```ts
 * import { validateInput } from '@airlock/core';
 * validateInput('hello').valid; //=> true
 * const r = validateInput('bell\u0007 and \uD800', { maxChars: 5 });
 * r.problems.map((p) => p.code); //=> ['too_long', 'lone_surrogate', 'control_character']
 * r.problems[2]!.start; //=> 4
 * ```
 */
export function validateInput(text: string, options: ValidateInputOptions = {}): InputValidation {
  if (typeof text !== 'string') throw new AirlockError('invalid_argument', 'validateInput: text must be a string');
  if (typeof options !== 'object' || options === null) throw new AirlockError('invalid_argument', 'validateInput: options must be an object');
  const maxChars = limit(options.maxChars, 'maxChars');
  const maxTokens = limit(options.maxTokens, 'maxTokens');
  const allowControl = options.allowControl ?? false;
  if (typeof allowControl !== 'boolean') throw new AirlockError('invalid_argument', 'validateInput: options.allowControl must be a boolean');
  let chars = 0;
  let sum = 0;
  let lone = 0;
  let firstLone = -1;
  let control = 0;
  let firstControl = -1;
  let replacement = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    chars++;
    if (c < 0x80) {
      sum += 0.25;
      if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) {
        if (control++ === 0) firstControl = i;
      }
      continue;
    }
    if ((c & 0xf800) === 0xd800) {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c < 0xdc00 && (d & 0xfc00) === 0xdc00) {
        i++;
        sum += 2;
      } else {
        if (lone++ === 0) firstLone = i;
        sum += 1;
      }
      continue;
    }
    sum += weight(c);
    if (c <= 0x9f) {
      if (control++ === 0) firstControl = i;
    } else if (c === 0xfffd) replacement++;
  }
  const tokens = Math.ceil(sum);
  const problems: InputProblem[] = [];
  if (chars > maxChars) problems.push({ code: 'too_long', message: `the text has ${chars} characters, more than maxChars (${maxChars})` });
  if (tokens > maxTokens) problems.push({ code: 'too_many_tokens', message: `the text has about ${tokens} tokens, more than maxTokens (${maxTokens})` });
  if (lone > 0) {
    problems.push({ code: 'lone_surrogate', message: `the text is not valid UTF-16: ${lone} lone surrogate(s), the first at ${firstLone}`, start: firstLone, end: firstLone + 1, count: lone });
  }
  if (control > 0 && !allowControl) {
    problems.push({ code: 'control_character', message: `the text holds ${control} control character(s), the first at ${firstControl}`, start: firstControl, end: firstControl + 1, count: control });
  }
  return { valid: problems.length === 0, problems, chars, tokens, replacementChars: replacement };
}
