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
 *    When a union needs too many states, its patterns that have required factors
 *    (`literal/required.ts`) and a bounded width are *gated* before the union is halved: one pass
 *    over the union of all factors finds every occurrence, and the gated patterns' candidate pass
 *    reads only the text within a pattern's width of one (merged into windows), with assertions
 *    seeing the text around each window. A match contains a factor and is no wider than its
 *    pattern, so every candidate end is still found; on text where the factors are rare, which is
 *    most text for most secret formats, the gated patterns cost the factor pass and little else.
 *    A pattern whose factors turn out to be common in a long text goes back to a whole-text pass.
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
import { LazyDfa, MatchEvents, type DfaConfig } from '../dfa/lazy.ts';
import type { Prefilter } from '../literal/prefilter.ts';
import type { Nfa } from '../nfa/nfa.ts';
import { advance, insidePair } from '../util/text.ts';

/** `p`, or the position one code unit away in direction `dir` when `p` splits a surrogate pair. */
function outwards(text: string, p: number, dir: -1 | 1): number {
  return insidePair(text, p) ? p + dir : p;
}

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
  /**
   * What gating needs, if any pattern can be gated: asked for only when a union first turns out too
   * big for one pass, so a set that never splits pays nothing for it at compile time.
   */
  gate?(): Gate | undefined;
  readonly capacity: number;
  readonly maxClears: number;
}

/** What gating needs (see the module comment). Requires {@link IteratorParts.candidatesOf}. */
export interface Gate {
  /** The union of the gated patterns' factors: its pattern `k` is factor `k`. */
  readonly factors: Nfa;
  /** For pattern `i`, its factors (indices into {@link Gate.factors}); `undefined` if not gated. */
  readonly factorsOf: readonly (readonly number[] | undefined)[];
  /** For pattern `i`, the widest match it can have, in code units. */
  readonly width: Int32Array;
}

/** One candidate pass: the union of some patterns (`ids`, ascending) and its DFA. */
interface CandidateGroup {
  readonly ids: readonly number[];
  readonly dfa: LazyDfa;
  /**
   * A windowed pass (it reads only around factor occurrences): for each factor, the members that
   * have it. `undefined` for a pass over the whole text.
   */
  readonly members: readonly (readonly number[] | undefined)[] | undefined;
  /** Where its DFA's matches end in the current text (a buffer kept from text to text). */
  readonly events: MatchEvents;
  /** States its DFA built and characters it read, over every text so far (see {@link BUDGET_BASE}). */
  built: number;
  read: number;
}

/**
 * Match events a buffer keeps room for after a text (8 bytes each, 8 MB in all): a pass of the
 * benchmark's 32 patterns records about 32,000 per MB of prose, so the buffers of texts up to tens
 * of MB are kept, and a longer text's do not stay allocated after it.
 */
const KEPT_EVENTS = 1 << 20;

/** Texts shorter than this never demote a gated pattern: windows there are cheap anyway. */
const DEMOTE_MIN_LENGTH = 1 << 14;
/** A gated pattern whose windows would cover more than this share of a text is demoted. */
const DEMOTE_SHARE = 0.25;

/**
 * States a candidate pass may build before its union is split: this many, plus one per
 * {@link BUDGET_PER_STATE} characters read. A union whose patterns are alive together on ordinary
 * text (keyword contexts that last to the end of the line, runs of words, …) needs a state per
 * combination of their threads: thousands of states per 64 KiB, each costing O(NFA size) to build,
 * where the same patterns in a few smaller unions need a few hundred states in all.
 *
 * The budget holds within one search, which a long text stops as soon as it is exceeded, and over
 * all the texts a union has read, checked after each one once they add up to
 * {@link BUDGET_ACROSS_TEXTS_FROM} characters: a stream of short texts (prompts) then splits the
 * union as one long text of the same content would, instead of building new states for every text
 * until the cache fills and clears. Not before: a process that scans a few prompts is done before
 * a split would repay the states its smaller unions build again.
 */
const BUDGET_BASE = 1500;
const BUDGET_PER_STATE = 256;
const BUDGET_ACROSS_TEXTS_FROM = 1 << 16;

