/**
 * SWIFT/BIC codes (ISO 9362): bank, country, location and optional branch.
 *
 * @module
 */
import { isCountryCode } from './countries.ts';

/**
 * Checks the structure of a BIC: 4 letters (bank), an assigned ISO country code, 2 letters or
 * digits (location, whose second character is not `0`, the code of test BICs) and an optional
 * 3-character branch. Uppercase only.
 *
 * @param value - 8 or 11 characters
 * @returns whether it is a well-formed, non-test BIC
 *
 * @example
 * ```ts
 * import { isBic } from '@airlock/core';
 * isBic('DEUTDEFF'); //=> true
 * isBic('DEUTDEFF500'); //=> true
 * isBic('DEUTXXFF'); //=> false
 * ```
 */
export function isBic(value: string): boolean {
  if (value.length !== 8 && value.length !== 11) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const letter = c >= 0x41 && c <= 0x5a;
    const digit = c >= 0x30 && c <= 0x39;
    if (i < 6 ? !letter : !(letter || digit)) return false;
  }
  return isCountryCode(value.slice(4, 6)) && value[7] !== '0';
}
