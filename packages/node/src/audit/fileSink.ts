/**
 * {@link fileAuditSink}: an append-only JSON Lines file as the sink of `createAuditLog`, and
 * {@link readAuditFile}, {@link verifyAuditFile}, {@link repairAuditFile} for the file at rest.
 *
 * @module
 */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { AirlockError, canonicalJson, verifyLog, type AuditRecord, type AuditSink, type AuditVerification, type VerifyLogOptions } from '@airlock/core';
import { fileError } from '../fileError.ts';

/** Options of {@link fileAuditSink}. */
export interface FileAuditSinkOptions {
  /**
   * When records reach the disk. `'always'`: `append` calls `fsync` before it returns, so a record
   * the log counted survives a power cut. `'never'`: the operating system writes it back when it
   * chooses (much faster; a crash of the machine, not of the process, can lose the last records,
   * which a checkpoint then shows as `truncated`).
   * @defaultValue 'always'
   */
  readonly fsync?: 'always' | 'never';
}

/** A file {@link AuditSink}; close it when done. */
export interface FileAuditSink extends AuditSink {
  /** The file's path. */
  readonly path: string;
  /** Flushes (with `fsync: 'always'` there is nothing left to flush) and closes the file. */
  close(): void;
}

const NL = 0x0a;

/**
 * Opens (or creates, mode 0600) an audit log file as a sink for `createAuditLog`: one record per
 * line, each its canonical JSON and `\n`, the `exportLog()` format, so the file itself is what
 * `verifyLog` checks. The file is opened with `O_APPEND`: every write goes to its end, and nothing
 * written is ever rewritten.
 *
 * Reopening: `createAuditLog({ sink: fileAuditSink(path) })` on an existing file verifies every
 * record (canonical text, `seq`, chain, hashes) and continues the chain after the last one.
 *
 * Failing closed:
 * - a final line without its `\n` (a crash in the middle of a write) throws `audit_torn` at open:
 *   it is never dropped silently. {@link repairAuditFile} truncates that line, on purpose;
 * - a line that is not JSON throws `audit_malformed`; a line that is not its record's canonical
 *   text, `audit_tampered` (and `createAuditLog` throws `audit_tampered` for a broken chain);
 * - a failed write (disk full) is undone by truncating the file back to its size before the write,
 *   and thrown as `file_error`, so the log does not count the record; if even that fails, the sink
 *   refuses every later append;
 * - one writer at a time: before each append the sink checks that the file still has the size it
 *   left it with, and throws `audit_tampered` if another process (or a person) wrote to it.
 *
 * Records are read back from the file by `records()` (when a log is opened on the sink, and by
 * `exportLog()`), so the whole file is read into memory then.
 *
 * @param path - the log file
 * @param options - the fsync policy
 * @returns the sink
 * @throws {@link AirlockError} `file_error` when the file cannot be opened or read, `audit_torn`,
 *   `audit_malformed`, `audit_tampered` as above
 *
 * @example
 * ```ts
 * import { createAuditLog } from '@airlock/core';
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const path = join(mkdtempSync(join(tmpdir(), 'airlock-')), 'audit.jsonl');
 * const sink = fileAuditSink(path);
 * createAuditLog({ sink }).append({ kind: 'decision', action: 'redact' }).seq; //=> 0
 * sink.close();
 * // Reopened, the log verifies the file and continues its chain.
 * const again = fileAuditSink(path);
 * createAuditLog({ sink: again }).append({ kind: 'decision', action: 'allow' }).seq; //=> 1
 * again.close();
 * verifyAuditFileSync(path).ok; //=> true
 * ```
 */
