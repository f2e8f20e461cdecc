/**
 * Indian identifiers: {@link inAadhaar}, {@link inPan}, {@link inGstin}, {@link inPassport},
 * {@link inVoterId}.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import { isValidInAadhaar, isValidInGstin, isValidInPan } from '../../validators/ids/asiaPacific.ts';
import { _idValidator } from './_shared.ts';

/**
 * Detects Aadhaar numbers (twelve digits, Verhoeff check digit). Written in groups of four they are
 * reported on the check digit; twelve bare digits need a context word.
 *
 * @returns the detector (type `IN_AADHAAR`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, inAadhaar } from '@airlock/core';
 * const scanner = createScanner({ detectors: [inAadhaar()] });
 * scanner.scan('Aadhaar 2345 6789 0124').map((f) => f.type); //=> ['IN_AADHAAR']
 * scanner.scan('Aadhaar 2345 6789 0125').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function inAadhaar(): Detector {
  return defineDetector({
    id: 'in-aadhaar',
    type: 'IN_AADHAAR',
    family: 'NATIONAL_ID',
    patterns: ['\\b[2-9][0-9]{3} [0-9]{4} [0-9]{4}\\b', '\\b[2-9][0-9]{3}-[0-9]{4}-[0-9]{4}\\b', '\\b[2-9][0-9]{11}\\b'],
    validators: [_idValidator(isValidInAadhaar, { bareIsWeak: true })],
    score: 0.4,
    validScore: 0.9,
    context: { words: ['aadhaar', 'aadhar', 'uid', 'uidai', 'आधार'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['IN'],
    regimes: [],
    description: 'Indian Aadhaar number (Verhoeff check digit).',
    samples: {
      positive: [
        { text: 'Aadhaar 2345 6789 0124', value: '2345 6789 0124' },
        { text: 'UID: 7420-2428-8048', value: '7420-2428-8048' },
        { text: 'aadhaar no 788888628823', value: '788888628823' },
      ],
      negative: ['Aadhaar 2345 6789 0125', 'ref 788888628823', 'card 4539 8765 4321 0129', '1234 5678 9012'],
    },
  });
}

/**
 * Detects Indian Permanent Account Numbers (PAN): five letters, four digits, a letter, the fourth
 * letter naming the holder type.
 *
 * @returns the detector (type `IN_PAN`, family `TAX_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, inPan } from '@airlock/core';
 * createScanner({ detectors: [inPan()] }).scan('PAN ABCPE1234F').map((f) => f.type); //=> ['IN_PAN']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function inPan(): Detector {
  return defineDetector({
    id: 'in-pan',
    type: 'IN_PAN',
    family: 'TAX_ID',
    patterns: ['\\b[A-Z]{3}[PCHFATBLJG][A-Z][0-9]{4}[A-Z]\\b'],
    validators: [_idValidator(isValidInPan)],
    score: 0.4,
    validScore: 0.8,
    context: { words: ['pan', 'permanent account', 'income tax', 'pan card'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['IN'],
    regimes: [],
    description: 'Indian Permanent Account Number (holder-type letter checked).',
    samples: {
      positive: [
        { text: 'PAN ABCPE1234F', value: 'ABCPE1234F' },
        { text: 'pan card no. BNZAA2318J issued', value: 'BNZAA2318J' },
      ],
      negative: ['PAN ABCXE1234F', 'sku ABCPE0000F', 'ref ABCPE12345'],
    },
  });
}

/**
 * Detects Indian GST identification numbers (GSTIN): state code, PAN, entity number, `Z` and a
 * base-36 check character.
 *
 * @returns the detector (type `IN_GSTIN`, family `TAX_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, inGstin } from '@airlock/core';
 * createScanner({ detectors: [inGstin()] }).scan('GSTIN 27ABCPE1234F1ZB').map((f) => f.type); //=> ['IN_GSTIN']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function inGstin(): Detector {
  return defineDetector({
    id: 'in-gstin',
    type: 'IN_GSTIN',
    family: 'TAX_ID',
    patterns: ['\\b[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][0-9A-Z]Z[0-9A-Z]\\b'],
    validators: [_idValidator(isValidInGstin)],
    score: 0.4,
    validScore: 1,
    context: { words: ['gstin', 'gst', 'gst no', 'goods and services tax'] },
    level: 'internal',
    category: 'government-id',
    regions: ['IN'],
    regimes: [],
    description: 'Indian GSTIN (state code, embedded PAN, base-36 check character).',
    samples: {
      positive: [
        { text: 'GSTIN 27ABCPE1234F1ZB', value: '27ABCPE1234F1ZB' },
        { text: 'supplier 29AAGCB1286Q1Z0 billed', value: '29AAGCB1286Q1Z0' },
      ],
      negative: ['GSTIN 27ABCPE1234F1ZC', 'GSTIN 45ABCPE1234F1ZB', 'code 29AAGCB1286Q1Z1'],
    },
  });
}

/**
 * Detects Indian passport numbers (a letter and seven digits) next to a context word.
 *
 * @returns the detector (type `IN_PASSPORT`, family `PASSPORT`)
 *
 * @example
 * ```ts
 * import { createScanner, inPassport } from '@airlock/core';
 * createScanner({ detectors: [inPassport()] }).scan('Indian passport J8369854').map((f) => f.type); //=> ['IN_PASSPORT']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function inPassport(): Detector {
  return defineDetector({
    id: 'in-passport',
    type: 'IN_PASSPORT',
    family: 'PASSPORT',
    patterns: ['\\b[A-PR-WY][1-9][0-9]{5}[1-9]\\b'],
    validators: [_idValidator(() => undefined)],
    score: 0.5,
    context: { words: ['passport', 'passport number', 'passport no', 'पासपोर्ट'], required: true },
    level: 'restricted',
    category: 'government-id',
    regions: ['IN'],
    regimes: [],
    description: 'Indian passport number (needs a context word).',
    samples: {
      positive: [
        { text: 'Indian passport J8369854', value: 'J8369854' },
        { text: 'passport no: K1234567', value: 'K1234567' },
      ],
      negative: ['train J8369854', 'passport Q1234567', 'seat K1234567'],
    },
  });
}

/**
 * Detects Indian voter ID (EPIC) numbers (three letters and seven digits) next to a context word.
 *
 * @returns the detector (type `IN_VOTER`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, inVoterId } from '@airlock/core';
 * createScanner({ detectors: [inVoterId()] }).scan('voter ID ABC1234567').map((f) => f.type); //=> ['IN_VOTER']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function inVoterId(): Detector {
  return defineDetector({
    id: 'in-voter-id',
    type: 'IN_VOTER',
    family: 'NATIONAL_ID',
    patterns: ['\\b[A-Z]{3}[0-9]{7}\\b'],
    validators: [_idValidator(() => undefined)],
    score: 0.5,
    context: { words: ['voter', 'voter id', 'epic', 'election commission', 'electoral'], required: true },
    level: 'restricted',
    category: 'government-id',
    regions: ['IN'],
    regimes: [],
    description: 'Indian voter ID (EPIC) number (needs a context word).',
    samples: {
      positive: [
        { text: 'voter ID ABC1234567', value: 'ABC1234567' },
        { text: 'EPIC no. XYZ7654321 (Election Commission)', value: 'XYZ7654321' },
      ],
      negative: ['invoice ABC1234567', 'voter id pending', 'voter ABC123456'],
    },
  });
}
