import { AirlockError } from './AirlockError.ts';

/** The codes a {@link StructuredDataError} carries. */
export type StructuredDataErrorCode = 'cyclic_value' | 'unsupported_value' | 'unknown_shape' | 'key_collision' | 'input_too_large';

/**
 * Thrown when a structured value (a JSON value, a plain object, chat messages) cannot be walked:
 * it refers to itself (`cyclic_value`), holds something that is not plain data
 * (`unsupported_value`), is of no chat shape airlock knows (`unknown_shape`), had two keys
 * redacted to the same text (`key_collision`), or exceeds a depth or size limit
 * (`input_too_large`). `path` says where, in the path syntax of `redactValue`.
 *
 * @example
 * ```ts
 * import { StructuredDataError } from '@airlock/core';
 * const error = new StructuredDataError('cyclic_value', 'user.self', 'the value refers to itself');
 * [error.code, error.path]; //=> ['cyclic_value', 'user.self']
 * error.message; //=> 'at user.self: the value refers to itself'
 * ```
 */
export class StructuredDataError<C extends StructuredDataErrorCode = StructuredDataErrorCode> extends AirlockError<C> {
  override name: string = 'StructuredDataError';
  /** Where the problem is (`messages[2].content[0]`; the empty string for the value itself). */
  readonly path: string;
  /** What is wrong, as a sentence fragment. */
  readonly problem: string;

  /**
   * @param code - the stable code
   * @param path - where the problem is, in path syntax
   * @param problem - what is wrong and, where possible, the fix
   * @param options - `cause`, as for `Error`
   */
  constructor(code: C, path: string, problem: string, options?: ErrorOptions) {
    super(code, `${path === '' ? 'at the top level' : `at ${path}`}: ${problem}`, options);
    this.path = path;
    this.problem = problem;
  }
}
