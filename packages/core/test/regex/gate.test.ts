/**
 * Gating (meta/iterate.ts): a set reads a pattern that has required factors (literal/required.ts)
 * and a bounded width only around where one of its factors occurs, and moves a pattern whose
 * factors are common in a long text to a pass over the whole text. Neither may change what the set
 * reports: checked against each pattern alone, and the factors against every match.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, compileSet } from '../../src/regex/index.ts';
import { requiredFactors } from '../../src/regex/literal/required.ts';
import { parse } from '../../src/regex/syntax/index.ts';
import { anyTextArb, re2PatternArb, syntaxOf } from './arbitraries.ts';
import { check, diffSetMatches, mergeSetMatches, prose, runs } from './harness.ts';

const TIMEOUT: number = runs(60_000);

/** A pattern matching any one of `factors`, class by class. */
function factorPattern(factors: readonly (readonly (readonly number[])[])[]): string {
  const hex = (c: number): string => `\\x{${c.toString(16)}}`;
  const cls = (r: readonly number[]): string => {
    let out = '';
    for (let i = 0; i < r.length; i += 2) out += r[i] === r[i + 1] ? hex(r[i]!) : `${hex(r[i]!)}-${hex(r[i + 1]!)}`;
    return `[${out}]`;
  };
  return factors.map((f) => f.map(cls).join('')).join('|');
}

describe('required factors', () => {
  it('every match of a pattern contains one of its factors (property)', () => {
    fc.assert(
      fc.property(re2PatternArb({ maxDepth: 3 }), fc.array(anyTextArb, { minLength: 1, maxLength: 3 }), ({ pattern, flags }, texts) => {
        const syntax = syntaxOf(flags);
        let ir;
        try {
          ir = parse(pattern, syntax).ir;
        } catch {
          return; // invalid patterns are the parser's tests
        }
        const factors = requiredFactors(ir, 1);
        if (!factors) return;
        const finder = compile(factorPattern(factors));
        const re = compile(pattern, { syntax });
        for (const text of texts) {
          for (const m of re.findAll(text)) {
            if (finder.find(text.slice(m.start, m.end)) === null) check(`match ${m.start}..${m.end} holds no factor of ${factorPattern(factors)}`, { pattern, flags, text });
          }
        }
      }),
      { numRuns: runs(600) },
    );
  }, TIMEOUT);
});

/** Literals the gated patterns require; the texts are made of them and of what the patterns read. */
const LITERALS = ['abc', 'sk-', 'AKIA', 'k_k', 'BaB'];
const literalArb = fc.constantFrom(...LITERALS);

/** A random pattern with a literal before, after or on both sides: gated when its width is bounded. */
const gatedPatternArb = fc
  .tuple(re2PatternArb({ maxDepth: 2 }), literalArb, literalArb, fc.integer({ min: 0, max: 2 }))
  .map(([c, a, b, where]) => (where === 0 ? `${a}(?:${c.pattern})` : where === 1 ? `(?:${c.pattern})${b}` : `${a}(?:${c.pattern})${b}`));

