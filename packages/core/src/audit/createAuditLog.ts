/**
 * {@link createAuditLog}: the append-only, hash-chained, Merkle-tree audit log, and
 * {@link fromGuard} to log what `guard()` decided.
 *
 * @module
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { AirlockError } from '../errors/AirlockError.ts';
import type { AuditDraft } from '../guard/createGuard.ts';
import { canonicalJson } from './canonicalJson.ts';
import { _checkKey, _signCheckpoint } from './checkpoint.ts';
import { memorySink } from './memorySink.ts';
import { _checkSize, _consistencyPath, _inclusionPath, _nodeHash, _rootOf } from './merkle.ts';
import { _checkRecordShape, _recordHash, _recordLeafHash, _recordProblems, GENESIS } from './record.ts';
import type { AuditCheckpoint, AuditEntry, AuditInclusionProof, AuditRecord, AuditSink } from './types.ts';

/** Field names that hold raw values, refused anywhere in an entry unless allowed. */
export const AUDIT_RAW_FIELDS: readonly string[] = ['text', 'value', 'original', 'secret', 'prompt'];

/** Options of {@link createAuditLog}. */
export interface AuditLogOptions {
  /** Where records go (default: a new {@link memorySink}). */
  readonly sink?: AuditSink;
  /** Signs checkpoints with Ed25519 when given. */
  readonly signer?: { readonly privateKey: Uint8Array };
  /** The clock, in milliseconds since the epoch (default `Date.now`). */
  readonly now?: () => number;
  /** Key of {@link AuditLog.hmac}, at least 16 bytes. */
  readonly hmacKey?: Uint8Array;
  /** Field names let through although {@link AUDIT_RAW_FIELDS} lists them or their strings are long. */
  readonly allowFields?: readonly string[];
  /** Longest string an entry may hold outside allowed fields (default 512). */
  readonly maxStringLength?: number;
}

/** An append-only audit log. */
export interface AuditLog {
  /** How many records the log holds. */
  readonly size: number;
  /** The public key of the signer, when the log has one. */
  readonly publicKey: Uint8Array | undefined;
  /**
   * Appends an entry and returns its record, after the sink stored it. Throws `audit_raw_value`
   * for what looks like a raw value, `invalid_argument` for an entry that is not an object with a
   * `kind`, `unsupported_value` / `cyclic_value` for what is not JSON; whatever the sink throws
   * passes through, and the log then is as before.
   */
  append(entry: AuditEntry): AuditRecord;
  /** The Merkle root of the records, hex. */
  root(): string;
  /** The size and root now, signed when the log has a signer. */
  checkpoint(): AuditCheckpoint;
  /** The inclusion proof of record `seq` in the tree of the first `size` records (default: all). */
  inclusionProof(seq: number, size?: number): AuditInclusionProof;
  /** The consistency proof (hex) between the first `oldSize` and `newSize` (default: all) records. */
  consistencyProof(oldSize: number, newSize?: number): string[];
  /** Every record, from the sink. */
  records(): AuditRecord[];
  /** The log as JSON Lines: each record's canonical JSON and `\n`. Check it with `verifyLog`. */
  exportLog(): string;
  /** HMAC-SHA-256 (hex) of a text under `hmacKey`: a fingerprint to log instead of the text. */
  hmac(text: string): string;
}

/**
 * Opens an audit log on a sink (a new in-memory one by default). Each record holds its position,
 * time, entry, the previous record's hash and its own hash, and is a leaf of an RFC 6962 Merkle
 * tree, so that `verifyLog` detects any change, reordering, insertion or deletion, and truncation
 * against a {@link AuditLog.checkpoint}. Entries are checked for raw values before they are stored.
 *
 * The log keeps 32 bytes per record (its leaf hash) for proofs; `append` and `root` cost O(log n),
 * proofs O(n).
 *
 * @param options - sink, signer, clock, HMAC key, raw-value limits
 * @returns the log
 * @throws {@link AirlockError} `invalid_argument` for malformed options, `audit_tampered` when the
 *   sink's records do not verify, `audit_malformed` when they are not records
 *
 * @example
 * ```ts
 * import { createAuditLog, verifyLog } from '@airlock/core';
 * const log = createAuditLog({ now: () => 0, hmacKey: new Uint8Array(32).fill(7) });
 * log.append({ kind: 'decision', action: 'redact', rules: ['gdpr-art9'], textDigest: log.hmac('the prompt') }).seq; //=> 0
 * log.append({ kind: 'restore', tokens: 2 }).prev === log.records()[0]!.hash; //=> true
 * const checkpoint = log.checkpoint();
 * verifyLog(log.exportLog(), { checkpoint }).ok; //=> true
 * try { log.append({ kind: 'decision', prompt: 'Jane Doe, 4111 1111 1111 1111' }); } catch (e) { (e as { code: string }).code; } //=> 'audit_raw_value'
 * ```
 */
