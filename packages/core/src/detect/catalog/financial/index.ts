/**
 * Detectors: financial data (cards, IBAN, SWIFT/BIC, routing numbers, crypto wallets).
 *
 * @module
 */
import type { Detector } from '../../types.ts';

/**
 * Every detector of this part of the catalog, in priority order.
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { financialDetectors } from '@airlock/core';
 * Array.isArray(financialDetectors()); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function financialDetectors(): Detector[] {
  return [];
}
