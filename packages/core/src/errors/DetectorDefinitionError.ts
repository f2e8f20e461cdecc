import { AirlockError } from './AirlockError.ts';

/**
 * Thrown when a detector definition (from code or from JSON) or a scanner option is malformed.
 * `field` is the path of the offending field, such as `patterns[1]` or `context.window`, so a user
 * who wrote the definition by hand can find it.
 *
 * @example
 * ```ts
 * import { defineDetector, DetectorDefinitionError } from '@airlock/core';
 * try {
 *   defineDetector({ id: 'x', type: 'X', patterns: [], score: 0.5, level: 'internal', category: 'pii', samples: { positive: [], negative: [] } });
 * } catch (e) {
 *   (e as DetectorDefinitionError).field; //=> 'patterns'
 * }
 * ```
 */
export class DetectorDefinitionError extends AirlockError<'invalid_detector'> {
  override name: string = 'DetectorDefinitionError';
  /** Path of the offending field, relative to the definition (`patterns[0]`, `context.window`). */
  readonly field: string;
  /** What is wrong with the field, as a sentence fragment. */
  readonly problem: string;
  /** Id of the detector, when the definition got far enough to have one. */
  readonly detectorId: string | undefined;

  /**
   * @param field - path of the offending field
   * @param problem - what is wrong with it, as a sentence fragment ("must be a number in [0, 1]")
   * @param detectorId - the detector's id, if known
   * @param options - `cause`, as for `Error`
   */
  constructor(field: string, problem: string, detectorId?: string, options?: ErrorOptions) {
    super('invalid_detector', `${detectorId !== undefined ? `detector '${detectorId}': ` : ''}${field} ${problem}`, options);
    this.field = field;
    this.problem = problem;
    this.detectorId = detectorId;
  }
}
