/**
 * `airlock incident`, spawned as a real process: trigger, list, show, advance and tick in both
 * formats, over a store on disk; refusals (exit 1) and errors (exit 2).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint } from '@airlock/core';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnCli } from './spawnCli.ts';

const dir = mkdtempSync(join(tmpdir(), 'airlock-incident-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const store = join(dir, 'store');
const fp = fingerprint('sk-live-0123456789abcdef', new Uint8Array(32).fill(8));
const T0 = 1_780_000_000_000;

describe('airlock incident (spawned)', () => {
  it('drives an incident through its lifecycle, in text and json', async () => {
    const opened = await spawnCli(['incident', 'trigger', '--store', store, '--fingerprint', fp, '--severity', 'critical', '--id', 'inc-1', '--at', String(T0), '--format', 'json']);
    expect(opened.code).toBe(0);
    const o = JSON.parse(opened.stdout) as { opened: boolean; incident: { state: string }; pending: { id: string; kind: string }[] };
    expect(o).toMatchObject({ opened: true, incident: { state: 'containing' } });
    expect(o.pending.map((e) => [e.id, e.kind])).toEqual([['inc-1:contain:1', 'rotate']]);

    const [listText, listJson, showText, showJson] = await Promise.all([
      spawnCli(['incident', 'list', '--store', store]),
      spawnCli(['incident', 'list', '--store', store, '--format', 'json']),
      spawnCli(['incident', 'show', 'inc-1', '--store', store]),
      spawnCli(['incident', 'show', 'inc-1', '--store', store, '--format', 'json']),
    ]);
    expect(listText.code).toBe(0);
    expect(listText.stdout).toMatch(/^ID\s+STATE\s+SEVERITY\s+OWNER\s+PENDING\s+SAVED\ninc-1\s+containing\s+critical\s+-\s+1\s+\d{4}-/);
    expect(JSON.parse(listJson.stdout)).toMatchObject({ incidents: [{ id: 'inc-1', state: 'containing', pending: 1, revision: 1 }] });
    expect(showText.code).toBe(0);
    expect(showText.stdout).toContain(`evidence: ${fp}`);
    expect(showText.stdout).toContain('inc-1:contain:1  rotate');
    expect(JSON.parse(showJson.stdout)).toMatchObject({ id: 'inc-1', version: 1, state: 'containing', context: { evidence: [fp] } });

    const done = await spawnCli(['incident', 'advance', 'inc-1', 'EFFECT_DONE', '--json', '{"id":"inc-1:contain:1"}', '--store', store]);
    expect(done.code).toBe(0);
    expect(done.stdout).toBe('inc-1: EFFECT_DONE accepted; now assessing\n');
    const ack = await spawnCli(['incident', 'advance', 'inc-1', 'ACK', '--json', '{"owner":"alice"}', '--store', store, '--format', 'json']);
    expect(JSON.parse(ack.stdout)).toMatchObject({ incident: { state: 'assessing', context: { owner: 'alice' } }, pending: [] });
    const assessed = await spawnCli(['incident', 'advance', 'inc-1', 'ASSESSED', '--json', '{"scope":"one key","personalData":true,"regimes":["gdpr"]}', '--store', store, '--format', 'json']);
    const a = JSON.parse(assessed.stdout) as { incident: { state: string }; pending: { id: string }[] };
    expect(a.incident.state).toBe('notifying');
    expect(a.pending.map((e) => e.id)).toEqual(['inc-1:notify:gdpr']);
    // 72 hours and 1 ms after awareness, the unmet GDPR deadline is escalated.
    const tick = await spawnCli(['incident', 'tick', '--now', String(T0 + 72 * 3_600_000 + 1), '--store', store, '--format', 'json']);
    expect(tick.code).toBe(0);
    const escalated = (JSON.parse(tick.stdout) as { escalated: { id: string; context: { escalated: string[] } }[] }).escalated;
    expect(escalated.map((v) => [v.id, v.context.escalated])).toEqual([['inc-1', ['gdpr']]]);
  }, 180_000);

  it('refuses what the incident does not accept (exit 1), and reports errors (exit 2)', async () => {
    const other = join(dir, 'other');
    await spawnCli(['incident', 'trigger', '--store', other, '--fingerprint', fp, '--severity', 'medium', '--id', 'inc-2']);
    const runs = await Promise.all([
      spawnCli(['incident', 'advance', 'inc-2', 'xstate.after.1000', '--store', other, '--format', 'json']),
      spawnCli(['incident', 'advance', 'inc-2', 'DISMISS', '--store', other]),
      spawnCli(['incident', 'advance', 'inc-9', 'ACK', '--json', '{"owner":"x"}', '--store', other, '--format', 'json']),
      spawnCli(['incident', 'show', 'inc-9', '--store', other]),
      spawnCli(['incident', 'advance', 'inc-2', 'ACK', '--json', '{owner}', '--store', other]),
      spawnCli(['incident', 'list']),
      spawnCli(['incident', 'trigger', '--store', other, '--fingerprint', 'AKIAZ7QX4N2PLW6RKDE3', '--severity', 'high', '--format', 'json']),
      spawnCli(['incident', 'frob', '--store', other]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    expect(JSON.parse(runs[0]!.stdout)).toMatchObject({ error: { code: 'invalid_event' } });
    expect(runs[1]!.stderr).toMatch(/invalid_event: DISMISS: reason/);
    expect(JSON.parse(runs[2]!.stdout)).toMatchObject({ error: { code: 'not_found' } });
    expect(runs[3]!.stderr).toMatch(/no incident inc-9/);
    expect(runs[4]!.stderr).toMatch(/--json is not JSON/);
    expect(runs[5]!.stderr).toMatch(/--store DIR is required/);
    expect(JSON.parse(runs[6]!.stdout)).toMatchObject({ error: { code: 'invalid_argument', message: expect.stringContaining('fingerprint') } });
    expect(runs[7]!.stderr).toMatch(/unknown subcommand 'frob'/);
    // Nothing refused was saved.
    expect(JSON.parse(readFileSync(join(other, 'inc-2.json'), 'utf8'))).toMatchObject({ revision: 1, snapshot: { state: 'detected' } });
  }, 180_000);

  it('a malformed snapshot: invalid_snapshot, exit 1; a locked store: store_locked, exit 2', async () => {
    const bad = join(dir, 'bad');
    await spawnCli(['incident', 'trigger', '--store', bad, '--fingerprint', fp, '--severity', 'low', '--id', 'inc-3']);
    const file = join(bad, 'inc-3.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"state": "detected"', '"state": "nowhere"'));
    writeFileSync(join(store, '.lock'), '4242\n');
    const [list, show, locked] = await Promise.all([
      spawnCli(['incident', 'list', '--store', bad, '--format', 'json']),
      spawnCli(['incident', 'show', 'inc-3', '--store', bad]),
      spawnCli(['incident', 'advance', 'inc-1', 'NOTIFIED', '--store', store, '--format', 'json']),
    ]);
    expect(list.code).toBe(1);
    expect(JSON.parse(list.stdout)).toMatchObject({ error: { code: 'invalid_snapshot', message: expect.stringContaining('inc-3.json') } });
    expect(show.code).toBe(1);
    expect(show.stderr).toMatch(/^airlock incident: invalid_snapshot: .*inc-3\.json/);
    expect(locked.code).toBe(2);
    expect(JSON.parse(locked.stdout)).toMatchObject({ error: { code: 'store_locked', message: expect.stringContaining('pid 4242') } });
  }, 180_000);

  it('trigger and tick in text; help', async () => {
    const fresh = join(dir, 'fresh');
    const opened = await spawnCli(['incident', 'trigger', '--store', fresh, '--fingerprint', fp, '--severity', 'high', '--id', 'inc-9', '--at', String(T0)]);
    expect(opened.code).toBe(0);
    expect(opened.stdout).toBe(`inc-9: opened, containing, high\npending effects (carry out, then: advance ID EFFECT_DONE --json '{"id":"…"}'):\n  inc-9:contain:1  rotate  {"fingerprints":["${fp}"],"attempt":1}\n`);
    const [calm, shown, help] = await Promise.all([
      spawnCli(['incident', 'tick', '--now', String(T0 + 3_600_000), '--store', join(dir, 'fresh')]),
      spawnCli(['incident', 'show', 'inc-9', '--store', fresh]),
      spawnCli(['help', 'incident']),
    ]);
    expect(calm).toMatchObject({ code: 0, stdout: 'nothing overdue\n' });
    expect(shown.stdout).toMatch(/^inc-9 {2}containing {2}high {2}\(revision [12], saved /);
    expect(help.stdout).toMatch(/^Usage: airlock incident list --store DIR/);
    expect(help.stdout).toContain('[--kind finding|usage-anomaly|rate-limit]');
    // Every kind core accepts, rate limits included; anything else is bad usage.
    const limited = await spawnCli(['incident', 'trigger', '--store', join(dir, 'limits'), '--fingerprint', fp, '--severity', 'low', '--kind', 'rate-limit', '--format', 'json']);
    expect(limited.code, limited.stderr).toBe(0);
    expect(JSON.parse(limited.stdout)).toMatchObject({ incident: { context: { trigger: 'rate-limit' } } });
    expect((await spawnCli(['incident', 'trigger', '--store', join(dir, 'limits'), '--fingerprint', fp, '--severity', 'low', '--kind', 'spam'])).code).toBe(2);
    const overdue = await spawnCli(['incident', 'tick', '--now', String(T0 + 3_600_001), '--store', fresh]);
    expect(overdue.code).toBe(0);
    expect(overdue.stdout).toMatch(/^inc-9: escalated \(ack\)\n.*\n {2}inc-9:contain:1 {2}rotate .*\n {2}inc-9:page:ack {2}page /);
  }, 180_000);
});