export function fileAuditSink(path: string, options: FileAuditSinkOptions = {}): FileAuditSink {
  if (typeof path !== 'string' || path === '') throw new AirlockError('invalid_argument', 'fileAuditSink: path must be a non-empty string');
  const fsync = options.fsync ?? 'always';
  if (fsync !== 'always' && fsync !== 'never') throw new AirlockError('invalid_argument', `fileAuditSink: fsync must be 'always' or 'never'`);
  let fd: number;
  try {
    fd = openSync(path, 'a+', 0o600); // O_APPEND | O_CREAT | O_RDWR
  } catch (error) {
    throw fileError(`fileAuditSink: cannot open ${path}`, error);
  }
  let size: number;
  try {
    size = fstatSync(fd).size;
    const torn = tornTail(readAll(fd, size));
    if (torn) throw tornError(path, torn);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  let broken: AirlockError | undefined;
  let closed = false;
  const check = (): void => {
    if (closed) throw new AirlockError('invalid_argument', `fileAuditSink: ${path} is closed`);
    if (broken) throw broken;
  };

  return {
    path,
    append(record: AuditRecord): void {
      check();
      const bytes = Buffer.from(canonicalJson(record) + '\n', 'utf8');
      const now = fstatSync(fd).size;
      if (now !== size) {
        throw new AirlockError('audit_tampered', `fileAuditSink: ${path} is ${now} bytes, but this sink left it at ${size}: another writer (or a person) changed it; one writer at a time`);
      }
      try {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, null);
        if (fsync === 'always') fsyncSync(fd);
      } catch (error) {
        try {
          ftruncateSync(fd, size); // undo a partial line, so that the file stays well-formed
        } catch (undo) {
          broken = fileError(`fileAuditSink: a write to ${path} failed and could not be undone (repair the file with repairAuditFile before reopening it)`, undo);
        }
        throw fileError(`fileAuditSink: cannot append to ${path}`, error);
      }
      size += bytes.length;
    },
    records(): AuditRecord[] {
      check();
      return parseRecords(readAll(fd, fstatSync(fd).size), path);
    },
    close(): void {
      if (closed) return;
      closed = true;
      closeSync(fd);
    },
  };
}

/**
 * Reads an audit log file's bytes, to check with `verifyLog` (which reports a torn final line as
 * `audit_malformed`; {@link verifyAuditFile} reports it as `audit_torn`).
 *
 * @param path - the log file
 * @returns the file's content
 * @throws {@link AirlockError} `file_error` when the file cannot be read
 *
 * @example
 * ```ts
 * import { createAuditLog, verifyLog } from '@airlock/core';
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const path = join(mkdtempSync(join(tmpdir(), 'airlock-')), 'audit.jsonl');
 * const sink = fileAuditSink(path, { fsync: 'never' });
 * const log = createAuditLog({ sink });
 * log.append({ kind: 'restore', tokens: 2 });
 * const checkpoint = log.checkpoint();
 * sink.close();
 * verifyLog(await readAuditFile(path), { checkpoint }).ok; //=> true
 * ```
 */
export async function readAuditFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw fileError(`cannot read the audit log ${path}`, error);
  }
}

/**
 * Reads an audit log file and checks it with `verifyLog`, reporting a torn final line (a crash in
 * the middle of a write) as `audit_torn` rather than as a malformed log.
 *
 * @param path - the log file
 * @param options - the checkpoint and public key, as for `verifyLog`
 * @returns what `verifyLog` found
 * @throws {@link AirlockError} `file_error` when the file cannot be read, `audit_torn` for a torn
 *   final line, and whatever `verifyLog` throws (`audit_malformed` for a line that is not a record)
 *
 * @example
 * ```ts
 * import { createAuditLog } from '@airlock/core';
 * import { appendFileSync, mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const path = join(mkdtempSync(join(tmpdir(), 'airlock-')), 'audit.jsonl');
 * const sink = fileAuditSink(path);
 * createAuditLog({ sink }).append({ kind: 'vault', event: 'erase', count: 1 });
 * sink.close();
 * (await verifyAuditFile(path)).ok; //=> true
 * appendFileSync(path, '{"at":"2026-');
 * try { await verifyAuditFile(path); } catch (e) { (e as { code: string }).code; } //=> 'audit_torn'
 * ```
 */
export async function verifyAuditFile(path: string, options: VerifyLogOptions = {}): Promise<AuditVerification> {
  return verifyBytes(await readAuditFile(path), path, options);
}

/**
 * {@link verifyAuditFile}, synchronously.
 *
 * @param path - the log file
 * @param options - the checkpoint and public key, as for `verifyLog`
 * @returns what `verifyLog` found
 * @throws {@link AirlockError} as {@link verifyAuditFile}
 *
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const path = join(mkdtempSync(join(tmpdir(), 'airlock-')), 'audit.jsonl');
 * writeFileSync(path, '');
 * verifyAuditFileSync(path).size; //=> 0
 * ```
 */
export function verifyAuditFileSync(path: string, options: VerifyLogOptions = {}): AuditVerification {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fileError(`cannot read the audit log ${path}`, error);
  }
  try {
    return verifyBytes(readAll(fd, fstatSync(fd).size), path, options);
  } finally {
    closeSync(fd);
  }
}

