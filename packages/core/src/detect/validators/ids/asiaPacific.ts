/**
 * Validators of identifiers from Asia, Oceania and Africa: India, Australia, Singapore, South
 * Korea, China, Japan, South Africa.
 *
 * @module
 */
import { _allSame, _compact, _d, _isDate, _isDateAnyCentury, _isDigits, _isLetters, _luhn, _num, _verhoeff, _weighted } from './_checksum.ts';

/**
 * Whether an Indian Aadhaar number is well formed: twelve digits, not starting with 0 or 1, and
 * its Verhoeff check digit right.
 *
 * @param value - twelve digits, optionally written `2345 6789 0124`
 * @returns whether the check digit holds
 *
 * @example
 * ```ts
 * import { isValidInAadhaar } from '@airlock/core';
 * isValidInAadhaar('2345 6789 0124'); //=> true
 * isValidInAadhaar('2345 6789 0125'); //=> false
 * ```
 */
export function isValidInAadhaar(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 12 || !_isDigits(s) || s[0] === '0' || s[0] === '1' || _allSame(s)) return false;
  return _verhoeff(s);
}

/**
 * Whether an Indian PAN (Permanent Account Number) is well formed: five letters, four digits and a
 * letter, the fourth letter naming a known holder type (P person, C company, H HUF, F firm, A AOP,
 * T trust, B BOI, L local authority, J artificial juridical person, G government). PAN's last
 * letter is a check character whose algorithm is not published.
 *
 * @param value - ten characters, such as `ABCPE1234F`
 * @returns whether it is well formed
 *
 * @example
 * ```ts
 * import { isValidInPan } from '@airlock/core';
 * isValidInPan('ABCPE1234F'); //=> true
 * isValidInPan('ABCXE1234F'); //=> false
 * ```
 */
export function isValidInPan(value: string): boolean {
  const s = value.toUpperCase();
  if (s.length !== 10 || !_isLetters(s.slice(0, 5)) || !_isDigits(s.slice(5, 9)) || !_isLetters(s[9]!)) return false;
  return 'PCHFATBLJG'.includes(s[3]!) && s.slice(5, 9) !== '0000';
}

const B36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Whether an Indian GSTIN (Goods and Services Tax identification number) is well formed (state
 * code, PAN, entity number, `Z`) and its base-36 check character right.
 *
 * @param value - fifteen characters, such as `27ABCPE1234F1ZB`
 * @returns whether the structure and check character hold
 *
 * @example
 * ```ts
 * import { isValidInGstin } from '@airlock/core';
 * isValidInGstin('27ABCPE1234F1ZB'); //=> true
 * isValidInGstin('27ABCPE1234F1ZC'); //=> false
 * ```
 */
export function isValidInGstin(value: string): boolean {
  const s = value.toUpperCase();
  if (s.length !== 15 || !_isDigits(s.slice(0, 2))) return false;
  const state = _num(s, 0, 2);
  if (state < 1 || (state > 38 && state !== 97 && state !== 99)) return false;
  if (!_isLetters(s.slice(2, 7)) || !_isDigits(s.slice(7, 11)) || !_isLetters(s[11]!)) return false;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const v = B36.indexOf(s[i]!);
    if (v < 0) return false;
    const p = v * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return B36[(36 - (sum % 36)) % 36] === s[14];
}

/**
 * Whether an Australian Tax File Number passes its weighted mod-11 check (nine digits; the older
 * eight-digit numbers too).
 *
 * @param value - such as `123 456 782`
 * @returns whether the check holds
 *
 * @example
 * ```ts
 * import { isValidAuTfn } from '@airlock/core';
 * isValidAuTfn('123 456 782'); //=> true
 * isValidAuTfn('123 456 783'); //=> false
 * ```
 */
export function isValidAuTfn(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || !_isDigits(s) || _allSame(s)) return false;
  if (s.length === 9) return _weighted(s, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
  if (s.length === 8) return _weighted(s, [10, 7, 8, 4, 6, 3, 5, 1]) % 11 === 0;
  return false;
}

/**
 * Whether an Australian Business Number passes its mod-89 check (subtract 1 from the first digit,
 * weights 10, 1, 3, 5, …, 19).
 *
 * @param value - eleven digits, such as `51 824 753 556`
 * @returns whether the check holds
 *
 * @example
 * ```ts
 * import { isValidAuAbn } from '@airlock/core';
 * isValidAuAbn('51 824 753 556'); //=> true
 * isValidAuAbn('51 824 753 557'); //=> false
 * ```
 */
export function isValidAuAbn(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 11 || !_isDigits(s) || s[0] === '0') return false;
  const sum = (_d(s, 0) - 1) * 10 + _weighted(s, [1, 3, 5, 7, 9, 11, 13, 15, 17, 19], 1);
  return sum % 89 === 0;
}

/**
 * Whether an Australian Medicare card number is well formed: first digit 2–6, a check digit in
 * position 9 (weights 1, 3, 7, 9 mod 10), then a non-zero issue number (and optionally the
 * individual reference number).
 *
 * @param value - ten or eleven digits, such as `2123 45670 1`
 * @returns whether the check digit holds
 *
 * @example
 * ```ts
 * import { isValidAuMedicare } from '@airlock/core';
 * isValidAuMedicare('2123 45670 1'); //=> true
 * isValidAuMedicare('2123 45671 1'); //=> false
 * ```
 */
