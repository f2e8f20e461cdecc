/**
 * The file audit sink: what it writes is what core's verifyLog checks; reopening continues the
 * chain; a torn final line fails closed until repaired; tampering is caught at open and by
 * verifyLog; one writer at a time.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuditLog, generateAuditKeys, verifyLog } from '@airlock/core';
import { afterAll, describe, expect, it } from 'vitest';
import { fileAuditSink, readAuditFile, repairAuditFile, verifyAuditFile } from '../src/audit/index.ts';
import { codeOf } from './errorCode.ts';

const dir = mkdtempSync(join(tmpdir(), 'airlock-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(dir, `log-${n++}.jsonl`);
let clock = 0;
const now = (): number => (clock += 1000);

function writeLog(path: string, count: number, fsync: 'always' | 'never' = 'never') {
  const keys = generateAuditKeys(new Uint8Array(32).fill(3));
  const sink = fileAuditSink(path, { fsync });
  const log = createAuditLog({ sink, now, signer: { privateKey: keys.privateKey } });
  for (let i = 0; i < count; i++) log.append({ kind: 'decision', action: ['allow', 'redact', 'block'][i % 3]!, rules: [`r${i}`] });
  const checkpoint = log.checkpoint();
  const exported = log.exportLog();
  sink.close();
  return { keys, checkpoint, exported };
}

describe('fileAuditSink', () => {
  it('writes exactly the export, which verifies against a signed checkpoint (fsync always and never)', async () => {
    for (const fsync of ['always', 'never'] as const) {
      const path = fresh();
      const { keys, checkpoint, exported } = writeLog(path, 7, fsync);
      expect(readFileSync(path, 'utf8')).toBe(exported);
      const report = await verifyAuditFile(path, { checkpoint, publicKey: keys.publicKey });
      expect(report).toMatchObject({ ok: true, size: 7, problems: [] });
      expect(verifyLog(await readAuditFile(path), { checkpoint, publicKey: keys.publicKey }).ok).toBe(true);
    }
  });

  it('reopens an existing log and continues its chain; the whole file verifies', () => {
    const path = fresh();
    const first = writeLog(path, 3);
    const sink = fileAuditSink(path);
    const log = createAuditLog({ sink, now });
    expect(log.size).toBe(3);
    const record = log.append({ kind: 'restore', tokens: 1 });
    expect(record.seq).toBe(3);
    expect(record.prev).toBe(JSON.parse(first.exported.trim().split('\n')[2]!).hash);
    sink.close();
    const report = verifyLog(readFileSync(path), { checkpoint: first.checkpoint, publicKey: first.keys.publicKey });
    expect(report).toMatchObject({ ok: true, size: 4 });
  });

  it('fails closed on a torn final line, and repair removes only that line', async () => {
    const path = fresh();
    writeLog(path, 2);
    const whole = readFileSync(path);
    const lastLine = whole.subarray(whole.lastIndexOf(0x0a, whole.length - 2) + 1);
    // A crash cut every possible prefix of the next record's line.
    for (let cut = 1; cut < lastLine.length - 1; cut += 17) {
      writeFileSync(path, Buffer.concat([whole, lastLine.subarray(0, cut)]));
      expect(codeOf(() => fileAuditSink(path))).toBe('audit_torn');
      await expect(verifyAuditFile(path)).rejects.toMatchObject({ code: 'audit_torn' });
      expect(repairAuditFile(path)).toEqual({ removedBytes: cut, size: whole.length });
      expect(readFileSync(path).equals(whole)).toBe(true);
    }
    expect(repairAuditFile(path)).toEqual({ removedBytes: 0, size: whole.length });
    // A file cut inside its first line: repair empties it.
    writeFileSync(path, whole.subarray(0, 10));
    expect(repairAuditFile(path)).toEqual({ removedBytes: 10, size: 0 });
  });

  it('a cut at a line boundary is invisible without a checkpoint and `truncated` with one', async () => {
    const path = fresh();
    const { checkpoint, keys } = writeLog(path, 3);
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, lines.slice(0, 2).join('\n') + '\n');
    expect((await verifyAuditFile(path)).ok).toBe(true);
    expect((await verifyAuditFile(path, { checkpoint, publicKey: keys.publicKey })).problems.map((p) => p.code)).toEqual(['truncated']);
  });

  it('tampering: verifyLog reports it; the sink refuses to open on it', async () => {
    const path = fresh();
    writeLog(path, 4);
    const original = readFileSync(path, 'utf8');
    // An edited value that keeps the line canonical: the hash no longer matches.
    const edited = original.replace('"action":"redact"', '"action":"allow!"');
    expect(edited).not.toBe(original);
    writeFileSync(path, edited);
    expect((await verifyAuditFile(path)).problems.map((p) => p.code)).toContain('bad_hash');
    expect(codeOf(() => createAuditLog({ sink: fileAuditSink(path) }))).toBe('audit_tampered');
    // Swapped lines.
    const lines = original.trimEnd().split('\n');
    writeFileSync(path, [lines[1], lines[0], lines[2], lines[3]].join('\n') + '\n');
    expect((await verifyAuditFile(path)).problems.map((p) => p.code)).toContain('bad_seq');
    expect(codeOf(() => createAuditLog({ sink: fileAuditSink(path) }))).toBe('audit_tampered');
    // Whitespace added: the content hashes the same, but the text is not canonical.
    writeFileSync(path, original.replace('{"at"', '{ "at"'));
    expect((await verifyAuditFile(path)).problems.map((p) => p.code)).toEqual(['not_canonical']);
    expect(codeOf(() => fileAuditSink(path).records())).toBe('audit_tampered');
    // Not JSON at all.
    writeFileSync(path, original + 'garbage\n');
    expect(codeOf(() => fileAuditSink(path).records())).toBe('audit_malformed');
    await expect(verifyAuditFile(path)).rejects.toMatchObject({ code: 'audit_malformed' });
  });

  it('refuses to append after another writer changed the file', () => {
    const path = fresh();
    writeLog(path, 1);
    const sink = fileAuditSink(path);
    const log = createAuditLog({ sink, now });
    appendFileSync(path, readFileSync(path, 'utf8')); // someone else appended
    expect(codeOf(() => log.append({ kind: 'decision', action: 'allow' }))).toBe('audit_tampered');
    expect(log.size).toBe(1);
    sink.close();
  });

  it('reports file-system failures as file_error, and bad options as invalid_argument', async () => {
    expect(codeOf(() => fileAuditSink(join(dir, 'no/such/dir/log.jsonl')))).toBe('file_error');
    await expect(readAuditFile(join(dir, 'missing.jsonl'))).rejects.toMatchObject({ code: 'file_error' });
    expect(codeOf(() => repairAuditFile(join(dir, 'missing.jsonl')))).toBe('file_error');
    expect(codeOf(() => fileAuditSink(fresh(), { fsync: 'sometimes' as never }))).toBe('invalid_argument');
    const path = fresh();
    const sink = fileAuditSink(path);
    sink.close();
    expect(codeOf(() => sink.append({} as never))).toBe('invalid_argument');
    truncateSync(path, 0);
  });
});
