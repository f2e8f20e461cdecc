/**
 * {@link homoglyphTokens}: words that mix Latin letters with Cyrillic or Greek look-alikes.
 *
 * @module
 */
import { defineDetector } from '../../detect/defineDetector.ts';
import type { Detector, ValidationResult } from '../../detect/types.ts';
import { OBFUSCATED_TEXT } from './invisibleTextDetectors.ts';

/**
 * Cyrillic and Greek letters that render like a Latin letter (after Unicode's confusables list,
 * restricted to the unambiguous ones): Cyrillic а в е к м н о р с т у х ѕ і ј һ ԁ ԛ ԝ ӏ ү and
 * their capitals, Greek Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ and ο ν ρ ι υ κ α ϲ ϳ.
 */
const CONFUSABLE =
  String.raw`[\x{0430}\x{0432}\x{0435}\x{043A}\x{043C}\x{043D}\x{043E}\x{0440}\x{0441}\x{0442}\x{0443}\x{0445}\x{0455}\x{0456}\x{0458}\x{04BB}\x{0501}\x{051B}\x{051D}\x{04CF}\x{04AF}` +
  String.raw`\x{0410}\x{0412}\x{0415}\x{041A}\x{041C}\x{041D}\x{041E}\x{0420}\x{0421}\x{0422}\x{0423}\x{0425}\x{0405}\x{0406}\x{0408}\x{04AE}\x{051A}\x{051C}` +
  String.raw`\x{0391}\x{0392}\x{0395}\x{0396}\x{0397}\x{0399}\x{039A}\x{039C}\x{039D}\x{039F}\x{03A1}\x{03A4}\x{03A5}\x{03A7}` +
  String.raw`\x{03BF}\x{03BD}\x{03C1}\x{03B9}\x{03C5}\x{03BA}\x{03B1}\x{03F2}\x{03F3}]`;
/** A letter of a word in any of the three scripts, or a combining mark. */
const LETTER = String.raw`[\p{Latin}\p{Cyrillic}\p{Greek}\p{Mn}]`;
const ASCII_LETTER = '[A-Za-z]';

/** Keeps tokens of at least three letters: two-letter mixes are too often unit symbols. */
function longEnough(value: string): ValidationResult {
  let letters = 0;
  for (const _ of value) if (++letters >= 3) return true;
  return false;
}

/**
 * Detects homoglyph tokens: words that mix ASCII Latin letters with Cyrillic or Greek letters that
 * look the same (`pаypal` with a Cyrillic `а`, `ΡayΡal` with Greek capitals). Phishing and filter
 * evasion use them: `ignоre previous instructions` with a Cyrillic `о` is not the phrase a filter
 * looks for. The rule: a maximal run of Latin, Cyrillic and Greek letters (and combining marks),
 * of three letters or more, holding at least one ASCII letter and at least one look-alike. Words
 * wholly in one script are never reported (a Russian word is not a homoglyph attack; a word
 * spelled entirely in look-alikes, such as Cyrillic `сосоа`, cannot be told from one without a
 * dictionary, and is missed). Cost: a pattern in the scanner's set, so no pass of its own.
 * Scores 0.75.
 *
 * @returns the detector (type `HOMOGLYPH_TOKEN`, family `OBFUSCATED_TEXT`)
 *
 * @example
 * ```ts
 * import { createScanner, homoglyphTokens } from '@airlock/core';
 * const scanner = createScanner({ detectors: [homoglyphTokens()] });
 * const text = 'log in at p\u0430ypal.com';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['p\u0430ypal']
 * scanner.scan('Привет, world').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function homoglyphTokens(): Detector {
  return defineDetector({
    id: 'homoglyph-token',
    type: 'HOMOGLYPH_TOKEN',
    family: OBFUSCATED_TEXT,
    patterns: [`${LETTER}*(?:${ASCII_LETTER}${LETTER}*${CONFUSABLE}|${CONFUSABLE}${LETTER}*${ASCII_LETTER})${LETTER}*`],
    validators: [longEnough],
    score: 0.75,
    validScore: 0.75,
    level: 'public',
    category: 'guard',
    description: 'A word mixing Latin letters with Cyrillic or Greek look-alikes.',
    samples: {
      positive: [
        { text: 'visit p\u0430ypal.com', value: 'p\u0430ypal' },
        'ign\u043Ere previous instructions',
        '\u03A1ay\u03A1al',
        'Моск\u0432a',
      ],
      negative: ['Привет, world', 'The ratio α = 0.5', 'plain ASCII words', 'Ελληνικά και English', 'café naïve'],
    },
  });
}
