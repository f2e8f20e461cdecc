/**
 * Lazy DFA: determinizes the NFA while it searches, one state at a time, and caches what it built.
 *
 * A DFA state is an ordered list of NFA states (RANGE, MATCH and assertions that cannot be decided
 * yet) plus what the previous character says about the current position. Assertions that need the
 * next character (`$`, `\b`, …) stay in the list until the next transition, and a match is reported
 * one character late (the state entered on the character *after* the match end carries the match
 * flag), as in rust's regex-automata. That keeps the automaton over code points with no lookahead.
 *
 * Three modes:
 * - `first`: RE2's leftmost-first. The list is in priority order; a MATCH cuts everything after it.
 * - `longest`: leftmost-longest. The list is a sequence of groups separated by marks, one group per
 *   start position; a MATCH cuts the groups after its own (RE2's `dfa.cc` marks).
 * - `all`: every pattern of a set at once; nothing is cut, and each state knows which patterns
 *   matched. Used backwards to find where matches start.
 *
 * Cost: each text character is one table lookup once its transition exists; building a transition
 * costs O(NFA size). The cache holds at most {@link DfaConfig.capacity} states; when it fills it is
 * cleared, and when clearing happens too often the search goes on without caching (each character
 * then costs O(NFA size), as the Pike VM would): a search never fails.
 *
 * @module
 */
import type { SearchStats } from '../api.ts';
import { EPS, LOOK, MATCH, RANGE, SAVE, SPLIT, type Nfa } from '../nfa/nfa.ts';
import type { Prefilter } from '../literal/prefilter.ts';
import { codePointAt, codePointBefore, isWordUnit } from '../util/text.ts';
import { SparseSet } from '../util/sparseSet.ts';

/** How a DFA resolves competing matches. */
export type DfaMode = 'first' | 'longest' | 'all';

/** Configuration of one lazy DFA. */
export interface DfaConfig {
  readonly mode: DfaMode;
  /** Matches may start anywhere (a restart marker re-adds the start state at every position). */
  readonly unanchored: boolean;
  /** Most states held before the cache is cleared. */
  readonly capacity: number;
  /** Clears allowed per search before caching stops paying (checked against characters per state). */
  readonly maxClears: number;
  /**
   * Finds where the next match may begin, in the direction of the search: forwards, the first
   * position at or after `pos` where a match may start; backwards, the last position at or before
   * `pos` where one may end (-1: none). Used from unanchored start states, which only hold threads
   * that have consumed nothing, to skip text where no match can be.
   */
  readonly prefilter?: Prefilter | undefined;
}

const MARK = -1;
const RESTART = -2;

// Look ids (see LOOK_IDS): 0 start_text, 1 end_text, 2 start_line, 3 end_line, 4 \b, 5 \B.
const ALL_LOOKS = 0x3f;

// Flags of a position, from the character before it.
const F_TEXT_START = 1;
const F_LINE_START = 2;
const F_WORD = 4;

/** Tag bits of a transition value; the rest is the premultiplied state index (a multiple of 8). */
const TAG_MATCH = 1;
const TAG_DEAD = 2;
/** An unanchored start state: no thread has consumed anything, so a prefilter may skip ahead. */
const TAG_START = 4;
const TAGS = 7;
/** A transition not computed yet: every tag bit set, so the loop's one tag test catches it. */
const UNKNOWN = -1;
/** {@link LazyDfa.plainAnchored}: no answer yet. */
const UNDECIDED = -2;
/** The longest run {@link LazyDfa.plainAnchored} steps before handing over to the memo path. */
const PLAIN_RUN = 64;
/** Alphabets of up to this many classes get a column per class (see {@link LazyDfa}). */
const LAZY_COLUMNS_ABOVE = 256;
/** Class columns of a table whose columns are given lazily, before it first widens: ASCII fits. */
const FIRST_LAZY_COLUMNS = 128;

/** Where matches of an `all`-mode scan start (reverse) or end (forward), and which patterns match there. */
export class MatchEvents {
  /** Positions, in the order found (the first {@link MatchEvents.length}). */
  positions: Int32Array = new Int32Array(64);
  /** For each position, an index into {@link LazyDfa.matchLists}. */
  lists: Int32Array = new Int32Array(64);
  /** How many events there are; set it to 0 to reuse the buffer. */
  length = 0;

  /** Drops the buffer if it has room for more than `max` events (it grows again as needed). */
  trim(max: number): void {
    if (this.positions.length <= max) return;
    this.positions = new Int32Array(64);
    this.lists = new Int32Array(64);
    this.length = 0;
  }

  /** Appends an event, growing the buffer by doubling. */
  push(position: number, list: number): void {
    if (this.length === this.positions.length) {
      const positions = new Int32Array(this.length * 2);
      positions.set(this.positions);
      this.positions = positions;
      const lists = new Int32Array(this.length * 2);
      lists.set(this.lists);
      this.lists = lists;
    }
    this.positions[this.length] = position;
    this.lists[this.length++] = list;
  }
}

/** A lazy DFA over one NFA. Not re-entrant. */
export class LazyDfa {
  // The transition table has a column per alphabet class, then the columns below. An alphabet of
  // more than {@link LAZY_COLUMNS_ABOVE} classes (Unicode letters with case folding split the code
  // points into thousands) gets its class columns as the text shows its classes, starting with
  // {@link FIRST_LAZY_COLUMNS}: a row as wide as the alphabet would make each state cost kilobytes,
  // spread the states that ASCII text uses over megabytes, and fill the cache after a few thousand.
  private stride: number;
  /** The class id of the end of the text (one past the alphabet's classes). */
  private readonly eoi: number;
  private eoiCol = 0;
  /**
   * A column that is never filled: code-unit tables give it for surrogates and for code units whose
   * class has no column yet, so that the tag test of the fast loops sends them to the slow path.
   */
  private slowCol = 0;
  /**
   * First of 8 columns (one per flags value) that cache {@link LazyDfa.inject}'s target, in DFAs that
   * scan for starts (`all` mode, anchored); elsewhere there are none.
   */
  private injectCol = 0;
  private readonly injects: number;
  /** Column of each class; -1: none yet. The identity unless {@link LazyDfa.lazyColumns}. */
  private readonly colOf: Int32Array;
  /** Class of each class column. */
  private classOfCol: Int32Array = new Int32Array(0);
  /** Class columns in the current layout, and how many have a class. */
  private classCols = 0;
  private usedCols = 0;
  /** A class found no free column during a search: widen the table before the next one. */
  private overflow = false;
  private readonly lazyColumns: boolean;
  /** This DFA's own code-unit tables, giving columns, when {@link LazyDfa.lazyColumns}. */
  private ownFlat: Uint16Array | undefined;
  private ownScan: { offsets: Uint32Array; classes: Uint16Array } | undefined;
  /** What every automaton over this NFA shares: tables and scratch space (see {@link shared}). */
  private readonly shared: NfaShared;
  /** The state (and, forwards, the number of buffered match events) of a fast loop. */
  private readonly fastState = new Int32Array(2);
  /** Match events buffered by {@link runUntagged}: position, tagged target, … */
  private readonly matchBuffer = new Int32Array(2 * 1024);
  private trans: Int32Array;
  private lists: Int32Array[] = [];
  private flags: number[] = [];
  private matchListOf: number[] = [];
  /** States by a hash of their content; each bucket lists tagged state ids (see intern). */
  private readonly index = new Map<number, number[]>();
  /** Start state by the flags of its position; {@link UNKNOWN}: not built. */
  private readonly startCache = new Int32Array(8);
  private capacity: number;
  /** Distinct sets of patterns that match together (for `all` mode); index 0 is the empty set. */
  readonly matchLists: Int32Array[] = [new Int32Array(0)];
  private readonly matchListIndex = new Map<string, number>([['', 0]]);
  /** Where {@link LazyDfa.finishList} writes a canonical thread list (see {@link LazyDfa.intern}). */
  private scratch = new Int32Array(64);
  private readonly seen: SparseSet;
  private readonly stack: Int32Array;
  private readonly hasLook: boolean;
  /** `reachesLook[s]`: an assertion lies in the ε-closure of NFA state `s`. */
  private readonly reachesLook: Uint8Array;
  /** Some match of the pattern is empty (assuming every assertion holds). */
  private readonly mayMatchEmpty: boolean;

