/**
 * Validators of European identifiers (and Turkey's).
 *
 * @module
 */
import {
  _allSame,
  _compact,
  _d,
  _isDate,
  _isDateAnyCentury,
  _isDigits,
  _isLetters,
  _iso7064Mod11_10,
  _luhn,
  _modDecimal,
  _num,
  _weighted,
} from './_checksum.ts';

const NINO_BAD_PREFIXES: ReadonlySet<string> = /*@__PURE__*/ new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/**
 * Whether a UK National Insurance number follows HMRC's allocation rules: two prefix letters (the
 * first not D, F, I, Q, U or V; the second not D, F, I, O, Q, U or V; not BG, GB, KN, NK, NT, TN or
 * ZZ), six digits and a suffix A–D. There is no check digit.
 *
 * @param value - for example `QQ 12 34 56 C` (spaces optional)
 * @returns whether it is a possible NINO
 *
 * @example
 * ```ts
 * import { isValidUkNino } from '@airlock/core';
 * isValidUkNino('AB 12 34 56 C'); //=> true
 * isValidUkNino('GB 12 34 56 C'); //=> false
 * isValidUkNino('AO123456C'); //=> false
 * ```
 */
export function isValidUkNino(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 9 || !_isLetters(s.slice(0, 2)) || !_isDigits(s.slice(2, 8))) return false;
  if ('DFIQUV'.includes(s[0]!) || 'DFIOQUV'.includes(s[1]!) || NINO_BAD_PREFIXES.has(s.slice(0, 2))) return false;
  return 'ABCD'.includes(s[8]!);
}

/**
 * Whether a UK NHS number's mod-11 check digit holds (weights 10 down to 2; a remainder giving 10
 * is never issued).
 *
 * @param value - ten digits, optionally written `943 476 5919`
 * @returns whether the check digit holds
 *
 * @example
 * ```ts
 * import { isValidUkNhs } from '@airlock/core';
 * isValidUkNhs('943 476 5919'); //=> true
 * isValidUkNhs('943 476 5918'); //=> false
 * ```
 */
export function isValidUkNhs(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 10 || !_isDigits(s) || _allSame(s)) return false;
  let check = 11 - (_weighted(s, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === _d(s, 9);
}

/**
 * Whether a UK (DVLA) driving licence number is well formed: five letters of the surname (padded
 * with 9), the birth date as decade, month (+50 for women), day and year digit, two initials
 * (padded with 9), a digit and two check letters. The DVLA does not publish the check letters'
 * algorithm, so only the structure and the date are checked.
 *
 * @param value - sixteen characters, such as `MORGA753116SM9IJ`
 * @returns whether it is well formed
 *
 * @example
 * ```ts
 * import { isValidUkDrivingLicence } from '@airlock/core';
 * isValidUkDrivingLicence('MORGA753116SM9IJ'); //=> true
 * isValidUkDrivingLicence('MORGA713316SM9IJ'); //=> false
 * ```
 */
export function isValidUkDrivingLicence(value: string): boolean {
  const s = value.toUpperCase();
  if (s.length !== 16 || !_isDigits(s.slice(5, 11))) return false;
  for (let i = 0; i < 5; i++) if (!(_isLetters(s[i]!) || (i > 0 && s[i] === '9'))) return false;
  let month = _num(s, 6, 8);
  if (month > 50) month -= 50;
  if (!_isDateAnyCentury(_num(s, 5, 6) * 10 + _d(s, 10), month, _num(s, 8, 10))) return false;
  if (!_isLetters(s[11]!) || !(_isLetters(s[12]!) || s[12] === '9') || !_isDigits(s[13]!)) return false;
  return _isLetters(s.slice(14, 16));
}

const ES_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/**
 * Whether a Spanish NIF of a person (DNI: eight digits and a control letter) or of a foreigner
 * (NIE: X, Y or Z, seven digits and a control letter) has the right letter (number mod 23).
 *
 * @param value - such as `12345678Z` or `X-1234567-L`
 * @returns whether the control letter holds
 *
 * @example
 * ```ts
 * import { isValidEsNif } from '@airlock/core';
 * isValidEsNif('12345678Z'); //=> true
 * isValidEsNif('X1234567L'); //=> true
 * isValidEsNif('12345678A'); //=> false
 * ```
 */
export function isValidEsNif(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 9) return false;
  const lead = 'XYZ'.indexOf(s[0]!);
  const digits = lead >= 0 ? String(lead) + s.slice(1, 8) : s.slice(0, 8);
  if (!_isDigits(digits) || _allSame(s.slice(lead >= 0 ? 1 : 0, 8))) return false;
  return ES_LETTERS[_num(digits, 0, 8) % 23] === s[8];
}

