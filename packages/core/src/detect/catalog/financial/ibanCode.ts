/**
 * {@link ibanCode}: International Bank Account Numbers.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import { isIban } from '../../validators/common/iban.ts';

/**
 * Detects IBANs, compact (either case) or in uppercase groups of four. A candidate must have a
 * known country, that country's IBAN length, and mod-97 check digits.
 *
 * @returns the detector (type `IBAN_CODE`)
 *
 * @example
 * ```ts
 * import { createScanner, ibanCode } from '@airlock/core';
 * const scanner = createScanner({ detectors: [ibanCode()] });
 * scanner.scan('IBAN: DE44 5001 0517 5407 3249 31.').map((f) => [f.type, f.start, f.end]); //=> [['IBAN_CODE', 6, 33]]
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function ibanCode(): Detector {
  return defineDetector({
    id: 'iban-code',
    type: 'IBAN_CODE',
    patterns: ['(?i)\\b[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}\\b', '\\b[A-Z]{2}[0-9]{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?\\b'],
    validators: [isIban],
    score: 0.3,
    validScore: 1,
    context: { words: ['iban', 'account', 'bank', 'transfer', 'konto', 'compte', 'cuenta'] },
    level: 'confidential',
    category: 'financial',
    regimes: ['gdpr', 'glba'],
    description: 'IBAN with a known country, its registered length and valid mod-97 check digits.',
    samples: {
      positive: [
        { text: 'IBAN: DE44 5001 0517 5407 3249 31.', value: 'DE44 5001 0517 5407 3249 31' },
        { text: 'pay to FR7630006000011234567890189 today', value: 'FR7630006000011234567890189' },
        'es9121000418450200051332',
        'NL91ABNA0417164300',
        'GB74 BARC 2003 5347 3621 18',
        'IT60X0542811101000000123456',
      ],
      negative: ['DE45 5001 0517 5407 3249 31', 'GB74BARC2003534736211', 'XX44500105175407324931', 'ABCD1234EFGH5678IJ'],
    },
  });
}
