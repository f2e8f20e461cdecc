/**
 * {@link createVault}: the in-memory (or storage-backed) pseudonym vault, and
 * {@link deserializeVault} to open one that was serialized.
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import { openVault, sealVault, type VaultState } from './seal.ts';
import type { Vault, VaultAuditEntry, VaultEntry, VaultEntryRef, VaultEvent, VaultOptions, VaultStorage } from './types.ts';

/**
 * The name a type takes inside a pseudonym: upper case, every character other than `A-Z0-9` turned
 * into `_`, and a leading `X` when it would not start with a letter, so that `restore` can find the
 * token in free text whatever the type is called. @internal
 */
export function _tokenName(type: string): string {
  const name = type.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  return /^[A-Z]/.test(name) ? name : `X${name}`;
}

/**
 * Makes a pseudonym vault. Entries live in `options.storage` (a new `Map` by default).
 *
 * @param options - storage, time-to-live, clock, event callback
 * @returns the vault
 * @throws {@link AirlockError} `invalid_argument` when an option is malformed
 *
 * @example
 * ```ts
 * import { createVault } from '@airlock/core';
 * const events: string[] = [];
 * const vault = createVault({ ttl: 60_000, now: () => 0, onEvent: (e) => events.push(e.type) });
 * vault.pseudonym('chat-1', 'EMAIL_ADDRESS', 'jane@example.com'); //=> '<EMAIL_ADDRESS_1>'
 * vault.pseudonym('chat-1', 'EMAIL_ADDRESS', 'jane@example.com'); //=> '<EMAIL_ADDRESS_1>'
 * vault.pseudonym('chat-2', 'EMAIL_ADDRESS', 'joe@example.com'); //=> '<EMAIL_ADDRESS_1>'
 * vault.lookup('chat-1', '<EMAIL_ADDRESS_1>')?.value; //=> 'jane@example.com'
 * vault.access('jane@example.com').map((e) => e.scope); //=> ['chat-1']
 * vault.erase('jane@example.com').length; //=> 1
 * events; //=> ['access', 'erase']
 * ```
 */
export function createVault(options: VaultOptions = {}): Vault {
  return _makeVault(options, undefined);
}

/**
 * Opens a vault made by {@link Vault.serialize}. Its entries are copied into `options.storage`
 * (a new `Map` by default); expired entries are dropped.
 *
 * @param data - what `serialize` returned
 * @param key - the key it was serialized under
 * @param options - as for {@link createVault}
 * @returns the vault
 * @throws {@link AirlockError} `vault_key` when `data` was serialized under another key,
 *   `vault_corrupt` when it is malformed, truncated or was altered
 *
 * @example
 * ```ts
 * import { createVault, deserializeVault } from '@airlock/core';
 * const key = new Uint8Array(32).fill(7);
 * const vault = createVault();
 * vault.pseudonym('chat-1', 'PERSON', 'Jane Doe');
 * const saved = vault.serialize(key);
 * deserializeVault(saved, key).lookup('chat-1', '<PERSON_1>')?.value; //=> 'Jane Doe'
 * try { deserializeVault(saved, new Uint8Array(32)); } catch (e) { (e as { code: string }).code; } //=> 'vault_key'
 * ```
 */
export function deserializeVault(data: string, key: Uint8Array, options: VaultOptions = {}): Vault {
  return _makeVault(options, openVault(data, key));
}

const SEP = '\u0000';

