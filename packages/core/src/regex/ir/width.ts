/**
 * {@link maxWidth}: the longest text, in UTF-16 code units, that a pattern can match.
 *
 * What a streaming scanner needs to know how much of a stream's tail could still become part of a
 * match (see `detect/stream.ts`). Computed on the {@link Ir}, so flags are already compiled away
 * (a case-folded literal may match a longer code point: `(?i)k` matches U+212A, one unit still).
 *
 * @module
 */
import type { Ir } from './ir.ts';

/** Width of a node that can never match (an empty class on every path). */
const NEVER = -1;

/**
 * The greatest number of UTF-16 code units any match of `ir` can span: `Infinity` when a
 * repetition without an upper bound (`*`, `+`, `{n,}`) repeats something that consumes text, `0`
 * for patterns that match only the empty string (or nothing at all).
 *
 * A class counts 2 units when it holds a code point above U+FFFF (a surrogate pair), 1 otherwise;
 * assertions (`^`, `$`, `\b`) count 0. The bound is exact for the pattern's language, not a
 * property of the texts it runs on: `a{2,5}` gives 5 even in a text with no `a`.
 *
 * Linear in the size of the IR.
 *
 * @param ir - a pattern's IR (`parse(pattern).ir`)
 * @returns the maximum match length in UTF-16 code units, or `Infinity`
 *
 * @example
 * ```ts
 * import { maxWidth, parse } from '@airlock/core/regex';
 * maxWidth(parse('\\b[0-9]{3}-[0-9]{2}-[0-9]{4}\\b').ir); //=> 11
 * maxWidth(parse('AKIA[A-Z0-9]{16}|ASIA[A-Z0-9]{16}').ir); //=> 20
 * maxWidth(parse('[a-z]+@example\\.com').ir); //=> Infinity
 * maxWidth(parse('\u{1F600}{1,3}').ir); //=> 6
 * ```
 */
export function maxWidth(ir: Ir): number {
  return Math.max(0, width(ir));
}

function width(node: Ir): number {
  switch (node.kind) {
    case 'empty':
    case 'look':
      return 0;
    case 'class': {
      const r = node.ranges;
      if (r.length === 0) return NEVER;
      return r[r.length - 1]! > 0xffff ? 2 : 1;
    }
    case 'capture':
      return width(node.sub);
    case 'concat': {
      let sum = 0;
      for (const sub of node.subs) {
        const w = width(sub);
        if (w === NEVER) return NEVER;
        sum += w;
      }
      return sum;
    }
    case 'alt': {
      let best = NEVER;
      for (const sub of node.subs) best = Math.max(best, width(sub));
      return best;
    }
    case 'repeat': {
      const w = width(node.sub);
      if (w === NEVER) return node.min === 0 ? 0 : NEVER;
      if (w === 0) return 0;
      return node.max === -1 ? Infinity : w * node.max;
    }
  }
}
