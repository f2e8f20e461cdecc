/**
 * Detectors: people, places, organisations and street addresses, without a model; and the
 * {@link Recognizer} interface through which a model can add more.
 *
 * @module
 */
import type { Detector } from '../../types.ts';
import { location, locationContext } from './location.ts';
import { organization } from './organization.ts';
import { person, personContext } from './person.ts';
import { streetAddress } from './streetAddress.ts';

export { location, locationContext } from './location.ts';
export { organization } from './organization.ts';
export { person, personContext } from './person.ts';
export { streetAddress } from './streetAddress.ts';
export type { Recognizer, RecognizerSignal } from './recognizer.ts';

/**
 * Every detector of this part of the catalog, in priority order.
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { entityDetectors } from '@airlock/core';
 * entityDetectors().map((d) => d.type); //=> ['STREET_ADDRESS', 'PERSON', 'PERSON', 'ORGANIZATION', 'LOCATION', 'LOCATION']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function entityDetectors(): Detector[] {
  return [streetAddress(), person(), personContext(), organization(), location(), locationContext()];
}
