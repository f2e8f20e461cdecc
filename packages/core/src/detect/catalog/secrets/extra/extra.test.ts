/**
 * The extra secret detectors together, as a user runs them: which detector wins where several
 * match, what the validators reject, and where findings start and end.
 */
import { createScanner, extraSecretDetectors } from '@airlock/core';
import { describe, expect, it } from 'vitest';
import { _checkJwt } from './jwt.ts';
import { awsSecretAccessKey } from './aws.ts';
import { passwordAssignment, secretAssignment } from './assignments.ts';

const scanner = createScanner({ detectors: extraSecretDetectors() });
const found = (text: string): [string, string][] => scanner.scan(text).map((f) => [f.type, text.slice(f.start, f.end)]);

/** base64url of a JSON value, without padding (plain code, no Buffer). */
function b64url(value: unknown): string {
  const bytes = JSON.stringify(value);
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes.charCodeAt(i) << 16) | ((bytes.charCodeAt(i + 1) || 0) << 8) | (bytes.charCodeAt(i + 2) || 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += abc[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

describe('extra secret detectors', () => {
  it('have unique ids that stay clear of gitleaks rule ids', () => {
    const ids = extraSecretDetectors().map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const taken of ['openai-api-key', 'anthropic-api-key', 'jwt', 'private-key', 'generic-api-key', 'cohere-api-token']) {
      expect(ids).not.toContain(taken);
    }
  });

  it('reports a connection-string password once, as the database detector', () => {
    expect(found('DB=postgres://svc:Xr7pLm2qWz@db.internal/app')).toEqual([['DATABASE_PASSWORD', 'Xr7pLm2qWz']]);
  });

  it('JWT: header must be a JOSE header, payload JSON', () => {
    const payload = b64url({ sub: '17', exp: 1900000000 });
    expect(_checkJwt(`${b64url({ alg: 'ES256' })}.${payload}.c2lnbmF0dXJl`)).toBe(true);
    expect(_checkJwt(`${b64url({ kid: 'x' })}.${payload}.c2lnbmF0dXJl`)).toBe(false);
    expect(_checkJwt(`${b64url({ alg: 'ES256' })}.${b64url([1, 2])}.c2lnbmF0dXJl`)).toBe(false);
    expect(_checkJwt(`${b64url({ alg: 'ES256' })}.${payload}.`)).toBe(false);
    expect(_checkJwt(`${b64url({ alg: 'none' })}.${payload}.`)).toBe(true);
  });

  it('AWS secret key: an id 300 characters away is too far', () => {
    const aws = createScanner({ detectors: [awsSecretAccessKey()] });
    const key = 'Sc7Tvo+hBKqFYY+kv5ZJr3J1TWDtkwtDDb/xHKas';
    expect(aws.scan(`AKIAFQXKWOVOMPZOM7WB ${key}`)).toHaveLength(1);
    expect(aws.scan(`AKIAFQXKWOVOMPZOM7WB ${'.'.repeat(300)} ${key}`)).toHaveLength(0);
    // Inside a longer id-like word, AKIA is not an id.
    expect(aws.scan(`XAKIAFQXKWOVOMPZOM7WB ${key}`)).toHaveLength(0);
  });

  it('assignments: names that say the value is harmless, and made-up values, are dropped', () => {
    const s = createScanner({ detectors: [secretAssignment(), passwordAssignment()] });
    expect(s.scan('STRIPE_PUBLISHABLE_KEY=Lm3Qz8Tx5Vb2Wn9Kp4Rc')).toEqual([]);
    expect(s.scan('csrf_token=Lm3Qz8Tx5Vb2Wn9Kp4Rc')).toEqual([]);
    expect(s.scan('api_key=Lm3Qz8T123456Wn9Kp4Rc')).toEqual([]);
    expect(s.scan('client_token=Lm3Qz8Tx5Vb2Wn9Kp4Rc').map((f) => f.type)).toEqual(['GENERIC_SECRET']);
    expect(s.scan('fake_password=Lm3Qz8Tx5')).toEqual([]);
    expect(s.scan('root_password=Lm3Qz8Tx5').map((f) => f.type)).toEqual(['PASSWORD']);
  });

  it('a private key block is one finding, not one per line', () => {
    const body = 'MHcCAQEEIKZeVNhuwEmf9XtKHrnyGYWZGCIUmPHqgPKOXlXLrdEroAoGCCqGSM49\n'.repeat(3);
    const text = `-----BEGIN EC PRIVATE KEY-----\n${body}-----END EC PRIVATE KEY-----\n`;
    const f = scanner.scan(text);
    expect(f.map((x) => [x.type, x.start, x.end])).toEqual([['PRIVATE_KEY', 0, text.length - 1]]);
  });
});
