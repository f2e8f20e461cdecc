/**
 * Secret detectors beyond gitleaks' default rules.
 *
 * @module
 */
import type { Detector } from '../../../types.ts';

/**
 * Secret detectors that gitleaks' default set lacks.
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { extraSecretDetectors } from '@airlock/core';
 * Array.isArray(extraSecretDetectors()); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function extraSecretDetectors(): Detector[] {
  return [];
}
