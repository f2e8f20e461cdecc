/**
 * The shapes of the vault: entries, the storage interface, events and options.
 *
 * @module
 */

/** One pseudonym: the token that replaced a value in a scope, and the value it stands for. */
export interface VaultEntry {
  /** The scope (a conversation, a tenant) the token is valid in. */
  readonly scope: string;
  /** The token as it appears in redacted text (`<EMAIL_ADDRESS_1>`). */
  readonly token: string;
  /** Entity type of the value (`EMAIL_ADDRESS`). */
  readonly type: string;
  /** The original value. */
  readonly value: string;
  /** When the entry was made, in milliseconds since the epoch (from the vault's clock). */
  readonly createdAt: number;
  /** When the entry stops being valid; absent when the vault has no time-to-live. */
  readonly expiresAt?: number;
}

/**
 * Where a vault keeps its entries. A `Map<string, VaultEntry>` is one; so is a thin wrapper over
 * any synchronous key-value store. The vault owns the keys; one storage backs one vault at a time
 * (the vault keeps its value index and counters in memory, built from {@link VaultStorage.values}
 * when it is created).
 */
export interface VaultStorage {
  /** The entry stored under `key`, if any. */
  get(key: string): VaultEntry | undefined;
  /** Stores `entry` under `key`, replacing what was there. */
  set(key: string, entry: VaultEntry): unknown;
  /** Removes what is stored under `key`. */
  delete(key: string): unknown;
  /** Every stored entry. */
  values(): Iterable<VaultEntry>;
}

/** An entry named without its value, as events carry it (an audit log must not hold the data). */
export interface VaultEntryRef {
  /** The entry's scope. */
  readonly scope: string;
  /** The entry's token. */
  readonly token: string;
  /** The entry's entity type. */
  readonly type: string;
}

/**
 * What a vault reports to {@link VaultOptions.onEvent}: a data subject's access request
 * (GDPR art. 15) or erasure (art. 17). Events name entries, never values.
 */
export type VaultEvent =
  | {
      /** {@link Vault.access} exported the entries holding a value. */
      readonly type: 'access';
      /** When, from the vault's clock. */
      readonly at: number;
      /** The entries exported. */
      readonly entries: readonly VaultEntryRef[];
    }
  | {
      /** {@link Vault.erase} deleted the entries holding a value. */
      readonly type: 'erase';
      /** When, from the vault's clock. */
      readonly at: number;
      /** The entries deleted. */
      readonly entries: readonly VaultEntryRef[];
    };

/**
 * What a vault appends to {@link VaultOptions.audit}: each access, erasure, cleared scope and purge
 * of expired entries, naming entries (scope, token, type), never values. `clear` and `purge` carry
 * `count` only.
 */
export type VaultAuditEntry =
  | { readonly kind: 'vault'; readonly action: 'access' | 'erase'; readonly at: number; readonly entries: readonly VaultEntryRef[] }
  | { readonly kind: 'vault'; readonly action: 'clear'; readonly at: number; readonly scope?: string; readonly count: number }
  | { readonly kind: 'vault'; readonly action: 'purge'; readonly at: number; readonly count: number };

/** Options of {@link createVault} and {@link deserializeVault}. */
export interface VaultOptions {
  /**
   * Where entries are kept.
   * @defaultValue a new in-memory `Map`
   */
  readonly storage?: VaultStorage;
  /**
   * How long an entry stays valid after it is made, in milliseconds. An expired entry is not
   * restored, is not reused for the same value (a new token is made) and is dropped when met.
   * @defaultValue no expiry
   */
  readonly ttl?: number;
  /**
   * The clock, in milliseconds since the epoch. Inject one in tests.
   * @defaultValue `Date.now`
   */
  readonly now?: () => number;
  /** Called after every access and erasure. */
  readonly onEvent?: (event: VaultEvent) => void;
  /**
   * An audit log (`createAuditLog()`, or anything with an `append` method): every access, erasure,
   * `clear` and `purge` that deletes something is appended to it ({@link VaultAuditEntry}) before
   * it takes effect. When `append` throws, the call throws and nothing was exported or deleted.
   */
  readonly audit?: { append(entry: VaultAuditEntry): unknown };
}

/**
 * A pseudonym vault: the tokens that stand for values, per scope, so that `restore` can put the
 * values back into a model's answer. Scopes keep conversations (or tenants) apart: the same value
 * gets independent tokens in two scopes, and a token restores only in its own scope.
 */
export interface Vault {
  /**
   * The token of `value` (of entity `type`) in `scope`: the existing one while it is valid, else a
   * new one, `<TYPE_n>` with `n` counting up per scope and type (never reused, also after erasure).
   */
  pseudonym(scope: string, type: string, value: string): string;
  /** The valid entry of `token` in `scope`, if any. Tokens are matched exactly. */
  lookup(scope: string, token: string): VaultEntry | undefined;
  /** Every valid entry, of one scope or of all. */
  entries(scope?: string): VaultEntry[];
  /**
   * A data subject's access request: every valid entry, in any scope, whose value is `value`
   * (exactly). Emits an `access` event.
   */
  access(value: string): VaultEntry[];
  /**
   * A data subject's erasure request: deletes every entry, in any scope, whose value is `value`
   * (exactly), expired ones included. Emits an `erase` event. Returns the entries deleted.
   */
  erase(value: string): VaultEntry[];
  /** Deletes every entry of a scope (a conversation that ended), or every entry. */
  clear(scope?: string): void;
  /** Deletes expired entries; returns how many. */
  purge(): number;
  /**
   * The vault's entries and counters, encrypted and authenticated under `key` (XChaCha20-Poly1305
   * under a key derived from it), as a string. {@link deserializeVault} opens it.
   * @param key - at least 16 bytes (32 random bytes recommended)
   */
  serialize(key: Uint8Array): string;
}
