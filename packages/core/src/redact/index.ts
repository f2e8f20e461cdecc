/**
 * Redaction: operators that turn a sensitive value into what replaces it, a redactor that scans and
 * applies them, a vault of pseudonyms, and restore (whole text or streamed) that puts the originals
 * back into a model's answer; structured values and chat messages, redacted and restored deep.
 *
 * - Operators: {@link replace}, {@link remove}, {@link mask}, {@link hash}, {@link encrypt},
 *   {@link pseudonymize}, {@link surrogate}, {@link keep}. Each checks its options once, when built.
 * - {@link createRedactor}: picks an operator per entity type or family, with a default.
 * - {@link createVault}: scopes, time-to-live, encrypted serialization, GDPR access and erasure.
 * - {@link restore}, {@link restoreStream}, {@link restoreChunks}: linear, one pass; the streaming
 *   forms give the whole-text result for every chunking. {@link createRestorer} is their synchronous
 *   core, for text that arrives inside something else (the JSON deltas of an event stream).
 * - {@link redactStream}, {@link redactChunks}: redact text as it flows (a Web Streams pipeline or any
 *   async iterable); the output equals whole-text redaction within the limits of `docs/streaming.md`.
 * - {@link redactValue}, {@link redactMessages}, {@link restoreValue}, {@link restoreMessages}: JSON
 *   values and OpenAI / Anthropic chat shapes, keys as context, shape kept.
 *
 * Errors: options are checked when an operator, redactor or vault is built (`invalid_operator`,
 * `invalid_argument`); a corrupt vault, a wrong key or an altered token is an {@link AirlockError}
 * (`vault_corrupt`, `vault_key`, `decrypt_failed`), never garbage. A stream errors with
 * `invalid_chunk` on a chunk that is not a string and with `incomplete_scan` when it fails closed.
 *
 * @module
 */
export { createRedactor } from './createRedactor.ts';
export type { Redactor, RedactorAuditEntry, RedactorOptions } from './createRedactor.ts';
export type { Operator, OperatorContext, RedactedItem, RedactResult } from './types.ts';
export { replace, type ReplaceOptions } from './operators/replace.ts';
export { remove } from './operators/remove.ts';
export { mask, type MaskOptions } from './operators/mask.ts';
export { hash, type HashOptions } from './operators/hash.ts';
export { encrypt, type EncryptOperator, type EncryptOptions } from './operators/encrypt.ts';
export { pseudonymize, type PseudonymizeOptions } from './operators/pseudonymize.ts';
export { surrogate, type SurrogateOptions } from './operators/surrogate.ts';
export { keep } from './operators/keep.ts';
export { createVault, deserializeVault } from './vault/createVault.ts';
export type { Vault, VaultAuditEntry, VaultEntry, VaultEntryRef, VaultEvent, VaultOptions, VaultStorage } from './vault/types.ts';
export { restore } from './restore/restore.ts';
export type { RestoredItem, RestoreOptions, RestoreResult } from './restore/restore.ts';
export { createRestorer, restoreChunks, restoreStream, type StreamRestorer } from './restore/restoreStream.ts';
export * from './structured/index.ts';
export { redactChunks, redactStream } from './stream.ts';
export type { RedactStreamOptions, StreamRedactor } from './stream.ts';
