/**
 * {@link location}: countries, US states and large cities, from gazetteers.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { CandidateContext, Detector, ValidationResult } from '../../types.ts';
import { _isCommonWord, _placeAt, _runWords, _startsAtWord, _words, CAPITALISED_RUN, NOT_NAME_WORDS } from './gazetteer.ts';

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

/** A place name's word after a cue: letters with `'`, `.` or `-` inside (`Saint-Malo`, `Aix-en-Provence`), at most 40. */
const PLACE_WORD = "\\p{L}[\\p{L}'.-]{0,39}";
/** Further words of the name, capitalised (`Las Palmas`, `Ciudad Real`): at most two. */
const PLACE = `${PLACE_WORD}(?:[ \\t]+\\p{Lu}[\\p{L}'.-]{0,39}){0,2}`;

/** The cues, a pattern each, so that each stays a short alternation that the set can gate on its words. */
const PLACE_CUES: readonly string[] = [
  '(?:grew|growing|grown)\\s+up|(?:was|were|been)\\s+born|lives?|living|lived|resides?|residing|based|located|headquartered|settled',
  '(?:moved|moving|relocated|relocating|emigrated|travell?ed|travell?ing|flew|flying|commuted|commuting)(?:\\s+(?:here|there|back))?',
  "i'm|i\\s+am|we're|we\\s+are|i\\s+was|we\\s+were",
];

/**
 * Whether the words after a cue read as a place: no function word, month, day, street or company
 * word (`in the`, `to Monday`), not only words that join a name (`moved to New`), not followed by
 * a number (a street), and a word in lower case only when it is not a common English word (`lives
 * in fear`, `moved to tears`).
 */
function plausiblePlace(value: string, where: CandidateContext): ValidationResult {
  // A name followed by a number is a street or a box (`located at Bredgade 52`, `Unit 4410`).
  let i = where.end;
  while (i < where.text.length && (where.text[i] === ' ' || where.text[i] === '\t')) i++;
  if (i > where.end && where.text[i]! >= '0' && where.text[i]! <= '9') return false;
  const words = _words(value);
  if (words.every((w) => PLACE_PARTS.has(w.toLowerCase()))) return false;
  for (const w of words) {
    if (w.length < 2 || isPlaceStop(w)) return false;
    if (w === w.toLowerCase() && !PLACE_PARTS.has(w) && _isCommonWord(w)) return false;
  }
  return undefined;
}

/** Words that begin or join place names although they never stand in a person's (`San`, `New`, `de`). */
const PLACE_PARTS: ReadonlySet<string> = /*@__PURE__*/ new Set(
  'new old north south east west saint san santa los las el la le les de du des del della di da do dos van von der den mount lake river port fort'.split(' '),
);

/** A word that ends a place name after a cue: a function word, month or day (`in the`, `to Monday`). */
function isPlaceStop(word: string): boolean {
  const w = word.toLowerCase();
  return NOT_NAME_WORDS.has(w) && !PLACE_PARTS.has(w);
}

/**
 * Detects place names by context (`LOCATION`), without a gazetteer: one to three words after a
 * phrase that says where someone lives, was born, moved or is (`grew up in`, `based in`, `moved
 * to`, `I'm in`), in any case, unless they read as ordinary words. It complements {@link location},
 * whose lists cover countries, US states and large cities only.
 *
 * @returns the detector
 *
 * @example
 * ```ts
 * import { createScanner, locationContext } from '@airlock/core';
 * const scanner = createScanner({ detectors: [locationContext()] });
 * const text = 'She grew up in Tromsø and lives in Ålesund.';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['Tromsø', 'Ålesund']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function locationContext(): Detector {
  return defineDetector({
    id: 'location-context',
    type: 'LOCATION',
    category: 'pii',
    level: 'internal',
    regimes: ['gdpr'],
    description: 'A place named after a phrase such as "grew up in" or "moved to" (no model).',
    patterns: PLACE_CUES.map((cue) => `(?i:\\b(?:${cue})\\s+(?:in|to|from|at))[ \\t]+(${PLACE})`),
    group: 1,
    refine: placeBeforeStop,
    validators: [plausiblePlace],
    score: 0.55,
    samples: {
      positive: [
        { text: 'She grew up in Tübingen, near the river.', value: 'Tübingen' },
        { text: "I'm in Kuopio for the week.", value: 'Kuopio' },
        { text: 'the team is based in mechelen now', value: 'mechelen' },
        { text: 'They moved here from San Cristóbal last year.', value: 'San Cristóbal' },
      ],
      negative: [
        'He lives in fear of the audit.',
        "I'm in trouble with the deadline.",
        'The estimate is based in part on the survey.',
        'I am in the office today.',
        'The meeting moved to Monday.',
        'We were at home all day.',
        'Our offices are located at Bredgade 52.',
      ],
    },
  });
}

/**
 * The place's words up to the first that cannot be part of it (`Kuopio For` → `Kuopio`), without
 * the punctuation that ends a sentence or a clause after it (`Kuopio.`).
 */
function placeBeforeStop(value: string): [number, number][] {
  let end = 0;
  for (const { word, start } of _runWords(value)) {
    let e = word.length;
    while (e > 0 && (word[e - 1] === '.' || word[e - 1] === "'" || word[e - 1] === '-')) e--;
    if (e === 0 || isPlaceStop(word.slice(0, e))) break;
    end = start + e;
    if (e < word.length) break; // punctuation ends the name
  }
  return end === 0 ? [] : [[0, end]];
}