  constructor(
    private readonly nfa: Nfa,
    private readonly start: number,
    private readonly config: DfaConfig,
    private readonly stats: SearchStats,
  ) {
    const count = nfa.alphabet.count;
    this.eoi = count;
    this.injects = config.mode === 'all' && !config.unanchored ? 8 : 0;
    this.lazyColumns = count > LAZY_COLUMNS_ABOVE;
    this.colOf = new Int32Array(count).fill(-1);
    this.stride = 0;
    this.layout(this.lazyColumns ? FIRST_LAZY_COLUMNS : count);
    if (!this.lazyColumns) {
      for (let a = 0; a < count; a++) this.colOf[a] = this.classOfCol[a] = a;
      this.usedCols = count;
    }
    this.capacity = this.fullCapacity();
    this.trans = new Int32Array(0);
    this.shared = shared(nfa);
    this.seen = this.shared.seen;
    this.stack = this.shared.stack;
    this.hasLook = nfa.looks !== 0;
    this.reachesLook = this.shared.reachesLook;
    const closure: number[] = [];
    this.seen.clear();
    this.closure(closure, start, ALL_LOOKS);
    this.mayMatchEmpty = closure.some((s) => nfa.kind[s] === MATCH);
    this.reset();
  }

  /** The configured capacity, bounded so that one transition table stays under 16 MiB. */
  private fullCapacity(): number {
    return Math.max(4, Math.min(this.config.capacity, Math.max(16, Math.floor((1 << 22) / this.stride))));
  }

  /** Places the class columns (`classCols` of them), then the end-of-text, slow and inject columns. */
  private layout(classCols: number): void {
    this.classCols = classCols;
    this.eoiCol = classCols;
    this.slowCol = classCols + 1;
    this.injectCol = classCols + 2;
    this.stride = (classCols + 2 + this.injects + 7) & ~7;
    const byCol = new Int32Array(classCols);
    byCol.set(this.classOfCol.subarray(0, Math.min(classCols, this.classOfCol.length)));
    this.classOfCol = byCol;
  }

  /**
   * Doubles the class columns after a search ran out of them (its classes without a column were
   * stepped without caching). Clears the cache: the states' rows change width. Classes keep their
   * columns, so the code-unit tables only need their slow entries moved.
   */
  private widen(): void {
    this.overflow = false;
    const slow = this.slowCol;
    this.layout(Math.min(this.nfa.alphabet.count, this.classCols * 2));
    for (const table of [this.ownFlat, this.ownScan?.classes]) {
      if (table) for (let i = 0; i < table.length; i++) if (table[i] === slow) table[i] = this.slowCol;
    }
    this.capacity = this.fullCapacity();
    this.reset();
  }

  /** The column of class `a` (or of {@link LazyDfa.eoi}), given one if it has none; -1 if none is free. */
  private column(a: number): number {
    if (a === this.eoi) return this.eoiCol;
    let col = this.colOf[a]!;
    if (col < 0) {
      if (this.usedCols === this.classCols) {
        this.overflow = true;
        return -1;
      }
      col = this.usedCols++;
      this.colOf[a] = col;
      this.classOfCol[col] = a;
    }
    return col;
  }

  /** The cached transition of `state` on class `a`, or {@link UNKNOWN}. */
  private cached(state: number, a: number): number {
    const col = a === this.eoi ? this.eoiCol : this.colOf[a]!;
    return col < 0 ? UNKNOWN : this.trans[(state & ~TAGS) + col]!;
  }

  /**
   * After the slow path found class `a` for code unit `c` (not a surrogate): the code-unit tables
   * give `a`'s column from now on, so `c` takes the fast path.
   */
  private learn(c: number, a: number): void {
    const col = this.colOf[a]!;
    if (col < 0) return;
    if (this.ownFlat) this.ownFlat[c] = col;
    if (this.ownScan) this.ownScan.classes[this.ownScan.offsets[c >> 8]! + (c & 255)] = col;
  }

  private reset(): void {
    this.epoch++;
    this.lists = [];
    this.flags = [];
    this.matchListOf = [];
    this.index.clear();
    this.startCache.fill(UNKNOWN);
    const size = Math.min(this.capacity, 64) * this.stride;
    if (this.trans.length !== size) this.trans = new Int32Array(size);
    this.trans.fill(UNKNOWN);
    // State 0: dead (no threads, no match).
    this.intern(new Int32Array(0), 0, 0);
  }

  // ---------------------------------------------------------------- states

