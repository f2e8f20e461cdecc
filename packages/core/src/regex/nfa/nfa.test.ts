import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { re2PatternArb, syntaxOf } from '../../../test/regex/arbitraries.ts';
import { parse } from '../syntax/parse.ts';
import { checkNfaSize, compileNfa, nfaSize } from './nfa.ts';

const build = (patterns: readonly string[], reverse = false) =>
  compileNfa(
    patterns.map((p) => parse(p).ir),
    patterns.map(() => 0),
    { sizeLimit: 1e7, captures: false, reverse },
  );

describe('nfaSize', () => {
  it('counts what compileNfa builds, for each shape of repetition', () => {
    for (const p of ['a', 'a*', '(?:a*)*', 'a+', '(?:a?)+', 'a{3}', 'a{2,5}', 'a{0}', 'a{0,3}', 'a{4,}', '(?:|b){2,}', 'a|b|', '(a)(?:b|c)*?', '\\bx$']) {
      expect(nfaSize([parse(p).ir]), p).toBe(build([p]).size);
      expect(nfaSize([parse(p).ir]), `${p} reversed`).toBe(build([p], true).size);
    }
    const union = ['[a-z]+@x\\.com', '\\d{3}-\\d{4}', '(?i)token'];
    expect(nfaSize(union.map((p) => parse(p).ir))).toBe(build(union).size);
  });

  it('agrees with compileNfa on generated patterns, alone and in unions', () => {
    fc.assert(
      fc.property(fc.array(re2PatternArb(), { minLength: 1, maxLength: 3 }), (cases) => {
        const irs = cases.map(({ pattern, flags }) => parse(pattern, syntaxOf(flags)).ir);
        const built = compileNfa(irs, irs.map(() => 0), { sizeLimit: 1e7, captures: false, reverse: false });
        expect(nfaSize(irs)).toBe(built.size);
      }),
      { numRuns: 300 },
    );
  });

  it('checkNfaSize throws regex_too_big exactly where compileNfa would', () => {
    const irs = [parse('[a-z]{1,500}').ir, parse('x{300}').ir];
    const size = nfaSize(irs);
    expect(() => checkNfaSize(irs, size)).not.toThrow();
    expect(() => compileNfa(irs, [0, 0], { sizeLimit: size, captures: false, reverse: false })).not.toThrow();
    expect(() => checkNfaSize(irs, size - 1)).toThrow(expect.objectContaining({ code: 'regex_too_big' }));
    expect(() => compileNfa(irs, [0, 0], { sizeLimit: size - 1, captures: false, reverse: false })).toThrow(
      expect.objectContaining({ code: 'regex_too_big' }),
    );
  });
});