/** Texts where the literals occur, between random pieces. */
const pieceTextArb = fc.array(fc.oneof(literalArb, anyTextArb), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

/** Whether `pattern` compiles (invalid ones are the parser's tests). */
function compiles(pattern: string): boolean {
  try {
    compile(pattern);
    return true;
  } catch {
    return false;
  }
}

function compareSet(patterns: readonly string[], texts: readonly string[], options: { longest?: boolean } = {}): void {
  const set = compileSet(patterns, options);
  const singles = patterns.map((p) => compile(p, { ...options, engine: 'pikevm' }));
  for (const text of texts) {
    const expected = mergeSetMatches(singles.map((s) => s.findAll(text)));
    check(diffSetMatches(expected, set.scan(text)), { patterns, text, options });
  }
}

describe('a set with gated patterns agrees with each pattern alone', () => {
  it('on short texts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(gatedPatternArb, re2PatternArb({ maxDepth: 2 }).map((c) => c.pattern)), { minLength: 1, maxLength: 6 }),
        fc.array(pieceTextArb, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (patterns, texts, longest) => {
          if (!patterns.every(compiles)) return;
          compareSet(patterns, texts, { longest });
        },
      ),
      { numRuns: runs(300) },
    );
  }, TIMEOUT);

  it('on long texts, where a common factor moves its pattern to a whole-text pass (property)', () => {
    fc.assert(
      fc.property(
        fc.array(gatedPatternArb, { minLength: 2, maxLength: 5 }),
        fc.array(pieceTextArb, { minLength: 4, maxLength: 8 }),
        fc.integer({ min: 0, max: 1000 }),
        (patterns, pieces, seed) => {
          if (!patterns.every(compiles)) return;
          // 20 000+ code units: past the length below which nothing is demoted.
          let text = '';
          let x = seed;
          while (text.length < 20_000) {
            x = (x * 1103515245 + 12345) >>> 0;
            text += pieces[x % pieces.length];
          }
          compareSet(patterns, [text]);
        },
      ),
      { numRuns: runs(25) },
    );
  }, TIMEOUT);

  it('finds matches at the edges of windows, next to surrogate pairs and assertions', () => {
    const patterns = ['\\bsk-[a-z]{3}\\b', '[a-z]{0,4}AKIA$', '(?m)^abc.{0,3}$', '\u{1F600}{1,2}k_k'];
    const texts = [
      'sk-abc',
      'xsk-abc sk-abc',
      '\u{1F600}\u{1F600}k_k and \u{1F600}k_k',
      `${'x'.repeat(30_000)} sk-def ${'\u{1F600}'.repeat(5_000)}k_k\nabc12\nzzAKIA`,
    ];
    compareSet(patterns, texts);
    const set = compileSet(patterns);
    expect(set.scan(texts[3]!).map((m) => m.pattern)).toEqual([0, 3, 2, 1]);
  });
});

describe('a pattern whose factor is common in a long text', () => {
  // Prose in which `the` is common, with numbers.
  const words = ['Alpha', 'the', 'report', 'bravo', 'Charlie Brown', 'said', 'delta', '42', 'echo', 'mail', 'ann@golf.com', 'Hotel', 'India', 'juliet', 'and', '7', 'Foxtrot', '555-0142', '2024'];
  const names = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
  // Word runs that are alive together on prose (their union splits), and number shapes (no factor).
  const heavy = names.flatMap((w, i) => [
    `\\b[A-Z][a-z]{${1 + (i % 4)},}(?:[ ][A-Z][a-z]+){0,${1 + (i % 3)}}[ ]${w}\\b`,
    `(?i)[a-z ]{${2 + i},}${w}[a-z ]{0,${10 + i}}[0-9]{${2 + (i % 3)}}`,
  ]);
  const light = Array.from({ length: 20 }, (_, i) => `\\b[0-9]{${2 + (i % 4)}}-[0-9]{${2 + (i % 5)}}\\b`);
  // Gated by `the`, whose windows cover most of the text: moved to a whole-text pass.
  const hot = '(?i)\\bthe\\b[a-z ]{0,12}[0-9]{3}';
  const text = prose(1 << 16, words);

  it('joins a whole-text pass instead of reading the text once more on its own', () => {
    const warmSteps = (patterns: readonly string[]): number => {
      const set = compileSet(patterns);
      for (let i = 0; i < 4; i++) set.scan(text);
      set.resetStats();
      set.scan(text);
      expect(set.stats().dfaStatesBuilt).toBe(0);
      return set.stats().dfaSteps / text.length;
    };
    const without = warmSteps([...heavy, ...light]);
    const withHot = warmSteps([...heavy, ...light, hot]);
    // Several passes either way; one more for the demoted pattern alone would add a step per character.
    expect(without).toBeGreaterThan(2);
    expect(withHot - without).toBeLessThan(0.5);
    compareSet([...heavy, ...light, hot], [text, text.slice(0, 30_000)]);
  });
});
