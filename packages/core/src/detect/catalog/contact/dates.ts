/**
 * {@link dateTime}, {@link dateOfBirth} and {@link age}: dates, birth dates and ages.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { CandidateContext, Detector } from '../../types.ts';
import { isPlausibleAge, isPlausibleDate } from '../../validators/common/dates.ts';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '[0-3]?[0-9](?:st|nd|rd|th)?';
const YEAR = '[12][0-9]{3}';
const TIME = '(?:[T ][0-2][0-9]:[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:Z|[+-][0-2][0-9]:?[0-5][0-9])?)?';

/** Date patterns shared by {@link dateTime} and {@link dateOfBirth}. */
const DATE_PATTERNS: readonly string[] = [
  // ISO 8601 date, with an optional time
  `\\b${YEAR}-[01][0-9]-[0-3][0-9]${TIME}\\b`,
  `\\b${YEAR}/[01]?[0-9]/[0-3]?[0-9]\\b`,
  // 12/31/1999, 31/12/99, 31.12.1999, 31-12-1999
  '\\b[0-3]?[0-9]/[0-3]?[0-9]/(?:[12][0-9]{3}|[0-9]{2})\\b',
  `\\b[0-3]?[0-9][.-][0-3]?[0-9][.-]${YEAR}\\b`,
  // March 3, 2021 · Mar 2021 · 3 March 2021 · 3rd of March, 2021
  `(?i)\\b${MONTH}\\.?(?: ${DAY})?,? ${YEAR}\\b`,
  `(?i)\\b${DAY}(?: of)? ${MONTH}\\.?,? ${YEAR}\\b`,
];

/** A time alone (`10:30 pm`) is not a calendar date: let it through; check dates. */
function validateDate(value: string, _where: CandidateContext): boolean {
  let i = 0;
  while (i < value.length && value.charCodeAt(i) >= 0x30 && value.charCodeAt(i) <= 0x39) i++;
  if (i > 0 && i <= 2 && (value[i] === ':' || value[i] === ' ' || value[i] === 'a' || value[i] === 'p' || value[i] === 'A' || value[i] === 'P')) {
    return true;
  }
  return isPlausibleDate(value);
}

