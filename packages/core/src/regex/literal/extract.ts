/**
 * Required prefix literals: a small set of strings such that every match of a pattern begins with
 * one of them (rust regex-syntax's literal `Seq`, RE2's required prefix). The searcher looks for
 * them with `String.prototype.indexOf` (a linear search) to skip text where no match can start.
 *
 * Cost: O(size of Ir × limit). A set is only returned when it pays: at most `limit` literals, none
 * shorter than two code units (shorter ones fire so often that jumping costs more than scanning).
 *
 * @module
 */
import type { Ir } from '../ir/ir.ts';

interface Seq {
  /** Possible prefixes. */
  readonly lits: readonly string[];
  /** Every match is exactly one of `lits`, so what follows may extend them. */
  readonly exact: boolean;
}

/** Classes of at most this many code points expand into literals. */
const MAX_CLASS_EXPANSION = 4;

/**
 * The prefix literals of `ir`, or `null` when there is no useful set.
 *
 * @param ir - the pattern
 * @param limit - the largest number of literals worth searching for
 */
export function prefixLiterals(ir: Ir, limit = 8): string[] | null {
  const seq = extract(ir, limit);
  if (!seq || seq.lits.length === 0 || seq.lits.length > limit) return null;
  if (seq.lits.some((l) => l.length < 2)) return null;
  // Drop literals that have another literal as a prefix: finding the shorter one is enough.
  const sorted = [...new Set(seq.lits)].sort();
  const out: string[] = [];
  for (const l of sorted) if (!out.some((o) => l.startsWith(o))) out.push(l);
  return out;
}

function extract(ir: Ir, limit: number): Seq | null {
  switch (ir.kind) {
    case 'empty':
    case 'look':
      return { lits: [''], exact: true };
    case 'class': {
      const chars: string[] = [];
      for (let i = 0; i < ir.ranges.length; i += 2) {
        const lo = ir.ranges[i]!;
        const hi = ir.ranges[i + 1]!;
        if (hi - lo + 1 + chars.length > MAX_CLASS_EXPANSION) return null;
        for (let c = lo; c <= hi; c++) chars.push(String.fromCodePoint(c));
      }
      return chars.length === 0 ? null : { lits: chars, exact: true };
    }
    case 'capture':
      return extract(ir.sub, limit);
    case 'alt': {
      const lits: string[] = [];
      let exact = true;
      for (const sub of ir.subs) {
        const s = extract(sub, limit);
        if (!s) return null;
        lits.push(...s.lits);
        exact &&= s.exact;
        if (lits.length > limit) return null;
      }
      return { lits, exact };
    }
    case 'concat': {
      let lits: string[] = [''];
      for (const sub of ir.subs) {
        const s = extract(sub, limit);
        if (!s) return { lits, exact: false };
        if (lits.length * s.lits.length > limit) return { lits, exact: false };
        lits = lits.flatMap((a) => s.lits.map((b) => a + b));
        if (!s.exact) return { lits, exact: false };
      }
      return { lits, exact: true };
    }
    case 'repeat': {
      const s = extract(ir.sub, limit);
      // x? is exactly "" or x.
      if (ir.min === 0 && ir.max === 1 && s?.exact) return { lits: ['', ...s.lits], exact: true };
      if (ir.min === 0) return { lits: s ? ['', ...s.lits] : [''], exact: false };
      return s ? { lits: s.lits, exact: false } : null;
    }
  }
}
