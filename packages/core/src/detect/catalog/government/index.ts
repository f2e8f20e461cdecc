/**
 * Detectors: government identifiers by country.
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
 * import { governmentIdDetectors } from '@airlock/core';
 * Array.isArray(governmentIdDetectors()); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function governmentIdDetectors(): Detector[] {
  return [];
}
