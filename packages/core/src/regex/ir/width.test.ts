import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { re2PatternArb, syntaxOf, unicodeTextArb } from '../../../test/regex/arbitraries.ts';
import { compile } from '../meta/regex.ts';
import { parse } from '../syntax/parse.ts';
import { maxWidth } from './width.ts';

const w = (pattern: string, caseInsensitive = false): number => maxWidth(parse(pattern, { caseInsensitive }).ir);

describe('maxWidth', () => {
  it('adds up sequences and takes the widest alternative', () => {
    expect(w('abc')).toBe(3);
    expect(w('ab|cdef|g')).toBe(4);
    expect(w('(?:ab|c)(d|efg)')).toBe(5);
    expect(w('\\d{3}-\\d{2}-\\d{4}')).toBe(11);
  });

  it('counts a code point above U+FFFF as two units, a lone surrogate as one', () => {
    expect(w('\u{1F600}')).toBe(2);
    expect(w('[a\u{1F600}]{3}')).toBe(6);
    expect(w('.')).toBe(2);
    expect(w('[^a]')).toBe(2);
    expect(w('\\x{D800}')).toBe(1);
    expect(w('[a-z]')).toBe(1);
  });

  it('is Infinity for unbounded repetitions of something that consumes text', () => {
    expect(w('a*')).toBe(Infinity);
    expect(w('x+y')).toBe(Infinity);
    expect(w('a{2,}')).toBe(Infinity);
    expect(w('(?:\\b)*')).toBe(0);
    expect(w('(?:^|$)+a')).toBe(1);
  });

  it('counts assertions and empty repetitions as zero, and ignores what can never match', () => {
    expect(w('\\b\\w{2,5}\\b')).toBe(5);
    expect(w('^$')).toBe(0);
    expect(w('a{0}')).toBe(0);
    expect(w('[^\\x00-\\x{10FFFF}]')).toBe(0);
    expect(w('ab|[^\\x00-\\x{10FFFF}]xyzw')).toBe(2);
    expect(w('(?:[^\\x00-\\x{10FFFF}])*abc')).toBe(3);
  });

  it('sees case folding: (?i)k also matches the Kelvin sign, still one unit', () => {
    expect(w('k', true)).toBe(1);
    expect(w('(?i)ss')).toBe(2);
  });

  it('bounds every match the engine finds (property)', () => {
    fc.assert(
      fc.property(re2PatternArb(), fc.array(unicodeTextArb, { minLength: 1, maxLength: 4 }), ({ pattern, flags }, texts) => {
        const syntax = syntaxOf(flags);
        const bound = maxWidth(parse(pattern, syntax).ir);
        const re = compile(pattern, { syntax });
        for (const text of texts) {
          for (const m of re.findAll(text)) expect(m.end - m.start).toBeLessThanOrEqual(bound);
          // Also from every start, not only where the global loop happens to resume.
          for (let i = 0; i <= text.length; i++) {
            const m = re.find(text, i);
            if (m) expect(m.end - m.start).toBeLessThanOrEqual(bound);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is reached: a bounded pattern has a text on which a match is that long (property)', () => {
    // Tightness on a family whose widest match is easy to build: literal runs and counted classes.
    const piece = fc.oneof(
      fc.constantFrom('a', 'b', '\u{1F600}', 'é').map((s) => ({ src: s, text: s })),
      fc.tuple(fc.constantFrom('[ab]', '[a\u{1F600}]'), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).map(([c, lo, extra]) => ({
        src: `${c}{${lo},${lo + extra}}`,
        text: (c === '[ab]' ? 'a' : '\u{1F600}').repeat(lo + extra),
      })),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), (pieces) => {
        const pattern = pieces.map((p) => `(?:${p.src})`).join('');
        const text = pieces.map((p) => p.text).join('');
        const m = compile(pattern).find(text);
        expect(m).not.toBeNull();
        expect(m!.end - m!.start).toBe(maxWidth(parse(pattern).ir));
      }),
    );
  });
});
