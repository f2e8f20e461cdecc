/**
 * The public shapes of the regex engine: options, matches, compiled regexes and sets.
 *
 * @module
 */

/** Options of the parser. */
export interface SyntaxOptions {
  /**
   * Match case-insensitively, as `(?i)` does (Unicode simple case folding).
   * @defaultValue false
   */
  readonly caseInsensitive?: boolean;
  /**
   * `^` and `$` also match at line boundaries, as `(?m)` does.
   * @defaultValue false
   */
  readonly multiLine?: boolean;
  /**
   * `.` also matches `\n`, as `(?s)` does.
   * @defaultValue false
   */
  readonly dotAll?: boolean;
  /**
   * Swap the meaning of `x*` and `x*?` (and the other repetitions), as `(?U)` does.
   * @defaultValue false
   */
  readonly ungreedy?: boolean;
  /**
   * Treat the pattern as a literal string: no character is special.
   * @defaultValue false
   */
  readonly literal?: boolean;
  /**
   * How deeply groups and repetitions may nest.
   * @defaultValue 1000
   */
  readonly nestLimit?: number;
  /**
   * The longest pattern accepted, in UTF-16 code units.
   * @defaultValue 65536
   */
  readonly maxPatternLength?: number;
}

/** Options of the compiled program. */
export interface NfaOptions {
  /**
   * The largest number of NFA states a pattern (or a whole set) may compile to.
   * @defaultValue 1_000_000
   */
  readonly sizeLimit?: number;
}

/** Options of the lazy DFA. */
export interface DfaOptions {
  /**
   * How many DFA states the cache holds before it is cleared. A DFA's table grows as states are
   * built, so the bound costs nothing until a search needs the states; whatever this says, one
   * table holds at most 16 MiB of transitions. A set's candidate automaton (the union of every
   * pattern) is the one that needs many: the 221 gitleaks rules walk about 15–20 thousand states
   * over 1 MB of ordinary text, and a cache that clears on every pass is 50× slower.
   * @defaultValue 40_000
   */
  readonly cacheCapacity?: number;
  /**
   * How many times the cache may be cleared within one search before the DFA checks whether caching
   * still pays (at least 10 characters searched per state built). When it does not, the search goes
   * on without caching, at O(pattern size) per character, and never fails.
   * @defaultValue 3
   */
  readonly maxClears?: number;
}

/**
 * Which engine runs a search. `'auto'` (the default) lets the meta engine choose; the others force one
 * engine and exist for testing and for measuring.
 */
export type EngineChoice = 'auto' | 'pikevm' | 'dfa';

/** Options of {@link compile}. */
export interface CompileOptions {
  /** Parser options. */
  readonly syntax?: SyntaxOptions;
  /** NFA options. */
  readonly nfa?: NfaOptions;
  /** Lazy DFA options. */
  readonly dfa?: DfaOptions;
  /**
   * Leftmost-longest (POSIX) matching instead of RE2's default leftmost-first.
   * @defaultValue false
   */
  readonly longest?: boolean;
  /**
   * Which engine runs searches.
   * @defaultValue 'auto'
   */
  readonly engine?: EngineChoice;
}

/** A match of a single regex. Offsets are UTF-16 code-unit indices. */
export interface Match {
  /** Start of the match. */
  readonly start: number;
  /** End of the match (exclusive). */
  readonly end: number;
  /**
   * One entry per capture group, group 1 first: `[start, end]`, or `undefined` when the group
   * did not take part in the match.
   */
  readonly groups: readonly (readonly [number, number] | undefined)[];
}

/** A match of one pattern of a set. */
export interface SetMatch {
  /** The index of the pattern in the array given to `compileSet`. */
  readonly pattern: number;
  /** Start of the match. */
  readonly start: number;
  /** End of the match (exclusive). */
  readonly end: number;
}

/** Counters of the work a compiled regex or set has done, for tests and benchmarks. */
export interface SearchStats {
  /** Characters stepped by the DFAs. */
  dfaSteps: number;
  /**
   * NFA states visited: by the Pike VM (per character) and by the lazy DFAs while building
   * transitions. With {@link SearchStats.dfaSteps} this is the total work of a search.
   */
  pikevmSteps: number;
  /** DFA states built. */
  dfaStatesBuilt: number;
  /** Times a DFA cache was cleared. */
  dfaCacheClears: number;
  /** Times a DFA gave up and the Pike VM took over. */
  dfaGaveUp: number;
  /** Characters skipped by a literal prefilter. */
  prefilterSkipped: number;
}

/** A compiled regex. Its searches never throw on a string input. */
export interface Regex {
  /** The source pattern. */
  readonly source: string;
  /** The number of capture groups, not counting the whole match. */
  readonly captureCount: number;
  /** Capture group names; index 0 is the whole match (always `undefined`). */
  readonly captureNames: readonly (string | undefined)[];
  /**
   * The first match that starts at or after `from`, or `null`.
   * @param text - the text to search
   * @param from - where to start, a UTF-16 index; defaults to 0
   */
  find(text: string, from?: number): Match | null;
  /**
   * Every non-overlapping match, left to right, as a global `RegExp` loop with the `u` flag reports
   * them: after an empty match the search resumes one character further on.
   */
  findAll(text: string): Match[];
  /**
   * The match `[start, end)` with its groups, given a span that `findAll`, `find(text, start)` or a
   * set's `scan` reported for this pattern; `null` if the pattern's match at `start`, read no further
   * than `end`, does not end at `end` (or the span is not one of `text`). It reads only the span, so
   * groups of a set's matches cost their length, not a search.
   * @param text - the text the span is in
   * @param start - where the match starts, a UTF-16 index
   * @param end - where it ends
   */
  matchAt(text: string, start: number, end: number): Match | null;
  /** Whether the text contains a match. Faster than `find`: it never computes groups. */
  test(text: string, from?: number): boolean;
  /** Work counters since creation or the last {@link Regex.resetStats}. */
  stats(): SearchStats;
  /** Sets every work counter back to zero. */
  resetStats(): void;
}

/** A compiled set of patterns, searched in one pass. Its scans never throw on a string input. */
export interface RegexSet {
  /** The source patterns. */
  readonly sources: readonly string[];
  /**
   * For every pattern, the non-overlapping matches its own `findAll` reports, merged in order of
   * `start` (then pattern index).
   */
  scan(text: string): SetMatch[];
  /** Work counters since creation or the last {@link RegexSet.resetStats}. */
  stats(): SearchStats;
  /** Sets every work counter back to zero. */
  resetStats(): void;
}

/** @internal */
export function newStats(): SearchStats {
  return { dfaSteps: 0, pikevmSteps: 0, dfaStatesBuilt: 0, dfaCacheClears: 0, dfaGaveUp: 0, prefilterSkipped: 0 };
}