// Values of characters in odd (1st, 3rd, …) positions of a codice fiscale, digits and letters alike.
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
// Letters that replace digits in codici fiscali changed for homocodes (omocodia), in digit order.
const CF_OMOCODE = 'LMNPQRSTUV';
const CF_DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14];

/**
 * Whether an Italian codice fiscale of a person is well formed (homocode letters allowed in digit
 * positions) and its check character (position 16) holds.
 *
 * @param value - sixteen characters, such as `RSSMRA85T10A562S`
 * @returns whether the structure and check character hold
 *
 * @example
 * ```ts
 * import { isValidItFiscalCode } from '@airlock/core';
 * isValidItFiscalCode('RSSMRA85T10A562S'); //=> true
 * isValidItFiscalCode('RSSMRA85T10A562T'); //=> false
 * ```
 */
export function isValidItFiscalCode(value: string): boolean {
  const s = value.toUpperCase();
  if (s.length !== 16 || !_isLetters(s.slice(0, 6)) || !_isLetters(s[8]!) || !_isLetters(s[11]!) || !_isLetters(s[15]!)) return false;
  if (!'ABCDEHLMPRST'.includes(s[8]!)) return false;
  let plain = s;
  for (const i of CF_DIGIT_POSITIONS) {
    const c = s[i]!;
    if (_isDigits(c)) continue;
    const k = CF_OMOCODE.indexOf(c);
    if (k < 0) return false;
    plain = plain.slice(0, i) + String(k) + plain.slice(i + 1);
  }
  const day = _num(plain, 9, 11);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charCodeAt(i);
    const v = c <= 0x39 ? c - 0x30 : c - 0x41;
    sum += i % 2 === 0 ? CF_ODD[v]! : v;
  }
  return String.fromCharCode(0x41 + (sum % 26)) === s[15];
}

/**
 * Whether a Polish PESEL has a real birth date (the month carries the century) and its check digit
 * (weights 1, 3, 7, 9) holds.
 *
 * @param value - eleven digits
 * @returns whether the date and check digit hold
 *
 * @example
 * ```ts
 * import { isValidPlPesel } from '@airlock/core';
 * isValidPlPesel('44051401359'); //=> true
 * isValidPlPesel('44051401358'); //=> false
 * ```
 */