/**
 * Detects dates and times: ISO 8601 dates and timestamps, numeric dates (`12/31/1999`,
 * `31.12.1999`), dates with month names (`March 3, 2021`, `3rd of March 2021`, `Mar 2021`) and
 * 12-hour times (`10:30 pm`). Numeric dates must be real calendar dates in some reading. Bare
 * years and 24-hour times are not matched.
 *
 * @returns the detector (type `DATE_TIME`)
 *
 * @example
 * ```ts
 * import { createScanner, dateTime } from '@airlock/core';
 * const scanner = createScanner({ detectors: [dateTime()] });
 * const text = 'on 2024-02-29T10:15:00Z and March 3, 2021 at 10:30 pm';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['2024-02-29T10:15:00Z', 'March 3, 2021', '10:30 pm']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function dateTime(): Detector {
  return defineDetector({
    id: 'date-time',
    type: 'DATE_TIME',
    // `10 pm` or `10 p.m.`: a full stop after `pm` ends the sentence (`at 3pm.`).
    patterns: [...DATE_PATTERNS, '(?i)\\b(?:1[0-2]|0?[1-9])(?::[0-5][0-9])? ?(?:[ap]m\\b|[ap]\\.m\\b\\.?)'],
    validators: [validateDate],
    score: 0.6,
    validScore: 0.6,
    level: 'internal',
    category: 'pii',
    regimes: ['hipaa'],
    description: 'Date or time.',
    samples: {
      positive: [
        { text: 'on 2024-02-29T10:15:00Z', value: '2024-02-29T10:15:00Z' },
        { text: 'signed 12/31/1999.', value: '12/31/1999' },
        { text: 'am 31.12.1999 unterschrieben', value: '31.12.1999' },
        'due March 3, 2021',
        'the 3rd of March 2021',
        'meet at 10:30 pm',
        { text: 'The call moved to 3pm. Sorry!', value: '3pm' },
        { text: 'Doors open at 7 p.m. on Friday', value: '7 p.m.' },
      ],
      negative: ['on 2023-02-30', 'ratio 13/13/2020', 'version 1.2.10', 'in 2021', 'March of the penguins', 'room 12:30'],
    },
  });
}

/**
 * Detects dates of birth: the date formats of {@link dateTime} with a birth word near (`DOB`,
 * `born`, `date of birth`, `birthday`, `geboren`, `né`, `nacimiento`…). Without that word the date
 * is left to {@link dateTime}; with it this detector scores higher and wins the overlap.
 *
 * @returns the detector (type `DATE_OF_BIRTH`)
 *
 * @example
 * ```ts
 * import { createScanner, dateOfBirth } from '@airlock/core';
 * const scanner = createScanner({ detectors: [dateOfBirth()] });
 * scanner.scan('DOB: 04/07/1986').map((f) => [f.type, f.start, f.end]); //=> [['DATE_OF_BIRTH', 5, 15]]
 * scanner.scan('invoice 04/07/1986').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function dateOfBirth(): Detector {
  return defineDetector({
    id: 'date-of-birth',
    type: 'DATE_OF_BIRTH',
    // A date of birth is a date: it belongs to the DATE_TIME family (presidio labels it so).
    family: 'DATE_TIME',
    patterns: [...DATE_PATTERNS],
    validators: [isPlausibleDate],
    score: 0.5,
    validScore: 0.5,
    context: {
      words: ['dob', 'd.o.b', 'born', 'birth', 'birthday', 'birthdate', 'date of birth', 'b-day', 'geboren', 'geburtsdatum', 'né', 'née', 'naissance', 'nacimiento', 'nascita'],
      window: 40,
      boost: 0.4,
      required: true,
    },
    level: 'confidential',
    category: 'pii',
    regimes: ['gdpr', 'hipaa', 'ccpa'],
    description: 'Date near a word about birth.',
    samples: {
      positive: [
        { text: 'DOB: 04/07/1986', value: '04/07/1986' },
        { text: 'born on March 3, 1971 in Lyon', value: 'March 3, 1971' },
        'Date of birth 1990-11-23',
        'geboren am 12.05.1980',
      ],
      negative: ['invoice 04/07/1986', 'DOB: 1990-02-30', 'born in 1990', 'shipped 2024-05-01'],
    },
  });
}

/**
 * Detects a person's age in years where the text says so: `aged 42`, `age: 42`, `42 years old`,
 * `42-year-old`, `42 y/o`. The finding covers the number only.
 *
 * @returns the detector (type `AGE`)
 *
 * @example
 * ```ts
 * import { createScanner, age } from '@airlock/core';
 * const scanner = createScanner({ detectors: [age()] });
 * const text = 'a 42-year-old patient';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['42']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function age(): Detector {
  return defineDetector({
    id: 'age',
    type: 'AGE',
    patterns: [
      // `aged 8`, `age: 35`, `at the age of 61`.
      '(?i)\\b(?:aged?|age:|age of)[ ]{0,2}([0-9]{1,3})\\b',
      '(?i)\\b([0-9]{1,3})[ -](?:years?|yrs?)[ -]old\\b',
      '(?i)\\b([0-9]{1,3}) ?(?:y/o|yo)\\b',
    ],
    group: 1,
    validators: [isPlausibleAge],
    score: 0.7,
    validScore: 0.7,
    keywords: ['age', 'year', 'yr', 'y/o', 'yo'],
    level: 'confidential',
    category: 'pii',
    regimes: ['gdpr', 'hipaa'],
    description: 'Age in years, stated as an age.',
    samples: {
      positive: [
        { text: 'a 42-year-old patient', value: '42' },
        { text: 'She is 67 years old.', value: '67' },
        { text: 'aged 8', value: '8' },
        { text: 'She learned to sail at the age of 12.', value: '12' },
        'Age: 35',
        'M, 29 y/o',
      ],
      negative: ['42 years ago', 'aged 300', 'the 2 year plan', 'page 42', '0 years old', 'the age of 300 million years'],
    },
  });
}
