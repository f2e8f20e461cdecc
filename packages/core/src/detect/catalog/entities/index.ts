/**
 * Detectors: people, places, organisations and street addresses, without a model.
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
 * import { entityDetectors } from '@airlock/core';
 * Array.isArray(entityDetectors()); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function entityDetectors(): Detector[] {
  return [];
}
