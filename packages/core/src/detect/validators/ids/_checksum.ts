/**
 * Check-digit algorithms and small helpers shared by the identifier validators. Plain string and
 * number code: no `RegExp`.
 *
 * @internal
 * @module
 */
import { luhn } from '../common/luhn.ts';

/**
 * `value` without the separators people write inside identifiers (space, hyphen, dot, slash), or
 * `undefined` when anything else but ASCII letters and digits is left.
 *
 * @internal
 */
export function _compact(value: string): string | undefined {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x20 || c === 0x2d || c === 0x2e || c === 0x2f || c === 0xa0) continue;
    if (!_isDigitCode(c) && !_isUpperCode(c) && !(c >= 0x61 && c <= 0x7a)) return undefined;
    out += value[i];
  }
  return out.toUpperCase();
}

/** @internal */
export function _isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** @internal */
export function _isUpperCode(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** Whether `s` is non-empty and made only of ASCII digits. @internal */
export function _isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!_isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

/** Whether `s` is non-empty and made only of ASCII capital letters. @internal */
export function _isLetters(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!_isUpperCode(s.charCodeAt(i))) return false;
  return true;
}

/** The digit at `i` of an all-digit string, as a number. @internal */
export function _d(s: string, i: number): number {
  return s.charCodeAt(i) - 0x30;
}

/** Whether every character of `s` is the same (`111111111`): never a real identifier. @internal */
export function _allSame(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s[i] !== s[0]) return false;
  return true;
}

/** Sum of digit × weight over the first `weights.length` digits of `s`. @internal */
export function _weighted(s: string, weights: readonly number[], from = 0): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += _d(s, from + i) * weights[i]!;
  return sum;
}

/** The Luhn (mod 10) check over an all-digit string, check digit last (the shared {@link luhn}). @internal */
export function _luhn(digits: string): boolean {
  return _isDigits(digits) && luhn(digits);
}

const VERHOEFF_D: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 8, 7, 6, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** The Verhoeff check (dihedral group D5) over an all-digit string, check digit last. @internal */
export function _verhoeff(digits: string): boolean {
  if (!_isDigits(digits)) return false;
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![_d(digits, digits.length - 1 - i)]!]!;
  }
  return c === 0;
}

/** ISO 7064 MOD 11,10 (hybrid system): true when the last digit is the check digit of the rest. @internal */
export function _iso7064Mod11_10(digits: string): boolean {
  if (!_isDigits(digits) || digits.length < 2) return false;
  let product = 10;
  for (let i = 0; i < digits.length - 1; i++) {
    let sum = (_d(digits, i) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === _d(digits, digits.length - 1);
}

/** Whether `year`-`month`-`day` is a real calendar date (proleptic Gregorian). @internal */
export function _isDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** Whether a two-digit-year date is a real date in at least one century (leap days need the century). @internal */
export function _isDateAnyCentury(yy: number, month: number, day: number): boolean {
  return _isDate(1900 + yy, month, day) || _isDate(2000 + yy, month, day);
}

/** The number `s[from, to)` of an all-digit string. @internal */
export function _num(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + _d(s, i);
  return n;
}

/** `n mod m` of a long decimal string, digit by digit (no precision loss). @internal */
export function _modDecimal(s: string, m: number): number {
  let r = 0;
  for (let i = 0; i < s.length; i++) r = (r * 10 + _d(s, i)) % m;
  return r;
}
