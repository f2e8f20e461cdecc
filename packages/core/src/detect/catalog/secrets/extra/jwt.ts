/**
 * JSON Web Tokens (JWS compact form): three base64url parts whose header decodes to a JSON
 * object with an `alg`.
 *
 * @module
 */
import { defineDetector } from '../../../defineDetector.ts';
import type { Detector, ValidationResult } from '../../../types.ts';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Decodes unpadded base64url to a string of bytes (one char per byte), or `undefined` when the
 * input is not base64url.
 */
function decodeBase64Url(s: string): string | undefined {
  if (s.length % 4 === 1) return undefined;
  let out = '';
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const v = B64URL.indexOf(s.charAt(i));
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

/**
 * Checks a JWT's structure: the header is a JSON object with a string `alg`, the payload is a
 * JSON object, and a signature is present unless `alg` is `none`. Returns `true` then. A token
 * whose header does not decode (a damaged or hand-edited copy) but whose payload is a JSON object
 * and which has a signature is still a bearer credential's shape: `undefined` (cannot tell).
 * Anything else is `false`.
 *
 * @param value - the token
 * @returns `true` for a well-formed token, `undefined` for a signed token with a damaged header,
 *   `false` otherwise
 * @internal
 *
 * @example
 * ```ts
 * _checkJwt('eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.'); //=> true
 * _checkJwt('eyJmb28iOiJiYXIifQ.eyJzdWIiOiIxIn0.c2ln'); //=> false
 * _checkJwt('eyJhbGciOiJSUzI1NiIsI_R5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2ln'); //=> undefined
 * ```
 */
export function _checkJwt(value: string): ValidationResult {
  const dot1 = value.indexOf('.');
  const dot2 = value.indexOf('.', dot1 + 1);
  if (dot1 < 0 || dot2 < 0) return false;
  const header = parseObject(value.slice(0, dot1));
  const payload = parseObject(value.slice(dot1 + 1, dot2));
  if (!payload) return false;
  if (header === undefined) return dot2 < value.length - 1 ? undefined : false;
  const alg = header['alg'];
  if (typeof alg !== 'string' || alg.length === 0) return false;
  if (alg.toLowerCase() !== 'none' && dot2 === value.length - 1) return false;
  return true;
}

function parseObject(part: string): Record<string, unknown> | undefined {
  const json = decodeBase64Url(part);
  if (json === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Detects JSON Web Tokens: `eyJ…` header, payload and signature in base64url, kept only when
 * the header decodes to a JSON object with an `alg` and the payload to a JSON object (gitleaks'
 * `jwt` rule checks only the shape).
 *
 * @returns the detector
 * @internal
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [jsonWebToken()] });
 * const text = 'Authorization: Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.';
 * scanner.scan(text).map((f) => [f.type, f.start]); //=> [['JSON_WEB_TOKEN', 22]]
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function jsonWebToken(): Detector {
  return defineDetector({
    id: 'json-web-token',
    type: 'JSON_WEB_TOKEN',
    family: 'SECRET',
    description: 'JSON Web Token whose claims are JSON (and whose header is JSON with an alg, or damaged)',
    patterns: ['\\beyJ[A-Za-z0-9_-]{6,}\\.eyJ[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*'],
    validators: [_checkJwt],
    score: 0.5,
    validScore: 0.9,
    keywords: ['eyj'],
    level: 'restricted',
    category: 'credential',
    regimes: ['soc2'],
    samples: {
      positive: [
        {
          text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0ODIxIiwibmFtZSI6Ik9sYSBCZXJnIiwiaWF0IjoxNzE2MjMwNDAwfQ.w1mUsF0n0dBbPFMlg1VlnaPPLW3qG9whDeAsr-Lxsso',
          value:
            'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0ODIxIiwibmFtZSI6Ik9sYSBCZXJnIiwiaWF0IjoxNzE2MjMwNDAwfQ.w1mUsF0n0dBbPFMlg1VlnaPPLW3qG9whDeAsr-Lxsso',
        },
        {
          text: '{"id_token":"eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2F1dGguY29ycC50ZXN0IiwiYXVkIjoiYXBpIiwiZXhwIjoxODkzNDU2MDAwfQ.MUTddsDCQY9GYs83LhaBRr43CsOkamsiN2oO_eEFrhnsZJkgeCGlRtiwhLtpNze69rD0xpOpfAqt8Tf0yBVZcA"}',
          value:
            'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2F1dGguY29ycC50ZXN0IiwiYXVkIjoiYXBpIiwiZXhwIjoxODkzNDU2MDAwfQ.MUTddsDCQY9GYs83LhaBRr43CsOkamsiN2oO_eEFrhnsZJkgeCGlRtiwhLtpNze69rD0xpOpfAqt8Tf0yBVZcA',
        },
        'token=eyJhbGciOiJub25lIn0.eyJzdWIiOiI0ODIxIiwibmFtZSI6Ik9sYSBCZXJnIiwiaWF0IjoxNzE2MjMwNDAwfQ.',
        // Header damaged (not base64 JSON), claims and signature intact.
        'id_token: eyJhbGciOiJSUzI1NiIsI_R5cCI6IkpXVCJ9.eyJzdWIiOiI0ODIxIiwibmFtZSI6Ik9sYSBCZXJnIiwiaWF0IjoxNzE2MjMwNDAwfQ.w1mUsF0n0dBbPFMlg1VlnaPPLW3qG9whDeAsr-Lxsso',
      ],
      negative: [
        // Header without alg.
        'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiI0ODIxIiwibmFtZSI6Ik9sYSBCZXJnIiwiaWF0IjoxNzE2MjMwNDAwfQ.w1mUsF0n0dBbPFMlg1VlnaPPLW3qG9whDeAsr-Lxsso',
        // JSON header, but not a JOSE one.
        'eyJmb28iOiJiYXIiLCJiYXoiOjF9.eyJzdWIiOiI0ODIxIiwibmFtZSI6Ik9sYSBCZXJnIiwiaWF0IjoxNzE2MjMwNDAwfQ.w1mUsF0n0dBbPFMlg1VlnaPPLW3qG9whDeAsr-Lxsso',
        // Signed algorithm, signature cut off.
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0ODIxIiwibmFtZSI6Ik9sYSBCZXJnIiwiaWF0IjoxNzE2MjMwNDAwfQ.',
        // Looks like a token, is not base64 JSON.
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJnotreallyjson.abc',
        // Header damaged and no signature.
        'eyJhbGciOiJSUzI1NiIsI_R5cCI6IkpXVCJ9.eyJzdWIiOiI0ODIxIiwibmFtZSI6Ik9sYSBCZXJnIiwiaWF0IjoxNzE2MjMwNDAwfQ.',
      ],
    },
  });
}