function _makeVault(options: VaultOptions, initial: VaultState | undefined): Vault {
  if (typeof options !== 'object' || options === null) throw new AirlockError('invalid_argument', 'vault options must be an object');
  const { ttl, onEvent, audit } = options;
  const now = options.now ?? Date.now;
  if (ttl !== undefined && !(typeof ttl === 'number' && ttl > 0)) throw new AirlockError('invalid_argument', 'ttl must be a positive number of milliseconds');
  if (typeof now !== 'function') throw new AirlockError('invalid_argument', 'now must be a function returning milliseconds');
  if (onEvent !== undefined && typeof onEvent !== 'function') throw new AirlockError('invalid_argument', 'onEvent must be a function');
  if (audit !== undefined && typeof audit?.append !== 'function') throw new AirlockError('invalid_argument', 'audit must have an append method (an audit log made by createAuditLog())');
  const storage: VaultStorage = options.storage ?? new Map<string, VaultEntry>();
  for (const m of ['get', 'set', 'delete', 'values'] as const) {
    if (typeof storage[m] !== 'function') throw new AirlockError('invalid_argument', `storage must have a ${m}() method (a Map will do)`);
  }

  // In-memory indexes over the storage: value → token per scope and type, and the last number given
  // per scope and token name.
  const byValue = new Map<string, string>();
  const counters = new Map<string, number>();
  const keyOf = (scope: string, token: string): string => scope + SEP + token;
  const valueKey = (e: { scope: string; type: string; value: string }): string => e.scope + SEP + e.type + SEP + e.value;
  const index = (e: VaultEntry): void => {
    byValue.set(valueKey(e), e.token);
    // Tokens are `<NAME_n>`; keep each counter above every number given (two types can share a NAME).
    const m = /^<(.+)_(\d+)>$/.exec(e.token);
    if (!m) return;
    const ck = e.scope + SEP + m[1]!;
    if (Number(m[2]) > (counters.get(ck) ?? 0)) counters.set(ck, Number(m[2]));
  };
  if (initial) {
    const t = now();
    for (const [scope, type, n] of initial.counters) counters.set(scope + SEP + type, n);
    for (const e of initial.entries) if (e.expiresAt === undefined || e.expiresAt > t) storage.set(keyOf(e.scope, e.token), e);
  }
  for (const e of storage.values()) index(e);

  const expired = (e: VaultEntry, t: number): boolean => e.expiresAt !== undefined && e.expiresAt <= t;
  const remove = (e: VaultEntry): void => {
    storage.delete(keyOf(e.scope, e.token));
    if (byValue.get(valueKey(e)) === e.token) byValue.delete(valueKey(e));
  };
  const ref = (e: VaultEntry): VaultEntryRef => ({ scope: e.scope, token: e.token, type: e.type });
  const emit = (event: VaultEvent): void => onEvent?.(event);
  // Appended before the change: a log that refuses the entry stops the change.
  const record = (entry: VaultAuditEntry): void => void audit?.append(entry);
  const checkStrings = (what: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(what)) if (typeof v !== 'string') throw new AirlockError('invalid_argument', `${k} must be a string`);
  };

  const lookup = (scope: string, token: string): VaultEntry | undefined => {
    checkStrings({ scope, token });
    const e = storage.get(keyOf(scope, token));
    if (!e) return undefined;
    if (expired(e, now())) {
      remove(e);
      return undefined;
    }
    return e;
  };

  const pseudonym = (scope: string, type: string, value: string): string => {
    checkStrings({ scope, type, value });
    const existing = byValue.get(valueKey({ scope, type, value }));
    if (existing !== undefined && lookup(scope, existing)) return existing;
    const name = _tokenName(type);
    const ck = scope + SEP + name;
    const n = (counters.get(ck) ?? 0) + 1;
    counters.set(ck, n);
    const token = `<${name}_${n}>`;
    const createdAt = now();
    const entry: VaultEntry = ttl === undefined ? { scope, token, type, value, createdAt } : { scope, token, type, value, createdAt, expiresAt: createdAt + ttl };
    storage.set(keyOf(scope, token), entry);
    byValue.set(valueKey(entry), token);
    return token;
  };

  const all = (): VaultEntry[] => [...storage.values()];
  const entries = (scope?: string): VaultEntry[] => {
    const t = now();
    return all().filter((e) => (scope === undefined || e.scope === scope) && !expired(e, t));
  };

  return {
    pseudonym,
    lookup,
    entries,
    access(value) {
      checkStrings({ value });
      const found = entries().filter((e) => e.value === value);
      const at = now();
      record({ kind: 'vault', action: 'access', at, entries: found.map(ref) });
      emit({ type: 'access', at, entries: found.map(ref) });
      return found;
    },
    erase(value) {
      checkStrings({ value });
      const found = all().filter((e) => e.value === value);
      const at = now();
      record({ kind: 'vault', action: 'erase', at, entries: found.map(ref) });
      for (const e of found) remove(e);
      emit({ type: 'erase', at, entries: found.map(ref) });
      return found;
    },
    clear(scope) {
      const gone = all().filter((e) => scope === undefined || e.scope === scope);
      if (gone.length > 0) record({ kind: 'vault', action: 'clear', at: now(), ...(scope !== undefined && { scope }), count: gone.length });
      for (const e of gone) remove(e);
    },
    purge() {
      const t = now();
      const gone = all().filter((e) => expired(e, t));
      if (gone.length > 0) record({ kind: 'vault', action: 'purge', at: t, count: gone.length });
      for (const e of gone) remove(e);
      return gone.length;
    },
    serialize(key) {
      const t = now();
      const live = all().filter((e) => !expired(e, t));
      // A token name never holds SEP; a scope may.
      const split = (k: string): [string, string] => [k.slice(0, k.lastIndexOf(SEP)), k.slice(k.lastIndexOf(SEP) + 1)];
      return sealVault({ entries: live, counters: [...counters].map(([k, n]) => [...split(k), n] as const) }, key);
    },
  };
}
