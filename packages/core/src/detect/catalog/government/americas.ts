/**
 * Identifiers of Canada, Brazil and Mexico: {@link caSin}, {@link caPassport}, {@link brCpf},
 * {@link brCnpj}, {@link mxCurp}.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import { isValidBrCnpj, isValidBrCpf, isValidCaSin, isValidMxCurp } from '../../validators/ids/americas.ts';
import { _idValidator } from './_shared.ts';

/**
 * Detects Canadian Social Insurance Numbers (nine digits, Luhn). One random nine-digit number in ten
 * passes Luhn, so a context word (`SIN`, `social insurance`, `NAS`) is needed.
 *
 * @returns the detector (type `CA_SIN`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { caSin, createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [caSin()] });
 * scanner.scan('SIN: 046 454 286').map((f) => f.type); //=> ['CA_SIN']
 * scanner.scan('SIN: 046 454 287').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function caSin(): Detector {
  return defineDetector({
    id: 'ca-sin',
    type: 'CA_SIN',
    family: 'NATIONAL_ID',
    patterns: ['\\b[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{3}\\b'],
    validators: [_idValidator(isValidCaSin)],
    score: 0.3,
    validScore: 0.45,
    context: { words: ['sin', 'social insurance', 'insurance number', 'nas', "numéro d'assurance sociale", 'assurance sociale'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['CA'],
    regimes: [],
    description: 'Canadian Social Insurance Number (Luhn; needs a context word).',
    samples: {
      positive: [
        { text: 'SIN: 046 454 286', value: '046 454 286' },
        { text: 'social insurance number 240-842-682', value: '240-842-682' },
        { text: 'NAS 240842682', value: '240842682' },
      ],
      negative: ['SIN: 046 454 287', 'order 046 454 286', 'SIN 800 000 002', 'phone 416 555 0199'],
    },
  });
}

/**
 * Detects Canadian passport numbers (two letters and six digits) next to a context word.
 *
 * @returns the detector (type `CA_PASSPORT`, family `PASSPORT`)
 *
 * @example
 * ```ts
 * import { caPassport, createScanner } from '@airlock/core';
 * createScanner({ detectors: [caPassport()] }).scan('Canadian passport GA302922').map((f) => f.type); //=> ['CA_PASSPORT']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function caPassport(): Detector {
  return defineDetector({
    id: 'ca-passport',
    type: 'CA_PASSPORT',
    family: 'PASSPORT',
    patterns: ['\\b[A-Z]{2}[0-9]{6}\\b'],
    validators: [_idValidator(() => undefined)],
    score: 0.5,
    context: { words: ['passport', 'passeport', 'passport number', 'passport no', 'travel document'], required: true },
    level: 'restricted',
    category: 'government-id',
    regions: ['CA'],
    regimes: [],
    description: 'Canadian passport number (needs a context word).',
    samples: {
      positive: [
        { text: 'Canadian passport GA302922', value: 'GA302922' },
        { text: 'numéro de passeport: AB123456', value: 'AB123456' },
      ],
      negative: ['flight GA302922', 'ref AB123456', 'passport renewal takes 20 days'],
    },
  });
}

/**
 * Detects Brazilian CPF numbers (individual taxpayer registry). Written `000.000.000-00` they are
 * reported on their two check digits; eleven bare digits need a context word.
 *
 * @returns the detector (type `BR_CPF`, family `TAX_ID`)
 *
 * @example
 * ```ts
 * import { brCpf, createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [brCpf()] });
 * scanner.scan('CPF 111.444.777-35').map((f) => f.type); //=> ['BR_CPF']
 * scanner.scan('CPF 111.444.777-36').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function brCpf(): Detector {
  return defineDetector({
    id: 'br-cpf',
    type: 'BR_CPF',
    family: 'TAX_ID',
    patterns: ['\\b[0-9]{3}\\.[0-9]{3}\\.[0-9]{3}-[0-9]{2}\\b', '\\b[0-9]{11}\\b'],
    validators: [_idValidator(isValidBrCpf, { bareIsWeak: true })],
    score: 0.4,
    validScore: 1,
    context: { words: ['cpf', 'cadastro de pessoas', 'contribuinte'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['BR'],
    regimes: [],
    description: 'Brazilian CPF (two mod-11 check digits).',
    samples: {
      positive: [
        { text: 'CPF 111.444.777-35', value: '111.444.777-35' },
        { text: 'cliente 824.884.060-31 cadastrado', value: '824.884.060-31' },
        { text: 'cpf: 68008426802', value: '68008426802' },
      ],
      negative: ['CPF 111.444.777-36', 'CPF 111.111.111-11', 'pedido 68008426802', 'tel 824.884.060-32'],
    },
  });
}

/**
 * Detects Brazilian CNPJ numbers (company registry). Written `00.000.000/0000-00` they are reported
 * on their two check digits; fourteen bare digits need a context word.
 *
 * @returns the detector (type `BR_CNPJ`, family `COMPANY_ID`)
 *
 * @example
 * ```ts
 * import { brCnpj, createScanner } from '@airlock/core';
 * createScanner({ detectors: [brCnpj()] }).scan('CNPJ 11.222.333/0001-81').map((f) => f.type); //=> ['BR_CNPJ']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function brCnpj(): Detector {
  return defineDetector({
    id: 'br-cnpj',
    type: 'BR_CNPJ',
    family: 'COMPANY_ID',
    patterns: ['\\b[0-9]{2}\\.[0-9]{3}\\.[0-9]{3}/[0-9]{4}-[0-9]{2}\\b', '\\b[0-9]{14}\\b'],
    validators: [_idValidator(isValidBrCnpj, { bareIsWeak: true })],
    score: 0.4,
    validScore: 0.9,
    context: { words: ['cnpj', 'empresa', 'razão social', 'pessoa jurídica'] },
    level: 'internal',
    category: 'government-id',
    regions: ['BR'],
    regimes: [],
    description: 'Brazilian CNPJ company number (two mod-11 check digits).',
    samples: {
      positive: [
        { text: 'CNPJ 11.222.333/0001-81', value: '11.222.333/0001-81' },
        { text: 'cnpj: 06862402000181', value: '06862402000181' },
      ],
      negative: ['CNPJ 11.222.333/0001-82', 'id 06862402000181', 'CNPJ 00.000.000/0000-00'],
    },
  });
}

/**
 * Detects Mexican CURP codes (Clave Única de Registro de Población): eighteen characters encoding
 * name, birth date, sex and state, with a check digit.
 *
 * @returns the detector (type `MX_CURP`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, mxCurp } from '@airlock/core';
 * createScanner({ detectors: [mxCurp()] }).scan('CURP HEGG560427MVZRRL04').map((f) => f.type); //=> ['MX_CURP']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function mxCurp(): Detector {
  return defineDetector({
    id: 'mx-curp',
    type: 'MX_CURP',
    family: 'NATIONAL_ID',
    patterns: ['\\b[A-Z]{4}[0-9]{6}[HMX][A-Z]{5}[0-9A-Z][0-9]\\b'],
    validators: [_idValidator(isValidMxCurp)],
    score: 0.4,
    validScore: 1,
    context: { words: ['curp', 'clave única', 'registro de población'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['MX'],
    regimes: [],
    description: 'Mexican CURP (structure, birth date, state code and check digit).',
    samples: {
      positive: [
        { text: 'CURP HEGG560427MVZRRL04', value: 'HEGG560427MVZRRL04' },
        { text: 'mi curp es PELJ920714HJCRPN04.', value: 'PELJ920714HJCRPN04' },
      ],
      negative: ['CURP HEGG560427MVZRRL05', 'id PELJ920714HQQRPN04', 'code ABCD991399HJCRPN04'],
    },
  });
}
