/**
 * Acceptance 2, first point: on ASCII text, airlock agrees with re2-wasm (RE2 compiled to WASM) on
 * which patterns are valid, on the span of the first match and on the text of every group.
 *
 * re2-wasm's limits shape this file (see re2wasm.ts): ASCII texts only (its offsets are UTF-8), group
 * texts rather than group spans, no `g` flag, cheap Unicode classes only, one compile per run. And its
 * RE2 is from before RE2 read `x*` over a nullable `x` as `(x+)?`; it gets that spelled out (see
 * `modernStar` in arbitraries.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/regex/index.ts';
import type { Regex } from '../../src/regex/api.ts';
import { CHEAP_UNICODE_NAMES, asciiTextArb, hasDirectlyNestedRepeat, modernStar, printPattern, re2PatternArb, syntaxOf, textArb, type Re2Case } from './arbitraries.ts';
import { check, groupTexts, outcome, runs } from './harness.ts';
import { MAX_COMPILES, diffRe2Wasm, re2wasmCompile, re2wasmCompiles, re2wasmFind, re2wasmFlags } from './re2wasm.ts';

const TIMEOUT: number = runs(60_000);
const RE2WASM_SAFE = { unicodeNames: CHEAP_UNICODE_NAMES };

/**
 * A pattern, its flags and `(?U)` on top. re2-wasm has no ungreedy flag: it gets `(?U)` in the pattern.
 * Repetitions directly inside repetitions are left out: RE2 squashes them before it decides which star
 * to read as `(x+)?`, and `modernStar` would rewrite the wrong one (see `hasDirectlyNestedRepeat`). The
 * engine-agreement tests still cover them, with the Pike VM as the reference.
 */
const caseArb = fc.record({
  c: re2PatternArb(RE2WASM_SAFE).filter((c) => !hasDirectlyNestedRepeat(c.ast)),
  ungreedy: fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
});

/**
 * Compares airlock with re2-wasm on one pattern and some texts.
 * @param oraclePattern - what re2-wasm runs: the same regex with nullable stars spelled out (see
 *   `modernStar`: re2-wasm's RE2 predates RE2's current meaning of `(|a)*`)
 * @param longest - compiles airlock leftmost-longest (only for the negative control)
 */
function compareWithRe2Wasm(c: Re2Case, ungreedy: boolean, texts: readonly string[], oraclePattern: string, longest = false): void {
  const re2Pattern = ungreedy ? `(?U)${oraclePattern}` : oraclePattern;
  const oracle = re2wasmCompile(re2Pattern, re2wasmFlags(c.flags));
  const ours = outcome((): Regex => compile(c.pattern, { syntax: { ...syntaxOf(c.flags), ungreedy }, longest }));
  const context = { pattern: c.pattern, flags: re2wasmFlags(c.flags), ungreedy };
  if (oracle instanceof Error || !ours.ok) {
    if (oracle instanceof Error && ours.ok) check(`airlock accepts a pattern re2-wasm rejects (${oracle.message})`, context);
    if (!(oracle instanceof Error) && !ours.ok) check(`airlock rejects a pattern re2-wasm accepts: ${ours.error}: ${ours.message}`, context);
    return;
  }
  const re = ours.value;
  for (const text of texts) {
    const expected = re2wasmFind(oracle, text);
    const found = re.find(text);
    check(diffRe2Wasm(expected, found === null ? null : { start: found.start, end: found.end, groups: groupTexts(text, found) }), {
      ...context,
      text,
    });
    if (re.test(text) !== (expected !== null)) check(`test() says ${String(re.test(text))}`, { ...context, text });
  }
}

