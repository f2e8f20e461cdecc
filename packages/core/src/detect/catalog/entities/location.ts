/**
 * {@link location}: countries, US states and large cities, from gazetteers.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { CandidateContext, Detector, ValidationResult } from '../../types.ts';
import { _placeAt, _runWords, _startsAtWord, CAPITALISED_RUN } from './gazetteer.ts';

/** Country and state names that are also ordinary lower-case words or first names. */
const WORDLIKE_PLACES: ReadonlySet<string> = /*@__PURE__*/ new Set([
  'chad', 'china', 'guinea', 'jordan', 'georgia', 'jersey', 'turkey', 'niger', 'israel', 'india', 'virginia', 'washington',
  'cuba', 'peru', 'mali', 'oman', 'iran', 'iraq', 'togo', 'uk', 'usa', 'maine', 'nevada', 'montana', 'dakota', 'victoria',
]);

/** A place that is also an ordinary word or a first name needs to be more than a sentence's first word. */
function notWordlike(value: string, where: CandidateContext): ValidationResult {
  if (!WORDLIKE_PLACES.has(value.toLowerCase())) return undefined;
  let i = where.start - 1;
  while (i >= 0 && (where.text[i] === ' ' || where.text[i] === '\t')) i--;
  const before = i < 0 ? '.' : where.text.charAt(i);
  return before === '.' || before === '!' || before === '?' || before === '\n' ? false : undefined;
}

/** The place names inside a run of capitalised words, longest first, by hash-set lookups. */
function placesInRun(value: string, where: CandidateContext): [number, number][] {
  const words = _runWords(value);
  const out: [number, number][] = [];
  let i = _startsAtWord(where.text, where.start) ? 0 : 1;
  while (i < words.length) {
    const n = _placeAt(words, i);
    if (n === 0) i++;
    else {
      out.push([words[i]!.start, words[i + n - 1]!.end]);
      i += n;
    }
  }
  return out;
}

/**
 * Detects place names (`LOCATION`), capitalised: countries, US states and cities of 150,000
 * people or more (GeoNames). Places named after people or ordinary words (`Mobile`,
 * `Florence`) are left out of the city list, so a model finds more; plug one in through a
 * {@link Recognizer}.
 *
 * @returns the detector
 *
 * @example
 * ```ts
 * import { createScanner, location } from '@airlock/core';
 * const scanner = createScanner({ detectors: [location()] });
 * const text = 'She moved from Rotterdam to Portugal.';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['Rotterdam', 'Portugal']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function location(): Detector {
  return defineDetector({
    id: 'location',
    type: 'LOCATION',
    category: 'pii',
    level: 'internal',
    regimes: ['gdpr'],
    description: 'A country, US state or large city, from gazetteers (no model).',
    // Runs of capitalised words; the places in them are picked by hash-set lookups.
    patterns: [CAPITALISED_RUN],
    refine: placesInRun,
    validators: [notWordlike],
    score: 0.6,
    context: { words: ['in', 'from', 'to', 'visit', 'visited', 'lives', 'live', 'living', 'moved', 'born', 'city', 'country', 'travel', 'near', 'based'], boost: 0.2 },
    samples: {
      positive: [
        { text: 'She moved from Rotterdam to Portugal.', value: 'Rotterdam' },
        { text: 'We spent a week in New Zealand last spring', value: 'New Zealand' },
        { text: 'Our office in Nairobi opens at nine.', value: 'Nairobi' },
        { text: 'He was born in Ohio.', value: 'Ohio' },
      ],
      negative: [
        'Roast turkey with rice, and a cup of china tea.',
        'Send the report by Friday.',
        'the jersey number was 7',
        'The Portuguese team won.',
      ],
    },
  });
}
