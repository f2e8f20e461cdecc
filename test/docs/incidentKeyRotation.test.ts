/**
 * docs/incident-key-rotation.md: its code is test/docs/incidentKeyRotation.example.ts, verbatim
 * (checked here), and it runs: a leaked key is rotated exactly once, across a crash between the
 * rotation and the report, and a failed rotation is retried with the next attempt's key.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint, verifyLog } from '@airlock/core';
import { createIncidentStore } from '@airlock/node';
import { afterAll, describe, expect, it } from 'vitest';
import { createKeyRotationRunner, runOnce, type KeyManager } from './incidentKeyRotation.example.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'airlock-rotation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fp = fingerprint('sk-live-0123456789abcdefABCDEF', new Uint8Array(32).fill(4));

function fakeKeys(failures = 0) {
  const calls: string[] = [];
  let failing = failures;
  const keys: KeyManager = {
    async rotate(f, key) {
      if (failing-- > 0) throw new Error('IAM unavailable');
      calls.push(`rotate ${f} ${key}`);
    },
    async revoke(f, key) {
      calls.push(`revoke ${f} ${key}`);
    },
  };
  return { keys, calls };
}

describe('docs/incident-key-rotation.md', () => {
  it('shows the example file verbatim', () => {
    const doc = readFileSync(join(root, 'docs/incident-key-rotation.md'), 'utf8');
    const code = readFileSync(join(root, 'test/docs/incidentKeyRotation.example.ts'), 'utf8');
    expect(doc).toContain('```ts\n' + code + '```');
  });

  it('rotates a leaked key once, and again after a crash only reports it', async () => {
    const here = join(dir, 'a');
    const { keys, calls } = fakeKeys();
    await runOnce(here, keys, { kind: 'finding', fingerprint: fp, severity: 'critical', id: 'inc-1' });
    expect(calls).toEqual([`rotate ${fp} inc-1:contain:1:${fp}`]);
    expect(createIncidentStore(join(here, 'incidents')).load('inc-1')!.snapshot.state).toBe('assessing');

    // A crash after the rotation, before EFFECT_DONE was saved: put the incident back as it was.
    const b = join(dir, 'b');
    const { keys: keys2, calls: calls2 } = fakeKeys();
    const store = createIncidentStore(join(b, 'incidents'));
    const { createAuditLog } = await import('@airlock/core');
    const { fileAuditSink } = await import('@airlock/node');
    const sink = fileAuditSink(join(b, 'audit.jsonl'));
    const runner = createKeyRotationRunner({ keys: keys2, audit: createAuditLog({ sink }) });
    const incidents = store.open({ onEffect: runner.enqueue });
    incidents.trigger({ kind: 'finding', fingerprint: fp, severity: 'critical', id: 'inc-2' });
    const saved = incidents.manager.snapshot('inc-2'); // containing, rotation pending
    await runner.drain(incidents); // rotates and reports...
    incidents.close();
    sink.close();
    store.save(saved); // ...but the report is lost: the store still says containing
    expect(store.load('inc-2')!.snapshot.state).toBe('containing');
    // The next process: the pending rotation is issued again; the ledger says it was done.
    await runOnce(b, keys2);
    expect(calls2).toEqual([`rotate ${fp} inc-2:contain:1:${fp}`]);
    expect(store.load('inc-2')!.snapshot.state).toBe('assessing');
    expect(verifyLog(readFileSync(join(b, 'audit.jsonl'))).ok).toBe(true);
  });

  it('a failed rotation is reported; RETRY issues the next attempt, which the runner carries out', async () => {
    const here = join(dir, 'c');
    const { keys, calls } = fakeKeys(1);
    await runOnce(here, keys, { kind: 'finding', fingerprint: fp, severity: 'high', id: 'inc-3' });
    const store = createIncidentStore(join(here, 'incidents'));
    expect(store.load('inc-3')!.snapshot.state).toBe('containmentFailed');
    const incidents = store.open({ onEffect: () => {} });
    incidents.send('inc-3', { type: 'RETRY' });
    incidents.close();
    await runOnce(here, keys);
    expect(calls).toEqual([`rotate ${fp} inc-3:contain:2:${fp}`]);
    expect(store.load('inc-3')!.snapshot.state).toBe('assessing');
  });
});
