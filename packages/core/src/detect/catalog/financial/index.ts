/**
 * Detectors: financial data (cards, IBAN, SWIFT/BIC, routing numbers, crypto wallets).
 *
 * @module
 */
import type { Detector } from '../../types.ts';
import { abaRoutingNumber } from './abaRoutingNumber.ts';
import { creditCard } from './creditCard.ts';
import { cryptoWallet } from './cryptoWallet.ts';
import { ibanCode } from './ibanCode.ts';
import { swiftCode } from './swiftCode.ts';

export { abaRoutingNumber, creditCard, cryptoWallet, ibanCode, swiftCode };

/**
 * Every detector of this part of the catalog, in priority order.
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { financialDetectors } from '@airlock/core';
 * financialDetectors().map((d) => d.type).includes('CREDIT_CARD'); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function financialDetectors(): Detector[] {
  return [creditCard(), ibanCode(), swiftCode(), abaRoutingNumber(), cryptoWallet()];
}
