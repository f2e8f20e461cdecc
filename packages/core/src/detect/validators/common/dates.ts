/**
 * Calendar checks for date candidates, and the plausible range of a person's age.
 *
 * @module
 */

/** The runs of ASCII digits in `value`, as numbers, with their lengths. */
function numbers(value: string): { n: number; len: number }[] {
  const out: { n: number; len: number }[] = [];
  let n = -1;
  let len = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : -1;
    if (c >= 0x30 && c <= 0x39) {
      n = (n < 0 ? 0 : n * 10) + (c - 0x30);
      len++;
    } else if (n >= 0) {
      out.push({ n, len });
      n = -1;
      len = 0;
    }
  }
  return out;
}

/**
 * Checks that a date as written can be a calendar date: the year-first form (`2024-02-29`) must
 * have a valid month and day; for day-first or month-first forms (`31/12/1999`, `12/31/1999`) either
 * reading will do; a date with a month name (`March 3, 2021`) must have a day from 1 to 31. Times
 * are not checked beyond what the detector's pattern allows.
 *
 * @param value - the date as found
 * @returns whether some reading of it is a real date
 *
 * @example
 * ```ts
 * import { isPlausibleDate } from '@airlock/core';
 * isPlausibleDate('2024-02-29'); //=> true
 * isPlausibleDate('2023-02-29'); //=> false
 * isPlausibleDate('31/12/1999'); //=> true
 * isPlausibleDate('31/31/1999'); //=> false
 * ```
 */
export function isPlausibleDate(value: string): boolean {
  const ns = numbers(value);
  const [a, b, c] = ns;
  if (!a) return false;
  if (a.len === 4 && b && c) return validDay(a.n, b.n, c.n);
  if (a.len <= 2 && b && c && b.len <= 2) {
    const year = c.len === 2 ? 2000 + c.n : c.n;
    return validDay(year, b.n, a.n) || validDay(year, a.n, b.n);
  }
  // A month name with a day and/or a year: every number below 100 must be a possible day.
  return ns.every((x) => x.len === 4 || (x.n >= 1 && x.n <= 31));
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/**
 * Checks that a number can be a person's age in years: from 1 to 125.
 *
 * @param value - the digits
 * @returns whether it is a plausible age
 *
 * @example
 * ```ts
 * import { isPlausibleAge } from '@airlock/core';
 * isPlausibleAge('42'); //=> true
 * isPlausibleAge('420'); //=> false
 * ```
 */
export function isPlausibleAge(value: string): boolean {
  if (value.length === 0 || value.length > 3) return false;
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
    n = n * 10 + (c - 0x30);
  }
  return n >= 1 && n <= 125 && value[0] !== '0';
}
