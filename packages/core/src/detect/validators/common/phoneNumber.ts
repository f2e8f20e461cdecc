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
  const key = regions === PHONE_REGIONS ? v : `${regions.join(',')}|${v}`;
  const known = memo.get(key);
  if (known !== undefined) return known === '' ? undefined : known;
  const region = parseRegion(v, regions);
  // Bounded: a text full of distinct numbers clears it now and then instead of growing it.
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, region ?? '');
  return region;
}

/** Results of {@link phoneRegion} by value (`''` for none): a log repeats the same numbers. */
const memo = new Map<string, string>();
const MEMO_SIZE = 2048;

function parseRegion(v: string, regions: readonly string[]): string | undefined {
  if (v.startsWith('+')) {
    const n = parsePhoneNumberFromString(v);
    return n?.isValid() ? (n.country ?? '001') : undefined;
  }
  // National numbers: libphonenumber costs tens of microseconds per region, so the regions are
  // picked from the number's shape. A leading 0 is a trunk prefix (or an Italian landline): never a
  // NANP or Spanish number. A NANP-shaped number (3-3-4 digits, area code 2–9) is tried as US first.
  const lead = firstDigit(v);
  const nanp = lead >= 2 && isNanpShaped(v);
  const order = nanp && regions.includes('US') ? ['US', ...regions.filter((r) => r !== 'US')] : regions;
  for (const region of order) {
    if (lead === 0 && (region === 'US' || region === 'ES')) continue;
    const n = parsePhoneNumberFromString(v, region as CountryCode);
    if (n?.isValid()) return n.country ?? region;
  }
  return undefined;
}

function firstDigit(v: string): number {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i) - 0x30;
    if (c >= 0 && c <= 9) return c;
  }
  return -1;
}

/** `(201) 555-0123`, `201-555-0123`, `201.555.0123`, `201 555 0123` (an extension may follow). */
function isNanpShaped(v: string): boolean {
  let groups = 0;
  let n = 0;
  const lens: number[] = [];
  for (let i = 0; i <= v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
    else if (n > 0) {
      lens.push(n);
      n = 0;
      if (++groups === 3) break;
    }
  }
  return lens.length === 3 && lens[0] === 3 && lens[1] === 3 && lens[2] === 4;
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
