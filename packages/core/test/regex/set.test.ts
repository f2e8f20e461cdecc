/**
 * Acceptance 2, fourth point: the set agrees with each of its patterns run alone. For random arrays of
 * patterns and random texts, `compileSet(ps).scan(t)` is exactly the merge of every
 * `compile(p).findAll(t)`, ordered by start and then by pattern index, in leftmost-first and
 * leftmost-longest mode, through the one-pass path and through the Pike VM path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, compileSet } from '../../src/regex/index.ts';
import type { CompileOptions, RegexSet } from '../../src/regex/api.ts';
import { anyTextArb, globalFlagsArb, re2PatternArb, syntaxOf, textArb } from './arbitraries.ts';
import { check, diffSetMatches, mergeSetMatches, outcome, runs } from './harness.ts';

const TIMEOUT: number = runs(60_000);

const optionsArb: fc.Arbitrary<CompileOptions> = fc
  .record({
    flags: globalFlagsArb,
    longest: fc.boolean(),
    engine: fc.constantFrom<'auto' | 'pikevm' | 'dfa'>('auto', 'auto', 'dfa', 'pikevm'),
    thrash: fc.integer({ min: 0, max: 5 }).map((x) => x === 0),
  })
  .map(({ flags, longest, engine, thrash }): CompileOptions => ({
    syntax: syntaxOf(flags),
    longest,
    engine,
    ...(thrash ? { dfa: { cacheCapacity: 4, maxClears: 0 } } : {}),
  }));

/** Checks one set against its patterns alone on some texts. */
function compareSet(patterns: readonly string[], options: CompileOptions, texts: readonly string[]): void {
  const singles = patterns.map((p) => outcome(() => compile(p, { ...options, engine: 'pikevm' })));
  const set = outcome((): RegexSet => compileSet(patterns, options));
  const context = { patterns, options };
  const firstBad = singles.findIndex((s) => !s.ok);
  if (firstBad >= 0 || !set.ok) {
    // A set compiles exactly when each of its patterns does.
    if (firstBad < 0 && !set.ok) check(`compileSet throws ${set.error} (${set.message}) but every pattern compiles`, context);
    if (firstBad >= 0 && set.ok) check(`compileSet accepts invalid pattern #${firstBad}`, context);
    return;
  }
  for (const text of texts) {
    const expected = mergeSetMatches(singles.map((s) => (s.ok ? s.value.findAll(text) : [])));
    check(diffSetMatches(expected, set.value.scan(text)), { ...context, text });
  }
}

describe('a set agrees with each of its patterns run alone', () => {
  it('on 1 to 8 random patterns', () => {
    fc.assert(
      fc.property(
        fc.array(re2PatternArb({ maxDepth: 2 }).map((c) => c.pattern), { minLength: 1, maxLength: 8 }),
        optionsArb,
        fc.array(anyTextArb, { minLength: 1, maxLength: 3 }),
        (patterns, options, texts) => compareSet(patterns, options, texts),
      ),
      { numRuns: runs(400) },
    );
  }, TIMEOUT);

  it('on patterns with loops whose body can match empty', () => {
    fc.assert(
      fc.property(
        fc.array(re2PatternArb({ maxDepth: 2, emptyLoops: true, nonAscii: false }).map((c) => c.pattern), { minLength: 1, maxLength: 4 }),
        optionsArb,
        fc.array(textArb(['a', 'b', ' ', '\n', '1'], 8), { minLength: 1, maxLength: 3 }),
        compareSet,
      ),
      { numRuns: runs(500) },
    );
  }, TIMEOUT);

  it('on 20 to 60 short, overlapping patterns over longer texts', () => {
    // Many small patterns over one alphabet overlap a lot: the case where a one-pass set is most likely
    // to drop or misorder a pattern's match.
    const smallArb = re2PatternArb({ maxDepth: 1, nonAscii: false }).map((c) => c.pattern);
    const longTextArb = textArb(['a', 'b', 'c', 'A', ' ', '\n', '1', '-'], 80);
    fc.assert(
      fc.property(fc.array(smallArb, { minLength: 20, maxLength: 60 }), optionsArb, fc.array(longTextArb, { minLength: 1, maxLength: 2 }), compareSet),
      { numRuns: runs(40) },
    );
  }, TIMEOUT);

  it('on sets that repeat the same pattern', () => {
    fc.assert(
      fc.property(re2PatternArb({ maxDepth: 2 }), fc.integer({ min: 2, max: 4 }), optionsArb, anyTextArb, (c, n, options, text) => {
        compareSet(Array.from({ length: n }, () => c.pattern), options, [text]);
      }),
      { numRuns: runs(100) },
    );
  }, TIMEOUT);

  it('on sets that repeat a pattern among others', () => {
    // Copies of one pattern are reported under indices that interleave with the other patterns'.
    fc.assert(
      fc.property(re2PatternArb({ maxDepth: 2 }), re2PatternArb({ maxDepth: 2 }), optionsArb, anyTextArb, (c, d, options, text) => {
        compareSet([c.pattern, d.pattern, c.pattern, d.pattern, c.pattern], options, [text]);
      }),
      { numRuns: runs(100) },
    );
  }, TIMEOUT);

  it('on many copies that share every start', () => {
    // More copies at one position than the insertion sort takes.
    const patterns = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? 'a' : i % 3 === 1 ? '[a-z]' : 'a+'));
    compareSet(patterns, {}, ['aaaa ba', 'a'.repeat(50)]);
  });

  it('searches a repeated pattern once and reports it under every index', () => {
    const text = 'Ada Lovelace met Charles Babbage in London. '.repeat(50);
    const once = compileSet(['\\b[A-Z][a-z]+\\b', '\\d+']);
    const twice = compileSet(['\\b[A-Z][a-z]+\\b', '\\d+', '\\b[A-Z][a-z]+\\b']);
    const a = once.scan(text);
    const b = twice.scan(text);
    expect(b.filter((m) => m.pattern === 2).map((m) => [m.start, m.end])).toEqual(a.map((m) => [m.start, m.end]));
    expect(b.filter((m) => m.pattern === 0)).toHaveLength(a.length);
    expect(twice.stats().dfaSteps).toBe(once.stats().dfaSteps);
  });

  it('detects a deliberately wrong merge (negative control)', () => {
    // The reference must be able to fail: the same patterns merged in reverse pattern order differ
    // from the set's order as soon as two patterns match at one start.
    const result = fc.check(
      fc.property(fc.array(re2PatternArb({ maxDepth: 1, nonAscii: false }).map((c) => c.pattern), { minLength: 2, maxLength: 4 }), textArb(['a', 'b']), (patterns, text) => {
        const singles = patterns.map((p) => outcome(() => compile(p)));
        const set = outcome(() => compileSet(patterns));
        if (!set.ok || singles.some((s) => !s.ok)) return;
        const reversed = mergeSetMatches([...singles].reverse().map((s) => (s.ok ? s.value.findAll(text) : [])));
        const wrong = reversed.map((m) => ({ ...m, pattern: patterns.length - 1 - m.pattern }));
        check(diffSetMatches(wrong, set.value.scan(text)), { patterns, text });
      }),
      { numRuns: 300, seed: 5 },
    );
    expect(result.failed).toBe(true);
    expect(String(result.errorInstance)).toMatch(/set match/);
    expect(diffSetMatches([{ pattern: 0, start: 0, end: 1 }], [])).toMatch(/expected p0@0..1, got nothing/);
  }, TIMEOUT);
});
