/**
 * Payment card numbers: issuer prefix ranges and lengths, then Luhn.
 *
 * @module
 */
import { _digitsOnly } from './digits.ts';
import { luhn } from './luhn.ts';

/** A card scheme, as {@link cardScheme} names it. */
export type CardScheme = 'visa' | 'mastercard' | 'amex' | 'discover' | 'diners' | 'jcb' | 'unionpay' | 'maestro';

// [scheme, lowest prefix, highest prefix (same number of digits), shortest, longest length]. Order
// matters: the first row whose prefix range holds the number's leading digits wins, so narrower
// ranges come before wider ones (Discover's 622126–622925 before UnionPay's 62).
const RANGES: readonly (readonly [CardScheme, number, number, number, number])[] = [
  ['visa', 4, 4, 13, 19],
  ['mastercard', 51, 55, 16, 16],
  ['mastercard', 2221, 2720, 16, 16],
  ['amex', 34, 34, 15, 15],
  ['amex', 37, 37, 15, 15],
  ['discover', 6011, 6011, 16, 19],
  ['discover', 644, 649, 16, 19],
  ['discover', 65, 65, 16, 19],
  ['discover', 622126, 622925, 16, 19],
  ['diners', 300, 305, 14, 19],
  ['diners', 3095, 3095, 14, 19],
  ['diners', 36, 36, 14, 19],
  ['diners', 38, 39, 14, 19],
  ['jcb', 3528, 3589, 16, 19],
  // JCB's older 15-digit ranges.
  ['jcb', 2131, 2131, 15, 15],
  ['jcb', 1800, 1800, 15, 15],
  ['unionpay', 62, 62, 16, 19],
  ['unionpay', 81, 81, 16, 19],
  ['maestro', 50, 50, 12, 19],
  ['maestro', 56, 58, 12, 19],
  ['maestro', 63, 63, 12, 19],
  ['maestro', 67, 67, 12, 19],
];

/**
 * The card scheme that issues numbers with these leading digits and this length, ignoring the
 * check digit.
 *
 * @param value - the card number, possibly grouped with spaces or dashes
 * @returns the scheme, or `undefined` when no scheme issues such a number
 *
 * @example
 * ```ts
 * import { cardScheme } from '@airlock/core';
 * cardScheme('4111 1111 1111 1111'); //=> 'visa'
 * cardScheme('2223 0031 2200 3222'); //=> 'mastercard'
 * cardScheme('9999 1111 1111 1111'); //=> undefined
 * ```
 */
export function cardScheme(value: string): CardScheme | undefined {
  const digits = _digitsOnly(value);
  if (digits === undefined) return undefined;
  for (const [scheme, lo, hi, min, max] of RANGES) {
    if (digits.length < min || digits.length > max) continue;
    const prefix = Number(digits.slice(0, String(lo).length));
    if (prefix >= lo && prefix <= hi) return scheme;
  }
  return undefined;
}

/**
 * Checks a payment card number: a known issuer prefix and length ({@link cardScheme}) and a valid
 * Luhn check digit. A detector validator: `true` or `false`, never unsure.
 *
 * @param value - the card number, possibly grouped with spaces or dashes
 * @returns whether it can be a real card number
 *
 * @example
 * ```ts
 * import { isPaymentCard } from '@airlock/core';
 * isPaymentCard('3782 822463 10005'); //=> true
 * isPaymentCard('1234 5678 9012 3456'); //=> false
 * ```
 */
export function isPaymentCard(value: string): boolean {
  return cardScheme(value) !== undefined && luhn(value);
}
