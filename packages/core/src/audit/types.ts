/**
 * The shapes of the audit log: entries, records, sinks, checkpoints, proofs and verification
 * results.
 *
 * @module
 */

/** The kinds of entry airlock itself writes; any other non-empty string is allowed too. */
export type AuditKind = 'decision' | 'redaction' | 'restore' | 'vault' | 'incident';

/**
 * What a caller logs: a plain JSON object with a `kind`. It holds decisions, rule ids,
 * fingerprints and HMACs, never raw text, personal data or secrets (see `docs/audit.md`).
 */
export interface AuditEntry {
  /** What happened: `decision`, `redaction`, `restore`, `vault`, `incident`, or your own kind. */
  readonly kind: AuditKind | (string & {});
  /** Any other JSON fields. */
  readonly [field: string]: unknown;
}

/**
 * One line of the log. `hash` is the SHA-256 (hex) of the canonical JSON of the record without
 * `hash`; `prev` is the previous record's `hash` (64 zeros for the first record). The Merkle leaf
 * of the record is its canonical JSON, `hash` included, as UTF-8.
 */
export interface AuditRecord {
  /** Position in the log, from 0. */
  readonly seq: number;
  /** When it was appended, as an ISO 8601 time. */
  readonly at: string;
  /** The previous record's `hash`, hex. */
  readonly prev: string;
  /** What was logged. */
  readonly entry: AuditEntry;
  /** SHA-256 of the canonical JSON of `{ seq, at, prev, entry }`, hex. */
  readonly hash: string;
}

/**
 * Where a log keeps its records. Both methods are synchronous. `append` must store the record
 * durably before it returns, or throw (the log then does not count the record); `records` returns
 * every record stored, in order. A log opened on a sink that already holds records verifies them
 * and continues after the last one. {@link memorySink} is the in-memory one; `@airlock/node` adds a
 * file sink.
 */
export interface AuditSink {
  /** Stores one record after the others. */
  append(record: AuditRecord): void;
  /** Every stored record, in order. */
  records(): Iterable<AuditRecord>;
}

/**
 * A signed tree head: the log's size and Merkle root at a moment. Keep checkpoints apart from the
 * log (another system, another person): a log checked against one cannot lose a record the
 * checkpoint covers without it showing.
 */
export interface AuditCheckpoint {
  /** How many records the log held. */
  readonly size: number;
  /** The Merkle root of those records, hex. */
  readonly root: string;
  /** When the checkpoint was made, as an ISO 8601 time. */
  readonly at: string;
  /** Ed25519 signature (hex) of the checkpoint's signed text; absent when the log has no signer. */
  readonly signature?: string;
}

/** An inclusion proof of one record, hashes in hex; check it with `verifyInclusion`. */
export interface AuditInclusionProof {
  /** The record's `seq`, its leaf index. */
  readonly index: number;
  /** The tree size the proof is for. */
  readonly size: number;
  /** The record's Merkle leaf hash. */
  readonly leafHash: string;
  /** The audit path, bottom-up. */
  readonly proof: readonly string[];
}

/** Codes of the problems {@link AuditVerification} lists. */
export type AuditProblemCode =
  /** A line is valid JSON of the record shape but not its canonical text (it was edited). */
  | 'not_canonical'
  /** A record's `seq` is not its position: records were deleted, inserted or reordered. */
  | 'bad_seq'
  /** A record's `prev` is not the previous record's `hash`. */
  | 'broken_chain'
  /** A record's `hash` is not the hash of its content. */
  | 'bad_hash'
  /** The log holds fewer records than the checkpoint. */
  | 'truncated'
  /** The Merkle root of the log's first `checkpoint.size` records is not the checkpoint's. */
  | 'root_mismatch'
  /** The checkpoint's signature is missing, malformed or not valid for the public key. */
  | 'bad_signature'
  /** The checkpoint is signed but no public key was given to check it. */
  | 'unverified_checkpoint';

/** One thing {@link AuditVerification} found wrong. */
export interface AuditProblem {
  /** The record, by position in the export (from 0); absent for problems of the whole log. */
  readonly seq?: number;
  /** What is wrong. */
  readonly code: AuditProblemCode;
  /** A sentence saying so. */
  readonly message: string;
}

/** What `verifyLog` found. */
export interface AuditVerification {
  /** True only when there is no problem. */
  readonly ok: boolean;
  /** How many records the export holds. */
  readonly size: number;
  /** Their Merkle root, hex. */
  readonly root: string;
  /** Everything wrong, in the order found. */
  readonly problems: readonly AuditProblem[];
}
