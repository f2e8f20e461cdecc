/**
 * The worker pool, from TypeScript source: results equal the main thread's scanner and redactor,
 * outcomes come in input order with per-file errors, bad options and closed pools reject with codes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRedactor, createScanner, secrets } from '@airlock/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createScanPool, scanFiles } from '../src/pool/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'airlock-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const texts = Array.from({ length: 12 }, (_, i) => `file ${i}: key AKIAZ7QX4N2PLW6RKDE${i % 10} and ghp_${'a1B2c3D4e5'.repeat(3)}${String(i).padStart(6, '0')} end`);
const paths = texts.map((t, i) => {
  const p = join(dir, `f${i}.txt`);
  writeFileSync(p, t);
  return p;
});
writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]));
writeFileSync(join(dir, 'client.p12'), Buffer.from([0x30, 0x82, 0x0b, 0xff, 0xfe, 0x02]));

describe('createScanPool', () => {
  it('scans and redacts on workers exactly as the main thread does', async () => {
    const scanner = createScanner({ detectors: secrets() });
    const redactor = createRedactor({ scanner });
    const pool = createScanPool({ size: 2, scanner: { preset: 'secrets' } });
    try {
      const results = await Promise.all(paths.map((p) => pool.scanFile(p)));
      results.forEach((r, i) => {
        expect(r.findings).toEqual(scanner.scan(texts[i]!));
        expect(r).toMatchObject({ path: paths[i], length: texts[i]!.length, complete: true });
      });
      expect(results.some((r) => r.findings.length > 0)).toBe(true);
      const redacted = await pool.redactFile(paths[3]!);
      expect(redacted.text).toBe(redactor.redact(texts[3]!).text);
      expect((await pool.scanText(texts[5]!)).findings).toEqual(scanner.scan(texts[5]!));
      await expect(pool.scanFile(join(dir, 'binary.bin'))).rejects.toMatchObject({ code: 'invalid_chunk' });
      // A binary keystore: its name is the finding; there is nothing to redact in it.
      const keystore = await pool.scanFile(join(dir, 'client.p12'));
      expect(keystore.findings.map((f) => [f.type, f.start, f.end])).toEqual([['PKCS12_FILE', 0, 0]]);
      expect(keystore).toMatchObject({ length: 0, complete: true });
      await expect(pool.redactFile(join(dir, 'client.p12'))).rejects.toMatchObject({ code: 'invalid_chunk' });
      // Path rules: the same text counts as a Terraform password in a .tf file only.
      const tf = 'password = "q7rz2mvx9lpk"\n';
      expect((await pool.scanText(tf, { path: 'main.tf' })).findings.map((f) => f.type)).toContain('HASHICORP_TF_PASSWORD');
      expect((await pool.scanText(tf, { path: 'main.js' })).findings.map((f) => f.type)).not.toContain('HASHICORP_TF_PASSWORD');
      await expect(pool.scanFile(join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 'file_error' });
    } finally {
      await pool.close();
    }
    await expect(pool.scanText('x')).rejects.toMatchObject({ code: 'pool_closed' });
  }, 120_000);

  it('rejects bad options with their codes', async () => {
    expect(() => createScanPool({ size: 0 })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    const pool = createScanPool({ size: 1, scanner: { preset: 'everything' as never } });
    await expect(pool.scanText('x')).rejects.toMatchObject({ code: 'invalid_argument', message: expect.stringContaining('preset must be one of') });
    await pool.close();
  }, 60_000);
});

describe('scanFiles', () => {
  it('yields one outcome per path, in order, with errors per file', async () => {
    const input = [paths[0]!, join(dir, 'missing.txt'), paths[1]!, join(dir, 'binary.bin'), ...paths.slice(2)];
    async function* walk() {
      yield* input; // an async iterable, as a directory walk would be
    }
    const outcomes = [];
    for await (const o of scanFiles(walk(), 'scan', { concurrency: 2, scanner: { preset: 'secrets' } })) outcomes.push(o);
    expect(outcomes.map((o) => o.path)).toEqual(input);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.code))).toEqual(['ok', 'file_error', 'ok', 'invalid_chunk', ...paths.slice(2).map(() => 'ok')]);
  }, 120_000);

  it('stops early without leaking the pool, and refuses an unknown task', async () => {
    for await (const o of scanFiles(paths, 'redact', { concurrency: 1, scanner: { preset: 'secrets' } })) {
      const expected = createRedactor({ scanner: createScanner({ detectors: secrets() }) }).redact(texts[0]!).text;
      expect(expected).not.toBe(texts[0]);
      expect(o.ok && o.result.text).toBe(expected);
      break;
    }
    await expect(scanFiles(paths, 'frob' as never).next()).rejects.toMatchObject({ code: 'invalid_argument' });
  }, 60_000);
});
