/**
 * The engines of one pattern, and the meta logic that chooses among them for each search.
 *
 * A search runs the forward DFA to find where the leftmost match ends, then the reverse DFA
 * (anchored at that end, leftmost-longest) to find where it starts, as RE2 does. Only when the
 * pattern has capture groups does an NFA engine run, and then only over the span already found:
 * the bounded backtracker when its bitmap fits the span (leftmost-first), else the Pike VM.
 * Each DFA falls back to uncached stepping when its cache thrashes, so no search fails.
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import { newStats, type Match, type SearchStats, type SetMatch } from '../api.ts';
import type { ResolvedOptions } from './options.ts';
import { Backtracker } from '../backtrack/backtrack.ts';
import { LazyDfa } from '../dfa/lazy.ts';
import type { IrPattern } from '../ir/ir.ts';
import { prefixLiterals } from '../literal/extract.ts';
import { literalPrefilter, type Prefilter } from '../literal/prefilter.ts';
import { compileNfa, type Nfa } from '../nfa/nfa.ts';
import { PikeVm } from '../pikevm/pikevm.ts';
import { advance, insidePair } from '../util/text.ts';
import { MatchIterator } from './iterate.ts';


/**
 * @internal Runs a compile step, turning a JavaScript stack overflow (a pattern nested deeper than
 * this host's stack allows) into `regex_too_big`, so a deep pattern is a clear error, never a crash.
 */
export function guardStack<T>(build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new AirlockError(
        'regex_too_big',
        'pattern nests too deeply for this JavaScript stack to compile; lower syntax.nestLimit or flatten the pattern',
        { cause: e },
      );
    }
    throw e;
  }
}

