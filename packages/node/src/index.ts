/**
 * airlock for Node.js: everything in `@airlock/core`, plus the `airlock` command line and the
 * evaluation of detectors on labelled data.
 *
 * Should I use this package? Use it in Node (20+) when you want the CLI (`airlock eval`) or to
 * score detectors from code; in a browser or an edge worker, use `@airlock/core` directly.
 *
 * How the parts fit: `eval/` is pure (records in, report out: {@link parseLine},
 * {@link evaluate}, {@link formatTable}); `cli/` reads files, runs a scanner from `@airlock/core`
 * and prints ({@link main}, {@link evalCommand}).
 *
 * Errors and limits: malformed records throw {@link EvalInputError} naming the file and line;
 * the CLI turns that into exit code 1, bad usage into exit code 2.
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
export { fileAuditSink, readAuditFile, repairAuditFile, verifyAuditFile, verifyAuditFileSync } from './audit/index.ts';
export type { AuditRepair, FileAuditSink, FileAuditSinkOptions } from './audit/index.ts';
export { createIncidentStore, INCIDENT_FILE_FORMAT } from './incident/index.ts';
export type { IncidentStore, IncidentStoreOptions, IncidentSummary, PersistedIncidents, SaveOptions, StoredIncident } from './incident/index.ts';
export { createScanPool, scanFiles } from './pool/index.ts';
export type { FileOutcome, PoolResult, PoolScannerOptions, ScanFilesOptions, ScanPool, ScanPoolOptions } from './pool/index.ts';
export { redactTransform, restoreTransform, scanTransform } from './streams/index.ts';
export type { ScanTransformOptions } from './streams/index.ts';
export { AUDIT_USAGE, auditCommand } from './cli/auditCommand.ts';
export { INCIDENT_USAGE, incidentCommand } from './cli/incidentCommand.ts';
export { EVAL_USAGE, evalCommand } from './cli/evalCommand.ts';
export { memoryIo, processIo } from './cli/io.ts';
export type { CliIo } from './cli/io.ts';
export { main, USAGE } from './cli/main.ts';
export type { MainOptions } from './cli/main.ts';
