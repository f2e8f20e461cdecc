/**
 * The vault file of `redact --vault` and `restore --vault`: the pseudonym vault serialized by core
 * (XChaCha20-Poly1305 under a key derived from the user's), read and written whole. The key comes
 * from an environment variable, never from the command line (where `ps` and shell history see it).
 *
 * @module
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createVault, deserializeVault, isAirlockError, type Vault } from '@airlock/core';
import { describeFsError, InputError } from './args.ts';

/** The environment variable the vault key is read from, unless `--vault-key-env` names another. */
export const VAULT_KEY_ENV = 'AIRLOCK_VAULT_KEY';

/**
 * Decodes a vault key: hexadecimal (an even number of hex digits) or base64, at least 16 bytes.
 * `openssl rand -hex 32` makes a good one.
 *
 * @throws {@link InputError} naming the variable when the key is missing, malformed or short
 */
export function parseVaultKey(env: Readonly<Record<string, string | undefined>>, name: string): Uint8Array {
  const raw = env[name]?.trim();
  if (!raw) throw new InputError(`--vault needs a key in the environment variable ${name} (hex or base64, at least 16 bytes; e.g. openssl rand -hex 32)`);
  let bytes: Uint8Array;
  if (/^(?:[0-9a-fA-F]{2})+$/.test(raw)) bytes = Uint8Array.from(raw.match(/../g)!, (h) => parseInt(h, 16));
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(raw)) bytes = new Uint8Array(Buffer.from(raw, 'base64'));
  else throw new InputError(`${name} is neither hex nor base64`);
  if (bytes.length < 16) throw new InputError(`${name} holds ${bytes.length} bytes; a vault key needs at least 16 (32 recommended)`);
  return bytes;
}

/**
 * Opens the vault file, or a new vault when the file does not exist yet (and `create` is true).
 *
 * @throws {@link InputError} when it cannot be read, was made under another key, or is corrupt
 */
export async function openVault(path: string, key: Uint8Array, create: boolean): Promise<Vault> {
  let data: string;
  try {
    data = await readFile(path, 'utf8');
  } catch (error) {
    if (create && (error as { code?: unknown }).code === 'ENOENT') return createVault();
    throw new InputError(`cannot read vault ${path}: ${describeFsError(error)}`);
  }
  try {
    return deserializeVault(data.trim(), key);
  } catch (error) {
    if (isAirlockError(error)) {
      throw new InputError(error.code === 'vault_key' ? `vault ${path} was saved under another key` : `vault ${path}: ${error.message}`);
    }
    throw error;
  }
}

/** Writes the vault to `path` whole: to a temporary file first, then renamed over it. */
export async function saveVault(path: string, vault: Vault, key: Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, `${vault.serialize(key)}\n`, { mode: 0o600 });
    await rename(tmp, path);
  } catch (error) {
    throw new InputError(`cannot write vault ${path}: ${describeFsError(error)}`);
  }
}
