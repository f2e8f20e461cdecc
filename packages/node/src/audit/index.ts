/**
 * The audit log on disk: {@link fileAuditSink} (an append-only JSON Lines file as the sink of
 * `createAuditLog`), {@link readAuditFile}, {@link verifyAuditFile} and {@link repairAuditFile}.
 *
 * @module
 */
export { fileAuditSink, readAuditFile, repairAuditFile, verifyAuditFile, verifyAuditFileSync } from './fileSink.ts';
export type { AuditRepair, FileAuditSink, FileAuditSinkOptions } from './fileSink.ts';
