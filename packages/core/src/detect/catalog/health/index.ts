/**
 * Detectors: health identifiers (PHI).
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
 * import { healthDetectors } from '@airlock/core';
 * Array.isArray(healthDetectors()); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function healthDetectors(): Detector[] {
  return [];
}
