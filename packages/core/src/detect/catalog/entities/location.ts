/**
 * {@link location}: countries, US states and large cities, from gazetteers.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { CandidateContext, Detector, ValidationResult } from '../../types.ts';
import { CITIES, COUNTRIES, US_STATES } from './data/places.ts';
import { _alternations } from './gazetteer.ts';

/** Country and state names that are also ordinary lower-case words or first names. */
const WORDLIKE_PLACES: ReadonlySet<string> = /*@__PURE__*/ new Set([
  'chad', 'china', 'guinea', 'jordan', 'georgia', 'jersey', 'turkey', 'niger', 'israel', 'india', 'virginia', 'washington',
  'cuba', 'peru', 'mali', 'oman', 'iran', 'iraq', 'togo', 'uk', 'usa', 'maine', 'nevada', 'montana', 'dakota', 'victoria',
]);

/** In lower-case text a place must not also be an ordinary word or a first name. */
function notWordlike(value: string, _where: CandidateContext): ValidationResult {
  if (value === value.toLowerCase() && WORDLIKE_PLACES.has(value)) return false;
  return undefined;
}

/**
 * Detects place names (`LOCATION`): countries and US states (in any case) and cities of 150,000
 * people or more (GeoNames, capitalised). Places named after people or ordinary words (`Mobile`,
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
    patterns: [..._alternations(`${COUNTRIES}|${US_STATES}`).map((a) => `(?i:\\b${a})`), ..._alternations(CITIES).map((a) => `\\b${a}`)],
    validators: [notWordlike],
    score: 0.6,
    context: { words: ['in', 'from', 'to', 'visit', 'visited', 'lives', 'live', 'living', 'moved', 'born', 'city', 'country', 'travel', 'near', 'based'], boost: 0.2 },
    samples: {
      positive: [
        { text: 'She moved from Rotterdam to Portugal.', value: 'Rotterdam' },
        { text: 'We spent a week in new zealand last spring', value: 'new zealand' },
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
