/**
 * Required factors: a small set of short sequences of narrow character classes such that every
 * match of a pattern *contains* one of them (RE2's `prefilter`, Hyperscan's literal factors,
 * gitleaks' keywords, derived from the pattern instead of written by hand). A factor position is a
 * class of at most {@link MAX_CLASS} code points, so case-folded letters stay exact: `(?i)token` has
 * the factor `[Tt][Oo][Kk\u212A][Ee][Nn]`, and the automaton that looks for it folds exactly as the
 * pattern does.
 *
 * The multi-pattern set uses them to read a pattern's text only around where one of its factors
 * occurs (see `meta/iterate.ts`). Cost: O(size of Ir × {@link MAX_SET}²).
 *
 * @module
 */
import type { Ir } from '../ir/ir.ts';

/** One position of a factor: a class's ranges (`[lo0, hi0, …]`, inclusive). */
export type FactorClass = readonly number[];
/** A sequence of classes, matched in order. */
export type Factor = readonly FactorClass[];

/** Classes of at most this many code points may stand in a factor. */
const MAX_CLASS = 4;
/** The largest set of alternatives tracked, exact or required. */
const MAX_SET = 16;

interface Info {
  /** When defined, the node matches exactly one of these sequences (each possibly empty). */
  readonly exact: readonly Factor[] | undefined;
  /** When defined, every match of the node contains one of these. */
  readonly required: readonly Factor[] | undefined;
}

const NONE: Info = { exact: undefined, required: undefined };
const EMPTY: Info = { exact: [[]], required: undefined };

/**
 * Factors every match of `ir` contains one of, or `undefined` when none of at least `minLength`
 * positions can be derived (a pattern that can match the empty string has none).
 *
 * @param ir - the pattern
 * @param minLength - the shortest factor worth searching for, in positions
 */
export function requiredFactors(ir: Ir, minLength = 3): Factor[] | undefined {
  const info = analyze(ir, minLength);
  const best = pick([info.required, info.exact], minLength);
  return best ? dedupe(best) : undefined;
}

function analyze(ir: Ir, minLength: number): Info {
  switch (ir.kind) {
    case 'empty':
    case 'look':
      return EMPTY;
    case 'class': {
      let size = 0;
      for (let i = 0; i < ir.ranges.length; i += 2) size += ir.ranges[i + 1]! - ir.ranges[i]! + 1;
      return size === 0 || size > MAX_CLASS ? NONE : { exact: [[ir.ranges]], required: undefined };
    }
    case 'capture':
      return analyze(ir.sub, minLength);
    case 'repeat': {
      if (ir.min === 0) return NONE;
      const sub = analyze(ir.sub, minLength);
      if (ir.min === 1 && ir.max === 1) return sub;
      // Each match holds at least one copy of the sub-match, and the copies may be different.
      return { exact: undefined, required: pick([sub.required, sub.exact], minLength) };
    }
    case 'alt': {
      const infos = ir.subs.map((s) => analyze(s, minLength));
      let exact: Factor[] | undefined = [];
      let required: Factor[] | undefined = [];
      for (const info of infos) {
        if (exact && info.exact && exact.length + info.exact.length <= MAX_SET) exact.push(...info.exact);
        else exact = undefined;
        const r = pick([info.required, info.exact], minLength);
        if (required && r && required.length + r.length <= MAX_SET) required.push(...r);
        else required = undefined;
      }
      return { exact, required };
    }
    case 'concat': {
      // Runs of exact children multiply into longer exact sequences; a child that is not exact ends
      // the run, and every finished run and every child's own requirement is a candidate.
      const candidates: (readonly Factor[] | undefined)[] = [];
      let run: Factor[] = [[]];
      let whole = true;
      for (const sub of ir.subs) {
        const info = analyze(sub, minLength);
        if (info.exact && run.length * info.exact.length <= MAX_SET) {
          const next: Factor[] = [];
          for (const a of run) for (const b of info.exact) next.push([...a, ...b]);
          run = next;
          continue;
        }
        whole = false;
        candidates.push(run, info.required);
        if (info.exact) candidates.push(info.exact);
        run = [[]];
      }
      if (whole) return { exact: run, required: undefined };
      candidates.push(run);
      return { exact: undefined, required: pick(candidates, minLength) };
    }
  }
}

/** The best of some factor sets: every factor at least `minLength` long, then longest shortest factor, then fewest. */
function pick(sets: readonly (readonly Factor[] | undefined)[], minLength: number): Factor[] | undefined {
  let best: readonly Factor[] | undefined;
  let bestMin = 0;
  for (const set of sets) {
    if (!set || set.length === 0) continue;
    const shortest = Math.min(...set.map((f) => f.length));
    if (shortest < minLength) continue;
    if (!best || shortest > bestMin || (shortest === bestMin && set.length < best.length)) {
      best = set;
      bestMin = shortest;
    }
  }
  return best ? [...best] : undefined;
}

/** A string that two factors share exactly when they are equal. */
export function factorKey(f: Factor): string {
  return f.map((c) => c.join(',')).join('|');
}

function dedupe(factors: readonly Factor[]): Factor[] {
  const seen = new Set<string>();
  return factors.filter((f) => {
    const key = factorKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