  /**
   * The state whose thread list is `list[0, length)`, built if new. `list` may be the scratch
   * buffer that {@link LazyDfa.finishList} fills: it is copied only for a new state, since most
   * transitions computed lead to a state that exists.
   */
  private intern(list: Int32Array, flags: number, matchList: number, start = false, length = list.length): number {
    // A numeric hash and a comparison, not a string key: building keys dominated state building.
    let h = Math.imul(flags ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(matchList + 1, 0xc2b2ae35);
    for (let i = 0; i < length; i++) h = Math.imul(h ^ list[i]!, 0x01000193);
    const bucket = this.index.get(h);
    if (bucket !== undefined) {
      for (const tagged of bucket) {
        const k = (tagged & ~TAGS) / this.stride;
        if (this.flags[k] === flags && this.matchListOf[k] === matchList && sameList(this.lists[k]!, list, length)) return tagged;
      }
    }
    if (length !== list.length || list === this.scratch) list = list.slice(0, length);
    const id = this.lists.length;
    const base = id * this.stride;
    if (base + this.stride > this.trans.length) {
      const grown = new Int32Array(Math.max(Math.min(this.capacity * this.stride, this.trans.length * 2), base + this.stride));
      grown.set(this.trans);
      grown.fill(UNKNOWN, this.trans.length);
      this.trans = grown;
    }
    this.lists.push(list);
    this.flags.push(flags);
    this.matchListOf.push(matchList);
    let tagged = base;
    if (matchList !== 0) tagged |= TAG_MATCH;
    if (list.length === 0) tagged |= TAG_DEAD;
    if (start && this.config.prefilter && this.config.unanchored) tagged |= TAG_START;
    if (bucket !== undefined) bucket.push(tagged);
    else this.index.set(h, [tagged]);
    this.stats.dfaStatesBuilt++;
    return tagged;
  }

  private get full(): boolean {
    return this.lists.length >= this.capacity;
  }

  private clearCache(): void {
    this.stats.dfaCacheClears++;
    this.reset();
  }

  // ------------------------------------------------------------ closures

  /** Appends the RANGE and MATCH states of the ε-closure of `s0` to `out`, in priority order. */
  private closure(out: number[], s0: number, bits: number): void {
    const { kind, out: o, out1, arg } = this.nfa;
    const stack = this.stack;
    const seen = this.seen;
    let sp = 0;
    let visited = 0;
    stack[sp++] = s0;
    while (sp > 0) {
      const s = stack[--sp]!;
      if (!seen.insert(s)) continue;
      visited++;
      switch (kind[s]) {
        case SPLIT:
          stack[sp++] = out1[s]!;
          stack[sp++] = o[s]!;
          break;
        case EPS:
        case SAVE:
          stack[sp++] = o[s]!;
          break;
        case LOOK:
          if ((bits >> arg[s]!) & 1) stack[sp++] = o[s]!;
          break;
        case RANGE:
        case MATCH:
          out.push(s);
          break;
        default:
          break;
      }
    }
    this.stats.pikevmSteps += visited;
  }

  /** The start state's closure and moves, by assertion bits (built on first use). */
  private readonly startMoveCache: (StartMoves | undefined)[] = [];

  /**
   * The closure of the start state under `bits`, whether it holds a match, and (filled in by class
   * on first use) the states its threads move to on each class. Only for `all` mode.
   */
  private startMoves(bits: number): StartMoves {
    let m = this.startMoveCache[bits];
    if (!m) {
      const out: number[] = [];
      this.seen.clear();
      this.closure(out, this.start, bits);
      const closure = Int32Array.from(out);
      m = { closure, matches: closure.some((s) => this.nfa.kind[s] === MATCH), on: [] };
      this.startMoveCache[bits] = m;
    }
    return m;
  }

  /** The distinct states that the RANGE states of `closure` move to on class `a`, in order. */
  private movesOf(closure: Int32Array, a: number): Int32Array {
    const { kind, arg, out, accepts } = this.nfa;
    const count = this.nfa.alphabet.count;
    const moves: number[] = [];
    this.seen.clear();
    for (let k = 0; k < closure.length; k++) {
      const s = closure[k]!;
      if (kind[s] === RANGE && accepts[arg[s]! * count + a] === 1 && this.seen.insert(out[s]!)) moves.push(out[s]!);
    }
    return Int32Array.from(moves);
  }

  /** Assertion bits at a position, given the flags from the character before and the class after (-1: end). */
  private lookBits(flags: number, a: number): number {
    let bits = 0;
    if (flags & F_TEXT_START) bits |= 1 << 0;
    if (flags & F_LINE_START) bits |= 1 << 2;
    const nextWord = a >= 0 && a !== this.eoi && this.nfa.alphabet.isWord[a] === 1;
    if (a < 0 || a === this.eoi) bits |= (1 << 1) | (1 << 3);
    else if (a === this.nfa.alphabet.newline) bits |= 1 << 3;
    bits |= ((flags & F_WORD) !== 0) !== nextWord ? 1 << 4 : 1 << 5;
    return bits;
  }

  /** Flags of the position after a character of class `a`. */
  private flagsAfter(a: number): number {
    let f = 0;
    if (this.nfa.alphabet.isWord[a] === 1) f |= F_WORD;
    if (a === this.nfa.alphabet.newline) f |= F_LINE_START;
    return f;
  }

  /** Flags only tell states apart when some seed's closure holds an assertion. */
  private normalizeFlags(seeds: readonly number[], flags: number): number {
    if (!this.hasLook) return 0;
    for (const s of seeds) if (s >= 0 && this.reachesLook[s] === 1) return flags;
    return 0;
  }

  /**
   * The canonical form of a thread list, in {@link LazyDfa.scratch} (valid until the next call):
   * returns its length.
   */
  private finishList(list: number[]): number {
    const mode = this.config.mode;
    if (mode === 'all') {
      // Sorted numerically, RESTART kept last. Lists are short (most under 32 threads): insertion
      // sort in place, where a typed array's sort would first allocate a view.
      const restart = list.length > 0 && list[list.length - 1] === RESTART;
      const n = restart ? list.length - 1 : list.length;
      const out = this.scratchOf(list.length);
      if (n > 32) {
        for (let i = 0; i < n; i++) out[i] = list[i]!;
        out.subarray(0, n).sort();
      } else {
        for (let i = 0; i < n; i++) {
          const v = list[i]!;
          let j = i;
          for (; j > 0 && out[j - 1]! > v; j--) out[j] = out[j - 1]!;
          out[j] = v;
        }
      }
      if (restart) out[n] = RESTART;
      return list.length;
    }
    if (mode === 'longest') {
      // Sort each group (its order does not matter) and drop empty groups.
      const outList: number[] = [];
      let group: number[] = [];
      const flush = (): void => {
        if (group.length === 0) return;
        group.sort((x, y) => x - y);
        if (outList.length > 0) outList.push(MARK);
        outList.push(...group);
        group = [];
      };
      for (const s of list) {
        if (s === MARK) flush();
        else if (s === RESTART) {
          flush();
          outList.push(MARK, RESTART);
        } else group.push(s);
      }
      flush();
      return this.copyToScratch(outList);
    }
    return this.copyToScratch(list);
  }

  /** {@link LazyDfa.scratch}, at least `n` long. */
  private scratchOf(n: number): Int32Array {
    if (this.scratch.length < n) this.scratch = new Int32Array(Math.max(n, this.scratch.length * 2));
    return this.scratch;
  }

  private copyToScratch(list: readonly number[]): number {
    const out = this.scratchOf(list.length);
    for (let i = 0; i < list.length; i++) out[i] = list[i]!;
    return list.length;
  }

  /** The start state for a position whose previous character gives `flags`. */
  private startState(flags: number): number {
    const cached = this.startCache[flags]!;
    if (cached !== UNKNOWN) return cached;
    if (this.full) this.clearCache();
    const seeds: number[] = [this.start];
    if (this.config.unanchored) seeds.push(RESTART);
    // A prefilter may skip from a start state only if nothing can be pending there: no match can
    // be reported without reading a character (see searchForward and searchReverse).
    const skippable = this.config.prefilter !== undefined && this.config.unanchored && !this.mayMatchEmpty;
    const length = this.finishList(seeds);
    const state = this.intern(this.scratch, this.normalizeFlags(seeds, flags), 0, skippable, length);
    this.startCache[flags] = state;
    return state;
  }

  /**
   * Computes the transition of `state` on alphabet class `a` (or {@link LazyDfa.eoi}) and caches it.
   * May clear the cache, so `state` is passed by content too.
   */
  private computeTransition(state: number, a: number, charsDone: number): number {
    const idx = (state & ~TAGS) / this.stride;
    const list = this.lists[idx]!;
    const flags = this.flags[idx]!;
    const ownMatch = this.matchListOf[idx]!;
    let restoreState = false;
    if (!this.searchGaveUp && this.stats.dfaCacheClears - this.searchClears0 >= this.config.maxClears) {
      // Caching stops paying when it builds a state for every few characters.
      if (charsDone < 10 * (this.stats.dfaStatesBuilt - this.searchBuilt0)) {
        this.searchGaveUp = true;
        this.stats.dfaGaveUp++;
        this.capacity = 4;
        this.reset();
        restoreState = true;
      }
    }
    const { kind, arg, out, accepts } = this.nfa;
    const count = this.nfa.alphabet.count;
    const mode = this.config.mode;
    // 1. The ε-closure of the seeds, in priority order, now that the next character is known:
    //    the same closure, in the same order, that the Pike VM builds at this position.
    const bits = this.lookBits(flags, a);
    // In `all` mode the order of threads does not matter, and the start's closure (every pattern's
    // first states: most of a state's closure in an unanchored union) is not walked: where it goes
    // on `a` comes from a cache (see startMoves). Unless it can match here without reading.
    const start = mode === 'all' ? this.startMoves(bits) : undefined;
    let startPending = false;
    this.seen.clear();
    const resolved: number[] = [];
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      if (s < 0) resolved.push(s);
      else if (s === this.start && start && !start.matches) startPending = true;
      else this.closure(resolved, s, bits);
    }
    // 2. Matches at this position, and the cut they imply.
    let matchList = 0;
    let cut = resolved.length;
    if (mode === 'all') {
      let ids: number[] | undefined;
      for (const s of resolved) if (s >= 0 && kind[s] === MATCH) (ids ??= []).push(arg[s]!);
      if (ids) matchList = this.internMatchList(ids);
    } else {
      for (let i = 0; i < resolved.length; i++) {
        const s = resolved[i]!;
        if (s >= 0 && kind[s] === MATCH) {
          matchList = this.internMatchList([arg[s]!]);
          if (mode === 'first') cut = i;
          else {
            let j = i;
            while (j < resolved.length && resolved[j] !== MARK) j++;
            cut = j;
          }
          break;
        }
      }
    }
    // 3. The seeds of the next position: where each live thread goes on this character.
    const next: number[] = [];
    let nextFlags = 0;
    if (a !== this.eoi) {
      // Before `seen` is cleared for this step: building the moves uses it too.
      const moves = startPending ? (start!.on[a] ??= this.movesOf(start!.closure, a)) : undefined;
      this.seen.clear();
      nextFlags = this.flagsAfter(a);
      let restart = false;
      for (let i = 0; i < cut; i++) {
        const s = resolved[i]!;
        if (s === MARK) {
          if (next.length > 0 && next[next.length - 1] !== MARK) next.push(MARK);
        } else if (s === RESTART) restart = true;
        else if (kind[s] === RANGE && accepts[arg[s]! * count + a] === 1 && this.seen.insert(out[s]!)) next.push(out[s]!);
      }
      if (moves) for (let k = 0; k < moves.length; k++) if (this.seen.insert(moves[k]!)) next.push(moves[k]!);
      if (restart) {
        if (mode === 'longest' && next.length > 0 && next[next.length - 1] !== MARK) next.push(MARK);
        if (this.seen.insert(this.start)) next.push(this.start);
        next.push(RESTART);
      }
    }
    if (this.full) {
      this.clearCache();
      restoreState = true;
    }
    // After a reset the state we came from must exist again for its transition to be recorded.
    if (restoreState) state = this.intern(list, flags, ownMatch);
    const length = this.finishList(next);
    const target = this.intern(this.scratch, this.normalizeFlags(next, nextFlags), matchList, false, length);
    const col = this.column(a);
    if (col >= 0) this.trans[(state & ~TAGS) + col] = target;
    return target;
  }

