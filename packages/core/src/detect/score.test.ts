/**
 * Context-word lookup: the window's words are looked up in a compiled table, phrases by search. A
 * plain search for every word, in list order, is the reference it must agree with.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findContextWord } from './score.ts';

function isWordChar(c: number): boolean {
  if (c !== c) return false;
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f);
}

/** The reference: each word in turn, searched in both windows, on word boundaries. */
function reference(text: string, start: number, end: number, words: readonly string[], window: number): string | undefined {
  const before = text.slice(Math.max(0, start - window), start).toLowerCase();
  const after = text.slice(end, Math.min(text.length, end + window)).toLowerCase();
  const has = (h: string, w: string): boolean => {
    for (let i = h.indexOf(w); i >= 0; i = h.indexOf(w, i + 1)) {
      if (!isWordChar(h.charCodeAt(i - 1)) && !isWordChar(h.charCodeAt(i + w.length))) return true;
    }
    return false;
  };
  return words.find((w) => has(before, w.toLowerCase()) || has(after, w.toLowerCase()));
}

const vocabulary = ['ssn', 'SSN', 'social security', 'dob', 'd.o.b', 'born', 'phone', 'tel', 'e-mail', 'ß', 'İd', 'x', 'key', 'id', 'hi', 'ki'];
// Characters whose lower case is longer (İ), is ASCII (the Kelvin sign), or is outside the BMP.
const piece = fc.oneof(
  fc.constantFrom(...vocabulary, ' ', '  ', '-', '.', ':', '_', 'é', '\u00a0', '7', 'İ', '\u212aey', 'İD', '\u{10400}', 'ǅ'),
  fc.string({ maxLength: 4 }),
);

describe('findContextWord', () => {
  it('agrees with a plain search for each word in list order', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        // Up to 40 words: short lists are searched for, long ones (over 24) looked up word by word.
        fc.array(fc.constantFrom(...vocabulary), { maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 40 }),
        (text, words, a, b, window) => {
          const start = text.length === 0 ? 0 : a % (text.length + 1);
          const end = start + (text.length === start ? 0 : b % (text.length - start + 1));
          expect(findContextWord(text, start, end, words, window)).toBe(reference(text, start, end, words, window));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds every cased character by its lower case, whatever case the text has it in', () => {
    // The search that rules windows out folds case (`iu`), while the lookup lower-cases: for every
    // code point whose lower case differs, the two must agree.
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const lower = c.toLowerCase();
      if (lower === c) continue;
      const text = `${c} 1`;
      const at = text.length - 1;
      expect([cp, findContextWord(text, at, at + 1, [lower], 8)]).toEqual([cp, reference(text, at, at + 1, [lower], 8)]);
    }
  });

  it('reads a long list word by word, with the same answers', () => {
    const long = [...Array.from({ length: 30 }, (_, i) => `unused${i}`), 'd.o.b', 'ssn'];
    expect(findContextWord('ssn: 078-05-1120', 5, 16, long, 64)).toBe('ssn');
    expect(findContextWord('D.O.B 1990-01-01', 6, 16, long, 64)).toBe('d.o.b');
    expect(findContextWord('ssns 078-05-1120', 5, 16, long, 64)).toBeUndefined();
  });

  it('returns the earliest listed word, not the nearest one', () => {
    expect(findContextWord('phone: 555 ssn', 7, 10, ['ssn', 'phone'], 64)).toBe('ssn');
    expect(findContextWord('phone: 555 ssns', 7, 10, ['ssn', 'phone'], 64)).toBe('phone');
    expect(findContextWord('d.o.b 1990', 6, 10, ['born', 'd.o.b'], 64)).toBe('d.o.b');
  });

  it("takes the window's ends as word boundaries, for words and phrases", () => {
    // The window before 1990 starts inside `Xd.o.b` and `Xssn`: what it holds is a whole word.
    expect(findContextWord('Xd.o.b 1990', 7, 11, ['d.o.b'], 6)).toBe('d.o.b');
    expect(findContextWord('XD.O.B 1990', 7, 11, ['d.o.b'], 6)).toBe('d.o.b');
    expect(findContextWord('Xssn 1990', 5, 9, ['ssn'], 4)).toBe('ssn');
    expect(findContextWord('1990 d.o.bX', 0, 4, ['d.o.b'], 6)).toBe('d.o.b');
    expect(findContextWord('1990 d.o.bX', 0, 4, ['d.o.b'], 7)).toBeUndefined();
    expect(findContextWord('Xd.o.b 1990', 7, 11, ['d.o.b'], 7)).toBeUndefined();
  });

  it('reads the parts of a snake_case key as words', () => {
    expect(findContextWord('phone_number=555-0142', 13, 21, ['phone'], 64)).toBe('phone');
    expect(findContextWord('user_ssn_last4: 6789', 16, 20, ['ssn'], 64)).toBe('ssn');
    expect(findContextWord('my_cohere_api_key=abc', 18, 21, ['cohere_api_key'], 64)).toBe('cohere_api_key');
    expect(findContextWord('phonebook: 555-0142', 11, 19, ['phone'], 64)).toBeUndefined();
  });
});