/** Runs global loops for a fixed list of patterns. Not re-entrant. */
export class MatchIterator {
  /** The candidate passes; each pattern is in exactly one. Only ever split, never merged. */
  private readonly groups: CandidateGroup[];
  private readonly reverseDfas: (LazyDfa | undefined)[] = [];
  /** The gate and its factor pass, once asked for ({@link MatchIterator.gating}); `null` if there is none. */
  private gate: { readonly parts: Gate; readonly factorDfa: LazyDfa } | null | undefined;
  /** Buffers kept from text to text: the factor pass's events and a pattern's starts (see {@link MatchIterator.iterate}). */
  private readonly factorEvents = new MatchEvents();
  private readonly starts = new MatchEvents();
  /**
   * Candidate ends grouped by pattern (see {@link MatchIterator.matches}), kept from text to text: a
   * long text has hundreds of thousands, and an array that size is new memory each time.
   */
  private ends = new Int32Array(0);
  /** Gated patterns moved to whole-text passes (see {@link MatchIterator.demote}): never gated again. */
  private readonly demoted = new Set<number>();
  /** Whole-text passes made by demotion during the current text (see {@link MatchIterator.settle}). */
  private readonly joining: CandidateGroup[] = [];

  constructor(
    private readonly parts: IteratorParts,
    private readonly count: number,
    private readonly stats: SearchStats,
  ) {
    const ids = Array.from({ length: count }, (_, i) => i);
    this.groups = [this.group(ids, parts.candidates, false)];
  }

  /** The gate and its factor pass, built on first use; `undefined` when no pattern can be gated. */
  private gating(): { readonly parts: Gate; readonly factorDfa: LazyDfa } | undefined {
    if (this.gate === undefined) {
      const parts = this.parts.candidatesOf ? this.parts.gate?.() : undefined;
      this.gate = parts ? { parts, factorDfa: new LazyDfa(parts.factors, parts.factors.start, this.config('all', true), this.stats) } : null;
    }
    return this.gate ?? undefined;
  }

  private group(ids: readonly number[], nfa: Nfa, windowed: boolean): CandidateGroup {
    const dfa = new LazyDfa(nfa, nfa.start, { ...this.config('all', true), prefilter: ids.length === this.count ? this.parts.candidatePrefilter : undefined }, this.stats);
    let members: number[][] | undefined;
    if (windowed) {
      members = [];
      const { factorsOf } = this.gating()!.parts;
      for (const id of ids) for (const f of factorsOf[id]!) (members[f] ??= []).push(id);
    }
    return { ids, dfa, members, events: new MatchEvents(), built: 0, read: 0 };
  }

  /**
   * Replaces group `g`, whose DFA went over its budget: first by a pass over its ungated patterns
   * and a windowed pass over its gated ones (see the module comment), then by halves. Patterns
   * listed near each other tend to be alike (a catalog lists its detectors by kind), and alike
   * patterns share a union's states well, where mixing (heaviest patterns by presence dealt out, or
   * peeled off a few at a time) spreads the patterns that are alive together over every group.
   * A failed budget leaves no trustworthy count of which patterns are heavy: the states it built
   * are those of the union. On the full detector catalog (380 distinct patterns) and the benchmark's
   * 1 MB of ordinary text, scanned again and again, the 241 gated patterns end in three windowed
   * passes (59, 59 and 119 patterns) but for 4 common-factor ones, demoted, and halving settles the
   * other 139 at 3 whole-text passes (69, 35 and 35 patterns), the demoted 4 joining the smallest:
   * 3 whole-text passes, the factor pass and the windows, where halving alone made 9 (and mixing, 21).
   */
  private split(g: number): void {
    const { ids, members } = this.groups[g]!;
    const gating = members ? undefined : this.gating();
    if (gating) {
      // First remedy: the gated patterns leave for a pass that reads only around their factors.
      const { factorsOf } = gating.parts;
      const gated = ids.filter((id) => factorsOf[id] && !this.demoted.has(id));
      if (gated.length > 0) {
        const open = ids.filter((id) => !gated.includes(id));
        const parts = [...(open.length > 0 ? [this.group(open, this.parts.candidatesOf!(open), false)] : []), this.group(gated, this.parts.candidatesOf!(gated), true)];
        this.groups.splice(g, 1, ...parts);
        return;
      }
    }
    const half = ids.length >> 1;
    const parts = [ids.slice(0, half), ids.slice(half)];
    this.groups.splice(g, 1, ...parts.map((part) => this.group(part, this.parts.candidatesOf!(part), members !== undefined)));
  }

