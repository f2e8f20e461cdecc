/**
 * The bounded backtracker (regex/backtrack) against the Pike VM: for random RE2 patterns and texts
 * with emoji, lone surrogates and line ends, an anchored leftmost-first search from every position
 * gives the same match and the same groups, and a span too long for its bitmap is left to the Pike
 * VM. The meta engine's use of it is also covered by engines.test.ts (every path against the Pike VM).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newStats } from '../../src/regex/api.ts';
import { Backtracker } from '../../src/regex/backtrack/backtrack.ts';
import { compile } from '../../src/regex/index.ts';
import { compileNfa } from '../../src/regex/nfa/nfa.ts';
import { PikeVm } from '../../src/regex/pikevm/pikevm.ts';
import { parse } from '../../src/regex/syntax/index.ts';
import { anyTextArb, re2PatternArb, syntaxOf } from './arbitraries.ts';
import { check, runs } from './harness.ts';

const TIMEOUT: number = runs(60_000);

const show = (slots: Int32Array | null): string => (slots ? `[${Array.from(slots).join(',')}]` : 'null');

describe('bounded backtracker', () => {
  it('finds what the Pike VM finds, groups included, anchored at every position (property)', () => {
    fc.assert(
      fc.property(re2PatternArb({ maxDepth: 3 }), fc.array(anyTextArb, { minLength: 1, maxLength: 3 }), ({ pattern, flags }, texts) => {
        let parsed;
        try {
          parsed = parse(pattern, syntaxOf(flags));
        } catch {
          return;
        }
        const nfa = compileNfa([parsed.ir], [parsed.captureCount], { sizeLimit: 100_000, captures: true, reverse: false });
        const stats = newStats();
        const bt = new Backtracker(nfa, stats);
        const pike = new PikeVm(nfa, stats);
        for (const text of texts) {
          for (let start = 0; start <= text.length; start++) {
            if (!bt.fits(text.length - start)) continue;
            const want = pike.search({ text, start, end: text.length, anchored: true, longest: false });
            const got = bt.search(text, start, text.length);
            if (show(want) !== show(got)) check(`at ${start}: Pike VM ${show(want)}, backtracker ${show(got)}`, { pattern, flags, text });
          }
        }
      }),
      { numRuns: runs(500) },
    );
  }, TIMEOUT);

  it('visits each (state, position) pair at most once', () => {
    // (a*)*b on a run of a's: exponential for a naive backtracker.
    const parsed = parse('((a*)*)*b');
    const nfa = compileNfa([parsed.ir], [parsed.captureCount], { sizeLimit: 100_000, captures: true, reverse: false });
    const stats = newStats();
    const text = 'a'.repeat(500);
    const bt = new Backtracker(nfa, stats);
    expect(bt.fits(text.length)).toBe(true);
    expect(bt.search(text, 0, text.length)).toBeNull();
    expect(stats.pikevmSteps).toBeLessThanOrEqual(nfa.size * (text.length + 1));
  });

  it('leaves a span too long for its bitmap to the Pike VM, with the same groups', () => {
    const re = compile('(\\w+)@(\\w+)');
    const text = `${'x'.repeat(300_000)}@example`;
    expect(re.find(text)?.groups).toEqual([[0, 300_000], [300_001, 300_008]]);
  });
});
