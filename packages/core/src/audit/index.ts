/**
 * The tamper-evident audit log.
 *
 * @module
 */
export { canonicalJson, CANONICAL_JSON_MAX_DEPTH } from './canonicalJson.ts';
export {
  merkleConsistencyProof,
  merkleInclusionProof,
  merkleLeafHash,
  merkleRoot,
  verifyConsistency,
  verifyInclusion,
  type ConsistencyCheck,
  type HashInput,
  type InclusionCheck,
} from './merkle.ts';
export { createAuditLog, fromGuard, AUDIT_RAW_FIELDS, type AuditLog, type AuditLogOptions } from './createAuditLog.ts';
export { generateAuditKeys, verifyCheckpoint, type AuditKeyPair } from './checkpoint.ts';
export { memorySink } from './memorySink.ts';
export { verifyLog, type VerifyLogOptions } from './verifyLog.ts';
export type {
  AuditCheckpoint,
  AuditEntry,
  AuditInclusionProof,
  AuditKind,
  AuditProblem,
  AuditProblemCode,
  AuditRecord,
  AuditSink,
  AuditVerification,
} from './types.ts';