  /**
   * Moves the members of windowed group `g` whose windows would cover more than
   * {@link DEMOTE_SHARE} of `text` (their factors are common in it: `api` in prose) to a pass over
   * the whole text, which costs them less than windows that cover it anyway and that every other
   * member of the group would read too. Returns whether any moved. The new pass reads this text;
   * after it, {@link MatchIterator.settle} lets it join another whole-text pass.
   */
  private demote(g: number, text: string, factorEvents: MatchEvents): boolean {
    const { ids, members } = this.groups[g]!;
    if (text.length < DEMOTE_MIN_LENGTH) return false;
    const { parts, factorDfa } = this.gating()!;
    const { width } = parts;
    const lists = factorDfa.matchLists;
    const load = new Map<number, number>();
    for (let k = 0; k < factorEvents.length; k++) {
      for (const f of lists[factorEvents.lists[k]!]!) {
        for (const id of members![f] ?? []) load.set(id, (load.get(id) ?? 0) + 2 * width[id]!);
      }
    }
    const hot = ids.filter((id) => (load.get(id) ?? 0) > text.length * DEMOTE_SHARE);
    if (hot.length === 0) return false;
    const rest = ids.filter((id) => !hot.includes(id));
    this.groups.splice(g, 1, ...(rest.length > 0 ? [this.group(rest, this.parts.candidatesOf!(rest), true)] : []));
    const moved = this.group(hot, this.parts.candidatesOf!(hot), false);
    this.groups.push(moved);
    this.joining.push(moved);
    for (const id of hot) this.demoted.add(id);
    return true;
  }

  /**
   * After a text: each whole-text pass made by {@link MatchIterator.demote} joins the whole-text
   * pass that has built the fewest states, when the two have built at most half of what the
   * budget allows over `length` characters together (the union of two automata can need more
   * states than both). A few demoted patterns otherwise cost a whole pass of their own: on the
   * full catalog and 1 MB of ordinary text, 4 demoted patterns read the text once more, where the
   * union with the 34 patterns of the smallest pass costs about as much as that pass alone.
   */
  private settle(length: number): void {
    for (const moved of this.joining.splice(0)) {
      const at = this.groups.indexOf(moved);
      if (at < 0) continue; // already split
      let target: CandidateGroup | undefined;
      for (const other of this.groups) {
        if (other !== moved && !other.members && (!target || other.built < target.built)) target = other;
      }
      if (!target || target.built + moved.built > (BUDGET_BASE + length / BUDGET_PER_STATE) / 2) continue;
      const ids = [...target.ids, ...moved.ids].sort((a, b) => a - b);
      this.groups.splice(at, 1);
      this.groups.splice(this.groups.indexOf(target), 1, this.group(ids, this.parts.candidatesOf!(ids), false));
    }
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
    const out = this.find(text);
    // The buffers stay for the next text up to a size that ordinary texts need, not a huge one's.
    for (const group of this.groups) group.events.trim(KEPT_EVENTS);
    this.factorEvents.trim(KEPT_EVENTS);
    this.starts.trim(KEPT_EVENTS);
    if (this.ends.length > KEPT_EVENTS) this.ends = new Int32Array(0);
    return out;
  }