  private internMatchList(ids: number[]): number {
    ids.sort((x, y) => x - y);
    const key = ids.join(',');
    let id = this.matchListIndex.get(key);
    if (id === undefined) {
      id = this.matchLists.length;
      this.matchLists.push(Int32Array.from(ids));
      this.matchListIndex.set(key, id);
    }
    return id;
  }

  /** The match list of a tagged state. */
  private matchListOfState(state: number): number {
    return this.matchListOf[(state & ~TAGS) / this.stride]!;
  }

  // ------------------------------------------------------------- searches

  private classOf(c: number): number {
    const al = this.nfa.alphabet;
    return c < 0x10000 ? al.bmp[al.blockOffset[c >> 8]! + (c & 255)]! : al.classOf(c);
  }

  /**
   * The column of every UTF-16 code unit in one flat table (128 KiB, built on first use): surrogates
   * (and, with lazy columns, code units not seen yet) get {@link LazyDfa.slowCol}. Without lazy
   * columns a column is a class, and all automata over the NFA share the table.
   */
  private flatColumns(): Uint16Array {
    if (this.lazyColumns) return (this.ownFlat ??= new Uint16Array(0x10000).fill(this.slowCol));
    if (this.shared.flat) return this.shared.flat;
    const { bmp, blockOffset } = this.nfa.alphabet;
    const flat = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      flat[c] = (c & 0xf800) === 0xd800 ? this.slowCol : bmp[blockOffset[c >> 8]! + (c & 255)]!;
    }
    return (this.shared.flat = flat);
  }

  /**
   * The slow path of the loops that read code-unit tables: the class of the character at `p`
   * (forwards) or before `p` (backwards), whose column `col` the table gave. Surrogates and code
   * units without a column yet are looked up in the alphabet; a code unit whose class has a column
   * is written into the tables, so it takes the fast path from then on. Sets `this.width` to the
   * character's length in code units.
   */
  private slowClass(text: string, p: number, col: number, forward: boolean): number {
    this.width = 1;
    if (col !== this.slowCol) return this.classOfCol[col]!;
    const c = text.charCodeAt(forward ? p : p - 1);
    if ((c & 0xf800) !== 0xd800) {
      const a = this.classOf(c);
      if (this.lazyColumns) this.learn(c, a);
      return a;
    }
    const cp = forward ? codePointAt(text, p) : codePointBefore(text, p);
    if (cp > 0xffff) this.width = 2;
    return this.nfa.alphabet.classOf(cp);
  }

  /** Length in code units of the character whose class {@link LazyDfa.slowClass} last returned. */
  private width = 1;

  /**
   * Every position of `text` where some pattern's match may end, with the patterns that match there
   * (`all` mode, unanchored): what `searchForward(text, 0, text.length, false, events)` records, in a
   * loop that reads one class and one transition per character and tests tags once. Counts
   * {@link SearchStats.dfaSteps} as `searchForward` does: one per code point stepped.
   *
   * With a `budget`, gives up (returning false, events incomplete) as soon as the scan has built more
   * than `budget.base + characters read / budget.perState` states, or has filled its cache: the
   * automaton is too big for the text to pay for its states, and the caller should split it.
   *
   * With `from` and `to`, reads only `[from, to)` as a search of that range would, matches starting
   * at or after `from`, except that assertions see the characters around the range (`\b` at `from`
   * looks at `from - 1`, a match ending at `to` looks at `to`). Both must lie between code points.
   *
   * @returns whether the scan completed
   */
  scanEnds(text: string, events: MatchEvents, budget?: { readonly base: number; readonly perState: number }, from: number = 0, to: number = text.length): boolean {
    if (this.overflow) this.widen();
    const end = to;
    let state = this.startState(flagsBefore(text, from));
    if (state & TAG_DEAD) return true;
    this.beginSearch();
    let p = from;
    let notStepped = from; // before the range, skipped by the prefilter, or second halves of pairs
    if (state & TAG_START) {
      const q = this.skipForward(text, from, end);
      if (q < 0) return this.finishScan(from, from);
      p = q;
      notStepped = q;
      state = this.startState(flagsBefore(text, p));
    }
    const cls = this.flatColumns();
    let trans = this.trans;
    state &= ~TAGS;
    const at = this.fastState;
    const buf = this.matchBuffer;
    while (p < end) {
      at[0] = state;
      p = runUntagged(trans, cls, text, p, end, at, buf);
      state = at[0]!;
      for (let i = 0, nb = at[1]!; i < nb; i += 2) {
        events.push(buf[i]!, this.matchListOfState(buf[i + 1]!));
      }
      if (p >= end) break;
      const col = cls[text.charCodeAt(p)]!;
      let t = trans[state + col]!;
      let n = 1;
      if (t === UNKNOWN) {
        const a = this.slowClass(text, p, col, true);
        n = this.width;
        t = this.cached(state, a);
        if (t === UNKNOWN) {
          t = this.computeTransition(state, a, p - notStepped);
          trans = this.trans;
          if (
            budget &&
            (this.stats.dfaCacheClears !== this.searchClears0 || this.stats.dfaStatesBuilt - this.searchBuilt0 > budget.base + (p - from) / budget.perState)
          ) {
            this.finish(-1, p - notStepped);
            return false;
          }
        }
      }
      if (t & TAG_MATCH) {
        events.push(p, this.matchListOfState(t));
      }
      notStepped += n - 1;
      if (t & TAG_DEAD) return this.finishScan(p + n, notStepped);
      if (t & TAG_START) {
        // Only fresh threads: no match can start before the next literal.
        const q = this.skipForward(text, p + n, end);
        if (q < 0) return this.finishScan(end, notStepped + end - (p + n));
        notStepped += q - (p + n);
        p = q;
        state = this.startState(flagsBefore(text, p)) & ~TAGS;
        trans = this.trans;
        continue;
      }
      state = t & ~TAGS;
      p += n;
    }
    const t = this.endTransition(state, text, end, true);
    if (t & TAG_MATCH) {
      events.push(end, this.matchListOfState(t));
    }
    return this.finishScan(end, notStepped);
  }

  /** Ends a {@link LazyDfa.scanEnds} that stepped every code point of `[0, reached)` but `notStepped`. */
  private finishScan(reached: number, notStepped: number): true {
    this.finish(-1, reached - notStepped);
    return true;
  }

  /**
   * Forward search over `[start, end)`. Returns the end of the match (per the mode), or -1.
   *
   * @param earliest - stop at the first match end seen
   * @param events - `all` mode: record every position where some pattern's match ends
   */
  searchForward(text: string, start: number, end: number, earliest: boolean, events?: MatchEvents): number {
    if (this.overflow) this.widen();
    let state = this.startState(flagsBefore(text, start));
    if (state & TAG_DEAD) return -1;
    let last = -1;
    this.beginSearch();
    let p = start;
    if (state & TAG_START) {
      p = this.skipForward(text, p, end);
      if (p < 0) return this.finish(last, 0);
      state = this.startState(flagsBefore(text, p));
    }
    const { offsets, classes } = this.scanColumns();
    let steps = 0;
    let trans = this.trans;
    while (p < end) {
      const c = text.charCodeAt(p);
      const col = classes[offsets[c >> 8]! + (c & 255)]!;
      let t = trans[(state & ~TAGS) + col]!;
      let n = 1;
      steps++;
      if (t & TAGS) {
        if (t === UNKNOWN) {
          const a = this.slowClass(text, p, col, true);
          n = this.width;
          t = this.cached(state, a);
          if (t === UNKNOWN) t = this.computeTransition(state, a, p - start);
          trans = this.trans;
        }
        if (t & TAG_MATCH) {
          last = p;
          if (events) {
            events.push(p, this.matchListOfState(t));
          } else if (earliest) break;
        }
        if (t & TAG_DEAD) return this.finish(last, steps);
        if (t & TAG_START) {
          // Only fresh threads: no match can start before the next literal.
          const q = this.skipForward(text, p + n, end);
          if (q < 0) return this.finish(last, steps);
          p = q;
          state = this.startState(flagsBefore(text, p));
          trans = this.trans;
          continue;
        }
      }
      state = t;
      p += n;
    }
    if (earliest && last >= 0 && !events) return this.finish(last, steps);
    // The position `end`: decide with the real next character if there is one.
    const t = this.endTransition(state, text, end, true);
    if (t & TAG_MATCH) {
      last = end;
      if (events) {
        events.push(end, this.matchListOfState(t));
      }
    }
    return this.finish(last, steps);
  }

  /**
   * An anchored forward search from `start` to the end of `text`, as a global loop makes them (one
   * per match, at non-decreasing starts): the end of the match that starts at `start` (per the
   * mode), or -1. Remembers its path (see the memo below): once it walks into a state at a position
   * that an earlier run of the same text passed in the same state, it stops and takes that run's
   * answer. Cached, untagged transitions are stepped in a tight loop ({@link runMemo}).
   */
  searchAnchored(text: string, start: number): number {
    if (this.overflow) this.widen();
    const end = text.length;
    let state = this.startState(flagsBefore(text, start));
    if (state & TAG_DEAD) return -1;
    state &= ~TAGS;
    // A start that the memo holds lies on an earlier run's read-ahead (`a*b|a` on `aaaa…`): the memo
    // path joins that run at once, where a short run would read ahead again.
    const held = text === this.memoText && this.memoEpoch === this.epoch && start >= this.memoBase && start - this.memoBase < this.memoLen;
    if (!held) {
      const plain = this.plainAnchored(text, start, state);
      if (plain !== UNDECIDED) return plain;
    }
    let last = -1;
    this.beginSearch();
    this.openTrail(text, start);
    const { offsets, classes } = this.scanColumns();
    const at = this.fastState;
    const epoch = this.epoch;
    let steps = 0;
    let trans = this.trans;
    let p = start;
    while (p < end) {
      // Joins are only possible while no clear renumbered the states.
      const memoLen = this.epoch === epoch && this.memoEpoch === epoch ? this.memoLen : 0;
      let trail: Int32Array = this.trailStates;
      if (trail.length <= p - start) trail = this.growTrail(p - start);
      const limit = Math.min(end, start + trail.length);
      at[0] = state;
      at[1] = 0;
      const q = runMemo(trans, offsets, classes, text, p, limit, at, this.memoStates, this.memoBase, memoLen, trail, start);
      steps += q - p;
      p = q;
      state = at[0]!;
      if (at[1] === 1) {
        // Joined a recorded path at p: its answer is this run's too.
        const merged = this.memoLast[p - this.memoBase]!;
        this.closeTrail(start, p, merged);
        return this.finish(merged >= 0 ? merged : last, steps);
      }
      if (p >= limit) continue;
      // p is recorded; its transition is tagged, not cached, or in the slow column.
      const c = text.charCodeAt(p);
      const col = classes[offsets[c >> 8]! + (c & 255)]!;
      let t = trans[state + col]!;
      let n = 1;
      steps++;
      if (t === UNKNOWN) {
        const a = this.slowClass(text, p, col, true);
        n = this.width;
        t = this.cached(state, a);
        if (t === UNKNOWN) t = this.computeTransition(state, a, p - start);
        trans = this.trans;
      }
      if (t & TAG_MATCH) {
        last = p;
        this.trailMatch[p - start] = 1;
      }
      if (t & TAG_DEAD) {
        this.closeTrail(start, p + n, -1);
        return this.finish(last, steps);
      }
      state = t & ~TAGS;
      p += n;
    }
    const t = this.endTransition(state, text, end, true);
    if (t & TAG_MATCH) last = end;
    this.closeTrail(start, end, last === end ? end : -1);
    return this.finish(last, steps);
  }

  /**
   * The short run of {@link LazyDfa.searchAnchored}: steps from `state` without recording the path,
   * while transitions are cached, for at most {@link PLAIN_RUN} code units. Returns the run's answer
   * if it died (or read a character whose transition is dead) within them, else
   * {@link UNDECIDED}: the caller starts again with the memo. Most matches of a detector catalog
   * are a few dozen characters long, and for them the memo's bookkeeping costs more than the steps.
   */
  private plainAnchored(text: string, start: number, state: number): number {
    const { offsets, classes } = this.scanColumns();
    const trans = this.trans;
    const limit = Math.min(text.length, start + PLAIN_RUN);
    let last = -1;
    let p = start;
    for (; p < limit; p++) {
      const c = text.charCodeAt(p);
      const t = trans[state + classes[offsets[c >> 8]! + (c & 255)]!]!;
      if (t === UNKNOWN) break;
      if (t & TAG_MATCH) last = p;
      if (t & TAG_DEAD) {
        this.stats.dfaSteps += p + 1 - start;
        return last;
      }
      state = t & ~TAGS;
    }
    this.stats.dfaSteps += p - start; // read again by the memo path: counted twice, as it is done twice
    return UNDECIDED;
  }

  /** The next position at or after `p` where the prefilter says a match may start, or -1 if none before `end`. */
  private skipForward(text: string, p: number, end: number): number {
    const q = this.config.prefilter!.find(text, p);
    if (q < 0 || q >= end) {
      this.stats.prefilterSkipped += end - p;
      return -1;
    }
    this.stats.prefilterSkipped += q - p;
    return q;
  }

  private finish(result: number, steps: number): number {
    this.stats.dfaSteps += steps;
    this.endSearch();
    return result;
  }

  /**
   * Backward search over `[end, start)`, reading from `start` down to `end`. Returns the lowest
   * position reached where a match (per the mode) starts, or -1.
   */
  searchReverse(text: string, start: number, end: number): number {
    if (this.overflow) this.widen();
    let state = this.startState(flagsAfter(text, start));
    if (state & TAG_DEAD) return -1;
    let last = -1;
    this.beginSearch();
    let p = start;
    const { offsets, classes } = this.scanColumns();
    let steps = 0;
    let trans = this.trans;
    while (p > end) {
      const c = text.charCodeAt(p - 1);
      const col = classes[offsets[c >> 8]! + (c & 255)]!;
      let t = trans[(state & ~TAGS) + col]!;
      let n = 1;
      steps++;
      if (t & TAGS) {
        if (t === UNKNOWN) {
          const a = this.slowClass(text, p, col, false);
          n = this.width;
          t = this.cached(state, a);
          if (t === UNKNOWN) t = this.computeTransition(state, a, start - p);
          trans = this.trans;
        }
        if (t & TAG_MATCH) last = p;
        if (t & TAG_DEAD) return this.finish(last, steps);
      }
      state = t;
      p -= n;
    }
    if (this.endTransition(state, text, end, false) & TAG_MATCH) last = end;
    return this.finish(last, steps);
  }

  /**
   * For an anchored reverse DFA in `all` mode: every position where a match starts among the
   * matches that end at one of `ends` (ascending). Reads backwards from the last end; at each end it
   * passes, it adds fresh threads (a match may end there); when no thread is alive it jumps to the
   * previous end. So it reads only the text that some match ending at a candidate could cover.
   * Records the start positions, right to left, in `events`.
   */
  scanStarts(text: string, ends: ArrayLike<number>, events: MatchEvents): void {
    if (this.overflow) this.widen();
    let k = ends.length - 1;
    if (k < 0) return;
    this.beginSearch();
    let p = ends[k--]!;
    let state = this.startState(flagsAfter(text, p)) & ~TAGS;
    const { offsets, classes } = this.scanColumns();
    const at = this.fastState;
    let steps = 0;
    let trans = this.trans;
    for (;;) {
      // Step while transitions are cached and untagged, down to the next candidate end (or 0).
      const stop = k >= 0 ? ends[k]! : 0;
      at[0] = state;
      const q = runUntaggedBack(trans, offsets, classes, text, p, stop, at);
      steps += p - q;
      p = q;
      state = at[0]!;
      if (p === stop) {
        if (p === 0 && k < 0) {
          const t = this.endTransition(state, text, 0, false);
          if (t & TAG_MATCH) {
            events.push(0, this.matchListOfState(t));
          }
          break;
        }
        // A match may also end here: add fresh threads.
        k--;
        const flags = flagsAfter(text, p);
        let t = trans[state + this.injectCol + flags]!;
        if (t === UNKNOWN) {
          t = this.inject(state, flags);
          trans = this.trans;
        }
        state = t & ~TAGS;
        continue;
      }
      // The transition on the character before p is tagged, not cached, or in the slow column.
      const c = text.charCodeAt(p - 1);
      const col = classes[offsets[c >> 8]! + (c & 255)]!;
      let t = trans[state + col]!;
      let n = 1;
      steps++;
      if (t === UNKNOWN) {
        const a = this.slowClass(text, p, col, false);
        n = this.width;
        t = this.cached(state, a);
        if (t === UNKNOWN) t = this.computeTransition(state, a, steps);
        trans = this.trans;
      }
      if (t & TAG_MATCH) {
        events.push(p, this.matchListOfState(t));
      }
      if (t & TAG_DEAD) {
        // No thread alive: continue at the previous candidate end, if any.
        if (k < 0) break;
        const q = ends[k--]!;
        this.stats.prefilterSkipped += p - n - q;
        p = q;
        state = this.startState(flagsAfter(text, p)) & ~TAGS;
        trans = this.trans;
        continue;
      }
      state = t & ~TAGS;
      p -= n;
    }
    this.finish(-1, steps);
  }

  /**
   * The alphabet's two-level table, giving columns, for loops that test tags once per character:
   * surrogates (and, with lazy columns, code units not seen yet) get {@link LazyDfa.slowCol}, whose
   * transitions are never cached. Without lazy columns, shared by all automata over the NFA.
   */
  private scanColumns(): { offsets: Uint32Array; classes: Uint16Array } {
    if (this.ownScan) return this.ownScan;
    if (!this.lazyColumns && this.shared.scanTable) return this.shared.scanTable;
    const { bmp, blockOffset } = this.nfa.alphabet;
    const classes = new Uint16Array(bmp.length + 256);
    if (this.lazyColumns) classes.fill(this.slowCol);
    else {
      classes.set(bmp);
      classes.fill(this.slowCol, bmp.length);
    }
    const offsets = Uint32Array.from(blockOffset);
    for (let b = 0xd8; b <= 0xdf; b++) offsets[b] = bmp.length;
    const table = { offsets, classes };
    if (this.lazyColumns) return (this.ownScan = table);
    return (this.shared.scanTable = table);
  }

  /** The state with fresh threads added at the lowest priority: a match may also begin here. */
  private inject(state: number, flags: number): number {
    const idx = (state & ~TAGS) / this.stride;
    const list = this.lists[idx]!;
    const seeds = Array.from(list);
    if (!seeds.includes(this.start)) seeds.push(this.start);
    const epoch = this.epoch;
    if (this.full) this.clearCache();
    const length = this.finishList(seeds);
    const target = this.intern(this.scratch, this.normalizeFlags(seeds, flags), 0, false, length);
    // Cached in the source state's row, unless a clear renumbered the states.
    if (this.epoch === epoch) this.trans[(state & ~TAGS) + this.injectCol + flags] = target;
    return target;
  }

  // ---------------------------------------------------------------- memo
  //
  // A global loop runs one anchored search per match. In leftmost-first mode a search may read far
  // past the match it reports, looking for a better one (`a*b|a` on `aaaa…` reads to the end every
  // time: O(n²) in all). Successive searches of one text soon walk the same DFA states at the same
  // positions, and from there their futures are identical; so each search records the state it was
  // in at every position, and the last match its path saw from there on. A later search that finds
  // itself in a recorded state at a recorded position stops and takes the recorded answer.

  private memoText: string | undefined;
  private memoEpoch = -1;
  private memoBase = 0;
  private memoLen = 0;
  private memoStates = new Int32Array(0);
  private memoLast = new Int32Array(0);
  private trailEpoch = 0;
  private trailStates = new Int32Array(0);
  private trailMatch = new Uint8Array(0);
  private epoch = 0;

  private openTrail(text: string, start: number): true {
    if (text !== this.memoText || this.memoEpoch !== this.epoch || start < this.memoBase) {
      this.memoText = text;
      this.memoEpoch = this.epoch;
      this.memoBase = start;
      this.memoLen = 0;
    } else if (start - this.memoBase > 4096 && start - this.memoBase > this.memoLen >> 1) {
      // Positions behind the start are never asked for again: drop them, so the memo stays as
      // long as the span that searches read ahead, not as long as the text.
      const drop = Math.min(start - this.memoBase, this.memoLen);
      this.memoStates.copyWithin(0, drop, this.memoLen);
      this.memoLast.copyWithin(0, drop, this.memoLen);
      this.memoBase += drop;
      this.memoLen -= drop;
    }
    // State ids are only comparable within one cache epoch (a clear renumbers them).
    this.trailEpoch = this.epoch;
    return true;
  }

  /** Grows the trail to hold position `i` of a run. */
  private growTrail(i: number): Int32Array {
    const size = Math.max(64, (i + 1) * 2);
    const states = new Int32Array(size).fill(UNKNOWN);
    states.set(this.trailStates);
    this.trailStates = states;
    const matches = new Uint8Array(size);
    matches.set(this.trailMatch);
    this.trailMatch = matches;
    return states;
  }

  /**
   * Stores the path of the run from `start` up to `stop` (exclusive) in the memo; `after` is the
   * last match at or after `stop` (-1: none). Each position gets the last match its path saw from it.
   */
  private closeTrail(start: number, stop: number, after: number): void {
    if (this.trailEpoch !== this.epoch || this.memoEpoch !== this.epoch) {
      // The cache was cleared during the run: nothing recorded can be compared any more.
      this.trailStates.fill(UNKNOWN);
      this.trailMatch.fill(0);
      this.memoLen = 0;
      this.memoEpoch = this.epoch;
      this.memoBase = stop;
      return;
    }
    if (start > this.memoBase + this.memoLen) {
      this.memoBase = start;
      this.memoLen = 0;
    }
    const top = stop - this.memoBase;
    if (top > this.memoStates.length) {
      const size = Math.max(64, top * 2);
      const states = new Int32Array(size);
      states.set(this.memoStates.subarray(0, this.memoLen));
      this.memoStates = states;
      const lasts = new Int32Array(size);
      lasts.set(this.memoLast.subarray(0, this.memoLen));
      this.memoLast = lasts;
    }
    let lastAfter = after;
    for (let p = stop - 1; p >= start; p--) {
      const i = p - start;
      const m = p - this.memoBase;
      // Low surrogates inside a pair are never a position of the path: UNKNOWN never equals a state.
      const state = i < this.trailStates.length ? this.trailStates[i]! : UNKNOWN;
      if (lastAfter < 0 && this.trailMatch[i] === 1) lastAfter = p;
      this.memoStates[m] = state;
      this.memoLast[m] = lastAfter;
      this.trailStates[i] = UNKNOWN;
      this.trailMatch[i] = 0;
    }
    if (top > this.memoLen) this.memoLen = top;
  }

  /** The transition taken at the bound of a search: on the real next character, or end of text. */
  private endTransition(state: number, text: string, pos: number, forward: boolean): number {
    let a = this.eoi;
    if (forward && pos < text.length) a = this.classOf(codePointAt(text, pos));
    else if (!forward && pos > 0) a = this.classOf(codePointBefore(text, pos));
    const t = this.cached(state, a);
    return t === UNKNOWN ? this.computeTransition(state, a, 0) : t;
  }

  private searchClears0 = 0;
  private searchBuilt0 = 0;
  private searchGaveUp = false;

  private beginSearch(): void {
    this.searchClears0 = this.stats.dfaCacheClears;
    this.searchBuilt0 = this.stats.dfaStatesBuilt;
    this.searchGaveUp = false;
  }

  private endSearch(): void {
    if (this.searchGaveUp) {
      this.searchGaveUp = false;
      this.capacity = this.fullCapacity();
      this.reset();
    }
  }
}

