/**
 * {@link remove}: the value is deleted.
 *
 * @module
 */
import type { Operator } from '../types.ts';

/**
 * Deletes the value, leaving nothing in its place (presidio's and the issue's `redact` operator;
 * named `remove` so that it is not mistaken for {@link Redactor.redact}, the verb).
 *
 * @returns the operator
 *
 * @example
 * ```ts
 * import { createRedactor, remove } from '@airlock/core';
 * createRedactor({ default: remove() }).redact('mail jane.doe@example.com now').text; //=> 'mail  now'
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function remove(): Operator {
  return { kind: 'remove', apply: () => '' };
}
