/**
 * The tamper-evident audit log: every decision, redaction, restore, vault event and incident step,
 * as records chained by SHA-256 and kept as leaves of an RFC 6962 / RFC 9162 Merkle tree, with
 * Ed25519-signed checkpoints and a verifier for exported logs.
 *
 * - {@link createAuditLog}: append entries (plain JSON with a `kind`; raw text, personal data and
 *   secrets are refused), take {@link AuditLog.checkpoint | checkpoints}, prove inclusion and
 *   consistency, export as JSON Lines. Records go to a pluggable {@link AuditSink}
 *   ({@link memorySink} by default). {@link fromGuard} turns what `guard()` decided into an entry.
 * - {@link verifyLog}: checks an export (any change, reordering, insertion or deletion; truncation
 *   against a checkpoint; the checkpoint's signature). {@link verifyCheckpoint} checks a signature
 *   alone; {@link generateAuditKeys} makes the key pair.
 * - {@link canonicalJson} and the Merkle functions ({@link merkleRoot}, {@link merkleInclusionProof},
 *   {@link merkleConsistencyProof}, {@link verifyInclusion}, {@link verifyConsistency}) are the
 *   building blocks, usable alone.
 * - How the layers fit: built on `errors` and, for {@link fromGuard}, on `guard`'s audit draft.
 * - Errors: `audit_raw_value` for an entry that holds a raw value, `audit_malformed` for an export
 *   or checkpoint that does not parse, `audit_tampered` for a sink whose records do not verify;
 *   tampering found in an export is reported as problems (`ok: false`), never thrown away.
 *
 * The format and what may never be logged: `docs/audit.md`.
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
