/**
 * Secret detectors beyond gitleaks' default rules.
 *
 * @module
 */
import type { Detector } from '../../../types.ts';
import { aiProviderDetectors } from './aiProviders.ts';
import { passwordAssignment, secretAssignment } from './assignments.ts';
import { awsSecretAccessKey } from './aws.ts';
import { databaseConnectionPassword, urlPassword } from './connectionStrings.ts';
import { basicAuthCredentials, bearerToken } from './httpAuth.ts';
import { jsonWebToken } from './jwt.ts';
import { privateKeyBlock } from './privateKeys.ts';

/**
 * Secret detectors that gitleaks' default set lacks or matches too narrowly: AWS secret access
 * keys, passwords in connection strings and URLs, AI provider keys, validated JSON Web Tokens,
 * bearer tokens and Basic credentials in Authorization headers, private key blocks, and generic password and secret assignments (last, as the least specific).
 *
 * @returns fresh detector objects
 *
 * @example
 * ```ts
 * import { createScanner, extraSecretDetectors } from '@airlock/core';
 * const scanner = createScanner({ detectors: extraSecretDetectors() });
 * const text = 'DATABASE_URL=postgres://app:q7Vd9sLm2xWp@db:5432/app';
 * scanner.scan(text).map((f) => [f.type, text.slice(f.start, f.end)]); //=> [['DATABASE_PASSWORD', 'q7Vd9sLm2xWp']]
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function extraSecretDetectors(): Detector[] {
  return [
    privateKeyBlock(),
    ...aiProviderDetectors(),
    awsSecretAccessKey(),
    jsonWebToken(),
    bearerToken(),
    basicAuthCredentials(),
    databaseConnectionPassword(),
    urlPassword(),
    passwordAssignment(),
    secretAssignment(),
  ];
}
