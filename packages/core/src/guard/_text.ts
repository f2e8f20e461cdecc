/**
 * Character classes the guards read code points with, from the regex engine's Unicode tables.
 *
 * @internal
 * @module
 */
import { unicodeClass } from '../regex/unicode/index.ts';

let wordRanges: readonly (readonly number[])[] | undefined;

function inRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = (ranges.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[mid * 2]!) hi = mid - 1;
    else if (cp > ranges[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Whether `cp` is part of a word: a letter, a digit or other number, a combining mark, or `_`.
 * ASCII is answered without a lookup; other code points cost a binary search.
 * @internal
 */
export function _isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) || cp === 0x5f;
  const ranges = (wordRanges ??= ['L', 'N', 'M'].map((name) => unicodeClass(name) ?? []));
  return ranges.some((r) => inRanges(r, cp));
}

/** The code point that ends just before `i`, or -1 at the start. @internal */
export function _codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const c = text.charCodeAt(i - 1);
  if ((c & 0xfc00) === 0xdc00 && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if ((h & 0xfc00) === 0xd800) return ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}