  private find(text: string): SetMatch[] {
    // Each complete pass's match events: grouped by pattern below, once all passes are done.
    const passes: { readonly found: MatchEvents; readonly lists: readonly Int32Array[]; readonly ids: readonly number[] }[] = [];
    const splittable = this.parts.candidatesOf !== undefined;
    let factorEvents: MatchEvents | undefined; // read on first use in this text
    // Groups over the budget across texts, though not within this one: split after this text.
    const spent: CandidateGroup[] = [];
    for (let g = 0; g < this.groups.length; g++) {
      const group = this.groups[g]!;
      const { ids: groupIds, dfa, members } = group;
      const found = group.events;
      found.length = 0;
      const budget = splittable && groupIds.length > 1 ? { base: BUDGET_BASE, perState: BUDGET_PER_STATE } : undefined;
      let built = this.stats.dfaStatesBuilt;
      let complete = true;
      if (!members) {
        complete = dfa.scanEnds(text, found, budget);
        group.read += text.length;
      } else {
        if (!factorEvents) {
          factorEvents = this.factorEvents;
          factorEvents.length = 0;
          this.gating()!.factorDfa.scanEnds(text, factorEvents);
          built = this.stats.dfaStatesBuilt; // the factor pass's states are not this group's
        }
        if (this.demote(g, text, factorEvents)) {
          g--;
          continue;
        }
        const windows = this.windows(text, factorEvents, members);
        for (let w = 0; w < windows.length && complete; w += 2) {
          complete = dfa.scanEnds(text, found, budget, windows[w]!, windows[w + 1]!);
          group.read += windows[w + 1]! - windows[w]!;
        }
      }
      if (!complete) {
        this.split(g--);
        continue;
      }
      group.built += this.stats.dfaStatesBuilt - built;
      if (budget && group.read >= BUDGET_ACROSS_TEXTS_FROM && group.built > BUDGET_BASE + group.read / BUDGET_PER_STATE) spent.push(group);
      if (found.length > 0) passes.push({ found, lists: dfa.matchLists, ids: groupIds });
    }
    for (const group of spent) {
      const g = this.groups.indexOf(group);
      if (g >= 0) this.split(g);
    }
    this.settle(text.length);
    if (passes.length === 0) return [];
    // Candidate ends by pattern, ascending (each pattern is in one pass, whose events ascend), in
    // one array: counted, then placed.
    const first = new Int32Array(this.count + 1);
    for (const { found, lists, ids } of passes) {
      for (let k = 0; k < found.length; k++) {
        const members = lists[found.lists[k]!]!;
        for (let j = 0; j < members.length; j++) first[ids[members[j]!]! + 1]!++;
      }
    }
    for (let id = 0; id < this.count; id++) first[id + 1]! += first[id]!;
    if (this.ends.length < first[this.count]!) this.ends = new Int32Array(Math.max(first[this.count]!, this.ends.length * 2));
    const ends = this.ends;
    const next = first.slice(0, this.count);
    for (const { found, lists, ids } of passes) {
      for (let k = 0; k < found.length; k++) {
        const members = lists[found.lists[k]!]!;
        const p = found.positions[k]!;
        for (let j = 0; j < members.length; j++) ends[next[ids[members[j]!]!]!++] = p;
      }
    }
    const out: SetMatch[] = [];
    for (let id = 0; id < this.count; id++) {
      if (first[id + 1]! > first[id]!) this.iterate(text, id, ends.subarray(first[id]!, first[id + 1]!), out);
    }
    // A run of ascending starts per pattern: the host's sort merges runs.
    if (this.count > 1) out.sort((a, b) => a.start - b.start || a.pattern - b.pattern);
    return out;
  }

  /**
   * Where the matches of a windowed group's members may lie: around each occurrence of one of their
   * factors, as far as the widest member having it reaches, merged into sorted, disjoint
   * `[start, end)` pairs whose bounds fall between code points.
   */
  private windows(text: string, factorEvents: MatchEvents, members: readonly (readonly number[] | undefined)[]): number[] {
    const { parts, factorDfa } = this.gating()!;
    const { width } = parts;
    const lists = factorDfa.matchLists;
    const raw: [number, number][] = [];
    for (let k = 0; k < factorEvents.length; k++) {
      let r = -1;
      for (const f of lists[factorEvents.lists[k]!]!) for (const id of members[f] ?? []) r = Math.max(r, width[id]!);
      if (r < 0) continue;
      // A match containing a factor that ends at e starts after e - r and ends before e + r.
      const e = factorEvents.positions[k]!;
      raw.push([outwards(text, Math.max(0, e - r), -1), outwards(text, Math.min(text.length, e + r), 1)]);
    }
    // Ends ascend, reaches differ: starts need sorting.
    raw.sort((a, b) => a[0] - b[0]);
    const out: number[] = [];
    for (const [s, e] of raw) {
      const n = out.length;
      if (n > 0 && s <= out[n - 1]!) out[n - 1] = Math.max(out[n - 1]!, e);
      else out.push(s, e);
    }
    return out;
  }

  /** Pattern `id`'s global loop, given where its matches may end (ascending). */
  private iterate(text: string, id: number, ends: ArrayLike<number>, out: SetMatch[]): void {
    const starts = this.starts;
    starts.length = 0;
    this.reverseDfa(id).scanStarts(text, ends, starts);
    const anchored = this.parts.anchored(id);
    let resume = 0;
    // Starts were found right to left.
    for (let k = starts.length - 1; k >= 0; k--) {
      const s = starts.positions[k]!;
      if (s < resume) continue;
      const e = anchored.searchAnchored(text, s);
      if (e < 0) continue; // cannot happen: an exact match starts at s
      out.push({ pattern: id, start: s, end: e });
      resume = e > s ? e : s < text.length ? advance(text, s) : text.length + 1;
    }
  }
}
