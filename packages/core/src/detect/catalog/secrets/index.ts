/**
 * Detectors: credentials and secrets.
 *
 * @module
 */
import type { Detector } from '../../types.ts';
import { extraSecretDetectors } from './extra/index.ts';

export { extraSecretDetectors } from './extra/index.ts';

/**
 * Every secret detector, in priority order.
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { secretDetectors } from '@airlock/core';
 * Array.isArray(secretDetectors()); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function secretDetectors(): Detector[] {
  return [...extraSecretDetectors()];
}
