/**
 * Credentials in HTTP `Authorization` headers, wherever the header is written down: a request in a
 * log line, a header map in JSON or code, an `.env` entry, a message that says "use Bearer …".
 * gitleaks finds them only on a curl command line (`curl-auth-header`).
 *
 * @module
 */
import { base64nopad } from '@scure/base';
import { defineDetector } from '../../../defineDetector.ts';
import type { Detector, ValidationResult } from '../../../types.ts';
import { _isStandInPassword } from '../providers/curl.ts';
import { _charMix } from './shape.ts';

/** RFC 6750's token68 alphabet (up to RE2's largest count), then its padding. */
const TOKEN68 = '([A-Za-z0-9._~+/-]{16,1000}={0,2})';
/** `Authorization` (or `Proxy-Authorization`) as a header, key or field, then its separator. */
const HEADER = '(?i)\\b(?:proxy-)?authorization["\']?[ \\t]{0,4}[:=][ \\t]{0,4}["\']?';

/**
 * An opaque bearer token mixes letters and digits: a value of letters alone (`your-access-token`)
 * or digits alone is a slot or an id, not a credential.
 */
function checkBearer(value: string): ValidationResult {
  const m = _charMix(value);
  return m.digit && (m.upper || m.lower) ? undefined : false;
}

/**
 * Detects bearer tokens: `Bearer <token>` (RFC 6750), in a header or on its own, and
 * `Authorization: token <token>`. The token must be at least 16 characters of the token68 alphabet
 * and mix letters and digits; variables and slots (`Bearer $TOKEN`, `Bearer <token>`,
 * `Bearer {{token}}`) are not tokens. A token is reported up to its 1,000th character (RE2's
 * largest count); longer bearer tokens are JWTs in practice, which `json-web-token` reports whole.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [bearerToken()] });
 * const text = 'GET /v1/orders Authorization="Bearer q7Rz2mVx9LpT4wKc8NbY3sHd"';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['q7Rz2mVx9LpT4wKc8NbY3sHd']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function bearerToken(): Detector {
  return defineDetector({
    id: 'bearer-token',
    type: 'BEARER_TOKEN',
    family: 'SECRET',
    description: 'Bearer token (Authorization: Bearer …, or Bearer … on its own)',
    patterns: [`(?i)\\bbearer[ \\t]{1,4}${TOKEN68}`, `${HEADER}token[ \\t]{1,4}${TOKEN68}`],
    group: 1,
    validators: [checkBearer],
    minEntropy: 3,
    score: 0.8,
    keywords: ['bearer', 'authorization'],
    level: 'restricted',
    category: 'credential',
    regimes: ['soc2'],
    samples: {
      positive: [
        { text: 'Authorization: Bearer 8fK2mQ7vR4xT1pLz9WcN3bHd', value: '8fK2mQ7vR4xT1pLz9WcN3bHd' },
        { text: '{"headers": {"Authorization": "Bearer x9.Ab3_kLm-7QrT~uVw+Yz0/Pq=="}}', value: 'x9.Ab3_kLm-7QrT~uVw+Yz0/Pq==' },
        { text: '2024-05-01T10:00:00Z GET /api authorization="Bearer 4d7e1c9a0b3f62e8a5d4c7b1"', value: '4d7e1c9a0b3f62e8a5d4c7b1' },
        { text: 'send it with header Bearer Tz4qP8wL2nR6vX0kM3sJ9cF1, thanks', value: 'Tz4qP8wL2nR6vX0kM3sJ9cF1' },
        { text: 'AUTHORIZATION=token 5b1f0e7c2d9a4e3b8c6f1a0d7e2b9c4a5f3e8d1c', value: '5b1f0e7c2d9a4e3b8c6f1a0d7e2b9c4a5f3e8d1c' },
      ],
      negative: [
        'Authorization: Bearer $ACCESS_TOKEN',
        'Authorization: Bearer <your-access-token>',
        "headers = {'Authorization': f'Bearer {token}'}",
        'Authorization: Bearer {{oauth.accessToken}}',
        'Authorization: Bearer your-access-token-goes-here',
        'Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxx1',
        'The bearer of this letter is trusted.',
        'Bearer tokens expire after 3600 seconds.',
        'Authorization: Bearer 12345678901234567890',
      ],
    },
  });
}

/**
 * Whether a Basic credential decodes to `user:password` in printable text, with a password that
 * is not a stand-in (judged as curl's `-u` passwords are).
 */
function checkBasic(value: string): ValidationResult {
  let n = value.length;
  while (n > 0 && value[n - 1] === '=') n--;
  let bytes: Uint8Array;
  try {
    // Padding is optional in practice: decode without it.
    bytes = base64nopad.decode(value.slice(0, n));
  } catch {
    return false;
  }
  let decoded = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 || b === 0x7f) return false;
    decoded += String.fromCharCode(b);
  }
  const colon = decoded.indexOf(':');
  if (colon < 1 || colon === decoded.length - 1) return false;
  // Decoded, `$` and `{` are characters of the password, not a variable or a template.
  return _isStandInPassword(decoded.slice(colon + 1)) ? false : true;
}

/**
 * Detects HTTP Basic credentials in an `Authorization` header: base64 that decodes to
 * `user:password`. A value that does not decode so, or whose password is a stand-in, is not
 * reported.
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [basicAuthCredentials()] });
 * scanner.scan('Authorization: Basic YWRtaW46cTdSejJtVng5').map((f) => f.type); //=> ['BASIC_AUTH_CREDENTIALS']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function basicAuthCredentials(): Detector {
  return defineDetector({
    id: 'basic-auth-credentials',
    type: 'BASIC_AUTH_CREDENTIALS',
    family: 'SECRET',
    description: 'HTTP Basic credentials (Authorization: Basic base64(user:password))',
    patterns: [`${HEADER}basic[ \\t]{1,4}([A-Za-z0-9+/]{4,1000}={0,2})`],
    group: 1,
    validators: [checkBasic],
    score: 0.5,
    validScore: 0.9,
    keywords: ['basic'],
    level: 'restricted',
    category: 'credential',
    regimes: ['soc2'],
    samples: {
      positive: [
        { text: 'Authorization: Basic YWRtaW46cTdSejJtVng5', value: 'YWRtaW46cTdSejJtVng5' },
        { text: '"authorization": "Basic c3ZjLWJpbGxpbmc6VDh3JG1OMnBLcQ=="', value: 'c3ZjLWJpbGxpbmc6VDh3JG1OMnBLcQ==' },
      ],
      negative: [
        // Decodes, but not to user:password.
        'Authorization: Basic aGVsbG8gd29ybGQ=',
        // The password is a stand-in: user:xxxxxxxx, admin:changeme.
        'Authorization: Basic dXNlcjp4eHh4eHh4eA==',
        'Authorization: Basic YWRtaW46Y2hhbmdlbWU=',
        'Authorization: Basic $BASIC_CREDENTIALS',
        'Use Basic authentication for the admin API.',
      ],
    },
  });
}
