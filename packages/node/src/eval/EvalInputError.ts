/**
 * {@link EvalInputError}: a labelled record that `airlock eval` cannot read.
 *
 * @module
 */
import { AirlockError } from '@airlock/core';
import type { RecordSource } from './types.ts';

/**
 * Thrown when a labelled record is malformed (not JSON, no `text`, a span outside the text, …). The
 * message names the file and line when they are known.
 *
 * @example
 * ```ts
 * const error = new EvalInputError('record has no "text" string', { file: 'a.jsonl', line: 3 });
 * error.message; //=> 'a.jsonl:3: record has no "text" string'
 * error.code; //=> 'invalid_argument'
 * ```
 */
export class EvalInputError extends AirlockError<'invalid_argument'> {
  override name: string = 'EvalInputError';
  /** Where the bad record is, when known. */
  readonly source: RecordSource | undefined;
  /** What is wrong, without the location. */
  readonly problem: string;

  /**
   * @param problem - what is wrong with the record
   * @param source - the file and line of the record
   */
  constructor(problem: string, source?: RecordSource) {
    super('invalid_argument', source ? `${source.file}:${source.line}: ${problem}` : problem);
    this.problem = problem;
    this.source = source;
  }
}
