/**
 * United States identifiers: {@link usSsn}, {@link usItin}, {@link usEin}, {@link usPassport},
 * {@link usDriverLicense}.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import { isValidUsEin, isValidUsItin, isValidUsSsn } from '../../validators/ids/americas.ts';
import { _idValidator } from './_shared.ts';

/**
 * Detects US Social Security numbers. Written `AAA-GG-SSSS` a possible SSN is reported alone;
 * nine bare digits, or digits grouped by spaces, need a context word (`SSN`, `social security`). Areas 000, 666
 * and 900–999, group 00, serial 0000 and well-known advertising numbers are rejected.
 *
 * @returns the detector (type `US_SSN`)
 *
 * @example
 * ```ts
 * import { createScanner, usSsn } from '@airlock/core';
 * const scanner = createScanner({ detectors: [usSsn()] });
 * scanner.scan('SSN 536-22-1234').map((f) => [f.type, f.start, f.end]); //=> [['US_SSN', 4, 15]]
 * scanner.scan('ref 666-22-1234').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function usSsn(): Detector {
  return defineDetector({
    id: 'us-ssn',
    type: 'US_SSN',
    patterns: ['\\b[0-9]{3}-[0-9]{2}-[0-9]{4}\\b', '\\b[0-9]{3} [0-9]{2} [0-9]{4}\\b', '\\b[0-9]{9}\\b'],
    // Only the hyphenated form is reported alone: nine digits, or digits grouped by spaces (house
    // numbers, phone fragments), need a context word.
    validators: [_idValidator((s) => (isValidUsSsn(s) ? (s.includes('-') ? true : undefined) : false))],
    score: 0.4,
    validScore: 0.85,
    context: { words: ['ssn', 'ssn#', 'ss#', 'ssa', 'social security', 'social sec', 'soc sec'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['US'],
    regimes: ['ccpa', 'glba'],
    description: 'US Social Security number (structure rules; no check digit exists).',
    samples: {
      positive: [
        { text: 'SSN 536-22-1234', value: '536-22-1234' },
        { text: 'my social security number is 772 10 4821.', value: '772 10 4821' },
        { text: 'ssn: 401558812', value: '401558812' },
        'Employee record: 219-44-6578, hired 2019',
      ],
      negative: [
        'ref 666-22-1234',
        'ssn 000-12-3456',
        'ssn 536-00-1234',
        'sample card 078-05-1120',
        'order 401558812 shipped',
        'Suite 536 22 1234',
        'card 4111-11-1111-1111',
        'call 536-22-1234-5',
      ],
    },
  });
}

/**
 * Detects US Individual Taxpayer Identification Numbers (`9XX-GG-XXXX` with an IRS group range).
 * Hyphenated ones are reported alone; bare digits need a context word.
 *
 * @returns the detector (type `US_ITIN`, family `TAX_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, usItin } from '@airlock/core';
 * createScanner({ detectors: [usItin()] }).scan('ITIN 912-70-1234').map((f) => f.type); //=> ['US_ITIN']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function usItin(): Detector {
  return defineDetector({
    id: 'us-itin',
    type: 'US_ITIN',
    family: 'TAX_ID',
    patterns: ['\\b9[0-9]{2}-[0-9]{2}-[0-9]{4}\\b', '\\b9[0-9]{2} [0-9]{2} [0-9]{4}\\b', '\\b9[0-9]{8}\\b'],
    validators: [_idValidator(isValidUsItin, { bareIsWeak: true })],
    score: 0.4,
    validScore: 0.85,
    context: { words: ['itin', 'taxpayer identification', 'taxpayer id', 'tax id', 'individual taxpayer'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['US'],
    regimes: ['ccpa', 'glba'],
    description: 'US Individual Taxpayer Identification Number (IRS group ranges; no check digit).',
    samples: {
      positive: [
        { text: 'ITIN 912-70-1234', value: '912-70-1234' },
        { text: 'taxpayer id: 987 94 5521', value: '987 94 5521' },
        { text: 'itin 955881234 on the W-7', value: '955881234' },
      ],
      negative: ['ITIN 912-93-1234', 'ref 912-40-1234', 'invoice 955881234', 'phone 912-555-1234'],
    },
  });
}

/**
 * Detects US Employer Identification Numbers (`XX-XXXXXXX` with an IRS-assigned prefix). Without
 * a check digit, the format alone is too common: a context word (`EIN`, `employer identification`,
 * `tax id`) is needed.
 *
 * @returns the detector (type `US_EIN`, family `TAX_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, usEin } from '@airlock/core';
 * const scanner = createScanner({ detectors: [usEin()] });
 * scanner.scan('EIN 12-3456789').map((f) => f.type); //=> ['US_EIN']
 * scanner.scan('part 12-3456789').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function usEin(): Detector {
  return defineDetector({
    id: 'us-ein',
    type: 'US_EIN',
    family: 'TAX_ID',
    patterns: ['\\b[0-9]{2}-[0-9]{7}\\b'],
    validators: [_idValidator(isValidUsEin)],
    score: 0.3,
    validScore: 0.45,
    context: { words: ['ein', 'fein', 'employer identification', 'employer id', 'federal tax id', 'tax id', 'tin'] },
    level: 'internal',
    category: 'government-id',
    regions: ['US'],
    regimes: ['glba'],
    description: 'US Employer Identification Number (valid IRS prefix; needs context).',
    samples: {
      positive: [
        { text: 'EIN 12-3456789', value: '12-3456789' },
        { text: 'Employer Identification Number: 46-1234567', value: '46-1234567' },
      ],
      negative: ['part 12-3456789', 'EIN 07-3456789', 'EIN 00-1234567'],
    },
  });
}

/**
 * Detects US passport numbers (nine digits, or a letter and eight digits on next-generation
 * passports) next to a context word such as `passport`: the format alone proves nothing.
 *
 * @returns the detector (type `US_PASSPORT`, family `PASSPORT`)
 *
 * @example
 * ```ts
 * import { createScanner, usPassport } from '@airlock/core';
 * const scanner = createScanner({ detectors: [usPassport()] });
 * scanner.scan('US passport no. 512345678').map((f) => f.type); //=> ['US_PASSPORT']
 * scanner.scan('tracking 512345678').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function usPassport(): Detector {
  return defineDetector({
    id: 'us-passport',
    type: 'US_PASSPORT',
    family: 'PASSPORT',
    patterns: ['\\b[0-9]{9}\\b', '\\b[A-Z][0-9]{8}\\b'],
    validators: [_idValidator(() => undefined)],
    score: 0.5,
    context: { words: ['passport', 'passport number', 'passport no', 'passport#', 'travel document'], required: true },
    level: 'restricted',
    category: 'government-id',
    regions: ['US'],
    regimes: ['ccpa'],
    description: 'US passport book or card number (needs a context word).',
    samples: {
      positive: [
        { text: 'US passport no. 512345678', value: '512345678' },
        { text: 'Passport: A12345678 (expires 2031)', value: 'A12345678' },
      ],
      negative: ['tracking 512345678', 'order A12345678 shipped', 'passport office phone 1-800-555-0100'],
    },
  });
}

/**
 * Detects US driver's licence numbers next to a context word (`driver's license`, `DL`, …). The
 * states use dozens of formats (digits only, a letter and digits, letters and digits mixed), and
 * none has a published check digit, so without context nothing is reported.
 *
 * @returns the detector (type `US_DRIVER_LICENSE`, family `DRIVER_LICENSE`)
 *
 * @example
 * ```ts
 * import { createScanner, usDriverLicense } from '@airlock/core';
 * const scanner = createScanner({ detectors: [usDriverLicense()] });
 * scanner.scan("driver's license D1234567").map((f) => f.type); //=> ['US_DRIVER_LICENSE']
 * scanner.scan('SKU D1234567').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function usDriverLicense(): Detector {
  return defineDetector({
    id: 'us-driver-license',
    type: 'US_DRIVER_LICENSE',
    family: 'DRIVER_LICENSE',
    patterns: [
      // A letter (or two) then digits: CA, FL, IL, NY, WI, …
      '(?i)\\b[A-Z]{1,2}[0-9]{4,14}\\b',
      // Digits only: many states (7 to 13 digits)
      '\\b[0-9]{7,13}\\b',
      // Digits ending in letters, or letters-digits-letter (IA, CO, NH, NJ, …)
      '\\b[0-9]{3}[A-Z]{2}[0-9]{4}\\b',
      '\\b[0-9]{7,9}[A-Z]{1,2}\\b',
      '\\b[A-Z]{2}[0-9]{6}[A-Z]\\b',
      // Grouped digits (4-2-4, 3-3-3, 3-2-4)
      '\\b[0-9]{3,4}[ -][0-9]{2,3}[ -][0-9]{3,4}\\b',
    ],
    validators: [_idValidator(() => undefined)],
    score: 0.5,
    context: {
      words: [
        "driver's license", 'drivers license', 'driver license', "driver's licence", 'drivers licence', 'driver licence',
        'driving license', 'driving licence', "driver's lic", 'dl', 'dl#', 'dln', 'license number', 'licence number', 'license no', 'lic no', 'lic#',
      ],
      required: true,
    },
    level: 'confidential',
    category: 'government-id',
    regions: ['US'],
    regimes: ['ccpa'],
    description: "US driver's licence number (any state format; needs a context word).",
    samples: {
      positive: [
        { text: "driver's license D1234567", value: 'D1234567' },
        { text: 'DL# 123456789 issued in Texas', value: '123456789' },
        { text: 'Drivers license number: WD12345678 (WA)', value: 'WD12345678' },
        { text: 'license number 1234-56-7890', value: '1234-56-7890' },
      ],
      negative: ['SKU D1234567', 'order 123456789', 'license: MIT', 'driver license renewal fee is 35 dollars'],
    },
  });
}
