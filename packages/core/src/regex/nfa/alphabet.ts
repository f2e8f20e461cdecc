/**
 * The alphabet of an automaton: code points grouped into classes that no state of the automaton
 * can tell apart (RE2's "byte classes", over code points instead of bytes).
 *
 * Lookup of a BMP code point is two typed-array reads through a two-level table whose 256-entry
 * blocks are shared, so a pattern that only distinguishes ASCII costs a few blocks, not 128 KiB.
 *
 * @module
 */
import { MAX_CODE_POINT } from '../ir/ir.ts';

/** A partition of the code points. */
export interface Alphabet {
  /** Number of classes. */
  readonly count: number;
  /** `blockOffset[c >> 8] + (c & 255)` indexes {@link Alphabet.bmp} for a BMP code point `c`. */
  readonly blockOffset: Uint32Array;
  /** Class of each BMP code point, through {@link Alphabet.blockOffset}. */
  readonly bmp: Uint16Array;
  /** The class of any code point. */
  classOf(c: number): number;
  /** Class of `\n`. */
  readonly newline: number;
  /** `isWord[a]` is 1 when alphabet class `a` holds ASCII word characters `[0-9A-Za-z_]`. */
  readonly isWord: Uint8Array;
}

const WORD_RANGES = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];

/** Builds the coarsest partition that respects every class, `\n` and the ASCII word characters. */
export function buildAlphabet(classes: readonly (readonly number[])[]): Alphabet {
  const cuts = new Set<number>([0, 0x0a, 0x0b, 0x10000]);
  for (let i = 0; i < WORD_RANGES.length; i += 2) cuts.add(WORD_RANGES[i]!).add(WORD_RANGES[i + 1]! + 1);
  for (const ranges of classes) {
    for (let i = 0; i < ranges.length; i += 2) cuts.add(ranges[i]!).add(ranges[i + 1]! + 1);
  }
  cuts.delete(MAX_CODE_POINT + 1);
  // Astral code points get their own classes only where a class needs them; we keep the cut at
  // 0x10000 so that BMP and astral lookups never share a class boundary computation.
  const starts = Int32Array.from(cuts).sort();
  const count = starts.length;
  const classOf = (c: number): number => {
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= c) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // The BMP in 256 blocks, in one sweep over the class starts; blocks with the same classes are
  // stored once (found by a hash of their contents, then compared).
  const blockOffset = new Uint32Array(256);
  const blocks: Uint16Array[] = [];
  const uniform = new Map<number, number>();
  const byHash = new Map<number, number[]>();
  let a = 0; // the class of the code point being placed
  for (let blk = 0; blk < 256; blk++) {
    const base = blk << 8;
    while (a + 1 < count && starts[a + 1]! <= base) a++;
    let index: number | undefined;
    if (a + 1 >= count || starts[a + 1]! > base + 255) {
      index = uniform.get(a);
      if (index === undefined) {
        index = blocks.length;
        blocks.push(new Uint16Array(256).fill(a));
        uniform.set(a, index);
      }
    } else {
      const table = new Uint16Array(256);
      let h = 0x811c9dc5;
      for (let i = 0; i < 256; i++) {
        while (a + 1 < count && starts[a + 1]! <= base + i) a++;
        table[i] = a;
        h = Math.imul(h ^ a, 0x01000193);
      }
      const same = byHash.get(h);
      index = same?.find((k) => sameBlock(blocks[k]!, table));
      if (index === undefined) {
        index = blocks.length;
        blocks.push(table);
        if (same) same.push(index);
        else byHash.set(h, [index]);
      }
    }
    blockOffset[blk] = index << 8;
  }
  const bmp = new Uint16Array(blocks.length << 8);
  blocks.forEach((b, i) => bmp.set(b, i << 8));
  const isWord = new Uint8Array(count);
  for (let i = 0; i < WORD_RANGES.length; i += 2) {
    for (let a = classOf(WORD_RANGES[i]!); a <= classOf(WORD_RANGES[i + 1]!); a++) isWord[a] = 1;
  }
  return { count, blockOffset, bmp, classOf, newline: classOf(0x0a), isWord };
}

function sameBlock(x: Uint16Array, y: Uint16Array): boolean {
  for (let i = 0; i < 256; i++) if (x[i] !== y[i]) return false;
  return true;
}
