/**
 * US health identifiers: {@link usNpi}, {@link usMbi}, {@link usDeaNumber},
 * {@link medicalRecordNumber}.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import { isValidUsDea, isValidUsMbi, isValidUsNpi } from '../../validators/ids/health.ts';
import { _idValidator } from '../government/_shared.ts';

/**
 * Detects US National Provider Identifiers (ten digits, Luhn with the `80840` prefix). One random
 * ten-digit number in ten passes, so a context word (`NPI`, `provider`) is needed.
 *
 * @returns the detector (type `US_NPI`, family `MEDICAL_LICENSE`)
 *
 * @example
 * ```ts
 * import { createScanner, usNpi } from '@airlock/core';
 * const scanner = createScanner({ detectors: [usNpi()] });
 * scanner.scan('NPI 1234567893').map((f) => f.type); //=> ['US_NPI']
 * scanner.scan('NPI 1234567890').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function usNpi(): Detector {
  return defineDetector({
    id: 'us-npi',
    type: 'US_NPI',
    family: 'MEDICAL_LICENSE',
    patterns: ['\\b[12][0-9]{9}\\b'],
    validators: [_idValidator(isValidUsNpi)],
    score: 0.3,
    validScore: 0.45,
    context: { words: ['npi', 'national provider', 'provider id', 'provider number', 'prescriber', 'physician', 'rendering provider'] },
    level: 'confidential',
    category: 'health',
    regions: ['US'],
    regimes: ['hipaa'],
    description: 'US National Provider Identifier (Luhn over 80840 + NPI; needs a context word).',
    samples: {
      positive: [
        { text: 'NPI 1234567893', value: '1234567893' },
        { text: 'rendering provider NPI: 1486224862', value: '1486224862' },
      ],
      negative: ['NPI 1234567890', 'order 1486224862', 'NPI 3234567891'],
    },
  });
}

/**
 * Detects US Medicare Beneficiary Identifiers: eleven characters with digits and letters in fixed
 * positions (letters never S, L, O, I, B or Z), optionally hyphenated `1EG4-TE5-MK73`.
 *
 * @returns the detector (type `US_MBI`, family `HEALTH_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, usMbi } from '@airlock/core';
 * createScanner({ detectors: [usMbi()] }).scan('MBI 1EG4-TE5-MK73').map((f) => f.type); //=> ['US_MBI']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function usMbi(): Detector {
  const l = '[AC-HJKMNP-RT-Y]';
  const x = '[0-9AC-HJKMNP-RT-Y]';
  return defineDetector({
    id: 'us-mbi',
    type: 'US_MBI',
    family: 'HEALTH_ID',
    patterns: [`\\b[1-9]${l}${x}[0-9]-?${l}${x}[0-9]-?${l}{2}[0-9]{2}\\b`],
    validators: [_idValidator(isValidUsMbi)],
    score: 0.4,
    validScore: 0.8,
    context: { words: ['mbi', 'medicare', 'beneficiary', 'medicare number', 'cms'] },
    level: 'restricted',
    category: 'health',
    regions: ['US'],
    regimes: ['hipaa'],
    description: 'US Medicare Beneficiary Identifier (CMS position rules; no check digit).',
    samples: {
      positive: [
        { text: 'MBI 1EG4-TE5-MK73', value: '1EG4-TE5-MK73' },
        { text: 'Medicare number: 5AD9XY2GH41', value: '5AD9XY2GH41' },
      ],
      negative: ['MBI 1EG4-TS5-MK73', 'ref 0EG4TE5MK73', 'code 1EG4TE5MK7A'],
    },
  });
}

/**
 * Detects US DEA registration numbers (registrant letter, name initial, seven digits with a check
 * digit).
 *
 * @returns the detector (type `US_DEA_NUMBER`, family `MEDICAL_LICENSE`)
 *
 * @example
 * ```ts
 * import { createScanner, usDeaNumber } from '@airlock/core';
 * createScanner({ detectors: [usDeaNumber()] }).scan('DEA# AB1234563').map((f) => f.type); //=> ['US_DEA_NUMBER']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function usDeaNumber(): Detector {
  return defineDetector({
    id: 'us-dea-number',
    type: 'US_DEA_NUMBER',
    family: 'MEDICAL_LICENSE',
    patterns: ['\\b[ABCDEFGHJKLMPRSTUX][A-Z9][0-9]{7}\\b'],
    validators: [_idValidator(isValidUsDea)],
    score: 0.3,
    validScore: 0.55,
    context: { words: ['dea', 'dea#', 'dea number', 'dea registration', 'prescriber', 'controlled substance'] },
    level: 'confidential',
    category: 'health',
    regions: ['US'],
    regimes: ['hipaa'],
    description: 'US DEA registration number (check digit).',
    samples: {
      positive: [
        { text: 'DEA# AB1234563', value: 'AB1234563' },
        { text: 'prescriber BJ2088866 signed', value: 'BJ2088866' },
        'F91234563',
      ],
      negative: ['DEA AB1234564', 'ref IB1234563', 'order AB12345630'],
    },
  });
}

/**
 * Detects medical record numbers written after their label (`MRN`, `medical record number`,
 * `chart no.`, `patient ID`): formats vary by institution, so the label is what makes a number an
 * MRN, and the finding covers the number only.
 *
 * @returns the detector (type `MEDICAL_RECORD_NUMBER`, family `HEALTH_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, medicalRecordNumber } from '@airlock/core';
 * const scanner = createScanner({ detectors: [medicalRecordNumber()] });
 * scanner.scan('MRN: 00482913').map((f) => [f.type, f.start, f.end]); //=> [['MEDICAL_RECORD_NUMBER', 5, 13]]
 * scanner.scan('order 00482913').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function medicalRecordNumber(): Detector {
  return defineDetector({
    id: 'medical-record-number',
    type: 'MEDICAL_RECORD_NUMBER',
    family: 'HEALTH_ID',
    patterns: [
      '(?i)\\b(?:mrn|med(?:ical)? rec(?:ord)?(?: (?:number|num|no))?|chart (?:number|no)|patient (?:id|number|no)|hospital (?:number|no))\\.?(?: ?(?:is|#|:|=|-)){0,2} ?([A-Z]{0,3}-?[0-9][0-9-]{3,14}[0-9])\\b',
    ],
    group: 1,
    keywords: ['mrn', 'med', 'chart', 'patient', 'hospital'],
    score: 0.85,
    level: 'restricted',
    category: 'health',
    regimes: ['hipaa', 'gdpr'],
    description: 'Medical record number after its label (MRN, medical record number, chart no., patient ID).',
    samples: {
      positive: [
        { text: 'MRN: 00482913', value: '00482913' },
        { text: 'Medical record number is MR-55012377', value: 'MR-55012377' },
        { text: 'patient ID # 7730-4412 admitted', value: '7730-4412' },
        'chart no. H1029384',
      ],
      negative: ['order 00482913', 'MRN: pending', 'patient id was not given', 'medical records from 2019'],
    },
  });
}
