/**
 * Global iteration: for each of N patterns, exactly the matches its own global loop reports
 * (leftmost-first, non-overlapping, after an empty match one character further on), in time linear
 * in the text for the common case, whatever N is.
 *
 * 1. **Where matches may end.** One forward DFA over a *candidate* automaton (for a set, the union
 *    of all patterns with large counted repetitions relaxed into loops, see `ir/relax.ts`; for one
 *    pattern, the pattern itself) runs over the text once in `all` mode and reports, at each
 *    position, which patterns may have a match ending there. Its candidates are a superset of the
 *    true match ends; relaxing keeps its states few (a union that counts needs a state per
 *    combination of counts).
 * 2. **Where matches start.** For each pattern with candidates, its exact reverse DFA, in `all`
 *    mode, runs backwards from its last candidate end, adding fresh threads only at candidate ends
 *    (no match can end elsewhere) and jumping to the previous candidate end whenever no thread is
 *    alive. It reports every position where an exact match starts, having read only the text that
 *    a match ending at a candidate could cover.
 * 3. **Where each match ends.** The global loop resumes at the end of its previous match; its next
 *    match starts at the first start at or after that point, and the pattern's anchored forward
 *    DFA finds its end. Successive runs share a memo of the DFA states they passed through, so a
 *    run that must read far ahead (`a*b|a` on `aaaa…`) does so once, not once per match.
 *
 * @module
 */
import type { SearchStats, SetMatch } from '../api.ts';
import { LazyDfa, type DfaConfig, type MatchEvents } from '../dfa/lazy.ts';
import type { Prefilter } from '../literal/prefilter.ts';
import type { Nfa } from '../nfa/nfa.ts';
import { advance } from '../util/text.ts';

/** The automata an iterator runs. */
export interface IteratorParts {
  /** Forward automaton whose pattern `i`'s matches end wherever pattern `i`'s matches may end. */
  readonly candidates: Nfa;
  /**
   * The candidate automaton of some of the patterns (pattern `k` of the result is `ids[k]`), if the
   * iterator may split {@link IteratorParts.candidates} into several passes when its DFA would need
   * too many states (see {@link MatchIterator.matches}).
   */
  candidatesOf?(ids: readonly number[]): Nfa;
  /** Literal prefilter for the candidate search, if every candidate begins with a literal. */
  readonly candidatePrefilter?: Prefilter | undefined;
  /** The exact reversed automaton of pattern `i`. */
  reverse(i: number): Nfa;
  /** Pattern `i`'s anchored forward DFA (leftmost-first or leftmost-longest, as the pattern asks). */
  anchored(i: number): LazyDfa;
  readonly capacity: number;
  readonly maxClears: number;
}

/** One candidate pass: the union of some patterns (`ids`, ascending) and its DFA. */
interface CandidateGroup {
  readonly ids: readonly number[];
  readonly dfa: LazyDfa;
}

/**
 * States a candidate pass may build before its union is split: this many, plus one per
 * {@link BUDGET_PER_STATE} characters read. A union whose patterns are alive together on ordinary
 * text (keyword contexts that last to the end of the line, runs of words, …) needs a state per
 * combination of their threads: thousands of states per 64 KiB, each costing O(NFA size) to build,
 * where the same patterns in a few smaller unions need a few hundred states in all.
 */
const BUDGET_BASE = 1500;
const BUDGET_PER_STATE = 256;

/** Runs global loops for a fixed list of patterns. Not re-entrant. */
export class MatchIterator {
  /** The candidate passes; each pattern is in exactly one. Only ever split, never merged. */
  private readonly groups: CandidateGroup[];
  private readonly reverseDfas: (LazyDfa | undefined)[] = [];

  constructor(
    private readonly parts: IteratorParts,
    private readonly count: number,
    private readonly stats: SearchStats,
  ) {
    const ids = Array.from({ length: count }, (_, i) => i);
    this.groups = [this.group(ids, parts.candidates)];
  }

