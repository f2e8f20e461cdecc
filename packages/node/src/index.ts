/**
 * airlock for Node.js: everything in `@airlock/core`, plus the `airlock` command line, Node streams,
 * files and worker threads.
 *
 * Should I use this package? Use it in Node (20+) for the CLI (`airlock scan`, `redact`, `restore`,
 * `guard`, `eval`, `audit`, `incident`; see docs/cli.md), to redact Node streams, to keep the audit
 * log and incidents on disk, or to scan many files on worker threads; in a browser or an edge
 * worker, use `@airlock/core` directly.
 *
 * How the parts fit, each a thin layer over core:
 * - `streams/`: {@link redactTransform}, {@link restoreTransform}, {@link scanTransform}, Node
 *   `Duplex` transforms over core's streaming functions, decoding UTF-8 across chunks;
 * - `audit/`: {@link fileAuditSink}, an append-only JSON Lines file as the sink of core's
 *   `createAuditLog`, with {@link verifyAuditFile} and {@link repairAuditFile};
 * - `incident/`: {@link createIncidentStore}, incidents as a directory of versioned snapshots;
 * - `pool/`: {@link createScanPool} and {@link scanFiles}, worker threads for many files;
 * - `eval/` is pure (records in, report out: {@link parseLine}, {@link evaluate},
 *   {@link formatTable});
 * - `cli/` reads files, directories and stdin, runs core's scanner, guard, redactor and streams,
 *   and prints ({@link main}, {@link evalCommand}, {@link auditCommand}, {@link incidentCommand});
 *   multi-file work goes through {@link processFiles}.
 *
 * Errors and limits: every failure of the library is an `AirlockError` with a stable code
 * (`file_error`, `audit_torn`, `store_locked`, `store_conflict`, `pool_closed` are this package's);
 * malformed evaluation records throw {@link EvalInputError} naming the file and line. The CLI exits
 * 0 clean, 1 on findings or a block (or a tampered log, a refused incident event), 2 on an error;
 * each command's usage text has its codes.
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
export { processFiles } from './cli/processFiles.ts';
export type { FileProcessor, ProcessFilesOptions } from './cli/processFiles.ts';
