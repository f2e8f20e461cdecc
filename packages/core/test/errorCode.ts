/**
 * The stable `code` of the AirlockError that `f` throws, for tests of bad input.
 *
 * @module
 * @internal
 */
import { isAirlockError } from '../src/errors/AirlockError.ts';

/**
 * What `f` throws: the `code` of an AirlockError, a description of anything else, or `undefined`
 * when it does not throw.
 *
 * @internal
 */
export function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isAirlockError(e) ? e.code : `not an AirlockError: ${String(e)}`;
  }
  return undefined;
}

/**
 * The error `f` throws, for tests that look at more than its code; fails the test when `f` does not
 * throw.
 *
 * @internal
 */
export function thrown<E = unknown>(f: () => unknown): E {
  try {
    f();
  } catch (e) {
    return e as E;
  }
  throw new Error('expected a throw');
}
