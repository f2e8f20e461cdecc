/**
 * The multi-pattern set: for each of N patterns, exactly the matches its own `findAll` reports,
 * found in one pass over the text whatever N is.
 *
 * One reverse DFA over the union of all patterns runs from the end of the text to its start, in
 * `all` mode: at every position it knows which patterns may have a match *starting* there. It runs
 * the patterns relaxed (large counted repetitions become loops, see `ir/relax.ts`), so its states
 * stay few, and its candidates are a superset of the true starts. A pattern's global loop resumes at
 * the end of its previous match and takes the leftmost match from there, so its next match starts
 * at the first candidate at or after the resume point where the pattern's own anchored forward DFA
 * finds a match. Only candidate positions cost more than the one table lookup per character of the
 * shared pass.
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import { isAirlockError } from '../../errors/AirlockError.ts';
import { RegexSyntaxError } from '../../errors/RegexSyntaxError.ts';
import { newStats, type CompileOptions, type RegexSet, type SearchStats, type SetMatch } from '../api.ts';
import { LazyDfa, type StartEvents } from '../dfa/lazy.ts';
import type { IrPattern } from '../ir/ir.ts';
import { relax } from '../ir/relax.ts';
import { compileNfa, type Nfa } from '../nfa/nfa.ts';
import { parse } from '../syntax/index.ts';
import { advance, checkText, guardStack, RegexEngines } from './engines.ts';
import { resolveOptions, type ResolvedOptions } from './options.ts';

/**
 * Compiles patterns into a {@link RegexSet} that finds every pattern's matches in one pass.
 *
 * @param patterns - patterns in RE2 syntax; a match reports its pattern's index in this array
 * @param options - as for {@link compile}; they apply to every pattern
 * @returns the compiled set
 * @throws {@link RegexSyntaxError} naming the index of the first invalid pattern (`patternIndex`).
 *
 * @example
 * ```ts
 * import { compileSet } from '@airlock/core/regex';
 * const set = compileSet(['[a-z]+@[a-z]+\\.com', '\\b\\d{3}-\\d{4}\\b']);
 * set.scan('call 555-1234 or bob@example.com');
 * //=> [{ pattern: 1, start: 5, end: 13 }, { pattern: 0, start: 17, end: 32 }]
 * ```
 */
export function compileSet(patterns: readonly string[], options: CompileOptions = {}): RegexSet {
  const resolved = resolveOptions(options);
  return guardStack(() => buildSet(patterns, resolved));
}

function buildSet(patterns: readonly string[], options: ResolvedOptions): RegexSet {
  if (!Array.isArray(patterns)) throw new AirlockError('invalid_argument', 'patterns must be an array of strings');
  const parsed: IrPattern[] = patterns.map((p, i) => {
    if (typeof p !== 'string') throw new AirlockError('invalid_argument', `pattern #${i} must be a string, got ${typeof p}`);
    try {
      return parse(p, options.syntax);
    } catch (e) {
      if (e instanceof RegexSyntaxError) throw new RegexSyntaxError(e.kind, e.pattern, e.span, e.detail, i);
      if (isAirlockError(e)) throw new AirlockError(e.code, `pattern #${i}: ${e.message}`, { cause: e });
      throw e;
    }
  });
  const stats = newStats();
  const sizeLimit = options.sizeLimit;
  const irs = parsed.map((p) => p.ir);
  const zeros = parsed.map(() => 0);
  // Candidate starts come from the relaxed union (see ir/relax.ts); each is checked exactly below.
  const reverse: Nfa = compileNfa(
    irs.map((ir) => relax(ir).ir),
    zeros,
    { sizeLimit, captures: false, reverse: true },
  );
  const forward: Nfa = compileNfa(irs, zeros, { sizeLimit, captures: false, reverse: false });
  const dfaOptions = {
    capacity: options.cacheCapacity,
    maxClears: options.maxClears,
  };
  const starts = new LazyDfa(reverse, reverse.start, { mode: 'all', unanchored: true, ...dfaOptions }, stats);
  const ends: (LazyDfa | undefined)[] = [];
  const endDfa = (i: number): LazyDfa =>
    (ends[i] ??= new LazyDfa(
      forward,
      forward.starts[i]!,
      { mode: options.longest ? 'longest' : 'first', unanchored: false, ...dfaOptions },
      stats,
    ));
  // The Pike VM path is a reference implementation: each pattern's own global loop.
  const singles = options.engine === 'pikevm' ? parsed.map((p) => new RegexEngines(p, options)) : [];

  const scan = (text: string): SetMatch[] => {
    checkText(text);
    if (options.engine === 'pikevm') return scanEach(text, singles, stats);
    const events: StartEvents = { positions: [], lists: [] };
    starts.searchReverse(text, text.length, 0, false, events);
    const out: SetMatch[] = [];
    const resume = new Float64Array(patterns.length);
    // Events were found right to left; walk them left to right.
    for (let k = events.positions.length - 1; k >= 0; k--) {
      const p = events.positions[k]!;
      const ids = starts.matchLists[events.lists[k]!]!;
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j]!;
        if (p < resume[id]!) continue;
        const e = endDfa(id).searchForward(text, p, text.length, false);
        if (e < 0) continue; // a candidate of the relaxed pattern that the exact one rejects
        out.push({ pattern: id, start: p, end: e });
        resume[id] = e > p ? e : p < text.length ? advance(text, p) : text.length + 1;
      }
    }
    return out;
  };

  return {
    sources: patterns.slice(),
    scan,
    stats: () => ({ ...stats }),
    resetStats(): void {
      Object.assign(stats, newStats());
    },
  };
}

function scanEach(text: string, singles: readonly RegexEngines[], stats: SearchStats): SetMatch[] {
  const out: SetMatch[] = [];
  singles.forEach((engines, pattern) => {
    let pos = 0;
    while (pos <= text.length) {
      const span = engines.span(text, pos);
      if (!span) break;
      out.push({ pattern, start: span[0], end: span[1] });
      pos = span[1] > span[0] ? span[1] : span[1] < text.length ? advance(text, span[1]) : text.length + 1;
    }
    stats.pikevmSteps += engines.stats.pikevmSteps;
    engines.stats.pikevmSteps = 0;
  });
  return out.sort((a, b) => a.start - b.start || a.pattern - b.pattern);
}