/** Whether a soup pattern may hold a star (written, or squashed from `(?:x+)?`) over a nullable body. */
function mayHoldNullableStar(pattern: string): boolean {
  const ops: readonly string[] = pattern.replace(/\(\?/g, '').match(/[*+?{]/g) ?? [];
  return ops.includes('*') || ops.includes('{') || ops.length > 1;
}

describe('airlock agrees with re2-wasm on ASCII texts', () => {
  it('on validity, first-match span and group texts (leftmost-first)', () => {
    fc.assert(
      fc.property(caseArb, fc.array(asciiTextArb, { minLength: 1, maxLength: 4 }), ({ c, ungreedy }, texts) => {
        compareWithRe2Wasm(c, ungreedy, texts, printPattern(modernStar(c.ast), { lang: 're2' }));
      }),
      { numRuns: runs(600) },
    );
    expect(re2wasmCompiles()).toBeLessThan(MAX_COMPILES);
  }, TIMEOUT);

  it('on loops whose body can match empty (assertion-heavy patterns)', () => {
    const emptyLoopsArb = fc.record({
      c: re2PatternArb({ ...RE2WASM_SAFE, emptyLoops: true, nonAscii: false }).filter((c) => !hasDirectlyNestedRepeat(c.ast)),
      ungreedy: fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
    });
    fc.assert(
      fc.property(emptyLoopsArb, fc.array(textArb(['a', 'b', ' ', '\n', '1'], 8), { minLength: 1, maxLength: 4 }), ({ c, ungreedy }, texts) => {
        compareWithRe2Wasm(c, ungreedy, texts, printPattern(modernStar(c.ast), { lang: 're2' }));
      }),
      { numRuns: runs(800) },
    );
  }, TIMEOUT);

  it('on validity and matches of random strings of metacharacters ("syntax soup")', () => {
    // Mostly invalid patterns: airlock must reject exactly what RE2 rejects. Left out of the alphabet:
    // `u`, `c` and `/`, which re2-wasm rewrites before RE2 sees them (`\u00e9` → `\x{00e9}`, `\cA`,
    // `/` → `\/`), so RE2's verdict on them is not about the pattern airlock gets. Whether a soup
    // pattern's star is over a nullable body is unknown here, so stars whose body may be empty are
    // where an old-RE2 difference (see `modernStar`) would show; the soup has few of them that match.
    const unit = fc.constantFrom(
      'a', 'b', '(', ')', '*', '+', '?', '[', ']', '{', '}', '|', '\\', '^', '$', '-', ',', '1', '2', '0',
      'P', '<', '>', '=', '!', ':', 'i', 's', 'U', 'Q', 'E', 'd', 'D', 'w', 'b', 'B', 'A', 'z', 'p', 'x', '.', ' ',
    );
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 10 }), fc.array(asciiTextArb, { minLength: 1, maxLength: 3 }), (pattern, texts) => {
        const oracle = re2wasmCompile(pattern, 'u');
        const ours = outcome((): Regex => compile(pattern));
        const context = { pattern };
        if (oracle instanceof Error && ours.ok) check(`airlock accepts a pattern re2-wasm rejects (${oracle.message})`, context);
        if (!(oracle instanceof Error) && !ours.ok) check(`airlock rejects a pattern re2-wasm accepts: ${ours.error}: ${ours.message}`, context);
        if (!ours.ok && ours.error !== 'regex_syntax') check(`airlock rejects with ${ours.error}, not regex_syntax`, context);
        if (oracle instanceof Error || !ours.ok) return;
        for (const text of texts) {
          const found = ours.value.find(text);
          const d = diffRe2Wasm(re2wasmFind(oracle, text), found && { start: found.start, end: found.end, groups: groupTexts(text, found) });
          // A star over a nullable body means something else to re2-wasm's old RE2 (see `modernStar`),
          // and RE2 squashes nested `+`/`?` into stars; the soup cannot tell those apart, so a mismatch
          // counts only for patterns with no star, no counted repetition and at most one `+`/`?`.
          if (d !== null && !mayHoldNullableStar(pattern)) check(d, { ...context, text });
        }
      }),
      { numRuns: runs(500) },
    );
  }, TIMEOUT);

  it('on the patterns of the RE2 docs that are easy to get wrong', () => {
    const cases: [pattern: string, text: string, oraclePattern?: string][] = [
      ['(a*)+', 'b'], ['(a|ab)(c|bcd)(d*)', 'abcd'], ['(?i)ſ', 'S'], ['(?i)\u212A', 'k'], ['(?i)[k-m]', 'K'],
      ['(?U)a+', 'aaa'], ['(?U)a+?', 'aaa'], ['a(?i)b|c', 'C'], ['(?i:a)b', 'AB'], ['(?m)^b$', 'a\nb\nc'], ['\\Ab|b\\z', 'ab'],
      ['(a)|(b)', 'b'], ['(a)*', 'aab'], ['(?:(a)|b)*', 'ab'], ['(a??)+', 'a'], ['(?:()|a)+', 'aa'], ['x*', 'axx'],
      ['[[:^alpha:]]+', 'ab12c'], ['\\Qa.b\\E+', 'a.bbb'], ['\\b.\\B', ' ab'], ['(|a)+', 'aa'], ['(a|b)*?c', 'abc'],
      // Current RE2 reads a star over a nullable body as `(x+)?`; re2-wasm is told so explicitly.
      ['(|a)*', 'aa', '(?:(|a)+(?:))?'], ['(?:a|\\b)*?', 'aa', '(?:(?:a|\\b)+?(?:))??'],
      ['(?:\\b|a)*', 'a', '(?:(?:\\b|a)+(?:))?'], ['(?:\\b|\\D)*||\\d', 'a', '(?:(?:\\b|\\D)+(?:))?||\\d'],
    ];
    for (const [pattern, text, oraclePattern] of cases) {
      const c = { ast: { kind: 'empty' } as const, pattern, flags: { caseInsensitive: false, multiLine: false, dotAll: false } };
      compareWithRe2Wasm(c, false, [text], oraclePattern ?? pattern);
    }
  });

  it('fails when airlock is compared in the wrong mode (negative control)', () => {
    // Leftmost-longest against re2-wasm's leftmost-first must be caught: `a|ab` on `ab`, `a*?` …
    const result = fc.check(
      fc.property(caseArb, fc.array(asciiTextArb, { minLength: 1, maxLength: 4 }), ({ c, ungreedy }, texts) => {
        compareWithRe2Wasm(c, ungreedy, texts, printPattern(modernStar(c.ast), { lang: 're2' }), true);
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(result.failed).toBe(true);
    // A mismatch of spans or groups, not a pattern one side rejects.
    expect(String(result.errorInstance)).toMatch(/^Error: (span|group \d+|expected)/);
  }, TIMEOUT);
});
