/**
 * {@link abaRoutingNumber}: US bank routing transit numbers.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import { isAbaRouting } from '../../validators/common/abaRouting.ts';

/**
 * Detects US ABA routing numbers: 9 digits with a Federal Reserve prefix and a valid 3-7-1
 * checksum, near a word such as "routing" or "ABA" (one 9-digit number in ten passes the checksum,
 * so the context word is required).
 *
 * @returns the detector (type `ABA_ROUTING_NUMBER`)
 *
 * @example
 * ```ts
 * import { createScanner, abaRoutingNumber } from '@airlock/core';
 * const scanner = createScanner({ detectors: [abaRoutingNumber()] });
 * scanner.scan('routing number 021000021').map((f) => f.type); //=> ['ABA_ROUTING_NUMBER']
 * scanner.scan('invoice 021000021').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function abaRoutingNumber(): Detector {
  return defineDetector({
    id: 'aba-routing-number',
    type: 'ABA_ROUTING_NUMBER',
    patterns: ['\\b[0-9]{9}\\b', '\\b[0-9]{4}-[0-9]{4}-[0-9]\\b'],
    validators: [isAbaRouting],
    score: 0.45,
    validScore: 0.45,
    context: { words: ['routing', 'aba', 'rtn', 'transit', 'bank', 'ach', 'wire'], required: true, boost: 0.4 },
    level: 'confidential',
    category: 'financial',
    regions: ['US'],
    regimes: ['glba'],
    description: 'US ABA routing number near a banking word.',
    samples: {
      positive: [
        { text: 'routing number 021000021', value: '021000021' },
        { text: 'ABA: 2610-7321-6', value: '2610-7321-6' },
        'ACH transit 111000614',
      ],
      negative: ['invoice 021000021', 'routing number 021000022', 'routing 500000005', 'aba 12345678'],
    },
  });
}