export function isValidAuMedicare(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || (s.length !== 10 && s.length !== 11) || !_isDigits(s)) return false;
  if (s[0]! < '2' || s[0]! > '6' || s[9] === '0' || s[10] === '0') return false;
  return _weighted(s, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === _d(s, 8);
}

/**
 * Whether a Singapore NRIC or FIN has the right check letter. S, T, F and G series are checked;
 * the M series (2022) uses an unpublished variant, so it is accepted on its structure alone.
 *
 * @param value - such as `S1234567D`
 * @returns whether the check letter holds
 *
 * @example
 * ```ts
 * import { isValidSgNric } from '@airlock/core';
 * isValidSgNric('S1234567D'); //=> true
 * isValidSgNric('S1234567E'); //=> false
 * ```
 */
export function isValidSgNric(value: string): boolean {
  const s = value.toUpperCase();
  if (s.length !== 9 || !'STFGM'.includes(s[0]!) || !_isDigits(s.slice(1, 8)) || !_isLetters(s[8]!)) return false;
  if (s[0] === 'M') return true;
  const sum = _weighted(s, [2, 7, 6, 5, 4, 3, 2], 1) + (s[0] === 'T' || s[0] === 'G' ? 4 : 0);
  const table = s[0] === 'S' || s[0] === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
  return table[sum % 11] === s[8];
}

/**
 * What can be said of a South Korean resident registration number: `false` when the date or the
 * sex/century digit is impossible, `true` when the check digit holds too, `undefined` when it does
 * not (numbers issued since October 2020 no longer carry a check digit).
 *
 * @param value - thirteen digits, usually `YYMMDD-SNNNNNN`
 * @returns whether it is an RRN, or `undefined` when only its structure can be vouched for
 *
 * @example
 * ```ts
 * import { checkKrRrn } from '@airlock/core';
 * checkKrRrn('900101-1234568'); //=> true
 * checkKrRrn('900101-1234567'); //=> undefined
 * checkKrRrn('901301-1234568'); //=> false
 * ```
 */
export function checkKrRrn(value: string): boolean | undefined {
  const s = _compact(value);
  if (s === undefined || s.length !== 13 || !_isDigits(s)) return false;
  const sex = _d(s, 6);
  const century = [1800, 1900, 1900, 2000, 2000, 1900, 1900, 2000, 2000, 1800][sex]!;
  if (!_isDate(century + _num(s, 0, 2), _num(s, 2, 4), _num(s, 4, 6))) return false;
  const check = (11 - (_weighted(s, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
  return check === _d(s, 12) ? true : undefined;
}

const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/**
 * Whether a Chinese resident identity card number (GB 11643) has a real birth date and its
 * ISO 7064 MOD 11-2 check character (0–9 or X) right.
 *
 * @param value - eighteen characters
 * @returns whether the date and check character hold
 *
 * @example
 * ```ts
 * import { isValidCnResidentId } from '@airlock/core';
 * isValidCnResidentId('11010519491231002X'); //=> true
 * isValidCnResidentId('110105194912310021'); //=> false
 * ```
 */
export function isValidCnResidentId(value: string): boolean {
  const s = value.toUpperCase();
  if (s.length !== 18 || !_isDigits(s.slice(0, 17))) return false;
  const year = _num(s, 6, 10);
  if (year < 1880 || year > 2100 || !_isDate(year, _num(s, 10, 12), _num(s, 12, 14))) return false;
  return '10X98765432'[_weighted(s, CN_WEIGHTS) % 11] === s[17];
}

/**
 * Whether a Japanese Individual Number (My Number) has its check digit right (weights 2–7 from the
 * right, mod 11).
 *
 * @param value - twelve digits, optionally written `1234 5678 9018`
 * @returns whether the check digit holds
 *
 * @example
 * ```ts
 * import { isValidJpMyNumber } from '@airlock/core';
 * isValidJpMyNumber('1234 5678 9018'); //=> true
 * isValidJpMyNumber('1234 5678 9019'); //=> false
 * ```
 */
export function isValidJpMyNumber(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 12 || !_isDigits(s) || _allSame(s)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += _d(s, 11 - n) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === _d(s, 11);
}

/**
 * Whether a South African identity number has a real birth date, a citizenship digit of 0, 1 or 2,
 * and its Luhn check digit right.
 *
 * @param value - thirteen digits `YYMMDD SSSS C A Z`
 * @returns whether the date and check digit hold
 *
 * @example
 * ```ts
 * import { isValidZaId } from '@airlock/core';
 * isValidZaId('8001015009087'); //=> true
 * isValidZaId('8001015009088'); //=> false
 * ```
 */
export function isValidZaId(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 13 || !_isDigits(s)) return false;
  if (!_isDateAnyCentury(_num(s, 0, 2), _num(s, 2, 4), _num(s, 4, 6)) || _d(s, 10) > 2) return false;
  return _luhn(s);
}
