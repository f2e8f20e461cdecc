/**
 * Checks of the test harness itself, independent of airlock's engine: the generated patterns are
 * valid, and the two oracles (re2-wasm and native `RegExp`) agree with each other on the shared
 * subset. A disagreement here is a bug in the arbitraries or the comparison code, not in the engine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHEAP_UNICODE_NAMES, asciiTextArb, printPattern, re2PatternArb, sharedPatternArb, unicodeTextArb, type SharedCase } from './arbitraries.ts';
import { check, diffMatch, diffMatchList, groupTexts, mergeSetMatches, nativeFind, nativeFindAll, nativeRegex, runs } from './harness.ts';
import { diffRe2Wasm, re2wasmCompile, re2wasmFind, re2wasmFlags } from './re2wasm.ts';

const RE2WASM_SAFE = { unicodeNames: CHEAP_UNICODE_NAMES };
const TIMEOUT: number = runs(60_000);

describe('arbitraries', () => {
  it('print RE2 patterns that re2-wasm accepts', () => {
    fc.assert(
      fc.property(re2PatternArb(RE2WASM_SAFE), ({ pattern, flags }) => {
        const re = re2wasmCompile(pattern, re2wasmFlags(flags));
        if (re instanceof Error) throw new Error(`re2-wasm rejects ${JSON.stringify(pattern)}: ${re.message}`);
      }),
      { numRuns: runs(400) },
    );
  }, TIMEOUT);

  it('print shared patterns that native RegExp accepts', () => {
    fc.assert(
      fc.property(sharedPatternArb(), (c) => {
        nativeRegex(c.js, c.jsFlags);
      }),
      { numRuns: runs(2000) },
    );
  }, TIMEOUT);

  it('print what is expected for a hand-written AST', () => {
    const ast = {
      kind: 'concat',
      items: [
        { kind: 'group', capture: 'P', body: { kind: 'repeat', op: 'range', min: 1, max: 2, lazy: true, body: { kind: 'dot' } } },
        { kind: 'perl', name: 's' },
        { kind: 'assert', name: '$' },
        { kind: 'lit', ch: '*', hex: false },
      ],
    } as const;
    expect(printPattern(ast, { lang: 're2' })).toBe('(?P<g1>.{1,2}?)\\s$\\*');
    expect(printPattern(ast, { lang: 'js', flags: { caseInsensitive: false, multiLine: true, dotAll: false } })).toBe(
      '(?<g1>[^\\n]{1,2}?)[\\t\\n\\f\\r ](?![^\\n])\\*',
    );
  });
});

/** re2-wasm's and native's first match, compared by span and group texts. */
function oraclesDiff(c: SharedCase, text: string, mutateNative: (js: string) => string = (js) => js): string | null {
  const re = re2wasmCompile(c.pattern, re2wasmFlags(c.flags));
  if (re instanceof Error) return `re2-wasm rejects the pattern: ${re.message}`;
  const expected = re2wasmFind(re, text);
  const n = nativeFind(nativeRegex(mutateNative(c.js), c.jsFlags), text);
  const actual = n === null ? null : { start: n.start, end: n.end, groups: groupTexts(text, n) };
  return diffRe2Wasm(expected, actual, c.loopGroups);
}

describe('oracles agree with each other on the shared subset (ASCII texts)', () => {
  it('re2-wasm and native RegExp find the same first match', () => {
    fc.assert(
      fc.property(sharedPatternArb(RE2WASM_SAFE), fc.array(asciiTextArb, { minLength: 1, maxLength: 4 }), (c, texts) => {
        for (const text of texts) check(oraclesDiff(c, text), { pattern: c.pattern, js: c.js, jsFlags: c.jsFlags, text });
      }),
      { numRuns: runs(500) },
    );
  }, TIMEOUT);

  it('detects a deliberately wrong native pattern (greedy made lazy)', () => {
    // The harness must be able to fail: swap every greedy `*` for a lazy one on the native side.
    const lazy = (js: string): string => js.replace(/(?<!\\)\*(?!\?)/g, '*?');
    const result = fc.check(
      fc.property(sharedPatternArb(RE2WASM_SAFE), asciiTextArb, (c, text) => {
        check(oraclesDiff(c, text, lazy), { pattern: c.pattern, text });
      }),
      { numRuns: 300, seed: 42 },
    );
    expect(result.failed).toBe(true);
    expect(String(result.errorInstance)).toMatch(/^Error: (span|group \d+|expected)/);
  }, TIMEOUT);
});

describe('comparison helpers', () => {
  it('report a wrong span, a wrong group and a missing match', () => {
    const m = { start: 1, end: 3, groups: [[1, 2] as const, undefined] };
    expect(diffMatch(m, m)).toBeNull();
    expect(diffMatch(m, { ...m, end: 2 })).toMatch(/span/);
    expect(diffMatch(m, { ...m, groups: [[1, 3] as const, undefined] })).toMatch(/group 1/);
    expect(diffMatch(m, { ...m, groups: [[1, 2] as const, [2, 2] as const] })).toMatch(/group 2/);
    expect(diffMatch(m, { ...m, groups: [[1, 3] as const, undefined] }, { ignoreGroups: new Set([1]) })).toBeNull();
    expect(diffMatch(m, null)).toMatch(/expected/);
    expect(diffMatchList([m], [m, m])).toMatch(/match #1/);
    expect(() => check('boom', { text: 'x' })).toThrow(/boom/);
  });

  it('native adapters follow the JS u-flag global loop', () => {
    // After an empty match the loop moves one code point on, not one code unit.
    const all = nativeFindAll('a*', 'du', 'b\u{1F600}aa');
    expect(all.map((m) => [m.start, m.end])).toEqual([[0, 0], [1, 1], [3, 5], [5, 5]]);
    expect(nativeFind(nativeRegex('(a)|(b)', 'du'), 'xb', 0)).toEqual({ start: 1, end: 2, groups: [undefined, [1, 2]] });
    // V8 also tries the middle of a surrogate pair (see nativeFind); the adapters skip it.
    expect(nativeFindAll('\\B', 'du', 'a\u{1F602}').map((m) => m.start)).toEqual([3]);
    expect(nativeFind(nativeRegex('\\B', 'du'), 'a\u{1F602}')?.start).toBe(3);
  });

  it('merge set matches by start, then pattern index', () => {
    const merged = mergeSetMatches([[{ start: 2, end: 3 }], [{ start: 0, end: 1 }, { start: 2, end: 2 }]]);
    expect(merged).toEqual([
      { pattern: 1, start: 0, end: 1 },
      { pattern: 0, start: 2, end: 3 },
      { pattern: 1, start: 2, end: 2 },
    ]);
  });
});

describe('native RegExp stays fast on the shared subset', () => {
  it('never backtracks long on the generated texts', () => {
    // The timeout-safety of the native differential test: every case runs in well under a second.
    fc.assert(
      fc.property(sharedPatternArb(), fc.array(unicodeTextArb, { minLength: 1, maxLength: 4 }), (c, texts) => {
        const t0 = performance.now();
        for (const text of texts) nativeFindAll(c.js, c.jsFlags, text);
        expect(performance.now() - t0).toBeLessThan(500);
      }),
      { numRuns: runs(1000) },
    );
  }, TIMEOUT);
});
