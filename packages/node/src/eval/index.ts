/**
 * Evaluation of detectors on labelled data, as `airlock eval` runs it: read records
 * ({@link parseLine}), scan them, score the findings ({@link evaluate}), print ({@link formatTable},
 * {@link formatJson}). Everything here is pure; only the CLI touches files.
 *
 * @module
 */
export { EvalInputError } from './EvalInputError.ts';
export { evaluate, typeScore } from './evaluate.ts';
export { formatErrors, formatJson, formatTable } from './format.ts';
export type { FormatTableOptions } from './format.ts';
export { matchRecord, spansAgree } from './match.ts';
export type { RecordMatch } from './match.ts';
export { parseLine, parseRecord } from './parseRecord.ts';
export type * from './types.ts';
