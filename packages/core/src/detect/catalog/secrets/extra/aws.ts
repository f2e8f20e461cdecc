/**
 * AWS secret access keys: 40 base64 characters that mean nothing alone, so they are reported only
 * next to an access key id (`AKIA…`, `ASIA…`) or an `aws_secret_access_key`-style name.
 *
 * @module
 */
import { defineDetector } from '../../../defineDetector.ts';
import type { CandidateContext, Detector, ValidationResult } from '../../../types.ts';
import { _charMix } from './shape.ts';

/** How far from the value an access key id may be, in UTF-16 code units. */
const ID_WINDOW = 256;
const ID_PREFIXES = ['AKIA', 'ASIA'] as const;

/**
 * Whether an AWS access key id (`AKIA`/`ASIA` and 16 upper-case letters or digits, on word
 * boundaries) occurs within {@link ID_WINDOW} code units of the candidate.
 */
function hasAccessKeyIdNear(where: CandidateContext): boolean {
  const { text, start, end } = where;
  const from = Math.max(0, start - ID_WINDOW);
  const to = Math.min(text.length, end + ID_WINDOW);
  for (const prefix of ID_PREFIXES) {
    for (let i = text.indexOf(prefix, from); i >= 0 && i + 20 <= to; i = text.indexOf(prefix, i + 1)) {
      if (isIdChar(text.charCodeAt(i - 1)) || isIdChar(text.charCodeAt(i + 20))) continue;
      let ok = true;
      for (let k = i + 4; k < i + 20 && ok; k++) {
        const c = text.charCodeAt(k);
        ok = (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
      }
      if (ok) return true;
    }
  }
  return false;
}

function isIdChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * `false` for values that cannot be a secret key (hex digests such as git object ids, or values
 * without upper-case letters, lower-case letters and digits); `true` next to an access key id.
 */
function checkSecretKey(value: string, where: CandidateContext): ValidationResult {
  const mix = _charMix(value);
  if (mix.hex || !(mix.upper && mix.lower && mix.digit)) return false;
  return hasAccessKeyIdNear(where) ? true : undefined;
}

/**
 * Detects AWS secret access keys: 40 characters of base64 reported only next to an access key
 * id (`AKIA…`, `ASIA…`, score 0.95) or a name such as `aws_secret_access_key` (score 0.65).
 * Alone, a 40-character string scores 0.3, under the default threshold. gitleaks' default rules
 * find only the key id.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [awsSecretAccessKey()] });
 * const text = 'aws_access_key_id = AKIAFQXKWOVOMPZOM7WB\naws_secret_access_key = 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';
 * scanner.scan(text).map((f) => [f.type, text.slice(f.start, f.end)]); //=> [['AWS_SECRET_ACCESS_KEY', '2O76UMFxFkM+R5Kjp1vRt/1fjORS+6ilI8ihN5KX']]
 * scanner.scan('commit 2O76UMFxFkM+R5Kjp1vRt/1fjORS+6ilI8ihN5KX'); //=> []
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function awsSecretAccessKey(): Detector {
  return defineDetector({
    id: 'aws-secret-access-key',
    type: 'AWS_SECRET_ACCESS_KEY',
    family: 'SECRET',
    description: 'AWS secret access key (40 base64 characters) next to an access key id or its variable name',
    patterns: ['(?:^|[^A-Za-z0-9/+=])([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)'],
    group: 1,
    validators: [checkSecretKey],
    minEntropy: 4,
    score: 0.3,
    validScore: 0.95,
    context: {
      words: [
        'aws_secret_access_key', 'aws_secret_key', 'aws_secret', 'secret_access_key', 'SecretAccessKey',
        'secretAccessKey', 'aws secret access key', 'aws-secret-access-key', 'AWS_SECRET',
      ],
      window: 100,
    },
    keywords: ['aws', 'akia', 'asia', 'secretaccesskey'],
    level: 'restricted',
    category: 'credential',
    regimes: ['soc2'],
    samples: {
      positive: [
        {
          text: '[default]\naws_access_key_id = AKIA66TFJGVQ6KBNXJBT\naws_secret_access_key = PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA+',
          value: 'PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA+',
        },
        { text: 'export AWS_SECRET_ACCESS_KEY="Sc7Tvo+hBKqFYY+kv5ZJr3J1TWDtkwtDDb/xHKas"', value: 'Sc7Tvo+hBKqFYY+kv5ZJr3J1TWDtkwtDDb/xHKas' },
        {
          text: '{"AccessKeyId": "ASIABR6QMW4WXFOGO6MV", "SecretAccessKey": "1VOqg6YYZYn9ZhyiA4uoRgnatmUdjAWtGSU8po/7"}',
          value: '1VOqg6YYZYn9ZhyiA4uoRgnatmUdjAWtGSU8po/7',
        },
        { text: 'creds: AKIAFQXKWOVOMPZOM7WB / 2O76UMFxFkM+R5Kjp1vRt/1fjORS+6ilI8ihN5KX', value: '2O76UMFxFkM+R5Kjp1vRt/1fjORS+6ilI8ihN5KX' },
      ],
      negative: [
        // A random-looking 40-character string with nothing AWS about it.
        'token 2O76UMFxFkM+R5Kjp1vRt/1fjORS+6ilI8ihN5KX in the log',
        // A git object id next to the secret's name.
        'aws_secret_access_key: see commit 3f786850e387550fdab836ed7e6dc881de23001b',
        // One character short, and one too long.
        'aws_secret_access_key = 2O76UMFxFkM+R5Kjp1vRt/1fjORS+6ilI8ihN5K',
        'aws_secret_access_key = 2O76UMFxFkM+R5Kjp1vRt/1fjORS+6ilI8ihN5KXz',
        // A template and a placeholder.
        'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY_FROM_VAULT_PATH_X}',
        'AKIA66TFJGVQ6KBNXJBT aws_secret_access_key = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
  });
}
