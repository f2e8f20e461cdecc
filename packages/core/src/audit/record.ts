/**
 * Hashing, serializing and checking audit records, shared by the log and the verifier.
 *
 * @module
 * @internal
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { AirlockError } from '../errors/AirlockError.ts';
import { canonicalJson } from './canonicalJson.ts';
import { merkleLeafHash } from './merkle.ts';
import type { AuditCheckpoint, AuditProblemCode, AuditRecord } from './types.ts';

/** `prev` of the first record. @internal */
export const GENESIS = '0'.repeat(64);

const HEX64 = /^[0-9a-f]{64}$/;

/** The record's `hash`: SHA-256 of the canonical JSON of everything but `hash`. @internal */
export function _recordHash(record: Omit<AuditRecord, 'hash'>): string {
  const { seq, at, prev, entry } = record;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson({ seq, at, prev, entry }))));
}

/**
 * What is wrong with the record at position `index` whose predecessor's hash is `prev`: its `seq`,
 * its chain, its hash. @internal
 */
export function _recordProblems(record: AuditRecord, index: number, prev: string): Extract<AuditProblemCode, 'bad_seq' | 'broken_chain' | 'bad_hash'>[] {
  const problems: Extract<AuditProblemCode, 'bad_seq' | 'broken_chain' | 'bad_hash'>[] = [];
  if (record.seq !== index) problems.push('bad_seq');
  if (record.prev !== prev) problems.push('broken_chain');
  if (record.hash !== _recordHash(record)) problems.push('bad_hash');
  return problems;
}

/** The record's Merkle leaf hash: over its canonical JSON, `hash` included. @internal */
export function _recordLeafHash(record: AuditRecord): Uint8Array {
  return merkleLeafHash(utf8ToBytes(canonicalJson(record)));
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v) as object | null);

/**
 * Checks that `value` has the record shape (exactly `seq`, `at`, `prev`, `entry`, `hash`, of the
 * right types); throws `audit_malformed` naming `where` otherwise. @internal
 */
export function _checkRecordShape(value: unknown, where: string): AuditRecord {
  const fail = (problem: string): never => {
    throw new AirlockError('audit_malformed', `${where}: ${problem}`);
  };
  if (!isPlainObject(value)) return fail('a record must be a JSON object');
  const keys = Object.keys(value).sort().join(',');
  if (keys !== 'at,entry,hash,prev,seq') return fail(`a record has exactly the fields at, entry, hash, prev, seq (found ${keys || 'none'})`);
  const { seq, at, prev, hash, entry } = value;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) fail('seq must be a non-negative integer');
  if (typeof at !== 'string') fail('at must be a string');
  if (typeof prev !== 'string' || !HEX64.test(prev)) fail('prev must be 64 lower-case hex digits');
  if (typeof hash !== 'string' || !HEX64.test(hash)) fail('hash must be 64 lower-case hex digits');
  if (!isPlainObject(entry) || typeof entry['kind'] !== 'string' || entry['kind'] === '') fail('entry must be an object with a non-empty string kind');
  return value as unknown as AuditRecord;
}

/** The text a checkpoint's signature covers. @internal */
export function _checkpointMessage(checkpoint: Pick<AuditCheckpoint, 'size' | 'root' | 'at'>): Uint8Array {
  const { size, root, at } = checkpoint;
  return utf8ToBytes(canonicalJson({ format: 'airlock-audit-checkpoint/1', size, root, at }));
}

/** Checks a checkpoint's shape; throws `audit_malformed` otherwise. @internal */
export function _checkCheckpointShape(value: unknown, where: string): AuditCheckpoint {
  const fail = (problem: string): never => {
    throw new AirlockError('audit_malformed', `${where}: ${problem}`);
  };
  if (!isPlainObject(value)) return fail('a checkpoint must be an object');
  const extra = Object.keys(value).filter((k) => !['size', 'root', 'at', 'signature'].includes(k));
  if (extra.length > 0) fail(`unknown field ${extra[0]!}`);
  const { size, root, at, signature } = value;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) fail('size must be a non-negative integer');
  if (typeof root !== 'string' || !HEX64.test(root)) fail('root must be 64 lower-case hex digits');
  if (typeof at !== 'string') fail('at must be a string');
  if (signature !== undefined && (typeof signature !== 'string' || !/^[0-9a-f]{128}$/.test(signature))) {
    fail('signature must be 128 lower-case hex digits');
  }
  return value as unknown as AuditCheckpoint;
}
