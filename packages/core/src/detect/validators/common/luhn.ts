/**
 * The Luhn (mod 10) checksum of payment cards, IMEIs and many national ids.
 *
 * @module
 */
import { _digitsOnly } from './digits.ts';

/**
 * Checks the Luhn (mod 10) checksum of a number. Spaces and dashes are ignored; any other
 * non-digit, or fewer than two digits, fails.
 *
 * @param value - the number, possibly grouped with spaces or dashes
 * @returns whether the last digit is the Luhn check digit of the others
 *
 * @example
 * ```ts
 * import { luhn } from '@airlock/core';
 * luhn('4111 1111 1111 1111'); //=> true
 * luhn('4111 1111 1111 1112'); //=> false
 * ```
 */
export function luhn(value: string): boolean {
  const digits = _digitsOnly(value);
  if (digits === undefined || digits.length < 2) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 0x30;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
