/**
 * Presets: ready-made lists of detectors to pass to {@link createScanner}. Each call returns fresh
 * detector objects; compose them freely (`[...secrets(), ...byRegion('DE')]`).
 *
 * @module
 */
import { contactDetectors } from './catalog/contact/index.ts';
import { entityDetectors } from './catalog/entities/index.ts';
import { financialDetectors } from './catalog/financial/index.ts';
import { governmentIdDetectors } from './catalog/government/index.ts';
import { healthDetectors } from './catalog/health/index.ts';
import { secretDetectors } from './catalog/secrets/index.ts';
import type { Detector, Regime } from './types.ts';

/**
 * Every detector in the catalog, in priority order: secrets, financial, government ids, health,
 * contact and network, then people, places and organisations.
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { allDetectors } from '@airlock/core';
 * allDetectors().length > 0; //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function allDetectors(): Detector[] {
  return [
    ...secretDetectors(),
    ...financialDetectors(),
    ...governmentIdDetectors(),
    ...healthDetectors(),
    ...contactDetectors(),
    ...entityDetectors(),
  ];
}

/**
 * The default catalog: every detector. Region-specific identifiers are kept, because each one is
 * gated by its checksum or by context words; narrow it with {@link byRegion} when you know where your
 * data comes from.
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { createScanner, recommended } from '@airlock/core';
 * const scanner = createScanner({ detectors: recommended() });
 * scanner.scan('mail jane.doe@example.com').map((f) => f.type); //=> ['EMAIL_ADDRESS']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function recommended(): Detector[] {
  return allDetectors();
}

/**
 * Only credentials: API keys, tokens, private keys, passwords (family `SECRET`).
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { secrets } from '@airlock/core';
 * secrets().every((d) => d.family === 'SECRET'); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function secrets(): Detector[] {
  return secretDetectors();
}

/**
 * Personal data without credentials: contact, financial, government ids, health, people and places.
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { pii } from '@airlock/core';
 * pii().some((d) => d.family === 'SECRET'); //=> false
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function pii(): Detector[] {
  return allDetectors().filter((d) => d.category !== 'credential');
}

/**
 * Detectors of data tied to any of `regions` (ISO 3166 alpha-2, such as `'US'`, `'DE'`), plus the
 * global ones (those with no region: email, cards, secrets, …).
 *
 * @param regions - the regions to keep
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { byRegion } from '@airlock/core';
 * byRegion('US').every((d) => d.regions.length === 0 || d.regions.includes('US')); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function byRegion(...regions: string[]): Detector[] {
  return allDetectors().filter((d) => d.regions.length === 0 || d.regions.some((r) => regions.includes(r)));
}

/**
 * Detectors of data that a compliance regime covers (`'hipaa'` for PHI, `'pci-dss'` for card data,
 * `'gdpr'` for personal data, …).
 *
 * @param regimes - the regimes to keep
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { byRegime } from '@airlock/core';
 * byRegime('hipaa').every((d) => d.regimes.includes('hipaa')); //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function byRegime(...regimes: Regime[]): Detector[] {
  return allDetectors().filter((d) => d.regimes.some((r) => regimes.includes(r)));
}