/** @internal Throws `invalid_argument` unless `text` is a string. */
export function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new AirlockError('invalid_argument', `text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
}

/** @internal Clamps a start position to a code point boundary in `[0, length]`, or -1 past the end. */
export function clampFrom(text: string, from: unknown): number {
  let f = typeof from === 'number' && from > 0 ? Math.floor(from) : 0;
  if (f > text.length) return -1;
  if (insidePair(text, f)) f++;
  return f;
}


/** @internal Engines of one pattern, built from its IR. */
export class RegexEngines {
  readonly nfa: Nfa;
  readonly reverseNfa: Nfa;
  readonly stats: SearchStats = newStats();
  private pike: PikeVm | undefined;
  private backtracker: Backtracker | undefined;
  private forward: LazyDfa | undefined;
  private forwardAnchored: LazyDfa | undefined;
  private reverse: LazyDfa | undefined;
  private iterator: MatchIterator | undefined;
  private literals: Prefilter | null | undefined;

  constructor(
    readonly pattern: IrPattern,
    private readonly options: ResolvedOptions,
  ) {
    const sizeLimit = options.sizeLimit;
    this.nfa = compileNfa([pattern.ir], [pattern.captureCount], { sizeLimit, captures: true, reverse: false });
    this.reverseNfa = compileNfa([pattern.ir], [0], { sizeLimit, captures: false, reverse: true });
  }

  private dfaConfig(mode: 'first' | 'longest', unanchored: boolean) {
    return {
      mode,
      unanchored,
      capacity: this.options.cacheCapacity,
      maxClears: this.options.maxClears,
    };
  }

  get longest(): boolean {
    return this.options.longest;
  }

  pikeVm(): PikeVm {
    return (this.pike ??= new PikeVm(this.nfa, this.stats));
  }

  private prefilter(): Prefilter | undefined {
    if (this.literals === undefined) {
      const literals = prefixLiterals(this.pattern.ir);
      this.literals = literals ? literalPrefilter(literals) : null;
    }
    return this.literals ?? undefined;
  }

  forwardDfa(): LazyDfa {
    if (!this.forward) {
      const config = { ...this.dfaConfig(this.longest ? 'longest' : 'first', true), prefilter: this.prefilter() };
      this.forward = new LazyDfa(this.nfa, this.nfa.start, config, this.stats);
    }
    return this.forward;
  }

  /** The global loop's spans (see `iterate.ts`), linear in the text. */
  spans(text: string): SetMatch[] {
    if (this.options.engine === 'pikevm') {
      const out: SetMatch[] = [];
      let pos = 0;
      while (pos <= text.length) {
        const span = this.span(text, pos);
        if (!span) break;
        out.push({ pattern: 0, start: span[0], end: span[1] });
        pos = span[1] > span[0] ? span[1] : span[1] < text.length ? advance(text, span[1]) : text.length + 1;
      }
      return out;
    }
    this.iterator ??= new MatchIterator(
      {
        candidates: this.nfa,
        candidatePrefilter: this.prefilter(),
        reverse: () => this.reverseNfa,
        anchored: () => this.anchoredDfa(),
        capacity: this.options.cacheCapacity,
        maxClears: this.options.maxClears,
      },
      1,
      this.stats,
    );
    return this.iterator.matches(text);
  }

  anchoredDfa(): LazyDfa {
    return (this.forwardAnchored ??= new LazyDfa(
      this.nfa,
      this.nfa.start,
      this.dfaConfig(this.longest ? 'longest' : 'first', false),
      this.stats,
    ));
  }

  reverseDfa(): LazyDfa {
    return (this.reverse ??= new LazyDfa(this.reverseNfa, this.reverseNfa.start, this.dfaConfig('longest', false), this.stats));
  }

  /** The span of the leftmost match at or after `from`, as `[start, end]`, or null. */
  span(text: string, from: number): [number, number] | null {
    if (this.options.engine === 'pikevm') {
      const slots = this.pikeVm().search({ text, start: from, end: text.length, anchored: false, longest: this.longest });
      return slots ? [slots[0]!, slots[1]!] : null;
    }
    const end = this.forwardDfa().searchForward(text, from, text.length, false);
    if (end < 0) return null;
    const start = this.reverseDfa().searchReverse(text, end, from);
    return [start, end];
  }

  /** The end of the match that starts exactly at `start`, or -1. */
  anchoredEnd(text: string, start: number): number {
    if (this.options.engine === 'pikevm') {
      const slots = this.pikeVm().search({ text, start, end: text.length, anchored: true, longest: this.longest });
      return slots ? slots[1]! : -1;
    }
    return this.anchoredDfa().searchForward(text, start, text.length, false);
  }

  /** The full match at `[start, end]` with its groups. */
  groups(text: string, start: number, end: number): Match {
    if (this.pattern.captureCount === 0) return { start, end, groups: [] };
    return this.toMatch(start, end, this.slots(text, start, end));
  }

  /**
   * The match at `[start, end]` with its groups if the pattern's match at `start`, read no further
   * than `end`, ends at `end`; else null. Reads only the span.
   */
  matchAt(text: string, start: number, end: number): Match | null {
    const slots = this.slots(text, start, end);
    return slots && slots[1] === end ? this.toMatch(start, end, slots) : null;
  }

  /**
   * The capture slots of the match anchored at `start`, read no further than `end`. Leftmost-first
   * groups of a span that fits its bitmap come from the backtracker; the rest, and the reference
   * path, from the Pike VM.
   */
  private slots(text: string, start: number, end: number): Int32Array | null {
    const bt = this.options.engine === 'pikevm' || this.longest ? undefined : (this.backtracker ??= new Backtracker(this.nfa, this.stats));
    return bt?.fits(end - start) ? bt.search(text, start, end) : this.pikeVm().search({ text, start, end, anchored: true, longest: this.longest });
  }

  private toMatch(start: number, end: number, slots: Int32Array | null): Match {
    const groups: ([number, number] | undefined)[] = [];
    for (let g = 1; g <= this.pattern.captureCount; g++) {
      const s = slots ? slots[2 * g]! : -1;
      const e = slots ? slots[2 * g + 1]! : -1;
      groups.push(s >= 0 && e >= 0 ? [s, e] : undefined);
    }
    return { start, end, groups };
  }

  find(text: string, from: number): Match | null {
    const span = this.span(text, from);
    return span ? this.groups(text, span[0], span[1]) : null;
  }

  test(text: string, from: number): boolean {
    if (this.options.engine === 'pikevm') return this.span(text, from) !== null;
    return this.forwardDfa().searchForward(text, from, text.length, true) >= 0;
  }
}