export function createAuditLog(options: AuditLogOptions = {}): AuditLog {
  if (typeof options !== 'object' || options === null) throw new AirlockError('invalid_argument', 'createAuditLog: options must be an object');
  const sink = options.sink ?? memorySink();
  if (typeof sink !== 'object' || sink === null || typeof sink.append !== 'function' || typeof sink.records !== 'function') {
    throw new AirlockError('invalid_argument', 'createAuditLog: sink must have append and records methods');
  }
  const privateKey = options.signer === undefined ? undefined : _checkKey(options.signer?.privateKey, 'createAuditLog: signer.privateKey');
  const publicKey = privateKey && ed25519.getPublicKey(privateKey);
  const now = options.now ?? Date.now;
  if (typeof now !== 'function') throw new AirlockError('invalid_argument', 'createAuditLog: now must be a function');
  const hmacKey = options.hmacKey;
  if (hmacKey !== undefined && !(hmacKey instanceof Uint8Array && hmacKey.length >= 16)) {
    throw new AirlockError('invalid_argument', 'createAuditLog: hmacKey must be a Uint8Array of at least 16 bytes');
  }
  const allowFields: unknown = options.allowFields ?? [];
  if (!Array.isArray(allowFields) || !allowFields.every((f) => typeof f === 'string')) {
    throw new AirlockError('invalid_argument', 'createAuditLog: allowFields must be an array of field names');
  }
  const allow = new Set<string>(allowFields);
  const maxString = options.maxStringLength ?? 512;
  if (!Number.isSafeInteger(maxString) || maxString < 0) throw new AirlockError('invalid_argument', 'createAuditLog: maxStringLength must be a non-negative integer');

  const leaves: Uint8Array[] = [];
  // The compact range: roots of the perfect subtrees that make up the tree, left to right.
  const range: { size: number; hash: Uint8Array }[] = [];
  let last = GENESIS;

  const addLeaf = (leaf: Uint8Array): void => {
    leaves.push(leaf);
    range.push({ size: 1, hash: leaf });
    while (range.length > 1 && range[range.length - 2]!.size === range[range.length - 1]!.size) {
      const right = range.pop()!;
      const left = range.pop()!;
      range.push({ size: left.size * 2, hash: _nodeHash(left.hash, right.hash) });
    }
  };

  // Resume after what the sink holds, once it verifies.
  for (const stored of sink.records()) {
    const record = _checkRecordShape(stored, `createAuditLog: sink record #${leaves.length}`);
    const problems = _recordProblems(record, leaves.length, last);
    if (problems.length > 0) throw new AirlockError('audit_tampered', `createAuditLog: the sink's record #${leaves.length} fails verification (${problems.join(', ')})`);
    addLeaf(_recordLeafHash(record));
    last = record.hash;
  }

  const root = (): string => {
    if (range.length === 0) return bytesToHex(_rootOf([], 0));
    let acc = range[range.length - 1]!.hash;
    for (let i = range.length - 2; i >= 0; i--) acc = _nodeHash(range[i]!.hash, acc);
    return bytesToHex(acc);
  };

  const append = (entry: AuditEntry): AuditRecord => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || typeof entry.kind !== 'string' || entry.kind === '') {
      throw new AirlockError('invalid_argument', 'append: an entry must be an object with a non-empty string kind');
    }
    // canonicalJson refuses what is not JSON; parsing it back gives a copy the caller cannot change.
    const copy = JSON.parse(canonicalJson(entry)) as AuditEntry;
    checkRaw(copy, '', undefined, allow, maxString);
    const head = { seq: leaves.length, at: iso(now()), prev: last, entry: copy };
    const record: AuditRecord = { ...head, hash: _recordHash(head) };
    sink.append(record);
    addLeaf(_recordLeafHash(record));
    last = record.hash;
    return record;
  };

  const checkpoint = (): AuditCheckpoint => {
    const head = { size: leaves.length, root: root(), at: iso(now()) };
    return privateKey ? { ...head, signature: _signCheckpoint(head, privateKey) } : head;
  };

  const inclusionProof = (seq: number, size: number = leaves.length): AuditInclusionProof => {
    _checkSize('inclusionProof', 'size', size, leaves.length);
    _checkSize('inclusionProof', 'seq', seq, size - 1);
    return { index: seq, size, leafHash: bytesToHex(leaves[seq]!), proof: _inclusionPath(leaves, seq, size).map(bytesToHex) };
  };

  const consistencyProof = (oldSize: number, newSize: number = leaves.length): string[] => {
    _checkSize('consistencyProof', 'newSize', newSize, leaves.length);
    _checkSize('consistencyProof', 'oldSize', oldSize, newSize);
    return _consistencyPath(leaves, oldSize, newSize).map(bytesToHex);
  };

  const records = (): AuditRecord[] => [...sink.records()];

  return {
    get size() {
      return leaves.length;
    },
    publicKey,
    append,
    root,
    checkpoint,
    inclusionProof,
    consistencyProof,
    records,
    exportLog: () => records().map((r) => canonicalJson(r) + '\n').join(''),
    hmac: (text: string): string => {
      if (!hmacKey) throw new AirlockError('invalid_argument', 'hmac: the log was created without an hmacKey');
      if (typeof text !== 'string') throw new AirlockError('invalid_argument', 'hmac: text must be a string');
      return bytesToHex(hmac(sha256, hmacKey, utf8ToBytes(text)));
    },
  };
}

