/**
 * {@link swiftCode}: SWIFT/BIC bank identifier codes.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import { isBic } from '../../validators/common/bic.ts';

/**
 * Detects SWIFT/BIC codes (ISO 9362): 8 or 11 uppercase characters with a real country code. Any
 * uppercase word of that length may look like one (`DATABASE`), so a context word is required.
 *
 * @returns the detector (type `SWIFT_CODE`)
 *
 * @example
 * ```ts
 * import { createScanner, swiftCode } from '@airlock/core';
 * const scanner = createScanner({ detectors: [swiftCode()] });
 * scanner.scan('SWIFT: BNPAFRPPXXX').map((f) => f.type); //=> ['SWIFT_CODE']
 * scanner.scan('the DATABASE is down').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function swiftCode(): Detector {
  return defineDetector({
    id: 'swift-code',
    type: 'SWIFT_CODE',
    patterns: ['\\b[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\\b'],
    validators: [isBic],
    score: 0.5,
    validScore: 0.5,
    context: { words: ['swift', 'bic', 'bank', 'iban', 'wire', 'transfer', 'beneficiary'], required: true, boost: 0.35 },
    level: 'internal',
    category: 'financial',
    regimes: ['glba'],
    description: 'SWIFT/BIC code near a banking word.',
    samples: {
      positive: [
        { text: 'SWIFT: BNPAFRPPXXX', value: 'BNPAFRPPXXX' },
        { text: 'BIC code DEUTDEFF for the wire', value: 'DEUTDEFF' },
        'Beneficiary bank: CHASUS33',
      ],
      negative: ['the DATABASE is down', 'SWIFT: BNPAZZPP', 'bank code ABCDEF0X', 'CHASUS33 alone'],
    },
  });
}
