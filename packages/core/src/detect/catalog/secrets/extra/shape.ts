/**
 * Small checks on the shape of candidate secrets, shared by the extra secret detectors. Plain
 * string code, no `RegExp`: values come from untrusted text.
 *
 * @module
 */

/**
 * What kinds of characters a string holds.
 *
 * @internal
 */
export interface CharMix {
  readonly upper: boolean;
  readonly lower: boolean;
  readonly digit: boolean;
  /** Only `0-9a-fA-F`. */
  readonly hex: boolean;
}

/**
 * Which kinds of characters `value` holds.
 *
 * @param value - the string
 * @returns its mix of upper-case letters, lower-case letters and digits
 * @internal
 *
 * @example
 * ```ts
 * _charMix('aB3').digit; //=> true
 * _charMix('deadbeef').hex; //=> true
 * ```
 */
export function _charMix(value: string): CharMix {
  let upper = false;
  let lower = false;
  let digit = false;
  let hex = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) {
      upper = true;
      if (c > 0x46) hex = false;
    } else if (c >= 0x61 && c <= 0x7a) {
      lower = true;
      if (c > 0x66) hex = false;
    } else if (c >= 0x30 && c <= 0x39) digit = true;
    else hex = false;
  }
  return { upper, lower, digit, hex };
}

/**
 * Whether `value` mixes upper-case letters, lower-case letters and digits, as random keys of
 * 30 or more alphanumeric characters almost always do.
 *
 * @param value - the candidate
 * @returns `true` when all three kinds occur
 * @internal
 *
 * @example
 * ```ts
 * _isMixedAlnum('aZ3kQ9'); //=> true
 * _isMixedAlnum('d41d8cd98f00b204e9800998ecf8427e'); //=> false
 * ```
 */
export function _isMixedAlnum(value: string): boolean {
  const m = _charMix(value);
  return m.upper && m.lower && m.digit;
}

/**
 * Whether `text` holds `needle` in the `window` code units on either side of `[start, end)`,
 * case-sensitively and anywhere (not only on word boundaries).
 *
 * @param text - the whole text
 * @param start - start of the candidate
 * @param end - end of the candidate
 * @param needles - what to look for
 * @param window - how far to look, in UTF-16 code units
 * @returns the index in `text` of the first needle found, or -1
 * @internal
 *
 * @example
 * ```ts
 * _findNear('id AKIA1 key', 8, 11, ['AKIA'], 10); //=> 3
 * ```
 */
export function _findNear(text: string, start: number, end: number, needles: readonly string[], window: number): number {
  const from = Math.max(0, start - window);
  const to = Math.min(text.length, end + window);
  const around = text.slice(from, to);
  for (const n of needles) {
    const i = around.indexOf(n);
    if (i >= 0) return from + i;
  }
  return -1;
}
