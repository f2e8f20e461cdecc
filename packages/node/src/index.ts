/**
 * airlock for Node.js: everything in `@airlock/core`, plus the `airlock` command line and the
 * evaluation of detectors on labelled data.
 *
 * Should I use this package? Use it in Node (20+) when you want the CLI (`airlock scan`, `redact`,
 * `restore`, `guard`, `eval`; see docs/cli.md) or to score detectors from code; in a browser or an
 * edge worker, use `@airlock/core` directly.
 *
 * How the parts fit: `eval/` is pure (records in, report out: {@link parseLine},
 * {@link evaluate}, {@link formatTable}); `cli/` reads files, directories and stdin, runs core's
 * scanner, guard, redactor and streams, and prints ({@link main}, {@link evalCommand}); multi-file
 * work goes through {@link processFiles}.
 *
 * Errors and limits: malformed records throw {@link EvalInputError} naming the file and line;
 * `airlock eval` turns that into exit code 1. Every other command exits 2 on an error (bad usage,
 * a missing file, an invalid config or policy), 1 on findings or a block, 0 otherwise.
 *
 * @module @airlock/node
 */
export * from '@airlock/core';
export {
  EvalInputError,
  evaluate,
  formatErrors,
  formatJson,
  formatTable,
  matchRecord,
  parseLine,
  parseRecord,
  spansAgree,
  typeScore,
} from './eval/index.ts';
export type {
  EvalError,
  EvalRecord,
  EvalReport,
  EvaluateOptions,
  FindingSpan,
  FormatTableOptions,
  LabelSpan,
  MatchMode,
  PiiLabel,
  PiiRecord,
  RecordMatch,
  RecordSource,
  ScoredRecord,
  SecretRecall,
  SecretRecord,
  SecretReport,
  SecretRuleScore,
  TypeScore,
} from './eval/index.ts';
export { EVAL_USAGE, evalCommand } from './cli/evalCommand.ts';
export { memoryIo, processIo } from './cli/io.ts';
export type { CliIo } from './cli/io.ts';
export { main, USAGE } from './cli/main.ts';
export type { MainOptions } from './cli/main.ts';
export { processFiles } from './cli/processFiles.ts';
export type { FileProcessor, ProcessFilesOptions } from './cli/processFiles.ts';
