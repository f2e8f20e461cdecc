/**
 * IBAN: per-country length (SWIFT's IBAN registry) and the ISO 7064 mod 97-10 check digits.
 *
 * @module
 */
import { isCountryCode } from './countries.ts';

// Country code → IBAN length, from the SWIFT IBAN registry.
const LENGTHS =
  'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 ' +
  'FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 ' +
  'LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 ' +
  'RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30';
const IBAN_LENGTH: ReadonlyMap<string, number> = /*@__PURE__*/ new Map(LENGTHS.split(' ').map((e) => [e.slice(0, 2), Number(e.slice(2))]));

/**
 * The ISO 7064 mod 97-10 remainder of an alphanumeric string, letters counting as 10–35.
 *
 * @param value - digits and letters (either case)
 * @returns the remainder, or `-1` when another character appears
 *
 * @example
 * ```ts
 * import { mod97 } from '@airlock/core';
 * mod97('370400440532013000DE89'); //=> 1
 * ```
 */
export function mod97(value: string): number {
  let r = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) | 0x20; // lowercase letters; digits are unchanged by the bit
    if (c >= 0x30 && c <= 0x39) r = (r * 10 + (c - 0x30)) % 97;
    else if (c >= 0x61 && c <= 0x7a) r = (r * 100 + (c - 0x61 + 10)) % 97;
    else return -1;
  }
  return r;
}

/**
 * Checks an IBAN: a known country, that country's length, and mod-97 check digits. Spaces are
 * ignored; letters may be in either case.
 *
 * @param value - the IBAN, compact or in groups of four
 * @returns whether it is a well-formed IBAN
 *
 * @example
 * ```ts
 * import { isIban } from '@airlock/core';
 * isIban('DE89 3704 0044 0532 0130 00'); //=> true
 * isIban('DE88 3704 0044 0532 0130 00'); //=> false
 * ```
 */
export function isIban(value: string): boolean {
  let compact = '';
  for (const ch of value) if (ch !== ' ') compact += ch;
  const country = compact.slice(0, 2).toUpperCase();
  if (!isCountryCode(country) || IBAN_LENGTH.get(country) !== compact.length) return false;
  const d0 = compact.charCodeAt(2);
  const d1 = compact.charCodeAt(3);
  if (!(d0 >= 0x30 && d0 <= 0x39 && d1 >= 0x30 && d1 <= 0x39)) return false;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}
