/**
 * {@link restoreValue} and {@link restoreMessages}: put the originals back into a model's answer,
 * deep, keeping its shape.
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import { _mapChat, _mapJson } from './_chat.ts';
import { _budget, _walk, type Budget } from './_walk.ts';
import type { PathSegment } from './paths.ts';
import type { StructuredLimits } from './types.ts';

/** Options of {@link restoreValue}. */
export interface RestoreValueOptions extends StructuredLimits {
  /**
   * Restore object keys too (when they were redacted with `scanKeys`). Two keys restored to the same
   * text throw `key_collision`.
   * @defaultValue false
   */
  readonly keys?: boolean;
}

/**
 * Restores every string of a value (a parsed model answer, a tool's arguments) with `restore`,
 * deep. Same input rules and errors as {@link redactValue}; the input is never mutated.
 *
 * @param value - the value to restore
 * @param restore - restores one string, e.g. `(text) => restore(text, vault)`
 * @param options - keys, limits
 * @returns a copy with every string restored
 * @throws {@link StructuredDataError} `cyclic_value`, `unsupported_value`, `input_too_large`,
 *   `key_collision`, as {@link redactValue}
 *
 * @example
 * ```ts
 * import { restoreValue } from '@airlock/core';
 * const restore = (text: string) => text.replaceAll('PERSON_1', 'Jane Doe');
 * restoreValue({ to: 'PERSON_1', cc: ['PERSON_1'], n: 2 }, restore); //=> { to: 'Jane Doe', cc: ['Jane Doe'], n: 2 }
 * ```
 */
export function restoreValue<T>(value: T, restore: (text: string) => string, options: RestoreValueOptions = {}): T {
  const text = checkRestore(restore);
  if (typeof options !== 'object' || options === null) throw new AirlockError('invalid_argument', 'options must be an object');
  const keys = options.keys === true ? (k: string): string => text(k) : undefined;
  return _walk(value, { text, ...(keys ? { key: keys } : {}) }, _budget(options), undefined) as T;
}

/**
 * Restores chat messages: a model's answer as the OpenAI (`{ choices: [{ message }] }`) or Anthropic
 * (`{ role: 'assistant', content: [...] }`) API returns it, an array of messages, a request, or one
 * message. Text, refusals, tool-call arguments (parsed, restored deep, written back: a restored
 * original that holds a quote stays valid JSON), `tool_use` inputs and `tool_result` content are
 * restored; content parts of unknown types are restored deep; `thinking` blocks are left as they are
 * (signed). The shape is kept and the input is never mutated.
 *
 * @param messages - an answer, messages, a request or one message
 * @param restore - restores one string, e.g. `(text) => restore(text, vault)`
 * @param options - limits
 * @returns a copy with the originals put back
 * @throws {@link StructuredDataError} `unknown_shape` for input of no known shape, and the errors of
 *   {@link restoreValue} for tool inputs
 *
 * @example
 * ```ts
 * import { restoreMessages } from '@airlock/core';
 * const restore = (text: string) => text.replaceAll('<EMAIL_1>', 'jane"doe@example.com');
 * const answer = {
 *   choices: [{ index: 0, message: { role: 'assistant', content: 'Writing to <EMAIL_1>.', tool_calls: [
 *     { id: 'c1', type: 'function', function: { name: 'send', arguments: '{"to":"<EMAIL_1>"}' } },
 *   ] } }],
 * };
 * const restored = restoreMessages(answer, restore);
 * restored.choices[0].message.content; //=> 'Writing to jane"doe@example.com.'
 * JSON.parse(restored.choices[0].message.tool_calls[0].function.arguments); //=> { to: 'jane"doe@example.com' }
 * ```
 */
export function restoreMessages<T>(messages: T, restore: (text: string) => string, options: StructuredLimits = {}): T {
  const text = checkRestore(restore);
  if (typeof options !== 'object' || options === null) throw new AirlockError('invalid_argument', 'options must be an object');
  const budget: Budget = _budget(options);
  const value = (v: unknown, at: readonly PathSegment[]): unknown => _walk(v, { text }, budget, undefined, at);
  return _mapChat(messages, {
    selected: () => true,
    text,
    value,
    unknownPart: value,
    json: (t, at) => _mapJson(t, at, value, text),
    unknownContent: 'scan',
    budget,
  }) as T;
}

/** Checks `restore` and wraps it so a non-string result fails loudly instead of corrupting the value. */
function checkRestore(restore: (text: string) => string): (text: string) => string {
  if (typeof restore !== 'function') throw new AirlockError('invalid_argument', 'restore must be a function (text: string) => string');
  return (t) => {
    const out = restore(t);
    if (typeof out !== 'string') throw new AirlockError('invalid_argument', `restore returned ${typeof out}, not a string`);
    return out;
  };
}