export function isValidPlPesel(value: string): boolean {
  if (value.length !== 11 || !_isDigits(value) || _allSame(value)) return false;
  const m = _num(value, 2, 4);
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(m / 20)];
  if (century === undefined || !_isDate(century + _num(value, 0, 2), m % 20, _num(value, 4, 6))) return false;
  return (10 - (_weighted(value, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === _d(value, 10);
}

/**
 * Whether a Polish NIP (tax identification number) has its mod-11 check digit right.
 *
 * @param value - ten digits, optionally written `123-456-32-18`
 * @returns whether the check digit holds
 *
 * @example
 * ```ts
 * import { isValidPlNip } from '@airlock/core';
 * isValidPlNip('123-456-32-18'); //=> true
 * isValidPlNip('123-456-32-19'); //=> false
 * ```
 */
export function isValidPlNip(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 10 || !_isDigits(s) || _allSame(s)) return false;
  const r = _weighted(s, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return r !== 10 && r === _d(s, 9);
}

/**
 * Whether a German tax identification number (Steuerliche Identifikationsnummer) is well formed:
 * eleven digits, no leading zero, in the first ten exactly one digit repeated (twice, or three
 * times but not three in a row) and the ISO 7064 MOD 11,10 check digit last.
 *
 * @param value - eleven digits, optionally grouped `86 095 742 719`
 * @returns whether the structure and check digit hold
 *
 * @example
 * ```ts
 * import { isValidDeTaxId } from '@airlock/core';
 * isValidDeTaxId('86095742719'); //=> true
 * isValidDeTaxId('86095742711'); //=> false
 * ```
 */
export function isValidDeTaxId(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 11 || !_isDigits(s) || s[0] === '0') return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[_d(s, i)]!++;
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  if (repeated[0] === 3) {
    for (let i = 0; i + 2 < 10; i++) if (s[i] === s[i + 1] && s[i] === s[i + 2]) return false;
  }
  return _iso7064Mod11_10(s);
}

/**
 * Whether a French social security number (NIR, numéro de sécurité sociale) is well formed and its
 * key (97 − number mod 97, with Corsica's 2A and 2B read as 19 and 18) holds.
 *
 * @param value - fifteen characters, such as `2 55 08 14 168 025 38`
 * @returns whether the structure and key hold
 *
 * @example
 * ```ts
 * import { isValidFrNir } from '@airlock/core';
 * isValidFrNir('2 55 08 14 168 025 38'); //=> true
 * isValidFrNir('2 55 08 14 168 025 39'); //=> false
 * ```
 */
export function isValidFrNir(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 15 || !'12378'.includes(s[0]!)) return false;
  let body = s.slice(0, 13);
  const dept = body.slice(5, 7);
  if (dept === '2A') body = body.slice(0, 5) + '19' + body.slice(7);
  else if (dept === '2B') body = body.slice(0, 5) + '18' + body.slice(7);
  if (!_isDigits(body) || !_isDigits(s.slice(13))) return false;
  const month = _num(body, 3, 5);
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  return 97 - _modDecimal(body, 97) === _num(s, 13, 15);
}

/**
 * Whether a Swedish personnummer (or samordningsnummer, day + 60) has a real date and its Luhn
 * check digit holds.
 *
 * @param value - `YYMMDD-NNNC`, `YYMMDD+NNNC` (over 100) or `YYYYMMDDNNNC`, with or without separator
 * @returns whether the date and check digit hold
 *
 * @example
 * ```ts
 * import { isValidSePersonnummer } from '@airlock/core';
 * isValidSePersonnummer('811218-9876'); //=> true
 * isValidSePersonnummer('19811218-9876'); //=> true
 * isValidSePersonnummer('811218-9875'); //=> false
 * ```
 */
export function isValidSePersonnummer(value: string): boolean {
  let s = '';
  for (const c of value) if (c !== '-' && c !== '+') s += c;
  if (!_isDigits(s) || (s.length !== 10 && s.length !== 12)) return false;
  const short = s.length === 12 ? s.slice(2) : s;
  let day = _num(short, 4, 6);
  if (day > 60) day -= 60;
  const ok = s.length === 12 ? _isDate(_num(s, 0, 4), _num(short, 2, 4), day) : _isDateAnyCentury(_num(short, 0, 2), _num(short, 2, 4), day);
  return ok && _luhn(short);
}