/**
 * The fast loop of {@link LazyDfa.scanEnds}: steps from `state` (untagged, in `at[0]`) while
 * transitions are cached and carry no tag but {@link TAG_MATCH}; match events go to `buf` as
 * (position, tagged target) pairs, their count times 2 to `at[1]`, until `buf` is full. Returns the
 * position of the first character whose transition needs the slow path (or where `buf` filled, or
 * `end`), and leaves the state before it in `at[0]`. Kept apart so that it is compiled on its own.
 */
function runUntagged(
  trans: Int32Array,
  cls: Uint16Array,
  text: string,
  p: number,
  end: number,
  at: Int32Array,
  buf: Int32Array,
): number {
  let state = at[0]!;
  let nb = 0;
  const cap = buf.length;
  for (; p < end; p++) {
    const t = trans[state + cls[text.charCodeAt(p)]!]!;
    if ((t & TAGS) !== 0) {
      if ((t & TAGS) !== TAG_MATCH || nb === cap) break;
      buf[nb++] = p;
      buf[nb++] = t;
      state = t & ~TAGS;
      continue;
    }
    state = t;
  }
  at[0] = state;
  at[1] = nb;
  return p;
}

/**
 * The fast loop of {@link LazyDfa.searchAnchored}: from `p` up to `limit`, records the state
 * (untagged, in `at[0]`) at each position in `trail` (indexed from `start`) and steps while
 * transitions are cached and untagged. Stops with `at[1] = 1` where the state equals the memo's
 * (indexed from `memoBase`, `memoLen` long): that position is not recorded. Otherwise stops at
 * `limit`, or at a recorded position whose transition needs the slow path. Returns where it stopped.
 */
