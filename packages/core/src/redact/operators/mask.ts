/**
 * {@link mask}: the value's characters hidden behind a mask character.
 *
 * @module
 */
import type { Operator } from '../types.ts';
import { _int, _invalid, _options } from './_check.ts';

/** Options of {@link mask}. */
export interface MaskOptions {
  /**
   * The mask character: exactly one character (one code point).
   * @defaultValue `'*'`
   */
  readonly char?: string;
  /**
   * How many characters to leave visible at the start.
   * @defaultValue 0
   */
  readonly keepFirst?: number;
  /**
   * How many characters to leave visible at the end (`keepLast: 4` for a card's last four).
   * @defaultValue 0
   */
  readonly keepLast?: number;
  /**
   * Mask only letters and digits, leaving separators (`-`, space, `@`, `.`, …) where they are; then
   * `keepFirst` and `keepLast` count letters and digits only. Without it every character is masked.
   * Either way the result has as many characters (code points) as the value.
   * @defaultValue false
   */
  readonly preserveFormat?: boolean;
}

const ALNUM = /^[\p{L}\p{N}]$/u;

/**
 * Hides the value's characters behind a mask character, one for one, optionally leaving the first
 * or last few visible. The result is as long as the value (in code points; in UTF-16 code units too
 * when the mask character and the value are in the Basic Multilingual Plane).
 *
 * When `keepFirst + keepLast` would leave the whole value visible, the value is masked entirely:
 * a mask never shows everything.
 *
 * @param options - mask character, what to keep visible, format preservation
 * @returns the operator
 * @throws {@link AirlockError} `invalid_operator` when `char` is not one character or a count is
 *   not a non-negative integer
 *
 * @example
 * ```ts
 * import { createRedactor, mask } from '@airlock/core';
 * const redactor = createRedactor({ operators: { CREDIT_CARD: mask({ keepLast: 4, preserveFormat: true }) } });
 * redactor.redact('card 4111 1111 1111 1111').text; //=> 'card **** **** **** 1111'
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function mask(options?: MaskOptions): Operator {
  const o = _options('mask', options);
  const char = o.char ?? '*';
  if (typeof char !== 'string' || [...char].length !== 1) throw _invalid('mask', 'char must be exactly one character');
  const keepFirst = _int('mask', 'keepFirst', o.keepFirst ?? 0, 0, Number.MAX_SAFE_INTEGER);
  const keepLast = _int('mask', 'keepLast', o.keepLast ?? 0, 0, Number.MAX_SAFE_INTEGER);
  const preserveFormat = o.preserveFormat ?? false;
  if (typeof preserveFormat !== 'boolean') throw _invalid('mask', 'preserveFormat must be a boolean');
  return {
    kind: 'mask',
    apply(value) {
      const chars = Array.from(value);
      const maskable = preserveFormat ? chars.map((c) => ALNUM.test(c)) : chars.map(() => true);
      const total = maskable.filter(Boolean).length;
      const showAll = keepFirst + keepLast >= total;
      let seen = 0;
      let out = '';
      for (let i = 0; i < chars.length; i++) {
        if (!maskable[i]) {
          out += chars[i];
          continue;
        }
        const visible = !showAll && (seen < keepFirst || seen >= total - keepLast);
        out += visible ? chars[i] : char;
        seen++;
      }
      return out;
    },
  };
}
