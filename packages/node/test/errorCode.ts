/**
 * The stable `code` of the AirlockError that `fn` throws, for tests of bad input (as core's tests
 * have it in packages/core/test/errorCode.ts).
 */
import { isAirlockError } from '@airlock/core';

/** What `fn` throws: an AirlockError's `code`, a description of anything else, or `undefined` when it does not throw. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isAirlockError(e) ? e.code : `not an AirlockError: ${String(e)}`;
  }
  return undefined;
}