  private group(ids: readonly number[], nfa: Nfa): CandidateGroup {
    const dfa = new LazyDfa(nfa, nfa.start, { ...this.config('all', true), prefilter: ids.length === this.count ? this.parts.candidatePrefilter : undefined }, this.stats);
    return { ids, dfa };
  }

  /**
   * Replaces group `g`, whose DFA went over its budget, by its two halves in pattern order. Patterns
   * listed near each other tend to be alike (a catalog lists its detectors by kind), and alike
   * patterns share a union's states well, where mixing (heaviest patterns by presence dealt out, or
   * peeled off a few at a time) spreads the patterns that are alive together over every group.
   * The budget usually fails by filling the cache, which also wipes the states that could say
   * which patterns are heavy. On the full detector catalog (385 patterns) this settles at 9 passes
   * instead of 21, with fewer failed attempts at big unions.
   */
  private split(g: number): void {
    const { ids } = this.groups[g]!;
    const half = ids.length >> 1;
    const parts = [ids.slice(0, half), ids.slice(half)];
    this.groups.splice(g, 1, ...parts.map((part) => this.group(part, this.parts.candidatesOf!(part))));
  }

  private config(mode: DfaConfig['mode'], unanchored: boolean): DfaConfig {
    return { mode, unanchored, capacity: this.parts.capacity, maxClears: this.parts.maxClears };
  }

  private reverseDfa(i: number): LazyDfa {
    let dfa = this.reverseDfas[i];
    if (!dfa) {
      const nfa = this.parts.reverse(i);
      dfa = new LazyDfa(nfa, nfa.start, this.config('all', false), this.stats);
      this.reverseDfas[i] = dfa;
    }
    return dfa;
  }

  /** Every pattern's global-loop matches, in order of start, then pattern. */
  matches(text: string): SetMatch[] {
    // Candidate ends by pattern, and the patterns that have any (few, on most texts).
    const endsOf = new Map<number, number[]>();
    const splittable = this.parts.candidatesOf !== undefined;
    for (let g = 0; g < this.groups.length; g++) {
      const { ids: groupIds, dfa } = this.groups[g]!;
      const found: MatchEvents = { positions: [], lists: [] };
      const budget = splittable && groupIds.length > 1 ? { base: BUDGET_BASE, perState: BUDGET_PER_STATE } : undefined;
      if (!dfa.scanEnds(text, found, budget)) {
        this.split(g--);
        continue;
      }
      const lists = dfa.matchLists;
      for (let k = 0; k < found.positions.length; k++) {
        const ids = lists[found.lists[k]!]!;
        for (let j = 0; j < ids.length; j++) {
          const id = groupIds[ids[j]!]!;
          const ends = endsOf.get(id);
          if (ends) ends.push(found.positions[k]!);
          else endsOf.set(id, [found.positions[k]!]);
        }
      }
    }
    if (endsOf.size === 0) return [];
    const out: SetMatch[] = [];
    for (const [id, ends] of endsOf) this.iterate(text, id, ends, out);
    if (this.count > 1) out.sort((a, b) => a.start - b.start || a.pattern - b.pattern);
    return out;
  }

  /** Pattern `id`'s global loop, given where its matches may end (ascending). */
  private iterate(text: string, id: number, ends: readonly number[], out: SetMatch[]): void {
    const starts: MatchEvents = { positions: [], lists: [] };
    this.reverseDfa(id).scanStarts(text, ends, starts);
    const anchored = this.parts.anchored(id);
    let resume = 0;
    // Starts were found right to left.
    for (let k = starts.positions.length - 1; k >= 0; k--) {
      const s = starts.positions[k]!;
      if (s < resume) continue;
      const e = anchored.searchAnchored(text, s);
      if (e < 0) continue; // cannot happen: an exact match starts at s
      out.push({ pattern: id, start: s, end: e });
      resume = e > s ? e : s < text.length ? advance(text, s) : text.length + 1;
    }
  }
}
