/**
 * Turns a failed file-system call into an {@link AirlockError} with code `file_error`.
 *
 * @module
 * @internal
 */
import { AirlockError } from '@airlock/core';

/** A `file_error` whose message ends with the system's reason (`ENOENT: no such file …`). @internal */
export function fileError(message: string, cause: unknown): AirlockError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new AirlockError('file_error', `${message}: ${reason}`, { cause });
}
