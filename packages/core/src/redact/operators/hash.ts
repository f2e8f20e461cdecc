/**
 * {@link hash}: a keyed digest of the value.
 *
 * @module
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Operator } from '../types.ts';
import { _int, _key, _options, _template } from './_check.ts';

/** Options of {@link hash}. */
export interface HashOptions {
  /**
   * The HMAC key, at least 16 bytes. Required: an unkeyed hash of a phone number or an e-mail can be
   * reversed by hashing every candidate, and would link equal values across tenants. Give each
   * tenant its own key.
   */
  readonly key: Uint8Array;
  /**
   * How many hex digits of the HMAC to keep (4 bits each).
   * @defaultValue 16
   */
  readonly length?: number;
  /**
   * What replaces the value: `{hash}` is the digest, `{type}` the entity type.
   * @defaultValue `'<{type}:{hash}>'`
   */
  readonly template?: string;
}

/**
 * Replaces the value with its HMAC-SHA-256 under the caller's key, in hex: equal values give equal
 * digests (so records can still be joined), and nobody without the key can test a guess.
 *
 * @param options - key, digest length, template
 * @returns the operator
 * @throws {@link AirlockError} `invalid_operator` when the key is missing or shorter than 16 bytes,
 *   or the length is not in [8, 64]
 *
 * @example
 * ```ts
 * import { createRedactor, hash } from '@airlock/core';
 * const redactor = createRedactor({ default: hash({ key: new Uint8Array(32).fill(1), length: 8 }) });
 * redactor.redact('mail jane.doe@example.com').text; //=> 'mail <EMAIL_ADDRESS:aa55b484>'
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function hash(options: HashOptions): Operator {
  const o = _options('hash', options);
  const key = _key('hash', o.key, { min: 16 });
  const length = _int('hash', 'length', o.length ?? 16, 8, 64);
  const render = _template('hash', o.template ?? '<{type}:{hash}>', ['hash', 'type']);
  // The keyed state is computed once; each value continues a copy of it.
  const keyed = hmac.create(sha256, key);
  return {
    kind: 'hash',
    apply: (value, finding) => render({ hash: bytesToHex(keyed.clone().update(utf8ToBytes(value)).digest()).slice(0, length), type: finding.type }),
  };
}