const FI_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const FI_CENTURY: Readonly<Record<string, number>> = { '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };

/**
 * Whether a Finnish personal identity code (henkilötunnus) has a real date, a known century sign
 * and its mod-31 check character right.
 *
 * @param value - `DDMMYYCZZZQ`, such as `131052-308T`
 * @returns whether the date and check character hold
 *
 * @example
 * ```ts
 * import { isValidFiHetu } from '@airlock/core';
 * isValidFiHetu('131052-308T'); //=> true
 * isValidFiHetu('131052-308U'); //=> false
 * ```
 */
export function isValidFiHetu(value: string): boolean {
  const s = value.toUpperCase();
  if (s.length !== 11 || !_isDigits(s.slice(0, 6)) || !_isDigits(s.slice(7, 10))) return false;
  const century = FI_CENTURY[s[6]!];
  if (century === undefined || !_isDate(century + _num(s, 4, 6), _num(s, 2, 4), _num(s, 0, 2))) return false;
  const n = _num(s, 0, 6) * 1000 + _num(s, 7, 10);
  return FI_CHECK[n % 31] === s[10];
}

/**
 * Whether a Dutch citizen service number (BSN) passes the "11-proof" (weights 9 down to 2, and −1
 * for the last digit).
 *
 * @param value - nine digits (eight are padded with a leading zero), optionally dotted
 * @returns whether the 11-proof holds
 *
 * @example
 * ```ts
 * import { isValidNlBsn } from '@airlock/core';
 * isValidNlBsn('111222333'); //=> true
 * isValidNlBsn('111222334'); //=> false
 * ```
 */
export function isValidNlBsn(value: string): boolean {
  let s = _compact(value);
  if (s === undefined || !_isDigits(s)) return false;
  if (s.length === 8) s = '0' + s;
  if (s.length !== 9 || _allSame(s)) return false;
  return (_weighted(s, [9, 8, 7, 6, 5, 4, 3, 2]) - _d(s, 8)) % 11 === 0;
}

/**
 * Whether a Belgian national register number (rijksregisternummer / numéro national) has its
 * mod-97 check right, for people born before or after 2000.
 *
 * @param value - eleven digits, usually written `YY.MM.DD-XXX.CC`
 * @returns whether the check holds
 *
 * @example
 * ```ts
 * import { isValidBeNationalNumber } from '@airlock/core';
 * isValidBeNationalNumber('85.07.30-033.28'); //=> true
 * isValidBeNationalNumber('85.07.30-033.29'); //=> false
 * ```
 */
export function isValidBeNationalNumber(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 11 || !_isDigits(s) || _allSame(s)) return false;
  const month = _num(s, 2, 4);
  // Month and day are 00 when the birth date is unknown; bis numbers add 20 or 40 to the month.
  if (month % 20 > 12 || _num(s, 4, 6) > 31) return false;
  const body = _num(s, 0, 9);
  const check = _num(s, 9, 11);
  return 97 - (body % 97) === check || 97 - ((2_000_000_000 + body) % 97) === check;
}

/**
 * Whether a Danish CPR number has a real birth date. CPR numbers issued since 2007 need not pass
 * the old mod-11 check, so the date is all that can be checked.
 *
 * @param value - `DDMMYY-SSSS`
 * @returns whether the date is real
 *
 * @example
 * ```ts
 * import { isValidDkCpr } from '@airlock/core';
 * isValidDkCpr('070761-4285'); //=> true
 * isValidDkCpr('320761-4285'); //=> false
 * ```
 */
export function isValidDkCpr(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 10 || !_isDigits(s)) return false;
  return _isDateAnyCentury(_num(s, 4, 6), _num(s, 2, 4), _num(s, 0, 2));
}

/**
 * Whether a Norwegian national identity number (fødselsnummer, or D-number with day + 40) has a
 * real date and both mod-11 check digits right.
 *
 * @param value - eleven digits `DDMMYYIIIKK`
 * @returns whether the date and check digits hold
 *
 * @example
 * ```ts
 * import { isValidNoFodselsnummer } from '@airlock/core';
 * isValidNoFodselsnummer('15076500565'); //=> true
 * isValidNoFodselsnummer('15076500566'); //=> false
 * ```
 */
export function isValidNoFodselsnummer(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 11 || !_isDigits(s)) return false;
  let day = _num(s, 0, 2);
  if (day > 40) day -= 40;
  if (!_isDateAnyCentury(_num(s, 4, 6), _num(s, 2, 4), day)) return false;
  const k = (weights: readonly number[]): number => {
    const r = 11 - (_weighted(s, weights) % 11);
    return r === 11 ? 0 : r;
  };
  const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k1 === _d(s, 9) && k2 === _d(s, 10);
}

const IE_CHECK = 'WABCDEFGHIJKLMNOPQRSTUV';

