/**
 * `Regex.matchAt`: the groups of a span that `findAll` (or a set's scan) reported, reading only the
 * span. For random patterns and texts it must give back every match of `findAll` exactly, groups
 * included, on every engine path and in both matching modes; spans that are not a match give null.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, compileSet } from '../../src/regex/index.ts';
import { anyTextArb, re2PatternArb, syntaxOf } from './arbitraries.ts';
import { outcome, runs } from './harness.ts';

describe('matchAt', () => {
  it('gives back each match of findAll, with its groups, on every path', () => {
    fc.assert(
      fc.property(
        re2PatternArb(),
        fc.array(anyTextArb, { minLength: 1, maxLength: 3 }),
        fc.constantFrom<'auto' | 'dfa' | 'pikevm'>('auto', 'dfa', 'pikevm'),
        fc.boolean(),
        ({ pattern, flags }, texts, engine, longest) => {
          const re = outcome(() => compile(pattern, { syntax: syntaxOf(flags), engine, longest }));
          if (!re.ok) return;
          for (const text of texts) {
            for (const m of re.value.findAll(text)) expect(re.value.matchAt(text, m.start, m.end)).toEqual(m);
          }
        },
      ),
      { numRuns: runs(400) },
    );
  });

  it('gives the groups of a set match', () => {
    const patterns = ['(?P<user>[a-z]+)@(?P<host>[a-z]+\\.com)', '\\b(\\d{3})-(\\d{4})\\b'];
    const text = 'call 555-1234 or bob@example.com, then 555-9876';
    const set = compileSet(patterns);
    const res = patterns.map((p) => compile(p));
    const got = set.scan(text).map((m) => res[m.pattern]!.matchAt(text, m.start, m.end)?.groups);
    expect(got).toEqual([[[5, 8], [9, 13]], [[17, 20], [21, 32]], [[39, 42], [43, 47]]]);
  });

  it('is null for spans that are not a match of the pattern, or not spans of the text', () => {
    const re = compile('(a)(b+)');
    const text = 'xabbb 😀';
    expect(re.matchAt(text, 1, 5)).toEqual({ start: 1, end: 5, groups: [[1, 2], [2, 5]] });
    expect(re.matchAt(text, 1, 3)).toEqual({ start: 1, end: 3, groups: [[1, 2], [2, 3]] }); // read no further than 3
    expect(re.matchAt(text, 0, 5)).toBeNull(); // no match starts at 0
    expect(re.matchAt(text, 1, 2)).toBeNull(); // the match at 1 needs a b
    expect(re.matchAt(text, 3, 2)).toBeNull();
    expect(re.matchAt(text, 1, 99)).toBeNull();
    expect(re.matchAt(text, -1, 5)).toBeNull();
    expect(re.matchAt(text, 1.5, 5)).toBeNull();
    expect(compile('.').matchAt(text, 7, 8)).toBeNull(); // inside the surrogate pair
    expect(compile('.').matchAt(text, 6, 8)).toEqual({ start: 6, end: 8, groups: [] });
    expect(() => re.matchAt(42 as unknown as string, 0, 0)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
