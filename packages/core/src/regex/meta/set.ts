/**
 * The multi-pattern set: for each of N patterns, exactly the matches its own `findAll` reports,
 * found in one pass over the text whatever N is.
 *
 * See `iterate.ts`: one forward pass of the relaxed union of all patterns finds where matches may
 * end; each pattern's exact automata then read only the text around its candidates.
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import { isAirlockError } from '../../errors/AirlockError.ts';
import { RegexSyntaxError } from '../../errors/RegexSyntaxError.ts';
import { newStats, type CompileOptions, type RegexSet, type SearchStats, type SetMatch } from '../api.ts';
import { cls, concat, type Ir, type IrPattern } from '../ir/ir.ts';
import { maxWidth } from '../ir/width.ts';
import { factorKey, requiredFactors } from '../literal/required.ts';
import { relax } from '../ir/relax.ts';
import { LazyDfa } from '../dfa/lazy.ts';
import { checkNfaSize, compileNfa, type Nfa } from '../nfa/nfa.ts';
import { parse } from '../syntax/index.ts';
import { advance } from '../util/text.ts';
import { checkText, guardStack, RegexEngines } from './engines.ts';
import { MatchIterator, type Gate } from './iterate.ts';
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
  // A pattern given more than once (two detectors sharing a pattern) is searched once; its matches
  // are reported under each index it was given at. `copies[u]` lists the indices of unique pattern u.
  const uniqueOf = new Map<string, number>();
  const copies: number[][] = [];
  const parsed: IrPattern[] = [];
  patterns.forEach((p, i) => {
    if (typeof p !== 'string') throw new AirlockError('invalid_argument', `pattern #${i} must be a string, got ${typeof p}`);
    const u = uniqueOf.get(p);
    if (u !== undefined) {
      copies[u]!.push(i);
      return;
    }
    try {
      parsed.push(parse(p, options.syntax));
    } catch (e) {
      if (e instanceof RegexSyntaxError) throw new RegexSyntaxError(e.kind, e.pattern, e.span, e.detail, i);
      if (isAirlockError(e)) throw new AirlockError(e.code, `pattern #${i}: ${e.message}`, { cause: e });
      throw e;
    }
    uniqueOf.set(p, copies.length);
    copies.push([i]);
  });
  const shared = copies.length < patterns.length;
  const stats = newStats();
  const sizeLimit = options.sizeLimit;
  const irs = parsed.map((p) => p.ir);
  const zeros = parsed.map(() => 0);
  // The Pike VM path is a reference implementation: each pattern's own global loop.
  const singles = options.engine === 'pikevm' ? parsed.map((p) => new RegexEngines(p, options)) : [];
  // Candidate ends come from the relaxed union (see ir/relax.ts); exact automata confirm them.
  const relaxed = irs.map(relax);
  const candidates: Nfa = compileNfa(relaxed, zeros, { sizeLimit, captures: false, reverse: false });
  // Each pattern's exact automata, forwards and reversed, are compiled when it first has a
  // candidate, one pattern at a time (a prompt has candidates of a few patterns of a catalog); the
  // union's size is checked now, so that none of them can fail later.
  checkNfaSize(irs, sizeLimit);
  const reversed: (Nfa | undefined)[] = [];
  const anchored: (LazyDfa | undefined)[] = [];
  const exact = (i: number, reverse: boolean): Nfa => compileNfa([irs[i]!], [0], { sizeLimit, captures: false, reverse });
  let gate: Gate | null | undefined;
  const iterator = new MatchIterator(
    {
      candidates,
      candidatesOf: (ids) => compileNfa(ids.map((i) => relaxed[i]!), ids.map(() => 0), { sizeLimit, captures: false, reverse: false }),
      reverse: (i) => (reversed[i] ??= exact(i, true)),
      anchored: (i) => {
        if (anchored[i]) return anchored[i];
        const nfa = exact(i, false);
        const config = { mode: options.longest ? 'longest' : 'first', unanchored: false, capacity: options.cacheCapacity, maxClears: options.maxClears } as const;
        return (anchored[i] = new LazyDfa(nfa, nfa.start, config, stats));
      },
      gate: () => (gate === undefined ? (gate = buildGate(irs, sizeLimit) ?? null) : gate) ?? undefined,
      capacity: options.cacheCapacity,
      maxClears: options.maxClears,
    },
    parsed.length,
    stats,
  );

  const scan = (text: string): SetMatch[] => {
    checkText(text);
    const found = options.engine === 'pikevm' ? scanEach(text, singles, stats) : iterator.matches(text);
    return shared ? spread(found, copies) : found;
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

/**
 * Patterns wider than this are never gated: the windows around their factors would cover most
 * text that has them.
 */
const MAX_GATED_WIDTH = 1024;

/**
 * The gate of the patterns that have required factors and a bounded width (see `iterate.ts`), or
 * `undefined` when none has.
 */
function buildGate(irs: readonly Ir[], sizeLimit: number): Gate | undefined {
  const factorsOf: (number[] | undefined)[] = [];
  const width = new Int32Array(irs.length);
  const factorIrs: Ir[] = [];
  const indexOf = new Map<string, number>();
  irs.forEach((ir, i) => {
    const w = maxWidth(ir);
    if (!(w <= MAX_GATED_WIDTH)) return;
    const factors = requiredFactors(ir);
    if (!factors) return;
    width[i] = w;
    factorsOf[i] = factors.map((f) => {
      const key = factorKey(f);
      let k = indexOf.get(key);
      if (k === undefined) {
        k = factorIrs.length;
        indexOf.set(key, k);
        factorIrs.push(concat(f.map((c) => cls(c))));
      }
      return k;
    });
  });
  if (factorIrs.length === 0) return undefined;
  const factors = compileNfa(factorIrs, factorIrs.map(() => 0), { sizeLimit, captures: false, reverse: false });
  return { factors, factorsOf, width };
}

/**
 * Reports each unique pattern's matches under every index it was given at, in order of start, then
 * pattern. `found` is in that order already, by unique pattern, so only the matches that share a
 * start need sorting.
 */
function spread(found: readonly SetMatch[], copies: readonly (readonly number[])[]): SetMatch[] {
  const out: SetMatch[] = [];
  for (let i = 0; i < found.length; ) {
    // The matches that start at one position: only they can change order.
    const start = found[i]!.start;
    const first = out.length;
    for (; i < found.length && found[i]!.start === start; i++) {
      const m = found[i]!;
      const at = copies[m.pattern]!;
      for (let k = 0; k < at.length; k++) out.push({ pattern: at[k]!, start, end: m.end });
    }
    sortByPattern(out, first);
  }
  return out;
}

/**
 * Sorts `out[first..]` by pattern, in place: by insertion when it is short (a few copies share a
 * start, as on a detector catalog, without allocating), else by the built-in sort.
 */
function sortByPattern(out: SetMatch[], first: number): void {
  const n = out.length - first;
  if (n <= 16) {
    for (let i = first + 1; i < out.length; i++) {
      const m = out[i]!;
      let j = i;
      for (; j > first && out[j - 1]!.pattern > m.pattern; j--) out[j] = out[j - 1]!;
      out[j] = m;
    }
    return;
  }
  const sorted = out.slice(first).sort((a, b) => a.pattern - b.pattern);
  for (let k = 0; k < n; k++) out[first + k] = sorted[k]!;
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