/** What {@link repairAuditFile} did. */
export interface AuditRepair {
  /** How many bytes of an incomplete final line were removed (0: the file was whole). */
  readonly removedBytes: number;
  /** The file's size after the repair. */
  readonly size: number;
}

/**
 * Removes an incomplete final line (one without its `\n`, left by a crash in the middle of a
 * write) from an audit log file, and nothing else: a file that ends with `\n` is left as it is.
 * A record cut short this way was never counted by the log (`append` had not returned), so
 * removing it loses nothing the log acknowledged. Run it only while no sink has the file open.
 * Verify the file afterwards: this repairs a torn tail, not tampering.
 *
 * @param path - the log file
 * @returns how many bytes were removed and the new size
 * @throws {@link AirlockError} `file_error` when the file cannot be read or truncated
 *
 * @example
 * ```ts
 * import { createAuditLog } from '@airlock/core';
 * import { appendFileSync, mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const path = join(mkdtempSync(join(tmpdir(), 'airlock-')), 'audit.jsonl');
 * const sink = fileAuditSink(path);
 * createAuditLog({ sink }).append({ kind: 'decision', action: 'block' });
 * sink.close();
 * appendFileSync(path, '{"at":"2026-01');           // a crash in the middle of the next write
 * try { fileAuditSink(path); } catch (e) { (e as { code: string }).code; } //=> 'audit_torn'
 * repairAuditFile(path).removedBytes; //=> 14
 * repairAuditFile(path).removedBytes; //=> 0
 * const reopened = fileAuditSink(path);
 * createAuditLog({ sink: reopened }).append({ kind: 'decision', action: 'allow' }).seq; //=> 1
 * reopened.close();
 * ```
 */
export function repairAuditFile(path: string): AuditRepair {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (error) {
    throw fileError(`repairAuditFile: cannot open ${path}`, error);
  }
  try {
    const bytes = readAll(fd, fstatSync(fd).size);
    const torn = tornTail(bytes);
    if (!torn) return { removedBytes: 0, size: bytes.length };
    ftruncateSync(fd, torn.offset);
    fsyncSync(fd);
    return { removedBytes: bytes.length - torn.offset, size: torn.offset };
  } catch (error) {
    throw error instanceof AirlockError ? error : fileError(`repairAuditFile: cannot repair ${path}`, error);
  } finally {
    closeSync(fd);
  }
}

function verifyBytes(bytes: Uint8Array, path: string, options: VerifyLogOptions): AuditVerification {
  const torn = tornTail(bytes);
  if (torn) throw tornError(path, torn);
  return verifyLog(bytes, options);
}

/** Where an incomplete final line starts, if the file has one. */
function tornTail(bytes: Uint8Array): { offset: number; length: number } | undefined {
  if (bytes.length === 0 || bytes[bytes.length - 1] === NL) return undefined;
  const offset = bytes.lastIndexOf(NL) + 1;
  return { offset, length: bytes.length - offset };
}

function tornError(path: string, torn: { offset: number; length: number }): AirlockError {
  return new AirlockError(
    'audit_torn',
    `${path}: the last line (${torn.length} bytes at offset ${torn.offset}) has no newline: a write was cut short (a crash?). ` +
      'Nothing after the last complete record was acknowledged; remove the fragment with repairAuditFile (airlock audit repair) and verify again',
  );
}

function readAll(fd: number, size: number): Buffer {
  const buf = Buffer.alloc(size);
  for (let got = 0; got < size; ) {
    const n = readSync(fd, buf, got, size - got, got);
    if (n === 0) return buf.subarray(0, got);
    got += n;
  }
  return buf;
}

function parseRecords(bytes: Buffer, path: string): AuditRecord[] {
  const torn = tornTail(bytes);
  if (torn) throw tornError(path, torn);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw new AirlockError('audit_malformed', `${path} is not valid UTF-8`, { cause: error });
  }
  if (text === '') return [];
  return text
    .slice(0, -1)
    .split('\n')
    .map((line, i) => {
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        throw new AirlockError('audit_malformed', `${path}: line ${i + 1} is not JSON`, { cause: error });
      }
      let canonical: string;
      try {
        canonical = canonicalJson(record);
      } catch (error) {
        throw new AirlockError('audit_malformed', `${path}: line ${i + 1} is not an audit record`, { cause: error });
      }
      if (canonical !== line) throw new AirlockError('audit_tampered', `${path}: line ${i + 1} is not its record's canonical text: it was edited`);
      return record as AuditRecord;
    });
}