function runMemo(
  trans: Int32Array,
  offsets: Uint32Array,
  classes: Uint16Array,
  text: string,
  p: number,
  limit: number,
  at: Int32Array,
  memo: Int32Array,
  memoBase: number,
  memoLen: number,
  trail: Int32Array,
  start: number,
): number {
  let state = at[0]!;
  for (; p < limit; p++) {
    const i = p - memoBase;
    if (i < memoLen && memo[i] === state) {
      at[1] = 1;
      break;
    }
    trail[p - start] = state;
    const c = text.charCodeAt(p);
    const t = trans[state + classes[offsets[c >> 8]! + (c & 255)]!]!;
    if ((t & TAGS) !== 0) break;
    state = t;
  }
  at[0] = state;
  return p;
}

/**
 * The fast loop of {@link LazyDfa.scanStarts}: steps backwards from `p` down to `stop` while
 * transitions are cached and untagged (state in `at[0]`, untagged). Returns where it stopped: `stop`,
 * or the position whose preceding character has a tagged or unknown transition from `at[0]`.
 */
function runUntaggedBack(
  trans: Int32Array,
  offsets: Uint32Array,
  classes: Uint16Array,
  text: string,
  p: number,
  stop: number,
  at: Int32Array,
): number {
  let state = at[0]!;
  for (; p > stop; p--) {
    const c = text.charCodeAt(p - 1);
    const t = trans[state + classes[offsets[c >> 8]! + (c & 255)]!]!;
    if ((t & TAGS) !== 0) break;
    state = t;
  }
  at[0] = state;
  return p;
}

