/**
 * Detectors: credentials and secrets.
 *
 * @module
 */
import type { Detector } from '../../types.ts';
import { extraSecretDetectors } from './extra/index.ts';
import { secretsAToF } from './providers/a-f.ts';
import { secretsCurl } from './providers/curl.ts';
import { secretsGToL } from './providers/g-l.ts';
import { secretsMToR } from './providers/m-r.ts';
import { secretsSToZ } from './providers/s-z.ts';

export { extraSecretDetectors } from './extra/index.ts';

/**
 * Detectors for the rules of gitleaks' default configuration, under gitleaks' rule ids
 * (`github-pat`, `slack-bot-token`, `aws-access-token`, …), with airlock's own patterns. Every one
 * has family `SECRET` and category `credential`.
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { createScanner, gitleaksDetectors } from '@airlock/core';
 * const scanner = createScanner({ detectors: gitleaksDetectors() });
 * const text = 'GITHUB_TOKEN=ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
 * scanner.scan(text).map((f) => [f.type, f.detector, f.start]); //=> [['GITHUB_TOKEN', 'github-pat', 13]]
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function gitleaksDetectors(): Detector[] {
  return [...secretsAToF(), ...secretsCurl(), ...secretsGToL(), ...secretsMToR(), ...secretsSToZ()];
}

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
  return [...extraSecretDetectors(), ...gitleaksDetectors()];
}
