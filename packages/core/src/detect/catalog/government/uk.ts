/**
 * United Kingdom identifiers: {@link ukNino}, {@link ukPassport}, {@link ukDrivingLicence}. The NHS
 * number is a health identifier: see `../health/ukNhs.ts`.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import { isValidUkDrivingLicence, isValidUkNino } from '../../validators/ids/europe.ts';
import { _idValidator } from './_shared.ts';

/**
 * Detects UK National Insurance numbers (`QQ 12 34 56 C`), applying HMRC's prefix and suffix rules.
 *
 * @returns the detector (type `UK_NINO`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, ukNino } from '@airlock/core';
 * const scanner = createScanner({ detectors: [ukNino()] });
 * scanner.scan('NI number AB 12 34 56 C').map((f) => f.type); //=> ['UK_NINO']
 * scanner.scan('code GB123456C').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function ukNino(): Detector {
  return defineDetector({
    id: 'uk-nino',
    type: 'UK_NINO',
    family: 'NATIONAL_ID',
    patterns: ['(?i)\\b[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\\b'],
    validators: [_idValidator(isValidUkNino)],
    score: 0.4,
    validScore: 0.85,
    context: { words: ['national insurance', 'nino', 'ni number', 'ni no', 'nin'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['GB'],
    regimes: ['gdpr'],
    description: 'UK National Insurance number (HMRC prefix and suffix rules).',
    samples: {
      positive: [
        { text: 'NI number AB 12 34 56 C', value: 'AB 12 34 56 C' },
        { text: 'nino: JG103759A.', value: 'JG103759A' },
        'National Insurance PR 55 12 99 D',
      ],
      negative: ['code GB123456C', 'ref QQ123456E', 'part DA123456A', 'model AO123456B'],
    },
  });
}

/**
 * Detects UK passport numbers (nine digits, or two letters and seven digits on recent passports)
 * next to a context word such as `passport`.
 *
 * @returns the detector (type `UK_PASSPORT`, family `PASSPORT`)
 *
 * @example
 * ```ts
 * import { createScanner, ukPassport } from '@airlock/core';
 * createScanner({ detectors: [ukPassport()] }).scan('British passport 925076473').map((f) => f.type); //=> ['UK_PASSPORT']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function ukPassport(): Detector {
  return defineDetector({
    id: 'uk-passport',
    type: 'UK_PASSPORT',
    family: 'PASSPORT',
    patterns: ['\\b[0-9]{9}\\b', '\\b[A-Z]{2}[0-9]{7}\\b'],
    validators: [_idValidator(() => undefined)],
    score: 0.5,
    context: { words: ['passport', 'passport number', 'passport no', 'hm passport', 'travel document'], required: true },
    level: 'restricted',
    category: 'government-id',
    regions: ['GB'],
    regimes: ['gdpr'],
    description: 'UK passport number (needs a context word).',
    samples: {
      positive: [
        { text: 'British passport 925076473', value: '925076473' },
        { text: 'Passport no: PA1234567, issued 2022', value: 'PA1234567' },
      ],
      negative: ['invoice 925076473', 'ref PA1234567', 'passport photo booth 3'],
    },
  });
}

/**
 * Detects UK (DVLA) driving licence numbers: sixteen characters encoding the surname, the birth
 * date (month + 50 for women) and the initials, so the structure and the date are checked.
 *
 * @returns the detector (type `UK_DRIVING_LICENCE`, family `DRIVER_LICENSE`)
 *
 * @example
 * ```ts
 * import { createScanner, ukDrivingLicence } from '@airlock/core';
 * createScanner({ detectors: [ukDrivingLicence()] }).scan('licence MORGA753116SM9IJ').map((f) => f.type); //=> ['UK_DRIVING_LICENCE']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function ukDrivingLicence(): Detector {
  return defineDetector({
    id: 'uk-driving-licence',
    type: 'UK_DRIVING_LICENCE',
    family: 'DRIVER_LICENSE',
    patterns: ['\\b[A-Z][A-Z9]{4}[0-9]{6}[A-Z][A-Z9][0-9][A-Z]{2}\\b'],
    validators: [_idValidator(isValidUkDrivingLicence)],
    score: 0.4,
    validScore: 0.85,
    context: { words: ['driving licence', 'driving license', 'licence', 'dvla', 'licence number'] },
    level: 'confidential',
    category: 'government-id',
    regions: ['GB'],
    regimes: ['gdpr'],
    description: 'UK DVLA driving licence number (structure and encoded birth date).',
    samples: {
      positive: [
        { text: 'licence MORGA753116SM9IJ', value: 'MORGA753116SM9IJ' },
        { text: 'DVLA: SMITH806143JA8LK', value: 'SMITH806143JA8LK' },
        'driver JONES961205P99XY on file',
      ],
      negative: ['licence MORGA713316SM9IJ', 'ref ABCDE123456XY1Z9', 'hash MORGA753116SM9I1'],
    },
  });
}
