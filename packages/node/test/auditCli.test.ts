/**
 * `airlock audit verify|repair`, spawned as a real process: every exit code and both formats, on
 * valid, tampered, truncated, torn and malformed logs, checkpoints and keys.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuditLog, generateAuditKeys } from '@airlock/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileAuditSink } from '../src/audit/index.ts';
import { spawnCli } from './spawnCli.ts';

const dir = mkdtempSync(join(tmpdir(), 'airlock-audit-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

const keys = generateAuditKeys(new Uint8Array(32).fill(9));
const other = generateAuditKeys(new Uint8Array(32).fill(10));
let original = '';

beforeAll(() => {
  const sink = fileAuditSink(at('log.jsonl'));
  let t = 0;
  const log = createAuditLog({ sink, signer: { privateKey: keys.privateKey }, now: () => (t += 1000) });
  for (const action of ['allow', 'redact', 'block', 'redact']) log.append({ kind: 'decision', action });
  writeFileSync(at('cp.json'), JSON.stringify(log.checkpoint()));
  sink.close();
  original = readFileSync(at('log.jsonl'), 'utf8');
  const lines = original.trimEnd().split('\n');
  writeFileSync(at('tampered.jsonl'), original.replace('"action":"block"', '"action":"allow"'));
  writeFileSync(at('short.jsonl'), lines.slice(0, 3).join('\n') + '\n');
  writeFileSync(at('torn.jsonl'), original + lines[0]!.slice(0, 20));
  writeFileSync(at('garbage.jsonl'), original + 'not json\n');
  writeFileSync(at('cp-bad.json'), '{"size": "four"}');
  const cp = JSON.parse(readFileSync(at('cp.json'), 'utf8')) as { size: number };
  writeFileSync(at('cp-forged.json'), JSON.stringify({ ...cp, size: cp.size - 1 }));
});

describe('airlock audit verify (spawned)', () => {
  it('a valid log: exit 0, text and json', async () => {
    const [text, json] = await Promise.all([
      spawnCli(['audit', 'verify', at('log.jsonl'), '--checkpoint', at('cp.json'), '--public-key', hex(keys.publicKey)]),
      spawnCli(['audit', 'verify', at('log.jsonl'), '--checkpoint', at('cp.json'), '--public-key', hex(keys.publicKey), '--format', 'json']),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/: valid, 4 records, root [0-9a-f]{64}; extends the checkpoint of 4 records, whose signature is valid\n$/);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, size: 4, checkpoint: { size: 4, signed: true, signatureChecked: true }, problems: [] });
  }, 120_000);

  it('tampered, truncated, wrong key, forged checkpoint, unverified checkpoint: exit 1 with the problem codes', async () => {
    const runs = await Promise.all([
      spawnCli(['audit', 'verify', at('tampered.jsonl'), '--format', 'json']),
      spawnCli(['audit', 'verify', at('short.jsonl'), '--checkpoint', at('cp.json'), '--public-key', hex(keys.publicKey), '--format', 'json']),
      spawnCli(['audit', 'verify', at('log.jsonl'), '--checkpoint', at('cp.json'), '--public-key', hex(other.publicKey), '--format', 'json']),
      spawnCli(['audit', 'verify', at('log.jsonl'), '--checkpoint', at('cp-forged.json'), '--public-key', hex(keys.publicKey), '--format', 'json']),
      spawnCli(['audit', 'verify', at('log.jsonl'), '--checkpoint', at('cp.json'), '--format', 'json']),
      spawnCli(['audit', 'verify', at('tampered.jsonl')]),
    ]);
    const codes = runs.slice(0, 5).map((r) => {
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout) as { ok: boolean; problems: { code: string }[] };
      expect(out.ok).toBe(false);
      return out.problems.map((p) => p.code);
    });
    expect(codes).toEqual([['bad_hash'], ['truncated'], ['bad_signature'], ['bad_signature', 'root_mismatch'], ['unverified_checkpoint']]);
    expect(runs[5]!.code).toBe(1);
    expect(runs[5]!.stdout).toMatch(/INVALID \(1 problem\), 4 records\n {2}record 2: bad_hash: record 2 does not match its hash/);
  }, 120_000);

  it('a torn or malformed log: exit 1 with audit_torn / audit_malformed; repair then makes it valid', async () => {
    const [torn, tornText, garbage] = await Promise.all([
      spawnCli(['audit', 'verify', at('torn.jsonl'), '--format', 'json']),
      spawnCli(['audit', 'verify', at('torn.jsonl')]),
      spawnCli(['audit', 'verify', at('garbage.jsonl'), '--format', 'json']),
    ]);
    expect(torn.code).toBe(1);
    expect(JSON.parse(torn.stdout)).toMatchObject({ ok: false, error: { code: 'audit_torn' } });
    expect(tornText.code).toBe(1);
    expect(tornText.stderr).toMatch(/the last line \(20 bytes at offset \d+\) has no newline/);
    expect(garbage.code).toBe(1);
    expect(JSON.parse(garbage.stdout)).toMatchObject({ ok: false, error: { code: 'audit_malformed', message: expect.stringContaining('line 5') } });

    const repair = await spawnCli(['audit', 'repair', at('torn.jsonl'), '--format', 'json']);
    expect(repair.code).toBe(0);
    expect(JSON.parse(repair.stdout)).toEqual({ file: at('torn.jsonl'), removedBytes: 20, size: Buffer.byteLength(original) });
    expect(readFileSync(at('torn.jsonl'), 'utf8')).toBe(original);
    const [again, verified] = await Promise.all([spawnCli(['audit', 'repair', at('torn.jsonl')]), spawnCli(['audit', 'verify', at('torn.jsonl')])]);
    expect(again).toMatchObject({ code: 0, stdout: `${at('torn.jsonl')}: nothing to repair (the last line is complete)\n` });
    expect(verified.code).toBe(0);
  }, 120_000);

  it('errors: exit 2 for a missing file, a malformed checkpoint, a bad key, bad usage', async () => {
    const runs = await Promise.all([
      spawnCli(['audit', 'verify', at('missing.jsonl'), '--format', 'json']),
      spawnCli(['audit', 'verify', at('log.jsonl'), '--checkpoint', at('cp-bad.json'), '--format', 'json']),
      spawnCli(['audit', 'verify', at('log.jsonl'), '--checkpoint', at('cp.json'), '--public-key', 'abcd']),
      spawnCli(['audit', 'verify', at('log.jsonl'), '--public-key', hex(keys.publicKey)]),
      spawnCli(['audit', 'frobnicate', at('log.jsonl')]),
      spawnCli(['audit', 'verify', at('log.jsonl'), '--format', 'xml']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(JSON.parse(runs[0]!.stdout)).toMatchObject({ ok: false, error: { code: 'file_error' } });
    expect(JSON.parse(runs[1]!.stdout)).toMatchObject({ ok: false, error: { code: 'audit_malformed', message: expect.stringContaining('cp-bad.json is not a checkpoint') } });
    expect(runs[2]!.stderr).toMatch(/--public-key must be 64 hex digits/);
    expect(runs[3]!.stderr).toMatch(/give --checkpoint FILE too/);
    expect(runs[4]!.stderr).toMatch(/unknown subcommand 'frobnicate'/);
    expect(runs[5]!.stderr).toMatch(/--format must be 'text' or 'json'/);
  }, 120_000);

  it('appending after repair continues the chain', () => {
    const sink = fileAuditSink(at('torn.jsonl'));
    expect(createAuditLog({ sink }).append({ kind: 'decision', action: 'allow' }).seq).toBe(4);
    sink.close();
  });
});
