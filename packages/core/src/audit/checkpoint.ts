/**
 * Ed25519 keys and signatures of audit checkpoints.
 *
 * @module
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { AirlockError } from '../errors/AirlockError.ts';
import { _checkCheckpointShape, _checkpointMessage } from './record.ts';
import type { AuditCheckpoint } from './types.ts';

/** An Ed25519 key pair for signing checkpoints. */
export interface AuditKeyPair {
  /** The 32-byte secret key: give it to `createAuditLog({ signer })`, keep it secret. */
  readonly privateKey: Uint8Array;
  /** The 32-byte public key: give it to whoever verifies checkpoints. */
  readonly publicKey: Uint8Array;
}

/**
 * Makes an Ed25519 key pair for signing checkpoints, from the runtime's secure random source
 * (`crypto.getRandomValues`) or from a 32-byte seed.
 *
 * @param seed - 32 secret bytes to derive the key from (default: random)
 * @returns the key pair
 * @throws {@link AirlockError} `invalid_argument` when `seed` is not 32 bytes
 *
 * @example
 * ```ts
 * import { generateAuditKeys } from '@airlock/core';
 * const { privateKey, publicKey } = generateAuditKeys();
 * [privateKey.length, publicKey.length]; //=> [32, 32]
 * ```
 */
export function generateAuditKeys(seed?: Uint8Array): AuditKeyPair {
  if (seed !== undefined && !(seed instanceof Uint8Array && seed.length === 32)) {
    throw new AirlockError('invalid_argument', 'generateAuditKeys: seed must be 32 bytes');
  }
  const privateKey = seed ? Uint8Array.from(seed) : ed25519.utils.randomSecretKey();
  return { privateKey, publicKey: ed25519.getPublicKey(privateKey) };
}

/** Checks a 32-byte key; throws `invalid_argument` naming `where`. @internal */
export function _checkKey(key: unknown, where: string): Uint8Array {
  if (!(key instanceof Uint8Array) || key.length !== 32) throw new AirlockError('invalid_argument', `${where} must be a 32-byte Uint8Array`);
  return key;
}

/** Signs a checkpoint's size, root and time. @internal */
export function _signCheckpoint(checkpoint: Omit<AuditCheckpoint, 'signature'>, privateKey: Uint8Array): string {
  const sig = ed25519.sign(_checkpointMessage(checkpoint), privateKey);
  return Array.from(sig, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Verifies a checkpoint's Ed25519 signature (strict RFC 8032 verification) over its size, root and
 * time. A checkpoint without a signature does not verify.
 *
 * @param checkpoint - the checkpoint, as `AuditLog.checkpoint` made it (or parsed from its JSON)
 * @param publicKey - the signer's 32-byte public key
 * @returns whether the signature is valid for that key
 * @throws {@link AirlockError} `audit_malformed` when `checkpoint` is not of the checkpoint shape,
 *   `invalid_argument` when `publicKey` is not 32 bytes
 *
 * @example
 * ```ts
 * import { createAuditLog, generateAuditKeys, verifyCheckpoint } from '@airlock/core';
 * const keys = generateAuditKeys();
 * const log = createAuditLog({ signer: { privateKey: keys.privateKey } });
 * log.append({ kind: 'decision', action: 'allow', rules: ['default-allow'] });
 * const cp = log.checkpoint();
 * verifyCheckpoint(cp, keys.publicKey); //=> true
 * verifyCheckpoint({ ...cp, size: 2 }, keys.publicKey); //=> false
 * verifyCheckpoint(cp, generateAuditKeys().publicKey); //=> false
 * ```
 */
export function verifyCheckpoint(checkpoint: AuditCheckpoint, publicKey: Uint8Array): boolean {
  const cp = _checkCheckpointShape(checkpoint, 'verifyCheckpoint');
  _checkKey(publicKey, 'verifyCheckpoint: publicKey');
  if (cp.signature === undefined) return false;
  try {
    return ed25519.verify(hexToBytes(cp.signature), _checkpointMessage(cp), publicKey, { zip215: false });
  } catch {
    return false; // a public key that is not a curve point
  }
}
