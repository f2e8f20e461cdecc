/**
 * Shannon entropy of a string, used to tell random-looking secrets from words and repeats.
 *
 * @module
 */

/**
 * The Shannon entropy of `value` in bits per character, over its UTF-16 code units.
 * `'aaaa'` has 0 bits; a random base64 string about 6.
 *
 * @param value - the string
 * @returns bits per character; 0 for the empty string
 *
 * @example
 * ```ts
 * import { shannonEntropy } from '@airlock/core';
 * shannonEntropy('aaaa'); //=> 0
 * shannonEntropy('abcd'); //=> 2
 * ```
 */
export function shannonEntropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const k of counts.values()) {
    const p = k / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}
