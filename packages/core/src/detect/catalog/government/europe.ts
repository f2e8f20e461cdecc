/**
 * European identifiers (and Turkey's), each gated by its checksum or by context words.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import * as v from '../../validators/ids/europe.ts';
import { _idValidator } from './_shared.ts';

/**
 * Detects Spanish NIF numbers of people (DNI: eight digits and a control letter).
 *
 * @returns the detector (type `ES_NIF`, family `TAX_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, esNif } from '@airlock/core';
 * const scanner = createScanner({ detectors: [esNif()] });
 * scanner.scan('DNI 12345678Z').map((f) => f.type); //=> ['ES_NIF']
 * scanner.scan('DNI 12345678A').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function esNif(): Detector {
  return defineDetector({
    id: 'es-nif',
    type: 'ES_NIF',
    family: 'TAX_ID',
    patterns: ['\\b[0-9]{8}-?[A-Z]\\b'],
    validators: [_idValidator(v.isValidEsNif)],
    score: 0.4,
    validScore: 0.9,
    context: { words: ['dni', 'nif', 'documento nacional', 'identificación fiscal'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['ES'],
    regimes: ['gdpr'],
    description: 'Spanish DNI/NIF (mod-23 control letter).',
    samples: {
      positive: [
        { text: 'DNI 12345678Z', value: '12345678Z' },
        { text: 'NIF: 40684260-C.', value: '40684260-C' },
        'cliente 04628886K',
      ],
      negative: ['DNI 12345678A', 'ref 00000000T', 'size 12345678Zs'],
    },
  });
}

/**
 * Detects Spanish foreigner identity numbers (NIE: X, Y or Z, seven digits, a control letter).
 *
 * @returns the detector (type `ES_NIE`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, esNie } from '@airlock/core';
 * createScanner({ detectors: [esNie()] }).scan('NIE X1234567L').map((f) => f.type); //=> ['ES_NIE']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function esNie(): Detector {
  return defineDetector({
    id: 'es-nie',
    type: 'ES_NIE',
    family: 'NATIONAL_ID',
    patterns: ['\\b[XYZ]-?[0-9]{7}-?[A-Z]\\b'],
    validators: [_idValidator(v.isValidEsNif)],
    score: 0.4,
    validScore: 0.9,
    context: { words: ['nie', 'extranjero', 'tarjeta de residencia'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['ES'],
    regimes: ['gdpr'],
    description: 'Spanish NIE (mod-23 control letter).',
    samples: {
      positive: [
        { text: 'NIE X1234567L', value: 'X1234567L' },
        { text: 'residencia Y-0680462-K', value: 'Y-0680462-K' },
      ],
      negative: ['NIE X1234567R', 'model Z1234567A'],
    },
  });
}

/**
 * Detects Italian fiscal codes (codice fiscale) of people, homocode forms included.
 *
 * @returns the detector (type `IT_FISCAL_CODE`, family `TAX_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, itFiscalCode } from '@airlock/core';
 * createScanner({ detectors: [itFiscalCode()] }).scan('CF RSSMRA85T10A562S').map((f) => f.type); //=> ['IT_FISCAL_CODE']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function itFiscalCode(): Detector {
  return defineDetector({
    id: 'it-fiscal-code',
    type: 'IT_FISCAL_CODE',
    family: 'TAX_ID',
    patterns: ['(?i)\\b[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]\\b'],
    validators: [_idValidator(v.isValidItFiscalCode)],
    score: 0.4,
    validScore: 1,
    context: { words: ['codice fiscale', 'cf', 'c.f.', 'fiscal code', 'tessera sanitaria'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['IT'],
    regimes: ['gdpr'],
    description: 'Italian codice fiscale (check character).',
    samples: {
      positive: [
        { text: 'CF RSSMRA85T10A562S', value: 'RSSMRA85T10A562S' },
        { text: 'codice fiscale: BNCGLI90E45F205C', value: 'BNCGLI90E45F205C' },
        'omocodia RSSMRA85T10A56NH',
      ],
      negative: ['CF RSSMRA85T10A562T', 'ref RSSMRA85F10A562S', 'ABCDEF12G34H567I'],
    },
  });
}

/**
 * Detects Polish PESEL numbers (birth date and check digit). Eleven digits are common, so a context
 * word is needed.
 *
 * @returns the detector (type `PL_PESEL`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, plPesel } from '@airlock/core';
 * createScanner({ detectors: [plPesel()] }).scan('PESEL 44051401359').map((f) => f.type); //=> ['PL_PESEL']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function plPesel(): Detector {
  return defineDetector({
    id: 'pl-pesel',
    type: 'PL_PESEL',
    family: 'NATIONAL_ID',
    patterns: ['\\b[0-9]{11}\\b'],
    validators: [_idValidator(v.isValidPlPesel)],
    score: 0.3,
    validScore: 0.45,
    context: { words: ['pesel', 'numer pesel', 'nr pesel'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['PL'],
    regimes: ['gdpr'],
    description: 'Polish PESEL (birth date and check digit; needs a context word).',
    samples: {
      positive: [
        { text: 'PESEL 44051401359', value: '44051401359' },
        { text: 'nr PESEL: 92071420043', value: '92071420043' },
      ],
      negative: ['PESEL 44051401358', 'order 44051401359', 'PESEL 44053201352'],
    },
  });
}

/**
 * Detects Polish tax numbers (NIP). Written `123-456-32-18` they are reported on the check digit;
 * bare digits need a context word.
 *
 * @returns the detector (type `PL_NIP`, family `TAX_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, plNip } from '@airlock/core';
 * createScanner({ detectors: [plNip()] }).scan('NIP 123-456-32-18').map((f) => f.type); //=> ['PL_NIP']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function plNip(): Detector {
  return defineDetector({
    id: 'pl-nip',
    type: 'PL_NIP',
    family: 'TAX_ID',
    patterns: ['\\b[0-9]{3}-[0-9]{3}-[0-9]{2}-[0-9]{2}\\b', '\\b[0-9]{3}-[0-9]{2}-[0-9]{2}-[0-9]{3}\\b', '\\b[0-9]{10}\\b'],
    validators: [_idValidator(v.isValidPlNip, { bareIsWeak: true })],
    score: 0.4,
    validScore: 0.85,
    context: { words: ['nip', 'numer identyfikacji podatkowej', 'vat', 'podatnik'] },
    level: 'internal',
    category: 'government-id',
    regions: ['PL'],
    regimes: ['gdpr'],
    description: 'Polish NIP tax number (mod-11 check digit).',
    samples: {
      positive: [
        { text: 'NIP 123-456-32-18', value: '123-456-32-18' },
        { text: 'nip: 4260600621', value: '4260600621' },
      ],
      negative: ['NIP 123-456-32-19', 'tel 4260600621', 'ref 123-456-32-18-9'],
    },
  });
}

/**
 * Detects German tax identification numbers (Steuer-IdNr): eleven digits with one repeated digit
 * and an ISO 7064 MOD 11,10 check digit. A context word is needed.
 *
 * @returns the detector (type `DE_TAX_ID`, family `TAX_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, deTaxId } from '@airlock/core';
 * createScanner({ detectors: [deTaxId()] }).scan('Steuer-ID 86 095 742 719').map((f) => f.type); //=> ['DE_TAX_ID']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function deTaxId(): Detector {
  return defineDetector({
    id: 'de-tax-id',
    type: 'DE_TAX_ID',
    family: 'TAX_ID',
    patterns: ['\\b[1-9][0-9] ?[0-9]{3} ?[0-9]{3} ?[0-9]{3}\\b'],
    validators: [_idValidator(v.isValidDeTaxId)],
    score: 0.3,
    validScore: 0.45,
    context: { words: ['steuer-id', 'steuerid', 'steuer-idnr', 'steueridentifikationsnummer', 'identifikationsnummer', 'idnr', 'tin', 'tax id'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['DE'],
    regimes: ['gdpr'],
    description: 'German Steuer-IdNr (ISO 7064 MOD 11,10; needs a context word).',
    samples: {
      positive: [
        { text: 'Steuer-ID 86 095 742 719', value: '86 095 742 719' },
        { text: 'Identifikationsnummer: 47581032918', value: '47581032918' },
      ],
      negative: ['Steuer-ID 86095742711', 'Bestellung 47581032918', 'IdNr 12345678903'],
    },
  });
}

/**
 * Detects French social security numbers (NIR): sex, birth year and month, place of birth and
 * order number, with a mod-97 key.
 *
 * @returns the detector (type `FR_NIR`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, frNir } from '@airlock/core';
 * createScanner({ detectors: [frNir()] }).scan('NIR 2 55 08 14 168 025 38').map((f) => f.type); //=> ['FR_NIR']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function frNir(): Detector {
  return defineDetector({
    id: 'fr-nir',
    type: 'FR_NIR',
    family: 'NATIONAL_ID',
    patterns: [
      '\\b[12378] [0-9]{2} [0-9]{2} (?:[0-9]{2}|2[AB]) [0-9]{3} [0-9]{3} [0-9]{2}\\b',
      '\\b[12378][0-9]{4}(?:[0-9]{2}|2[AB])[0-9]{6} ?[0-9]{2}\\b',
    ],
    validators: [_idValidator(v.isValidFrNir)],
    score: 0.4,
    validScore: 0.95,
    context: { words: ['sécurité sociale', 'securite sociale', 'nir', 'insee', 'numéro de sécu', 'carte vitale'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['FR'],
    regimes: ['gdpr'],
    description: 'French NIR / social security number (mod-97 key).',
    samples: {
      positive: [
        { text: 'NIR 2 55 08 14 168 025 38', value: '2 55 08 14 168 025 38' },
        { text: 'sécurité sociale: 184077512345657', value: '184077512345657' },
      ],
      negative: ['NIR 2 55 08 14 168 025 39', 'ref 184077512345658', 'ref 584077512345657'],
    },
  });
}

/**
 * Detects Swedish personal identity numbers (personnummer and samordningsnummer): a date and a Luhn
 * check digit. With the hyphen (`YYMMDD-NNNN`) they are reported alone; bare digits need context.
 *
 * @returns the detector (type `SE_PERSONNUMMER`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, sePersonnummer } from '@airlock/core';
 * createScanner({ detectors: [sePersonnummer()] }).scan('pnr 811218-9876').map((f) => f.type); //=> ['SE_PERSONNUMMER']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function sePersonnummer(): Detector {
  return defineDetector({
    id: 'se-personnummer',
    type: 'SE_PERSONNUMMER',
    family: 'NATIONAL_ID',
    patterns: ['\\b(?:19|20)?[0-9]{6}[-+][0-9]{4}\\b', '\\b(?:19|20)?[0-9]{10}\\b'],
    validators: [_idValidator(v.isValidSePersonnummer, { bareIsWeak: true })],
    score: 0.4,
    validScore: 0.9,
    context: { words: ['personnummer', 'personnr', 'pnr', 'samordningsnummer', 'person number'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['SE'],
    regimes: ['gdpr'],
    description: 'Swedish personnummer (date and Luhn check digit).',
    samples: {
      positive: [
        { text: 'pnr 811218-9876', value: '811218-9876' },
        { text: 'personnummer 19900315-4482', value: '19900315-4482' },
        { text: 'personnummer: 9003156008', value: '9003156008' },
      ],
      negative: ['pnr 811218-9875', 'id 811318-9876', 'order 9003156008'],
    },
  });
}

/**
 * Detects Finnish personal identity codes (henkilötunnus, HETU), with their mod-31 check character.
 *
 * @returns the detector (type `FI_PERSONAL_IDENTITY_CODE`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, fiHetu } from '@airlock/core';
 * createScanner({ detectors: [fiHetu()] }).scan('HETU 131052-308T').map((f) => f.type); //=> ['FI_PERSONAL_IDENTITY_CODE']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function fiHetu(): Detector {
  return defineDetector({
    id: 'fi-hetu',
    type: 'FI_PERSONAL_IDENTITY_CODE',
    family: 'NATIONAL_ID',
    patterns: ['(?i)\\b[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]\\b'],
    validators: [_idValidator(v.isValidFiHetu)],
    score: 0.4,
    validScore: 1,
    context: { words: ['henkilötunnus', 'hetu', 'personbeteckning', 'sotu'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['FI'],
    regimes: ['gdpr'],
    description: 'Finnish personal identity code (mod-31 check character).',
    samples: {
      positive: [
        { text: 'HETU 131052-308T', value: '131052-308T' },
        { text: 'henkilötunnus: 050703A222T', value: '050703A222T' },
        '240598-865P',
      ],
      negative: ['HETU 131052-308U', 'ref 311352-308T', 'tel 131052-3081'],
    },
  });
}

/**
 * Detects Dutch citizen service numbers (BSN) by the 11-proof, next to a context word (nine digits
 * alone are too common).
 *
 * @returns the detector (type `NL_BSN`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, nlBsn } from '@airlock/core';
 * createScanner({ detectors: [nlBsn()] }).scan('BSN 111222333').map((f) => f.type); //=> ['NL_BSN']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function nlBsn(): Detector {
  return defineDetector({
    id: 'nl-bsn',
    type: 'NL_BSN',
    family: 'NATIONAL_ID',
    patterns: ['\\b[0-9]{4}\\.?[0-9]{2}\\.?[0-9]{3}\\b', '\\b[0-9]{3}\\.[0-9]{3}\\.[0-9]{3}\\b'],
    validators: [_idValidator(v.isValidNlBsn)],
    score: 0.3,
    validScore: 0.45,
    context: { words: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['NL'],
    regimes: ['gdpr'],
    description: 'Dutch BSN (11-proof; needs a context word).',
    samples: {
      positive: [
        { text: 'BSN 111222333', value: '111222333' },
        { text: 'burgerservicenummer: 628.660.649', value: '628.660.649' },
      ],
      negative: ['BSN 111222334', 'order 628660649'],
    },
  });
}

/**
 * Detects Belgian national register numbers (`YY.MM.DD-XXX.CC`, mod-97 check). In their dotted form
 * they are reported alone; bare digits need a context word.
 *
 * @returns the detector (type `BE_NATIONAL_NUMBER`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { beNationalNumber, createScanner } from '@airlock/core';
 * createScanner({ detectors: [beNationalNumber()] }).scan('RRN 85.07.30-033.28').map((f) => f.type); //=> ['BE_NATIONAL_NUMBER']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function beNationalNumber(): Detector {
  return defineDetector({
    id: 'be-national-number',
    type: 'BE_NATIONAL_NUMBER',
    family: 'NATIONAL_ID',
    patterns: ['\\b[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}-[0-9]{3}\\.[0-9]{2}\\b', '\\b[0-9]{6}[- ]?[0-9]{3}[- ]?[0-9]{2}\\b'],
    validators: [_idValidator(v.isValidBeNationalNumber, { bareIsWeak: true })],
    score: 0.4,
    validScore: 0.85,
    context: { words: ['rijksregisternummer', 'rijksregister', 'numéro national', 'registre national', 'national number', 'nn', 'rrn', 'insz', 'niss'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['BE'],
    regimes: ['gdpr'],
    description: 'Belgian national register number (mod-97 check).',
    samples: {
      positive: [
        { text: 'RRN 85.07.30-033.28', value: '85.07.30-033.28' },
        { text: 'rijksregisternummer 93041221746', value: '93041221746' },
      ],
      negative: ['RRN 85.07.30-033.29', 'ref 93041221746', 'ref 85.13.30-033.28'],
    },
  });
}

/**
 * Detects Danish CPR numbers (`DDMMYY-SSSS`). CPR numbers issued since 2007 carry no check digit, so
 * only the date is checked and a context word is required.
 *
 * @returns the detector (type `DK_CPR`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, dkCpr } from '@airlock/core';
 * createScanner({ detectors: [dkCpr()] }).scan('CPR-nr. 070761-4285').map((f) => f.type); //=> ['DK_CPR']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function dkCpr(): Detector {
  return defineDetector({
    id: 'dk-cpr',
    type: 'DK_CPR',
    family: 'NATIONAL_ID',
    patterns: ['\\b[0-3][0-9][01][0-9][0-9]{2}-?[0-9]{4}\\b'],
    validators: [_idValidator((s) => (v.isValidDkCpr(s) ? undefined : false))],
    score: 0.5,
    context: { words: ['cpr', 'cpr-nr', 'cpr-nummer', 'personnummer', 'cpr nummer'], required: true },
    level: 'restricted',
    category: 'government-id',
    regions: ['DK'],
    regimes: ['gdpr'],
    description: 'Danish CPR number (birth date; needs a context word).',
    samples: {
      positive: [
        { text: 'CPR-nr. 070761-4285', value: '070761-4285' },
        { text: 'cpr: 2902244321', value: '2902244321' },
      ],
      negative: ['ref 070761-4285', 'CPR 320761-4285', 'CPR 290223-4321'],
    },
  });
}

/**
 * Detects Norwegian national identity numbers (fødselsnummer and D-numbers) by their date and two
 * mod-11 check digits, next to a context word.
 *
 * @returns the detector (type `NO_FODSELSNUMMER`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, noFodselsnummer } from '@airlock/core';
 * createScanner({ detectors: [noFodselsnummer()] }).scan('fødselsnummer 15076500565').map((f) => f.type); //=> ['NO_FODSELSNUMMER']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function noFodselsnummer(): Detector {
  return defineDetector({
    id: 'no-fodselsnummer',
    type: 'NO_FODSELSNUMMER',
    family: 'NATIONAL_ID',
    patterns: ['\\b[0-7][0-9][01][0-9]{3} ?[0-9]{5}\\b'],
    validators: [_idValidator(v.isValidNoFodselsnummer)],
    score: 0.3,
    validScore: 0.6,
    context: { words: ['fødselsnummer', 'fodselsnummer', 'personnummer', 'fnr', 'd-nummer', 'identitetsnummer'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['NO'],
    regimes: ['gdpr'],
    description: 'Norwegian fødselsnummer / D-number (date and two check digits).',
    samples: {
      positive: [
        { text: 'fødselsnummer 15076500565', value: '15076500565' },
        { text: 'fnr: 230890 06066', value: '230890 06066' },
      ],
      negative: ['fnr 15076500566', 'fnr 45136500565'],
    },
  });
}

/**
 * Detects Irish Personal Public Service Numbers (seven digits and one or two letters, mod-23 check).
 *
 * @returns the detector (type `IE_PPSN`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, iePpsn } from '@airlock/core';
 * createScanner({ detectors: [iePpsn()] }).scan('PPSN 1234567T').map((f) => f.type); //=> ['IE_PPSN']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function iePpsn(): Detector {
  return defineDetector({
    id: 'ie-ppsn',
    type: 'IE_PPSN',
    family: 'NATIONAL_ID',
    patterns: ['\\b[0-9]{7}[A-W][A-IW]?\\b'],
    validators: [_idValidator(v.isValidIePpsn)],
    score: 0.4,
    validScore: 0.8,
    context: { words: ['ppsn', 'pps number', 'pps no', 'personal public service'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['IE'],
    regimes: ['gdpr'],
    description: 'Irish PPS number (mod-23 check letter).',
    samples: {
      positive: [
        { text: 'PPSN 1234567T', value: '1234567T' },
        { text: 'pps number: 6440424O', value: '6440424O' },
      ],
      negative: ['PPSN 1234567A', 'part 1234567X'],
    },
  });
}

/**
 * Detects Portuguese tax numbers (NIF) by their mod-11 check digit, next to a context word.
 *
 * @returns the detector (type `PT_NIF`, family `TAX_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, ptNif } from '@airlock/core';
 * createScanner({ detectors: [ptNif()] }).scan('NIF 123456789').map((f) => f.type); //=> ['PT_NIF']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function ptNif(): Detector {
  return defineDetector({
    id: 'pt-nif',
    type: 'PT_NIF',
    family: 'TAX_ID',
    patterns: ['\\b[1-35-9][0-9]{2} ?[0-9]{3} ?[0-9]{3}\\b'],
    validators: [_idValidator(v.isValidPtNif)],
    score: 0.3,
    validScore: 0.45,
    context: { words: ['nif', 'contribuinte', 'número de identificação fiscal', 'nipc'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['PT'],
    regimes: ['gdpr'],
    description: 'Portuguese NIF (mod-11 check digit; needs a context word).',
    samples: {
      positive: [
        { text: 'NIF 123456789', value: '123456789' },
        { text: 'contribuinte n.º 242 828 469', value: '242 828 469' },
      ],
      negative: ['NIF 123456788', 'encomenda 242828469'],
    },
  });
}

/**
 * Detects Austrian social insurance numbers (`NNNC DDMMYY`, mod-11 check digit), next to a context
 * word.
 *
 * @returns the detector (type `AT_SOCIAL_SECURITY`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { atSocialSecurity, createScanner } from '@airlock/core';
 * createScanner({ detectors: [atSocialSecurity()] }).scan('SVNR 1237 010180').map((f) => f.type); //=> ['AT_SOCIAL_SECURITY']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function atSocialSecurity(): Detector {
  return defineDetector({
    id: 'at-social-security',
    type: 'AT_SOCIAL_SECURITY',
    family: 'NATIONAL_ID',
    patterns: ['\\b[1-9][0-9]{3} ?[0-3][0-9][01][0-9]{3}\\b'],
    validators: [_idValidator(v.isValidAtSocialSecurity)],
    score: 0.3,
    validScore: 0.45,
    context: { words: ['svnr', 'sv-nr', 'sozialversicherungsnummer', 'versicherungsnummer', 'sozialversicherung', 'e-card'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['AT'],
    regimes: ['gdpr'],
    description: 'Austrian social insurance number (mod-11 check digit; needs a context word).',
    samples: {
      positive: [
        { text: 'SVNR 1237 010180', value: '1237 010180' },
        { text: 'Sozialversicherungsnummer: 4724030588', value: '4724030588' },
      ],
      negative: ['SVNR 1238 010180', 'Rechnung 4724030588'],
    },
  });
}

/**
 * Detects Swiss social security numbers (AHV/AVS, `756.XXXX.XXXX.XX`, EAN-13 check digit).
 *
 * @returns the detector (type `CH_AHV`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { chAhv, createScanner } from '@airlock/core';
 * createScanner({ detectors: [chAhv()] }).scan('AHV-Nr. 756.1234.5678.97').map((f) => f.type); //=> ['CH_AHV']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function chAhv(): Detector {
  return defineDetector({
    id: 'ch-ahv',
    type: 'CH_AHV',
    family: 'NATIONAL_ID',
    patterns: ['\\b756\\.[0-9]{4}\\.[0-9]{4}\\.[0-9]{2}\\b', '\\b756[0-9]{10}\\b'],
    validators: [_idValidator(v.isValidChAhv)],
    keywords: ['756'],
    score: 0.4,
    validScore: 0.9,
    context: { words: ['ahv', 'avs', 'ahv-nr', 'sozialversicherungsnummer', 'numéro avs', 'oasi'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['CH'],
    regimes: ['gdpr'],
    description: 'Swiss AHV/AVS number (EAN-13 check digit).',
    samples: {
      positive: [
        { text: 'AHV-Nr. 756.1234.5678.97', value: '756.1234.5678.97' },
        { text: 'numéro AVS 7564228268688', value: '7564228268688' },
      ],
      negative: ['AHV-Nr. 756.1234.5678.98', 'EAN 4006381333931'],
    },
  });
}

/**
 * Detects Turkish identity numbers (T.C. Kimlik No) by their two check digits, next to a context
 * word.
 *
 * @returns the detector (type `TR_NATIONAL_ID`, family `NATIONAL_ID`)
 *
 * @example
 * ```ts
 * import { createScanner, trTckn } from '@airlock/core';
 * createScanner({ detectors: [trTckn()] }).scan('TC Kimlik No 10000000146').map((f) => f.type); //=> ['TR_NATIONAL_ID']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function trTckn(): Detector {
  return defineDetector({
    id: 'tr-tckn',
    type: 'TR_NATIONAL_ID',
    family: 'NATIONAL_ID',
    patterns: ['\\b[1-9][0-9]{10}\\b'],
    validators: [_idValidator(v.isValidTrTckn)],
    score: 0.3,
    validScore: 0.45,
    context: { words: ['kimlik', 'tc kimlik', 't.c.', 'tckn', 'tc no', 'kimlik no', 'vatandaşlık'] },
    level: 'restricted',
    category: 'government-id',
    regions: ['TR'],
    regimes: [],
    description: 'Turkish T.C. Kimlik number (two check digits; needs a context word).',
    samples: {
      positive: [
        { text: 'TC Kimlik No 10000000146', value: '10000000146' },
        { text: 'kimlik: 46286840626', value: '46286840626' },
      ],
      negative: ['kimlik 10000000147', 'sipariş 46286840626'],
    },
  });
}