/** Flags of position `i` read forwards: from the character before it. */
function flagsBefore(text: string, i: number): number {
  if (i === 0) return F_TEXT_START | F_LINE_START;
  const prev = text.charCodeAt(i - 1);
  return (prev === 0x0a ? F_LINE_START : 0) | (isWordUnit(prev) ? F_WORD : 0);
}

/** Flags of position `i` read backwards: from the character after it. */
function flagsAfter(text: string, i: number): number {
  if (i === text.length) return F_TEXT_START | F_LINE_START;
  const next = text.charCodeAt(i);
  return (next === 0x0a ? F_LINE_START : 0) | (isWordUnit(next) ? F_WORD : 0);
}


/** For each NFA state, whether an assertion lies in its ε-closure: a backward search over ε-edges. */
/**
 * Per-NFA data that does not depend on an automaton's mode or start: a set's anchored automata are
 * one per pattern over the same union NFA, and each building its own would cost O(patterns × NFA
 * size). The scratch space (`seen`, `stack`) is only used inside one state's construction, which
 * never reaches into another automaton, so sharing it is safe in single-threaded code.
 */
interface NfaShared {
  readonly reachesLook: Uint8Array;
  readonly seen: SparseSet;
  readonly stack: Int32Array;
  flat?: Uint16Array;
  scanTable?: { offsets: Uint32Array; classes: Uint16Array };
}

