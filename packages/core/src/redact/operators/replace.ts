/**
 * {@link replace}: a label in place of the value.
 *
 * @module
 */
import type { Operator } from '../types.ts';
import { _options, _template } from './_check.ts';

/** Options of {@link replace}. */
export interface ReplaceOptions {
  /**
   * What replaces the value. `{type}` is the entity type, `{family}` its family; `{{` and `}}` are
   * literal braces.
   * @defaultValue `'<{type}>'`
   */
  readonly template?: string;
}

/**
 * Replaces the value with a label: its entity type by default.
 *
 * @param options - the template
 * @returns the operator
 * @throws {@link AirlockError} `invalid_operator` when the template is not a string or names an
 *   unknown placeholder
 *
 * @example
 * ```ts
 * import { createRedactor, replace } from '@airlock/core';
 * const redactor = createRedactor({ default: replace({ template: '[{type} removed]' }) });
 * redactor.redact('mail jane.doe@example.com').text; //=> 'mail [EMAIL_ADDRESS removed]'
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function replace(options?: ReplaceOptions): Operator {
  const render = _template('replace', _options('replace', options).template ?? '<{type}>', ['type', 'family']);
  return { kind: 'replace', apply: (_value, finding) => render({ type: finding.type, family: finding.family }) };
}
