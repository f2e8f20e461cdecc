/**
 * {@link verifyLog}: checks an exported audit log, alone or against a checkpoint.
 *
 * @module
 */
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { AirlockError } from '../errors/AirlockError.ts';
import { canonicalJson } from './canonicalJson.ts';
import { _checkKey, verifyCheckpoint } from './checkpoint.ts';
import { _rootOf, merkleLeafHash } from './merkle.ts';
import { _checkCheckpointShape, _checkRecordShape, _recordProblems, GENESIS } from './record.ts';
import type { AuditCheckpoint, AuditProblem, AuditVerification } from './types.ts';

/** Options of {@link verifyLog}. */
export interface VerifyLogOptions {
  /** A checkpoint the log must extend: same root over its first `size` records, none missing. */
  readonly checkpoint?: AuditCheckpoint;
  /** The signer's public key; the checkpoint's signature must verify under it. */
  readonly publicKey?: Uint8Array;
}

/**
 * Verifies an exported log (`AuditLog.exportLog`, as text or as the file's UTF-8 bytes): every line
 * must be a record's canonical JSON, numbered from 0, chained to the one before by `prev`, with the
 * `hash` of its content. Against a checkpoint, the log must hold at least `checkpoint.size` records
 * whose Merkle root is `checkpoint.root`, and with a public key the checkpoint's signature must be
 * valid; a signed checkpoint without a key is reported, never trusted.
 *
 * Without a checkpoint, removing records from the end (or replacing the tail wholesale with
 * freshly hashed records) cannot be seen: keep checkpoints apart from the log.
 *
 * @param exported - the exported log
 * @param options - a checkpoint and the public key to check it with
 * @returns `ok`, the log's size and Merkle root, and every problem found
 * @throws {@link AirlockError} `audit_malformed` when `exported` is not valid UTF-8, does not end
 *   its last line with `\n`, or holds a line that is not JSON of the record shape (the message
 *   names the line); also when `checkpoint` is malformed; `invalid_argument` for other bad options
 *
 * @example
 * ```ts
 * import { createAuditLog, generateAuditKeys, verifyLog } from '@airlock/core';
 * const keys = generateAuditKeys();
 * const log = createAuditLog({ signer: { privateKey: keys.privateKey } });
 * for (const action of ['allow', 'redact', 'block']) log.append({ kind: 'decision', action });
 * const checkpoint = log.checkpoint();
 * const lines = log.exportLog().split('\n');
 * verifyLog(lines.join('\n'), { checkpoint, publicKey: keys.publicKey }).ok; //=> true
 * // Reordered records.
 * verifyLog([lines[1], lines[0], lines[2], ''].join('\n')).problems.map((p) => p.code); //=> ['bad_seq', 'broken_chain', 'bad_seq', 'broken_chain', 'broken_chain']
 * // The last record removed: only the checkpoint shows it.
 * verifyLog(lines.slice(0, 2).join('\n') + '\n').ok; //=> true
 * verifyLog(lines.slice(0, 2).join('\n') + '\n', { checkpoint, publicKey: keys.publicKey }).problems.map((p) => p.code); //=> ['truncated']
 * ```
 */
export function verifyLog(exported: string | Uint8Array, options: VerifyLogOptions = {}): AuditVerification {
  if (typeof options !== 'object' || options === null) throw new AirlockError('invalid_argument', 'verifyLog: options must be an object');
  const checkpoint = options.checkpoint === undefined ? undefined : _checkCheckpointShape(options.checkpoint, 'verifyLog: checkpoint');
  const publicKey = options.publicKey === undefined ? undefined : _checkKey(options.publicKey, 'verifyLog: publicKey');
  if (publicKey && !checkpoint) throw new AirlockError('invalid_argument', 'verifyLog: a publicKey checks a checkpoint; give the checkpoint too');
  const text = decode(exported);
  if (text !== '' && !text.endsWith('\n')) throw new AirlockError('audit_malformed', 'verifyLog: the last line does not end with a newline (the log was cut mid-record?)');
  const lines = text === '' ? [] : text.slice(0, -1).split('\n');

  const problems: AuditProblem[] = [];
  const leaves: Uint8Array[] = [];
  let prev = GENESIS;
  lines.forEach((line, i) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      throw new AirlockError('audit_malformed', `verifyLog: line ${i + 1} is not JSON`, { cause: e });
    }
    const record = _checkRecordShape(parsed, `verifyLog: line ${i + 1}`);
    let canonical: string;
    try {
      canonical = canonicalJson(record);
    } catch (e) {
      throw new AirlockError('audit_malformed', `verifyLog: line ${i + 1} is nested too deep to verify`, { cause: e });
    }
    if (canonical !== line) problems.push({ seq: i, code: 'not_canonical', message: `record ${i} is not written canonically: it was edited` });
    for (const code of _recordProblems(record, i, prev)) problems.push({ seq: i, code, message: MESSAGES[code](i, record.seq) });
    prev = record.hash;
    leaves.push(merkleLeafHash(utf8ToBytes(line)));
  });

  if (checkpoint) {
    if (publicKey) {
      if (!verifyCheckpoint(checkpoint, publicKey)) problems.push({ code: 'bad_signature', message: 'the checkpoint’s signature is missing or not valid for the public key' });
    } else if (checkpoint.signature !== undefined) {
      problems.push({ code: 'unverified_checkpoint', message: 'the checkpoint is signed but no publicKey was given to check it' });
    }
    if (leaves.length < checkpoint.size) {
      problems.push({ code: 'truncated', message: `the log holds ${leaves.length} records, the checkpoint ${checkpoint.size}` });
    } else if (bytesToHex(_rootOf(leaves, checkpoint.size)) !== checkpoint.root) {
      problems.push({ code: 'root_mismatch', message: `the first ${checkpoint.size} records do not have the checkpoint’s root` });
    }
  }
  return { ok: problems.length === 0, size: leaves.length, root: bytesToHex(_rootOf(leaves, leaves.length)), problems };
}

const MESSAGES = {
  bad_seq: (i: number, seq: number) => `line ${i + 1} holds seq ${seq}: records were deleted, inserted or reordered`,
  broken_chain: (i: number) => `record ${i} does not chain to the record before it`,
  bad_hash: (i: number) => `record ${i} does not match its hash: it was changed`,
};

function decode(exported: unknown): string {
  if (typeof exported === 'string') return exported;
  if (exported instanceof Uint8Array) {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(exported);
    } catch (e) {
      throw new AirlockError('audit_malformed', 'verifyLog: the log is not valid UTF-8', { cause: e });
    }
  }
  throw new AirlockError('invalid_argument', 'verifyLog: the exported log must be a string or a Uint8Array');
}
