/**
 * Validators of health identifiers: US provider and beneficiary numbers.
 *
 * @module
 */
import { _compact, _d, _isDigits, _luhn } from './_checksum.ts';

/**
 * Whether a US National Provider Identifier has its check digit right: ten digits starting with 1
 * or 2, Luhn over the number prefixed with `80840` (the health-industry issuer prefix).
 *
 * @param value - ten digits
 * @returns whether the check digit holds
 *
 * @example
 * ```ts
 * import { isValidUsNpi } from '@airlock/core';
 * isValidUsNpi('1234567893'); //=> true
 * isValidUsNpi('1234567890'); //=> false
 * ```
 */
export function isValidUsNpi(value: string): boolean {
  if (value.length !== 10 || !_isDigits(value) || (value[0] !== '1' && value[0] !== '2')) return false;
  return _luhn('80840' + value);
}

// MBI letters: A–Z without S, L, O, I, B and Z (easily confused with digits).
const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';

/**
 * Whether a US Medicare Beneficiary Identifier follows CMS's format: eleven characters, positions
 * 1, 4, 7, 10 and 11 digits (the first 1–9), 2, 5, 8 and 9 letters, 3 and 6 letters or digits;
 * letters never S, L, O, I, B or Z. The MBI has no check digit.
 *
 * @param value - such as `1EG4-TE5-MK73` (hyphens optional)
 * @returns whether it is well formed
 *
 * @example
 * ```ts
 * import { isValidUsMbi } from '@airlock/core';
 * isValidUsMbi('1EG4-TE5-MK73'); //=> true
 * isValidUsMbi('1EG4-TS5-MK73'); //=> false
 * ```
 */
export function isValidUsMbi(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 11 || s[0] === '0') return false;
  const kinds = 'NAXNAXNAANN';
  for (let i = 0; i < 11; i++) {
    const c = s[i]!;
    const digit = _isDigits(c);
    const letter = MBI_LETTERS.includes(c);
    const k = kinds[i];
    if (k === 'N' ? !digit : k === 'A' ? !letter : !(digit || letter)) return false;
  }
  return true;
}

/**
 * Whether a US DEA registration number is well formed and its check digit holds: a registrant-type
 * letter, the registrant's last-name initial (or 9), seven digits where the last is
 * (d1 + d3 + d5 + 2 × (d2 + d4 + d6)) mod 10.
 *
 * @param value - nine characters, such as `AB1234563`
 * @returns whether the check digit holds
 *
 * @example
 * ```ts
 * import { isValidUsDea } from '@airlock/core';
 * isValidUsDea('AB1234563'); //=> true
 * isValidUsDea('AB1234564'); //=> false
 * ```
 */
export function isValidUsDea(value: string): boolean {
  const s = value.toUpperCase();
  if (s.length !== 9 || !'ABCDEFGHJKLMPRSTUX'.includes(s[0]!)) return false;
  if (!(s[1] === '9' || (s[1]! >= 'A' && s[1]! <= 'Z')) || !_isDigits(s.slice(2))) return false;
  const odd = _d(s, 2) + _d(s, 4) + _d(s, 6);
  const even = _d(s, 3) + _d(s, 5) + _d(s, 7);
  return (odd + 2 * even) % 10 === _d(s, 8);
}
