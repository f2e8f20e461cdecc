/**
 * Lazy columns: a DFA whose alphabet has more than 256 classes gives a class a column of its
 * transition table only when the text shows it, starting with 128 columns, and widens the table
 * before the next search once a search ran out of them (that search steps the classes without a
 * column uncached). None of this may change a match: every path is checked against the Pike VM on
 * text that uses few classes, text that uses more classes than the first table has, and the same
 * texts again after the table widened.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, compileSet, parse } from '../../src/regex/index.ts';
import { compileNfa } from '../../src/regex/nfa/nfa.ts';
import { runs } from './harness.ts';

/** Patterns whose alphabets split the letters of many scripts into classes of one or two letters. */
const WIDE = ['(?i)\\b\\p{Lu}\\p{Ll}+\\b', '\\p{Greek}{2,}|[\\p{Cyrillic}&&[^а-я]]+', '(?i)[ǅǈǋ]\\w*|x[\\x{1F600}-\\x{1F64F}]+', '\\b\\p{Ll}{3}\\d'];

/** Latin Extended-A alternates upper and lower case: one class per letter under these patterns. */
const LATIN_EXT = Array.from({ length: 0x180 - 0x100 }, (_, i) => String.fromCharCode(0x100 + i)).join('');
const GREEK = 'αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ';
const CYRILLIC = 'абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';

const alphabetSize = (pattern: string): number => compileNfa([parse(pattern).ir], [0], { sizeLimit: 1e7, captures: false, reverse: false }).alphabet.count;

function findAll(pattern: string, engine: 'pikevm' | 'dfa' | 'auto', text: string): [number, number][] {
  return compile(pattern, { engine }).findAll(text).map((m) => [m.start, m.end]);
}

describe('lazy columns', () => {
  it('are used by these patterns: their alphabets have more than 256 classes', () => {
    // Without this the tests below would not reach the lazy path.
    expect(WIDE.filter((p) => alphabetSize(p) > 256).length).toBeGreaterThanOrEqual(2);
    expect(alphabetSize(WIDE.join('|'))).toBeGreaterThan(256);
  });

  it('give the Pike VM matches on ASCII, then on text with more classes than columns, then again', () => {
    const texts = [
      'Hello World, the Quick fox abc1 and Ǆx',
      `${LATIN_EXT} Ōmar ŁódŹ ${GREEK} ${CYRILLIC} Ǆemal x😀😃 abc1`.repeat(3),
      `pre ${[...LATIN_EXT].reverse().join(' ')} ${GREEK.slice(0, 10)}\u{1F600}\uD800 Ab`,
    ];
    for (const pattern of WIDE) {
      const dfa = compile(pattern, { engine: 'dfa' });
      const auto = compile(pattern, { engine: 'auto' });
      // Twice over: the first pass over the wide texts runs out of columns, the second runs widened.
      for (const text of [...texts, ...texts]) {
        const want = findAll(pattern, 'pikevm', text);
        expect(dfa.findAll(text).map((m) => [m.start, m.end]), `${pattern} dfa`).toEqual(want);
        expect(auto.findAll(text).map((m) => [m.start, m.end]), `${pattern} auto`).toEqual(want);
      }
    }
  });

  it('give a set the matches of its patterns alone, through every pass, before and after widening', () => {
    const set = compileSet(WIDE);
    const text = `Ōmar and Łucja met Σωκράτης in МОСКВА; ${LATIN_EXT} ${GREEK} ${CYRILLIC} x😀 abc1`;
    const want = WIDE.flatMap((p, pattern) => findAll(p, 'pikevm', text).map(([start, end]) => ({ pattern, start, end }))).sort(
      (a, b) => a.start - b.start || a.pattern - b.pattern,
    );
    expect(want.length).toBeGreaterThan(5);
    for (let i = 0; i < 3; i++) expect(set.scan(text)).toEqual(want);
  });

  it('agree with the Pike VM on random text over several scripts, astral characters and lone surrogates', () => {
    const unit = fc.constantFrom(...`${LATIN_EXT}${GREEK}${CYRILLIC}abcXYZ019 _-\n`, '😀', '😃', '\uD800', '\uDC00', 'ǅ');
    const text = fc.array(unit, { maxLength: 120 }).map((u) => u.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...WIDE), fc.array(text, { minLength: 1, maxLength: 4 }), (pattern, ts) => {
        const dfa = compile(pattern, { engine: 'dfa' });
        const set = compileSet([pattern, '\\p{Ll}\\p{Lu}']);
        for (const t of ts) {
          const want = findAll(pattern, 'pikevm', t);
          expect(dfa.findAll(t).map((m) => [m.start, m.end])).toEqual(want);
          expect(set.scan(t).filter((m) => m.pattern === 0).map((m) => [m.start, m.end])).toEqual(want);
        }
      }),
      { numRuns: runs(150) },
    );
  });
});
