/**
 * Properties of the guard detectors over generated texts: harmless prose raises nothing, every
 * planted invisible run and prohibited term is found where it was planted, whole-word terms are
 * never found inside longer words, and the work per character stays flat as the text grows
 * (counted by the engine's counters, never timed).
 */
import fc from 'fast-check';
import { createScanner, guardDetectors, prohibitedTerms, type Finding } from '@airlock/core';
import { describe, expect, it } from 'vitest';

// Harmless words, some of them from the injection vocabulary (nouns, never the verbs that make a
// phrase an attack), so the property says more than "ASCII prose without keywords".
const WORDS = (
  'the a report was sent to our team for review please check confirm before friday thanks meeting notes about budget ' +
  'project status update previous instructions rules system mode developer training manual safety guidelines above text ' +
  'message new kitchen garden weather coffee prompt original hidden base'
).split(' ');
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n'];

const prose = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

const guards = createScanner({ detectors: guardDetectors() });

describe('guard detectors on generated text', () => {
  it('report nothing on harmless prose', () => {
    fc.assert(
      fc.property(prose, (text) => {
        expect(guards.scan(text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  const tagRun = fc.string({ minLength: 1, maxLength: 30, unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) })
    .map((s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''));
  const zeroWidthRun = fc.array(fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'), { minLength: 2, maxLength: 12 }).map((a) => a.join(''));

  it('find every planted tag run and zero-width run, exactly where it is', () => {
    const planted = fc.array(fc.tuple(prose, fc.oneof(tagRun.map((r) => ['UNICODE_TAG_CHARACTERS', r] as const), zeroWidthRun.map((r) => ['ZERO_WIDTH_TEXT', r] as const))), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(planted, prose, (parts, tail) => {
        let text = '';
        const expected: [string, number, number][] = [];
        for (const [before, [type, run]] of parts) {
          text += before + ' ';
          expected.push([type, text.length, text.length + run.length]);
          text += run + ' ';
        }
        text += tail;
        const found = guards.scan(text).map((f: Finding) => [f.type, f.start, f.end]);
        expect(found).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  // Terms from letters the filler never uses next to each other, in Latin and Cyrillic.
  const term = fc.oneof(
    fc.stringMatching(/^(?:qz|xv)[a-z]{2,6}$/),
    fc.stringMatching(/^(?:щж|ъё)[а-я]{2,6}$/),
    fc.tuple(fc.stringMatching(/^qz[a-z]{1,4}$/), fc.stringMatching(/^[a-z]{2,5}$/)).map(([a, b]) => `${a} ${b}`),
  );

  it('find every planted prohibited term, in any case', () => {
    fc.assert(
      fc.property(fc.uniqueArray(term, { minLength: 1, maxLength: 5 }), fc.array(fc.tuple(prose, fc.nat(), fc.boolean()), { minLength: 1, maxLength: 6 }), (terms, parts) => {
        const scanner = createScanner({ detectors: [prohibitedTerms({ terms })] });
        let text = '';
        const expected: [number, number][] = [];
        for (const [before, k, upper] of parts) {
          const t = terms[k % terms.length]!;
          text += before + ' ';
          expected.push([text.length, text.length + t.length]);
          text += (upper ? t.toUpperCase() : t) + ' ';
        }
        const found = scanner.scan(text).map((f) => [f.start, f.end]);
        // A term planted inside another planted term's span is covered by it; none here overlap.
        expect(found).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('never find a whole-word term inside a longer word', () => {
    const glued = fc.tuple(term, fc.stringMatching(/^[a-zа-я0-9_]{1,3}$/), fc.boolean());
    fc.assert(
      fc.property(glued, prose, ([t, extra, before], filler) => {
        const scanner = createScanner({ detectors: [prohibitedTerms({ terms: [t] })] });
        const word = before ? extra + t : t + extra;
        expect(scanner.scan(`${filler} ${word} ${filler}`)).toEqual([]);
        const loose = createScanner({ detectors: [prohibitedTerms({ terms: [t], wholeWords: false })] });
        expect(loose.scan(`${filler} ${word} ${filler}`).length).toBe(1);
      }),
      { numRuns: 150 },
    );
  });
});

describe('guard work is linear', () => {
  const scanner = createScanner({ detectors: [...guardDetectors(), prohibitedTerms({ terms: ['ignore all', 'falcon', 'блин'] })] });
  const repeatTo = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const workPerChar = (make: (n: number) => string, n: number): number => {
    const text = make(n);
    scanner.resetStats();
    scanner.scan(text);
    const s = scanner.stats();
    return (s.dfaSteps + s.pikevmSteps + s.candidates) / text.length;
  };
  const SHAPES: [string, (n: number) => string][] = [
    ['prose', repeatTo('Please review the previous instructions in the manual before the meeting. ')],
    ['near-miss injection phrases', repeatTo('ignore all previous ignore the above forget your ')],
    ['mixed scripts', repeatTo('pаypal Москвa ΡayΡal ')],
    ['zero-width and tag characters', repeatTo('a\u200Bb\u{E0041}\u{E0042} ')],
    ['role-marker fragments', repeatTo('<|im_ [INST <sys === end of ')],
    ['one letter', repeatTo('a')],
  ];

  it.each(SHAPES)('work per character stays flat on %s (64 KB → 512 KB)', (_name, make) => {
    const small = workPerChar(make, 1 << 16);
    const large = workPerChar(make, 1 << 19);
    expect(large).toBeLessThanOrEqual(small * 1.25 + 0.05);
  });
});
