/**
 * Identifiers of Australia, Singapore, South Korea, China, Japan and South Africa.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import * as v from '../../validators/ids/asiaPacific.ts';
import { _idValidator } from './_shared.ts';

/**
 * Detects Australian Tax File Numbers (weighted mod-11 check), next to a context word.
 *
 * @returns the detector (type `AU_TFN`, family `TAX_ID`)
 *
 * @example
 * ```ts
 * import { auTfn, createScanner } from '@airlock/core';
 * createScanner({ detectors: [auTfn()] }).scan('TFN 123 456 782').map((f) => f.type); //=> ['AU_TFN']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function auTfn(): Detector {
  return defineDetector({
    id: 'au-tfn',
    type: 'AU_TFN',
    family: 'TAX_ID',
    patterns: ['\\b[0-9]{3} ?[0-9]{3} ?[0-9]{2,3}\\b'],
    validators: [_idValidator(v.isValidAuTfn)],
    score: 0.3,
    validScore: 0.45,
    context: { words: ['tfn', 'tax file number', 'tax file no'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['AU'],
    regimes: [],
    description: 'Australian Tax File Number (mod-11 check; needs a context word).',
    samples: {
      positive: [
        { text: 'TFN 123 456 782', value: '123 456 782' },
        { text: 'tax file number: 484286468', value: '484286468' },
      ],
      negative: ['TFN 123 456 783', 'invoice 484286468'],
    },
  });
}

/**
 * Detects Australian Business Numbers (eleven digits, mod-89 check). Grouped `51 824 753 556` they
 * are reported alone; bare digits need a context word.
 *
 * @returns the detector (type `AU_ABN`, family `TAX_ID`)
 *
 * @example
 * ```ts
 * import { auAbn, createScanner } from '@airlock/core';
 * createScanner({ detectors: [auAbn()] }).scan('ABN 51 824 753 556').map((f) => f.type); //=> ['AU_ABN']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function auAbn(): Detector {
  return defineDetector({
    id: 'au-abn',
    type: 'AU_ABN',
    family: 'TAX_ID',
    patterns: ['\\b[1-9][0-9] [0-9]{3} [0-9]{3} [0-9]{3}\\b', '\\b[1-9][0-9]{10}\\b'],
    validators: [_idValidator(v.isValidAuAbn, { bareIsWeak: true })],
    score: 0.4,
    validScore: 0.85,
    context: { words: ['abn', 'australian business number', 'business number'] },
    level: 'internal',
    category: 'government-id',
    regions: ['AU'],
    regimes: [],
    description: 'Australian Business Number (mod-89 check).',
    samples: {
      positive: [
        { text: 'ABN 51 824 753 556', value: '51 824 753 556' },
        { text: 'abn: 24480242421', value: '24480242421' },
      ],
      negative: ['ABN 51 824 753 557', 'order 24480242421'],
    },
  });
}

/**
 * Detects Singapore NRIC and FIN numbers (a series letter, seven digits and a check letter).
 *
 * @returns the detector (type `SG_NRIC_FIN`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, sgNricFin } from '@airlock/core';
 * createScanner({ detectors: [sgNricFin()] }).scan('NRIC S1234567D').map((f) => f.type); //=> ['SG_NRIC_FIN']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function sgNricFin(): Detector {
  return defineDetector({
    id: 'sg-nric-fin',
    type: 'SG_NRIC_FIN',
    family: 'NATIONAL_ID',
    patterns: ['(?i)\\b[STFGM][0-9]{7}[A-Z]\\b'],
    validators: [_idValidator(v.isValidSgNric)],
    score: 0.4,
    validScore: 0.9,
    context: { words: ['nric', 'fin', 'ic number', 'identity card', 'ic no'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['SG'],
    regimes: [],
    description: 'Singapore NRIC/FIN (check letter; the M series by structure alone).',
    samples: {
      positive: [
        { text: 'NRIC S1234567D', value: 'S1234567D' },
        { text: 'FIN: F0084448U', value: 'F0084448U' },
        'T2684868C',
      ],
      negative: ['NRIC S1234567E', 'ref A1234567D', 'ticket T2684868D'],
    },
  });
}

/**
 * Detects South Korean resident registration numbers (`YYMMDD-SNNNNNN`). A valid check digit makes
 * them certain; numbers issued since October 2020 have none, so without it a context word is needed.
 *
 * @returns the detector (type `KR_RRN`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, krRrn } from '@airlock/core';
 * createScanner({ detectors: [krRrn()] }).scan('RRN 900101-1234568').map((f) => f.type); //=> ['KR_RRN']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function krRrn(): Detector {
  return defineDetector({
    id: 'kr-rrn',
    type: 'KR_RRN',
    family: 'NATIONAL_ID',
    patterns: ['\\b[0-9]{2}[01][0-9][0-3][0-9]-?[1-8][0-9]{6}\\b'],
    validators: [_idValidator(v.checkKrRrn, { bareIsWeak: true })],
    score: 0.4,
    validScore: 0.95,
    context: { words: ['주민등록번호', '주민번호', 'rrn', 'resident registration'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['KR'],
    regimes: [],
    description: 'South Korean resident registration number (date, sex digit, check digit where one exists).',
    samples: {
      positive: [
        { text: 'RRN 900101-1234568', value: '900101-1234568' },
        { text: '주민등록번호 850612-2268825', value: '850612-2268825' },
        { text: '주민번호: 211105-3987654', value: '211105-3987654' },
      ],
      negative: ['ref 900101-1234567', 'RRN 901301-1234568', 'code 900101-9234568'],
    },
  });
}

/**
 * Detects Chinese resident identity card numbers (eighteen characters: region, birth date, order
 * and an ISO 7064 MOD 11-2 check character).
 *
 * @returns the detector (type `CN_RESIDENT_ID`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { cnResidentId, createScanner } from '@airlock/core';
 * createScanner({ detectors: [cnResidentId()] }).scan('身份证 11010519491231002X').map((f) => f.type); //=> ['CN_RESIDENT_ID']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function cnResidentId(): Detector {
  return defineDetector({
    id: 'cn-resident-id',
    type: 'CN_RESIDENT_ID',
    family: 'NATIONAL_ID',
    patterns: ['\\b[1-9][0-9]{5}(?:18|19|20)[0-9]{2}[01][0-9][0-3][0-9]{4}[0-9Xx]\\b'],
    validators: [_idValidator(v.isValidCnResidentId)],
    score: 0.4,
    validScore: 0.95,
    context: { words: ['身份证', '身份证号', '公民身份号码', 'resident id', 'id card'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['CN'],
    regimes: [],
    description: 'Chinese resident identity card number (birth date and MOD 11-2 check character).',
    samples: {
      positive: [
        { text: '身份证 11010519491231002X', value: '11010519491231002X' },
        { text: 'ID 440304198807158686 on file', value: '440304198807158686' },
      ],
      negative: ['身份证 110105194912310021', 'ref 440304198813158686', 'tx 440304198807158687'],
    },
  });
}

/**
 * Detects Japanese Individual Numbers (My Number, twelve digits with a check digit), next to a
 * context word.
 *
 * @returns the detector (type `JP_MY_NUMBER`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, jpMyNumber } from '@airlock/core';
 * createScanner({ detectors: [jpMyNumber()] }).scan('マイナンバー 1234 5678 9018').map((f) => f.type); //=> ['JP_MY_NUMBER']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function jpMyNumber(): Detector {
  return defineDetector({
    id: 'jp-my-number',
    type: 'JP_MY_NUMBER',
    family: 'NATIONAL_ID',
    patterns: ['\\b[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}\\b'],
    validators: [_idValidator(v.isValidJpMyNumber)],
    score: 0.3,
    validScore: 0.45,
    context: { words: ['マイナンバー', '個人番号', 'my number', 'individual number'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['JP'],
    regimes: [],
    description: 'Japanese My Number (check digit; needs a context word).',
    samples: {
      positive: [
        { text: 'マイナンバー 1234 5678 9018', value: '1234 5678 9018' },
        { text: 'my number: 868643246406', value: '868643246406' },
      ],
      negative: ['マイナンバー 1234 5678 9019', 'order 868643246406'],
    },
  });
}

/**
 * Detects South African identity numbers (birth date, citizenship digit, Luhn check digit), next
 * to a context word.
 *
 * @returns the detector (type `ZA_ID_NUMBER`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, zaIdNumber } from '@airlock/core';
 * createScanner({ detectors: [zaIdNumber()] }).scan('ID number 8001015009087').map((f) => f.type); //=> ['ZA_ID_NUMBER']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function zaIdNumber(): Detector {
  return defineDetector({
    id: 'za-id-number',
    type: 'ZA_ID_NUMBER',
    family: 'NATIONAL_ID',
    patterns: ['\\b[0-9]{2}[01][0-9][0-3][0-9] ?[0-9]{4} ?[012][0-9]{2}\\b'],
    validators: [_idValidator(v.isValidZaId)],
    score: 0.3,
    validScore: 0.6,
    context: { words: ['id number', 'identity number', 'id no', 'rsa id', 'sa id', 'identity document'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['ZA'],
    regimes: [],
    description: 'South African identity number (date, citizenship digit, Luhn).',
    samples: {
      positive: [
        { text: 'ID number 8001015009087', value: '8001015009087' },
        { text: 'SA ID: 920220 4720 083', value: '920220 4720 083' },
      ],
      negative: ['ID number 8001015009088', 'ID number 8013015009087'],
    },
  });
}
