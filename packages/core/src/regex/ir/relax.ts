/**
 * Over-approximation of a pattern for candidate search.
 *
 * A DFA that must count (`[A-Za-z0-9]{20,64}`) needs a state per count, and a union of many such
 * patterns needs a state per *combination* of counts: tens of thousands of states on ordinary text.
 * Replacing large counted repetitions by loops (`x{20,64}` → `x{8,}`) keeps every match of the
 * original (the relaxed language is a superset) while the DFA stays small. The set uses the relaxed
 * union to find where matches *may* end, then the exact patterns decide (see `meta/iterate.ts`).
 *
 * @module
 */
import { alt, capture, concat, repeat, type Ir } from './ir.ts';

/** Repetitions with an upper bound at most this are kept exact. */
export const EXACT_REPEAT_LIMIT = 4;

/**
 * Lower bounds up to this are kept (`x{12,19}` → `x{12,}`), larger ones are cut to it: a lower
 * bound is what makes a candidate selective (a card number needs 13 digits, not 2), while the
 * states it costs grow with it.
 */
export const KEPT_LOWER_BOUND = 8;

/**
 * Replaces every counted repetition whose upper bound is over {@link EXACT_REPEAT_LIMIT} by an
 * unbounded one, keeping its lower bound up to {@link KEPT_LOWER_BOUND}: `x{12,19}` → `x{8,}`.
 */
export function relax(ir: Ir): Ir {
  const walk = (node: Ir): Ir => {
    switch (node.kind) {
      case 'empty':
      case 'class':
      case 'look':
        return node;
      case 'capture':
        return capture(node.index, node.name, walk(node.sub));
      case 'concat':
        return concat(node.subs.map(walk));
      case 'alt':
        return alt(node.subs.map(walk));
      case 'repeat': {
        const sub = walk(node.sub);
        if (node.max !== -1 && node.max <= EXACT_REPEAT_LIMIT) return repeat(sub, node.min, node.max, node.greedy);
        if (node.max === -1 && node.min <= KEPT_LOWER_BOUND) return repeat(sub, node.min, -1, node.greedy);
        return repeat(sub, Math.min(node.min, KEPT_LOWER_BOUND), -1, node.greedy);
      }
    }
  };
  return walk(ir);
}