/**
 * Whether an Irish Personal Public Service Number has its mod-23 check letter right (seven digits,
 * the check letter, and an optional second letter that also counts).
 *
 * @param value - such as `1234567T` or `1234567FA`
 * @returns whether the check letter holds
 *
 * @example
 * ```ts
 * import { isValidIePpsn } from '@airlock/core';
 * isValidIePpsn('1234567T'); //=> true
 * isValidIePpsn('1234567A'); //=> false
 * ```
 */
export function isValidIePpsn(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || (s.length !== 8 && s.length !== 9) || !_isDigits(s.slice(0, 7)) || !_isLetters(s.slice(7))) return false;
  let sum = _weighted(s, [8, 7, 6, 5, 4, 3, 2]);
  if (s.length === 9 && s[8] !== 'W') sum += (s.charCodeAt(8) - 0x40) * 9;
  return IE_CHECK[sum % 23] === s[7];
}

/**
 * Whether a Portuguese tax number (NIF, número de identificação fiscal) has a known leading digit
 * and its mod-11 check digit right.
 *
 * @param value - nine digits
 * @returns whether the check digit holds
 *
 * @example
 * ```ts
 * import { isValidPtNif } from '@airlock/core';
 * isValidPtNif('123456789'); //=> true
 * isValidPtNif('123456788'); //=> false
 * ```
 */
export function isValidPtNif(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 9 || !_isDigits(s) || s[0] === '0' || s[0] === '4') return false;
  const r = 11 - (_weighted(s, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (r >= 10 ? 0 : r) === _d(s, 8);
}

/**
 * Whether an Austrian social insurance number (Sozialversicherungsnummer) has its mod-11 check digit
 * right (position 4) and a plausible birth date.
 *
 * @param value - ten digits `NNNC DDMMYY`
 * @returns whether the check digit holds
 *
 * @example
 * ```ts
 * import { isValidAtSocialSecurity } from '@airlock/core';
 * isValidAtSocialSecurity('1237 010180'); //=> true
 * isValidAtSocialSecurity('1238 010180'); //=> false
 * ```
 */
export function isValidAtSocialSecurity(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 10 || !_isDigits(s) || s[0] === '0') return false;
  // Day and month may exceed their calendar range when the birth date was unknown at allocation.
  if (_num(s, 4, 6) > 31 || _num(s, 6, 8) > 12 || _num(s, 4, 6) === 0) return false;
  const sum = _weighted(s, [3, 7, 9]) + _weighted(s, [5, 8, 4, 2, 1, 6], 4);
  const r = sum % 11;
  return r !== 10 && r === _d(s, 3);
}

/**
 * Whether a Swiss social security number (AHV/AVS number, `756.XXXX.XXXX.XX`) has the Swiss prefix
 * and its EAN-13 check digit right.
 *
 * @param value - thirteen digits, usually dotted
 * @returns whether the prefix and check digit hold
 *
 * @example
 * ```ts
 * import { isValidChAhv } from '@airlock/core';
 * isValidChAhv('756.1234.5678.97'); //=> true
 * isValidChAhv('756.1234.5678.98'); //=> false
 * ```
 */
export function isValidChAhv(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 13 || !_isDigits(s) || !s.startsWith('756')) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += _d(s, i) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === _d(s, 12);
}

/**
 * Whether a Turkish identity number (T.C. Kimlik No) is well formed: eleven digits, no leading
 * zero, and both check digits (the 10th from odd and even positions, the 11th the sum mod 10) right.
 *
 * @param value - eleven digits
 * @returns whether the check digits hold
 *
 * @example
 * ```ts
 * import { isValidTrTckn } from '@airlock/core';
 * isValidTrTckn('10000000146'); //=> true
 * isValidTrTckn('10000000147'); //=> false
 * ```
 */
export function isValidTrTckn(value: string): boolean {
  if (value.length !== 11 || !_isDigits(value) || value[0] === '0') return false;
  const odd = _d(value, 0) + _d(value, 2) + _d(value, 4) + _d(value, 6) + _d(value, 8);
  const even = _d(value, 1) + _d(value, 3) + _d(value, 5) + _d(value, 7);
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += _d(value, i);
  return d10 === _d(value, 9) && sum % 10 === _d(value, 10);
}
