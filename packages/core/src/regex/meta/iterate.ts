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
  /** Literal prefilter for the candidate search, if every candidate begins with a literal. */
  readonly candidatePrefilter?: Prefilter | undefined;
  /** The exact reversed automaton of pattern `i`. */
  reverse(i: number): Nfa;
  /** Pattern `i`'s anchored forward DFA (leftmost-first or leftmost-longest, as the pattern asks). */
  anchored(i: number): LazyDfa;
  readonly capacity: number;
  readonly maxClears: number;
}

/** Runs global loops for a fixed list of patterns. Not re-entrant. */
export class MatchIterator {
  private readonly candidateDfa: LazyDfa;
  private readonly reverseDfas: (LazyDfa | undefined)[] = [];

  constructor(
    private readonly parts: IteratorParts,
    private readonly count: number,
    private readonly stats: SearchStats,
  ) {
    this.candidateDfa = new LazyDfa(
      parts.candidates,
      parts.candidates.start,
      { ...this.config('all', true), prefilter: parts.candidatePrefilter },
      stats,
    );
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
    const found: MatchEvents = { positions: [], lists: [] };
    this.candidateDfa.scanEnds(text, found);
    if (found.positions.length === 0) return [];
    const endsOf: number[][] = [];
    const lists = this.candidateDfa.matchLists;
    for (let k = 0; k < found.positions.length; k++) {
      const ids = lists[found.lists[k]!]!;
      for (let j = 0; j < ids.length; j++) (endsOf[ids[j]!] ??= []).push(found.positions[k]!);
    }
    const out: SetMatch[] = [];
    for (let id = 0; id < this.count; id++) {
      const ends = endsOf[id];
      if (ends) this.iterate(text, id, ends, out);
    }
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
