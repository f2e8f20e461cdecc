/**
 * Helpers for the operator tests.
 *
 * @module
 * @internal
 */
import type { Finding } from '../../src/detect/types.ts';
import type { Operator, OperatorContext } from '../../src/redact/types.ts';
import { createVault } from '../../src/redact/vault/createVault.ts';

/** A finding of `type` over the whole of `value`. @internal */
export function _finding(type: string, value: string, family: string = type): Finding {
  return { type, family, start: 0, end: value.length, score: 1, detector: 'test', level: 'confidential' };
}

/** Applies `op` to `value` as a finding of `type`, with a fresh vault. @internal */
export function _apply(op: Operator, value: string, type = 'X', context: OperatorContext = { vault: createVault(), scope: 'default' }): string {
  return op.apply(value, _finding(type, value), context);
}
