/**
 * {@link keep}: the value stays.
 *
 * @module
 */
import type { Operator } from '../types.ts';

/**
 * Leaves the value as it is: for entity types you have decided to let through (say, `URL`) while
 * the default operator replaces the rest. Kept findings are not listed in {@link RedactResult.items}.
 *
 * @returns the operator
 *
 * @example
 * ```ts
 * import { createRedactor, keep } from '@airlock/core';
 * const redactor = createRedactor({ operators: { EMAIL_ADDRESS: keep() } });
 * redactor.redact('mail jane.doe@example.com').text; //=> 'mail jane.doe@example.com'
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function keep(): Operator {
  return { kind: 'keep', apply: (value) => value };
}