const sharedOf = new WeakMap<Nfa, NfaShared>();

/** Whether `x` equals `y[0, length)`. */
function sameList(x: Int32Array, y: Int32Array, length: number): boolean {
  if (x.length !== length) return false;
  for (let i = 0; i < length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** See {@link LazyDfa.startMoves}. */
interface StartMoves {
  readonly closure: Int32Array;
  readonly matches: boolean;
  readonly on: (Int32Array | undefined)[];
}

function shared(nfa: Nfa): NfaShared {
  let s = sharedOf.get(nfa);
  if (!s) {
    s = { reachesLook: reachesLook(nfa), seen: new SparseSet(nfa.size), stack: new Int32Array(nfa.size * 2 + 4) };
    sharedOf.set(nfa, s);
  }
  return s;
}

function reachesLook(nfa: Nfa): Uint8Array {
  const { kind, out, out1, size } = nfa;
  const reach = new Uint8Array(size);
  if (nfa.looks === 0) return reach;
  // Predecessors over ε-edges, in compressed rows.
  const counts = new Int32Array(size + 1);
  const edge = (from: number, visit: (to: number) => void): void => {
    const k = kind[from];
    if (k === SPLIT) {
      visit(out[from]!);
      visit(out1[from]!);
    } else if (k === EPS || k === SAVE || k === LOOK) visit(out[from]!);
  };
  for (let s = 0; s < size; s++) edge(s, (t) => t >= 0 && counts[t + 1]!++);
  for (let s = 0; s < size; s++) counts[s + 1]! += counts[s]!;
  const preds = new Int32Array(counts[size]!);
  const fill = counts.slice(0, size);
  for (let s = 0; s < size; s++) edge(s, (t) => t >= 0 && (preds[fill[t]!++] = s));
  const queue: number[] = [];
  for (let s = 0; s < size; s++) if (kind[s] === LOOK) (reach[s] = 1), queue.push(s);
  while (queue.length > 0) {
    const t = queue.pop()!;
    for (let i = counts[t]!; i < counts[t + 1]!; i++) {
      const p = preds[i]!;
      if (reach[p] === 0) (reach[p] = 1), queue.push(p);
    }
  }
  return reach;
}

