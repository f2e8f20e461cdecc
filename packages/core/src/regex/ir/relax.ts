/**
 * Over-approximation of a pattern for candidate search.
 *
 * A DFA that must count (`[A-Za-z0-9]{20,64}`) needs a state per count, and a union of many such
 * patterns needs a state per *combination* of counts: tens of thousands of states on ordinary text.
 * Replacing large counted repetitions by plain loops (`x{20,64}` → `x+`) keeps every match of the
 * original (the relaxed language is a superset) while the DFA stays small. The set uses the relaxed
 * union to find where matches *may* start, then checks each candidate with the exact pattern.
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

/** The relaxed IR, and whether it differs from the original. */
export interface Relaxed {
  readonly ir: Ir;
  readonly changed: boolean;
}

/** Replaces every counted repetition with a bound over {@link EXACT_REPEAT_LIMIT} by `x*` or `x+`. */
export function relax(ir: Ir): Relaxed {
  let changed = false;
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
        changed = true;
        return repeat(sub, Math.min(node.min, KEPT_LOWER_BOUND), -1, node.greedy);
      }
    }
  };
  const out = walk(ir);
  return { ir: out, changed };
}
