/**
 * Phone numbers, validated against libphonenumber's full metadata.
 *
 * We import `libphonenumber-js/max`, not the default `min`: `min` (about 80 kB of metadata) checks
 * only a number's length, so any 10 digits would pass as a US number; `max` (about 145 kB) checks
 * the digits against each country's number plans, which is what tells a phone number from an order
 * number. libphonenumber runs its metadata patterns with the host `RegExp`, but only on the candidate
 * (at most a few dozen characters, see the detector's pattern), never on the scanned text.
 *
 * @module
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * The countries whose national formats (without `+`) the phone validator tries, in order.
 *
 * @example
 * ```ts
 * import { PHONE_REGIONS } from '@airlock/core';
 * PHONE_REGIONS.includes('JP'); //=> true
 * ```
 */
export const PHONE_REGIONS: readonly string[] = Object.freeze(['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'IN', 'BR', 'AU', 'JP']);

/**
 * The ISO country of a phone number that is valid by libphonenumber's full metadata. A number
 * starting with `+` (or `00`) is read as international; any other is tried as a national number of
 * each of `regions` in turn.
 *
 * @param value - the number as written (`+44 20 7946 0018`, `(415) 555-2671`, `030 901820`)
 * @param regions - the countries to try for a national number
 * @returns the country code, or `undefined` when the number is valid nowhere
 *
 * @example
 * ```ts
 * import { phoneRegion } from '@airlock/core';
 * phoneRegion('+49 30 901820'); //=> 'DE'
 * phoneRegion('(201) 555-0123'); //=> 'US'
 * phoneRegion('+1 111 111 1111'); //=> undefined
 * ```
 */
export function phoneRegion(value: string, regions: readonly string[] = PHONE_REGIONS): string | undefined {
  if (value.length > 40) return undefined;
  let v = value.trim();
  if (v.startsWith('00')) v = '+' + v.slice(2);
  if (v.startsWith('+')) {
    const n = parsePhoneNumberFromString(v);
    return n?.isValid() ? (n.country ?? '001') : undefined;
  }
  for (const region of regions) {
    const n = parsePhoneNumberFromString(v, region as CountryCode);
    if (n?.isValid()) return n.country ?? region;
  }
  return undefined;
}

/**
 * Checks a phone number against libphonenumber's full metadata: `true` when it is a valid number
 * (international, or national in one of {@link PHONE_REGIONS}), `false` when it is not.
 *
 * @param value - the number as written
 * @returns whether it is a valid phone number
 *
 * @example
 * ```ts
 * import { isPhoneNumber } from '@airlock/core';
 * isPhoneNumber('+44 20 7946 0018'); //=> true
 * isPhoneNumber('+44 99 9999 9999'); //=> false
 * ```
 */
export function isPhoneNumber(value: string): boolean {
  return phoneRegion(value) !== undefined;
}
