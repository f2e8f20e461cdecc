/**
 * The vault at rest: its state as JSON, encrypted and authenticated with XChaCha20-Poly1305 under a
 * key derived (HKDF-SHA-256) from the caller's key, with a random 24-byte nonce. A short key
 * identifier, derived from the key by the same HKDF, tells a wrong key from a damaged vault.
 *
 * Format: `airlock-vault.1.<key id>.<nonce>.<ciphertext>`, each part base64url without padding.
 *
 * @module
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { bytesToUtf8, randomBytes, utf8ToBytes } from '@noble/ciphers/utils.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64urlnopad } from '@scure/base';
import { AirlockError } from '../../errors/AirlockError.ts';
import type { VaultEntry } from './types.ts';

/** What a vault is made of: its entries and its per-scope, per-type counters. @internal */
export interface VaultState {
  readonly entries: readonly VaultEntry[];
  /** `[scope, token name, last number given]`. */
  readonly counters: readonly (readonly [string, string, number])[];
}

const MAGIC = 'airlock-vault';
const VERSION = '1';

/** Derives the encryption key and the key identifier from the caller's key. */
function deriveKeys(key: Uint8Array): { enc: Uint8Array; id: string } {
  if (!(key instanceof Uint8Array)) throw new AirlockError('invalid_argument', 'the vault key must be a Uint8Array');
  if (key.length < 16) throw new AirlockError('vault_key', `the vault key must be at least 16 bytes (got ${key.length}); use 32 random bytes`);
  const okm = hkdf(sha256, key, utf8ToBytes(MAGIC), utf8ToBytes('vault encryption key and key id'), 40);
  return { enc: okm.subarray(0, 32), id: base64urlnopad.encode(okm.subarray(32)) };
}

/** @internal */
export function sealVault(state: VaultState, key: Uint8Array): string {
  const { enc, id } = deriveKeys(key);
  const nonce = randomBytes(24);
  const header = `${MAGIC}.${VERSION}.${id}`;
  const plain = utf8ToBytes(
    JSON.stringify({
      entries: state.entries.map((e) => [e.scope, e.token, e.type, e.value, e.createdAt, e.expiresAt ?? null]),
      counters: state.counters,
    }),
  );
  const sealed = xchacha20poly1305(enc, nonce, utf8ToBytes(header)).encrypt(plain);
  return `${header}.${base64urlnopad.encode(nonce)}.${base64urlnopad.encode(sealed)}`;
}

/**
 * Opens what {@link sealVault} made.
 * @throws {@link AirlockError} `vault_key` when it was sealed under another key, `vault_corrupt`
 *   when it is malformed or was altered
 * @internal
 */
export function openVault(data: string, key: Uint8Array): VaultState {
  if (typeof data !== 'string') throw new AirlockError('invalid_argument', 'a serialized vault must be a string');
  const { enc, id } = deriveKeys(key);
  const parts = data.trim().split('.');
  if (parts.length !== 5 || parts[0] !== MAGIC) throw corrupt('it is not a serialized airlock vault');
  if (parts[1] !== VERSION) throw corrupt(`its format version ${parts[1]} is not supported`);
  if (parts[2] !== id) throw new AirlockError('vault_key', 'the vault was serialized under another key');
  let plain: string;
  try {
    const nonce = base64urlnopad.decode(parts[3]!);
    const sealed = base64urlnopad.decode(parts[4]!);
    plain = bytesToUtf8(xchacha20poly1305(enc, nonce, utf8ToBytes(parts.slice(0, 3).join('.'))).decrypt(sealed));
  } catch (cause) {
    throw corrupt('it does not decrypt: it was altered or truncated', cause);
  }
  return parseState(plain);
}

function corrupt(why: string, cause?: unknown): AirlockError {
  return new AirlockError('vault_corrupt', `cannot open the vault: ${why}`, cause === undefined ? undefined : { cause });
}

/** Checks the decrypted JSON field by field: an authenticated vault from a buggy writer is still refused. */
function parseState(plain: string): VaultState {
  let json: unknown;
  try {
    json = JSON.parse(plain);
  } catch (cause) {
    throw corrupt('its content is not JSON', cause);
  }
  const o = json as { entries?: unknown; counters?: unknown };
  if (typeof o !== 'object' || o === null || !Array.isArray(o.entries) || !Array.isArray(o.counters)) throw corrupt('its content has no entries or counters');
  const isStr = (x: unknown): x is string => typeof x === 'string';
  const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  const entries = o.entries.map((e: unknown, i): VaultEntry => {
    if (!Array.isArray(e) || e.length !== 6) throw corrupt(`entry ${i} is malformed`);
    const [scope, token, type, value, createdAt, expiresAt] = e as unknown[];
    if (!isStr(scope) || !isStr(token) || !isStr(type) || !isStr(value) || !isNum(createdAt) || !(expiresAt === null || isNum(expiresAt))) {
      throw corrupt(`entry ${i} is malformed`);
    }
    return expiresAt === null ? { scope, token, type, value, createdAt } : { scope, token, type, value, createdAt, expiresAt };
  });
  const counters = o.counters.map((c: unknown, i): [string, string, number] => {
    if (!Array.isArray(c) || c.length !== 3 || !isStr(c[0]) || !isStr(c[1]) || !Number.isSafeInteger(c[2]) || (c[2] as number) < 0) {
      throw corrupt(`counter ${i} is malformed`);
    }
    return [c[0], c[1], c[2] as number];
  });
  return { entries, counters };
}
