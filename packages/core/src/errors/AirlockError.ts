/**
 * The error type of every failure that airlock reports by throwing.
 *
 * @module
 */

const FOOTPRINT: unique symbol = Symbol.for('@airlock/core/AirlockError');

/**
 * Stable machine-readable codes. New codes can appear in minor releases; match on the ones you handle
 * and treat the rest as generic failures.
 *
 * - `regex_syntax`: a pattern could not be parsed (see {@link RegexSyntaxError}).
 * - `regex_too_big`: a pattern parsed but its compiled program exceeds a configured size limit.
 * - `input_too_large`: a text, or a structured value (its depth or its number of nodes), exceeds a
 *   documented limit.
 * - `invalid_argument`: a public function got an argument of the wrong type or shape.
 * - `invalid_detector`: a detector definition (or a scanner option built from one) is malformed;
 *   see {@link DetectorDefinitionError}, which names the field.
 * - `invalid_operator`: a redaction operator's options are malformed (thrown when the operator is
 *   built), or a custom operator returned something other than a string.
 * - `vault_corrupt`: a serialized vault is malformed or was tampered with.
 * - `vault_key`: a vault was serialized under another key than the one given to open it.
 * - `decrypt_failed`: a token made by the `encrypt` operator does not decrypt under any key given:
 *   the token was altered, or the key is wrong.
 * - `cyclic_value`: a structured value refers to itself (see {@link StructuredDataError}).
 * - `unsupported_value`: a structured value holds something airlock does not walk (a `Map`, a class
 *   instance, a typed array, a function, a symbol-keyed property).
 * - `unknown_shape`: chat messages, a message or a content part are of no shape airlock knows.
 * - `key_collision`: redacting object keys made two keys of one object equal.
 * - `invalid_chunk`: a stream got a chunk that is not a string. The stream errors; what it had
 *   accepted before was emitted (or reported), never dropped.
 * - `incomplete_scan`: a stream could not scan part of its text completely (a documented limit was
 *   hit, or a detector failed), so it fails closed: it errors instead of emitting that text.
 * - `invalid_policy`: a policy document does not follow the policy schema, or contradicts itself
 *   (two rules with one id); see {@link PolicyError}, which names the path of the problem.
 * - `audit_raw_value`: an audit entry holds what looks like a raw value (a field named `text`,
 *   `value`, `original`, `secret` or `prompt`, or a long string) that the log was not told to allow.
 * - `audit_malformed`: an exported audit log, a record or a checkpoint does not parse or is not of
 *   the audit format's shape.
 * - `audit_tampered`: the records a sink already holds fail verification when a log is opened on it.
 * - `invalid_event`: an incident was sent an event outside its allow-list (such as a forged
 *   `xstate.after.*`), a malformed one, or one its current state does not accept.
 * - `invalid_snapshot`: a saved incident is malformed, of an unknown version, or contradicts itself.
 * - `unknown_reservation`: a rate limiter was asked to settle a reservation it did not make (one
 *   from another limiter, or a copy of one).
 * - `invalid_encoding`: bytes a binding read (a file, stdin) are not valid UTF-8: a binary file, or
 *   text in another encoding. Bindings decode strictly rather than scan replacement characters.
 *
 * Raised by `@airlock/browser` (branch `browser`):
 * - `request_blocked`: `guardedFetch` refused to send a request: the policy blocked it, or airlock
 *   could not judge it (an incomplete scan). `fetch` was not called.
 * - `unsupported_body`: `guardedFetch` got a request body it cannot read (a stream, a form, binary
 *   data, text that is not JSON) and was not allowed to pass such bodies through.
 * - `aborted`: a Web Worker request was cancelled by its `AbortSignal` before its result arrived.
 * - `worker_terminated`: the worker was terminated (or failed to start) with the request pending.
 * - `worker_failed`: the worker threw something that is not an airlock error, or could not load.
 *
 * Codes of `@airlock/node` (branch `nodeio`: files, stores, worker pool):
 * - `audit_torn`: an audit log file ends in an incomplete line (a crash during a write). The file
 *   sink refuses to open it until `repairAuditFile` truncates that line, never silently.
 * - `file_error`: reading or writing a file failed (missing, unreadable, disk full); the message
 *   names the path and the `cause` is the system's error.
 * - `store_locked`: another writer holds the lock of an incident store (or a crash left its lock
 *   file behind: the message names it).
 * - `store_conflict`: an incident was saved with an expected revision that is no longer the stored
 *   one (another writer saved it in between).
 * - `pool_closed`: a task was given to a worker pool after `close()`, or the pool closed (or a
 *   worker died) while the task was running.
 */
export type AirlockErrorCode =
  | 'regex_syntax'
  | 'regex_too_big'
  | 'input_too_large'
  | 'invalid_argument'
  | 'invalid_detector'
  | 'invalid_operator'
  | 'vault_corrupt'
  | 'vault_key'
  | 'decrypt_failed'
  | 'cyclic_value'
  | 'unsupported_value'
  | 'unknown_shape'
  | 'key_collision'
  | 'invalid_chunk'
  | 'incomplete_scan'
  | 'invalid_policy'
  | 'audit_raw_value'
  | 'audit_malformed'
  | 'audit_tampered'
  | 'invalid_event'
  | 'invalid_snapshot'
  | 'unknown_reservation'
  // deno branch: the runtime bindings' strict UTF-8 decoding of files and byte streams.
  | 'invalid_encoding'
  // @airlock/browser (branch `browser`)
  | 'request_blocked'
  | 'unsupported_body'
  | 'aborted'
  | 'worker_terminated'
  | 'worker_failed'

  // @airlock/node (branch nodeio)
  | 'audit_torn'
  | 'file_error'
  | 'store_locked'
  | 'store_conflict'
  | 'pool_closed';

/**
 * Base class of every error thrown by `@airlock/core`. Use {@link isAirlockError} rather than
 * `instanceof` when two copies of the package may be loaded.
 *
 * @example
 * ```ts
 * import { AirlockError } from '@airlock/core';
 * const error = new AirlockError('invalid_argument', 'text must be a string');
 * error.code; //=> 'invalid_argument'
 * ```
 */
export class AirlockError<C extends AirlockErrorCode = AirlockErrorCode> extends Error {
  override name: string = 'AirlockError';
  /** The stable code of this failure. */
  readonly code: C;
  /** @internal */
  readonly [FOOTPRINT]: true = true;

  /**
   * @param code - the stable code
   * @param message - a sentence that names the problem and, where possible, the fix
   * @param options - `cause`, as for `Error`
   */
  constructor(code: C, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/**
 * Tells whether `error` was thrown by airlock, also across bundles and realms.
 *
 * @example
 * ```ts
 * import { compile, isAirlockError } from '@airlock/core/regex';
 * try { compile('(a'); } catch (e) { isAirlockError(e); } //=> true
 * ```
 */
export function isAirlockError(error: unknown): error is AirlockError {
  return typeof error === 'object' && error !== null && FOOTPRINT in error;
}
