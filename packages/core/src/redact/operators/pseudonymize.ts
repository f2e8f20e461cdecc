/**
 * {@link pseudonymize}: numbered tokens kept in the redactor's vault.
 *
 * @module
 */
import type { Operator } from '../types.ts';
import { _options } from './_check.ts';

/** Options of {@link pseudonymize}. None yet; the object is there for later releases. */
export interface PseudonymizeOptions {}

/**
 * Replaces the value with a numbered token, `<EMAIL_ADDRESS_1>`, kept in the redactor's vault
 * (see {@link createVault}): within one scope the same value always gets the same token and
 * different values different ones, so a model can still reason about who is who, and
 * {@link restore} puts the values back into its answer.
 *
 * @param options - none yet
 * @returns the operator
 *
 * @example
 * ```ts
 * import { createRedactor, createVault, pseudonymize } from '@airlock/core';
 * const vault = createVault();
 * const redactor = createRedactor({ default: pseudonymize(), vault, scope: 'chat-1' });
 * const out = redactor.redact('jane@example.com wrote to bob@example.com, then jane@example.com again');
 * out.text; //=> '<EMAIL_ADDRESS_1> wrote to <EMAIL_ADDRESS_2>, then <EMAIL_ADDRESS_1> again'
 * redactor.restore('Reply to **<email_address_2>**').text; //=> 'Reply to **bob@example.com**'
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function pseudonymize(options?: PseudonymizeOptions): Operator {
  _options('pseudonymize', options);
  return { kind: 'pseudonymize', apply: (value, finding, context) => context.vault.pseudonym(context.scope, finding.type, value) };
}
