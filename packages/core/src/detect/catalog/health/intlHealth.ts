/**
 * Health identifiers outside the US: {@link ukNhs}, {@link auMedicare}.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import { isValidAuMedicare } from '../../validators/ids/asiaPacific.ts';
import { isValidUkNhs } from '../../validators/ids/europe.ts';
import { _idValidator } from '../government/_shared.ts';

/**
 * Detects UK NHS numbers (ten digits, mod-11 check digit). Written `943 476 5919` they are reported on
 * the check digit; bare or hyphenated digits need a context word.
 *
 * @returns the detector (type `UK_NHS`, family `HEALTH_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, ukNhs } from '@airlock/core';
 * const scanner = createScanner({ detectors: [ukNhs()] });
 * scanner.scan('NHS number 943 476 5919').map((f) => f.type); //=> ['UK_NHS']
 * scanner.scan('NHS number 943 476 5918').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function ukNhs(): Detector {
  return defineDetector({
    id: 'uk-nhs',
    type: 'UK_NHS',
    family: 'HEALTH_ID',
    patterns: ['\\b[0-9]{3} [0-9]{3} [0-9]{4}\\b', '\\b[0-9]{3}-[0-9]{3}-[0-9]{4}\\b', '\\b[0-9]{10}\\b'],
    // 3-3-4 with hyphens is also how North American phone numbers are written: only spaces (the
    // NHS's own style) are reported without a context word.
    validators: [_idValidator((s) => (isValidUkNhs(s) ? (s.includes('-') ? undefined : true) : false), { bareIsWeak: true })],
    score: 0.4,
    validScore: 0.7,
    context: { words: ['nhs', 'nhs number', 'nhs no', 'health service', 'chi number'] },
    level: 'restricted',
    category: 'health',
    regions: ['GB'],
    regimes: ['hipaa', 'gdpr'],
    description: 'UK NHS number (mod-11 check digit).',
    samples: {
      positive: [
        { text: 'NHS number 943 476 5919', value: '943 476 5919' },
        { text: 'nhs no: 6002066624', value: '6002066624' },
        { text: 'NHS: 660-840-0608', value: '660-840-0608' },
      ],
      negative: ['NHS number 943 476 5918', 'order 6002066624', 'ref 943 476 5919 1', 'call 660-840-0608'],
    },
  });
}

/**
 * Detects Australian Medicare card numbers (first digit 2–6, a check digit in position 9, the
 * issue number), next to a context word.
 *
 * @returns the detector (type `AU_MEDICARE`, family `HEALTH_ID`)
 *
 * @example
 * ```ts
 * import { auMedicare, createScanner } from '@airlock/core';
 * createScanner({ detectors: [auMedicare()] }).scan('Medicare 2123 45670 1').map((f) => f.type); //=> ['AU_MEDICARE']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function auMedicare(): Detector {
  return defineDetector({
    id: 'au-medicare',
    type: 'AU_MEDICARE',
    family: 'HEALTH_ID',
    patterns: ['\\b[2-6][0-9]{3} ?[0-9]{5} ?[1-9](?:[ /-]?[1-9])?\\b'],
    validators: [_idValidator(isValidAuMedicare)],
    score: 0.3,
    validScore: 0.45,
    context: { words: ['medicare', 'medicare card', 'medicare number', 'medicare no', 'irn'] },
    level: 'restricted',
    category: 'health',
    regions: ['AU'],
    regimes: ['hipaa'],
    description: 'Australian Medicare card number (check digit; needs a context word).',
    samples: {
      positive: [
        { text: 'Medicare 2123 45670 1', value: '2123 45670 1' },
        { text: 'medicare card: 3249228021', value: '3249228021' },
      ],
      negative: ['Medicare 2123 45671 1', 'order 3249228021'],
    },
  });
}
