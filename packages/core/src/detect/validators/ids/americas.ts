/**
 * Validators of identifiers from the Americas: United States, Canada, Brazil, Mexico.
 *
 * @module
 */
import { _allSame, _compact, _d, _isDateAnyCentury, _isDigits, _isLetters, _luhn, _num, _weighted } from './_checksum.ts';

/**
 * Numbers the SSA never issues although they are well known: the 1938 Woolworth wallet-card
 * number, the 1940s Social Security card sample, a widely published identity-theft advert number,
 * and the textbook `123-45-6789`.
 */
const SSN_KNOWN_FAKES: ReadonlySet<string> = /*@__PURE__*/ new Set(['078051120', '219099999', '457555462', '123456789']);

/**
 * Whether a US Social Security number can have been issued: area not 000, 666 or 900–999, group
 * not 00, serial not 0000, and not a well-known advertising or sample number. SSNs carry no
 * check digit, so this is a structural check only.
 *
 * @param value - nine digits, optionally written `AAA-GG-SSSS` (hyphens, spaces or dots)
 * @returns whether it is a possible SSN
 *
 * @example
 * ```ts
 * import { isValidUsSsn } from '@airlock/core';
 * isValidUsSsn('536-22-1234'); //=> true
 * isValidUsSsn('666-22-1234'); //=> false
 * isValidUsSsn('078-05-1120'); //=> false
 * ```
 */
export function isValidUsSsn(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 9 || !_isDigits(s)) return false;
  const area = _num(s, 0, 3);
  if (area === 0 || area === 666 || area >= 900) return false;
  if (_num(s, 3, 5) === 0 || _num(s, 5, 9) === 0) return false;
  return !_allSame(s) && !SSN_KNOWN_FAKES.has(s);
}

/**
 * Whether a US Individual Taxpayer Identification Number is well formed: `9XX-GG-XXXX` with the
 * group in 50–65, 70–88, 90–92 or 94–99 (the IRS ranges). No check digit exists.
 *
 * @param value - nine digits, optionally hyphenated
 * @returns whether it is a possible ITIN
 *
 * @example
 * ```ts
 * import { isValidUsItin } from '@airlock/core';
 * isValidUsItin('912-70-1234'); //=> true
 * isValidUsItin('912-93-1234'); //=> false
 * ```
 */
export function isValidUsItin(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 9 || !_isDigits(s) || s[0] !== '9') return false;
  const g = _num(s, 3, 5);
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

/** EIN prefixes the IRS assigns (campus and internet prefixes); others are never issued. */
const EIN_PREFIXES: ReadonlySet<number> = /*@__PURE__*/ (() => {
  const out = new Set<number>();
  const ranges = [[1, 6], [10, 16], [20, 27], [30, 48], [50, 68], [71, 77], [80, 88], [90, 95], [98, 99]] as const;
  for (const [a, b] of ranges) for (let i = a; i <= b; i++) out.add(i);
  return out;
})();

/**
 * Whether a US Employer Identification Number has a prefix the IRS assigns (`XX-XXXXXXX`). No
 * check digit exists.
 *
 * @param value - nine digits, optionally written `XX-XXXXXXX`
 * @returns whether it is a possible EIN
 *
 * @example
 * ```ts
 * import { isValidUsEin } from '@airlock/core';
 * isValidUsEin('12-3456789'); //=> true
 * isValidUsEin('07-3456789'); //=> false
 * ```
 */
export function isValidUsEin(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 9 || !_isDigits(s)) return false;
  return EIN_PREFIXES.has(_num(s, 0, 2)) && !_allSame(s.slice(2));
}

/**
 * Whether a Canadian Social Insurance Number passes its Luhn check. Numbers starting with 8 are
 * business numbers, never a person's.
 *
 * @param value - nine digits, optionally written `123-456-789` or `123 456 789`
 * @returns whether the check digit holds
 *
 * @example
 * ```ts
 * import { isValidCaSin } from '@airlock/core';
 * isValidCaSin('046 454 286'); //=> true
 * isValidCaSin('046 454 287'); //=> false
 * ```
 */
export function isValidCaSin(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 9 || !_isDigits(s) || s[0] === '8') return false;
  return _luhn(s) && !_allSame(s);
}

/**
 * Whether a Brazilian CPF (individual taxpayer number) has both mod-11 check digits right.
 *
 * @param value - eleven digits, optionally written `000.000.000-00`
 * @returns whether the check digits hold
 *
 * @example
 * ```ts
 * import { isValidBrCpf } from '@airlock/core';
 * isValidBrCpf('111.444.777-35'); //=> true
 * isValidBrCpf('111.444.777-36'); //=> false
 * ```
 */
export function isValidBrCpf(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 11 || !_isDigits(s) || _allSame(s)) return false;
  const check = (n: number): number => {
    const r = (_weighted(s, Array.from({ length: n }, (_, i) => n + 1 - i)) * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === _d(s, 9) && check(10) === _d(s, 10);
}

/**
 * Whether a Brazilian CNPJ (company registry number) has both mod-11 check digits right.
 *
 * @param value - fourteen digits, optionally written `00.000.000/0000-00`
 * @returns whether the check digits hold
 *
 * @example
 * ```ts
 * import { isValidBrCnpj } from '@airlock/core';
 * isValidBrCnpj('11.222.333/0001-81'); //=> true
 * isValidBrCnpj('11.222.333/0001-82'); //=> false
 * ```
 */
export function isValidBrCnpj(value: string): boolean {
  const s = _compact(value);
  if (s === undefined || s.length !== 14 || !_isDigits(s) || _allSame(s)) return false;
  const check = (weights: readonly number[]): number => {
    const r = _weighted(s, weights) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  return check([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) === _d(s, 12) && check([6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) === _d(s, 13);
}

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
const MX_STATES: ReadonlySet<string> = /*@__PURE__*/ new Set(
  'AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE'.split(' '),
);

/**
 * Whether a Mexican CURP (Clave Única de Registro de Población) is well formed and its check digit
 * (position 18, a weighted mod-10 sum over RENAPO's 37-character alphabet) holds.
 *
 * @param value - eighteen characters, `AAAA YYMMDD S EE CCC H D`
 * @returns whether the structure and check digit hold
 *
 * @example
 * ```ts
 * import { isValidMxCurp } from '@airlock/core';
 * isValidMxCurp('GOMA850314HDFRRN01'); //=> true
 * isValidMxCurp('GOMA850314HDFRRN02'); //=> false
 * ```
 */
export function isValidMxCurp(value: string): boolean {
  const s = value.toUpperCase();
  if (s.length !== 18 || !_isLetters(s.slice(0, 4)) || !_isDigits(s.slice(4, 10))) return false;
  if (!_isDateAnyCentury(_num(s, 4, 6), _num(s, 6, 8), _num(s, 8, 10))) return false;
  if (s[10] !== 'H' && s[10] !== 'M' && s[10] !== 'X') return false;
  if (!MX_STATES.has(s.slice(11, 13)) || !_isLetters(s.slice(13, 16)) || !_isDigits(s[17]!)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CURP_ALPHABET.indexOf(s[i]!);
    if (v < 0) return false;
    sum += v * (18 - i);
  }
  return (10 - (sum % 10)) % 10 === _d(s, 17);
}
