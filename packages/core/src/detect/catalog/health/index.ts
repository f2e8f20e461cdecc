/**
 * Detectors: health identifiers (PHI under HIPAA, health data under GDPR): provider and
 * beneficiary numbers, national health numbers and medical record numbers.
 *
 * @module
 */
import type { Detector } from '../../types.ts';
import { auMedicare, ukNhs } from './intlHealth.ts';
import { medicalRecordNumber, usDeaNumber, usMbi, usNpi } from './usHealth.ts';

export * from './intlHealth.ts';
export * from './usHealth.ts';

/**
 * Every detector of this part of the catalog, in priority order.
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { healthDetectors } from '@airlock/core';
 * healthDetectors().map((d) => d.type).includes('US_NPI'); //=> true
 * healthDetectors().every((d) => d.regimes.includes('hipaa')); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function healthDetectors(): Detector[] {
  return [medicalRecordNumber(), usMbi(), ukNhs(), usDeaNumber(), usNpi(), auMedicare()];
}
