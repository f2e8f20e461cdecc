/**
 * US ABA routing transit numbers: Federal Reserve prefix and the 3-7-1 checksum.
 *
 * @module
 */
import { _digitsOnly } from './digits.ts';

/**
 * Checks a US ABA routing number: 9 digits, a prefix that the Federal Reserve assigns (00–12,
 * 21–32, 61–72, 80) and the 3-7-1 weighted checksum. Dashes are ignored.
 *
 * @param value - the routing number
 * @returns whether it is a well-formed routing number
 *
 * @example
 * ```ts
 * import { isAbaRouting } from '@airlock/core';
 * isAbaRouting('011000015'); //=> true
 * isAbaRouting('011000016'); //=> false
 * ```
 */
export function isAbaRouting(value: string): boolean {
  const d = _digitsOnly(value);
  if (d === undefined || d.length !== 9 || d === '000000000') return false;
  const prefix = Number(d.slice(0, 2));
  if (!(prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80)) return false;
  let sum = 0;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 0x30) * weights[i]!;
  return sum % 10 === 0;
}
