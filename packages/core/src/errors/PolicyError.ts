import { AirlockError } from './AirlockError.ts';

/**
 * Thrown by {@link parsePolicy} when a policy document is malformed. `path` locates the problem in
 * the document, in the notation of JavaScript property access (`rules[3].when.level`), so whoever
 * wrote the JSON can find it; the message starts with the same path.
 *
 * @example
 * ```ts
 * import { parsePolicy, PolicyError } from '@airlock/core';
 * try {
 *   parsePolicy({ version: 1, rules: [{ id: 'a', action: 'allow', when: { level: 'secret' } }] });
 * } catch (e) {
 *   (e as PolicyError).path; //=> 'rules[0].when.level'
 * }
 * ```
 */
export class PolicyError extends AirlockError<'invalid_policy'> {
  override name: string = 'PolicyError';
  /** Where in the document the problem is (`rules[3].when.level`); empty for the document itself. */
  readonly path: string;
  /** What is wrong there, as a sentence fragment. */
  readonly problem: string;

  /**
   * @param path - where the problem is, such as `rules[3].when.level` (empty for the whole document)
   * @param problem - what is wrong there ("must be one of public, internal, confidential, restricted")
   * @param options - `cause`, as for `Error`
   */
  constructor(path: string, problem: string, options?: ErrorOptions) {
    super('invalid_policy', `${path === '' ? 'policy' : path}: ${problem}`, options);
    this.path = path;
    this.problem = problem;
  }
}
