/**
 * {@link creditCard}: payment card numbers (PAN).
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import { isPaymentCard } from '../../validators/common/paymentCard.ts';

/**
 * Detects payment card numbers of the major schemes (Visa, Mastercard with the 2-series, Amex,
 * Discover, Diners, JCB, UnionPay, Maestro), written contiguously or in groups separated by spaces
 * or dashes. A candidate must have a known issuer prefix and length and a valid Luhn digit; 12 to
 * 19 digits alone prove little, so the base score is low and the checksum lifts it to 1.
 *
 * @returns the detector (type `CREDIT_CARD`)
 *
 * @example
 * ```ts
 * import { createScanner, creditCard } from '@airlock/core';
 * const scanner = createScanner({ detectors: [creditCard()] });
 * scanner.scan('card 4539 8765 4321 0129 exp 04/27').map((f) => [f.type, f.start, f.end]); //=> [['CREDIT_CARD', 5, 24]]
 * scanner.scan('order 4539 8765 4321 0128').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function creditCard(): Detector {
  return defineDetector({
    id: 'credit-card',
    type: 'CREDIT_CARD',
    patterns: [
      '\\b[1-9][0-9]{11,18}\\b',
      // 4-4-4-4 (and 4-4-4-1..7, 4-4-4-4-3) groups
      '\\b[1-9][0-9]{3}[ -][0-9]{4}[ -][0-9]{4}[ -][0-9]{1,7}(?:[ -][0-9]{3})?\\b',
      // Amex 4-6-5 and Diners 4-6-4
      '\\b3[0-9]{3}[ -][0-9]{6}[ -][0-9]{4,5}\\b',
    ],
    validators: [isPaymentCard],
    score: 0.3,
    validScore: 1,
    context: { words: ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'cc', 'pan', 'payment'] },
    level: 'restricted',
    category: 'financial',
    regimes: ['pci-dss', 'gdpr', 'glba'],
    description: 'Payment card number with a known issuer prefix and a valid Luhn check digit.',
    samples: {
      positive: [
        { text: 'card 4539 8765 4321 0129 exp 04/27', value: '4539 8765 4321 0129' },
        { text: 'mc: 5222-3344-5566-7786', value: '5222-3344-5566-7786' },
        { text: 'new 2-series 2720112233445566 on file', value: '2720112233445566' },
        { text: 'Amex 3498 765432 10986', value: '3498 765432 10986' },
        'discover 6011987654321019',
        'diners 30569309025904',
        'jcb 3530111333300000',
        'unionpay 6212345678901232',
        'maestro 6759123456787',
      ],
      negative: [
        'order 4539 8765 4321 0128', // Luhn fails
        'ref 541234123412349', // Luhn holds, but Mastercard numbers have 16 digits
        'id 9999123412341237',
        'ts 1700000000000',
        'phone 4539 8765',
      ],
    },
  });
}
