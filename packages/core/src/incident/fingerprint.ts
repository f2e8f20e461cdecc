import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { AirlockError } from '../errors/AirlockError.ts';

/** What every fingerprint looks like: `fp:` and 64 lowercase hex digits (an HMAC-SHA-256). */
export const FINGERPRINT_PATTERN: RegExp = /^fp:[0-9a-f]{64}$/;

/**
 * The evidence an incident keeps of a secret or a piece of personal data: an HMAC-SHA-256 of the
 * value under the organisation's key. The same value under the same key always has the same
 * fingerprint, so a second detection finds the open incident; without the key, the fingerprint
 * tells nothing about the value (a plain hash of a short value, such as a card number, could be
 * brute-forced).
 *
 * @param value - the secret or the personal data, as found
 * @param key - the HMAC key, at least 16 bytes (keep it with your other secrets, not with incidents)
 * @returns `fp:` and 64 hex digits
 * @throws AirlockError `invalid_argument` when the value is empty or the key is too short
 *
 * @example
 * ```ts
 * import { fingerprint } from '@airlock/core';
 * const key = new TextEncoder().encode('a key of at least sixteen bytes');
 * const fp = fingerprint('sk-live-0123456789abcdef', key);
 * fp.startsWith('fp:'); //=> true
 * fp.length; //=> 67
 * fp === fingerprint('sk-live-0123456789abcdef', key); //=> true
 * ```
 */
export function fingerprint(value: string, key: Uint8Array): string {
  if (typeof value !== 'string' || value === '') {
    throw new AirlockError('invalid_argument', 'fingerprint: value must be a non-empty string');
  }
  if (!(key instanceof Uint8Array) || key.length < 16) {
    throw new AirlockError('invalid_argument', 'fingerprint: key must be a Uint8Array of at least 16 bytes');
  }
  return `fp:${bytesToHex(hmac(sha256, key, utf8ToBytes(value)))}`;
}