/** The clock's time as ISO 8601; `invalid_argument` when the clock gives no valid time. */
function iso(ms: unknown): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
    throw new AirlockError('invalid_argument', `createAuditLog: now() returned ${String(ms)}, not a time in milliseconds`);
  }
  return new Date(ms).toISOString();
}

/** Throws `audit_raw_value` for a raw-value field name or a long string outside allowed fields. */
function checkRaw(value: unknown, path: string, field: string | undefined, allow: ReadonlySet<string>, maxString: number): void {
  const allowed = field !== undefined && allow.has(field);
  if (typeof value === 'string') {
    if (value.length > maxString && !allowed) {
      throw new AirlockError('audit_raw_value', `append: ${path} holds a string of ${value.length} characters (more than ${maxString}); log a fingerprint, or allow the field`);
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkRaw(v, `${path}[${i}]`, field, allow, maxString));
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (AUDIT_RAW_FIELDS.includes(key.toLowerCase()) && !allow.has(key)) {
      throw new AirlockError('audit_raw_value', `append: ${at} is a field for raw values, which an audit log never holds; log a fingerprint (AuditLog.hmac), or allow the field`);
    }
    checkRaw(v, at, key, allow, maxString);
  }
}

/**
 * The entry to log for what `guard()` decided: its {@link AuditDraft} (findings without values,
 * the text's HMAC only under the guard's `auditKey`) as a `decision` entry.
 *
 * @param draft - `GuardResult.audit`
 * @returns the entry
 * @throws {@link AirlockError} `invalid_argument` when `draft` is not an object
 *
 * @example
 * ```ts
 * import { createAuditLog, createGuard, defaultPolicy, fromGuard } from '@airlock/core';
 * const g = createGuard({ policy: defaultPolicy() });
 * const zdr = { id: 'zdr', provider: 'acme', retention: 'zero', agreements: ['enterprise'], region: 'US' } as const;
 * const result = g.guard('my key is AKIAZ7QX4N2PLW6RKDE3', { destination: zdr });
 * const record = createAuditLog().append(fromGuard(result.audit));
 * record.entry.kind; //=> 'decision'
 * JSON.stringify(record).includes('AKIAZ7QX4N2PLW6RKDE3'); //=> false
 * ```
 */
export function fromGuard(draft: AuditDraft): AuditEntry {
  if (typeof draft !== 'object' || draft === null) throw new AirlockError('invalid_argument', 'fromGuard: draft must be a guard result’s audit');
  return { ...draft, kind: 'decision' };
}
