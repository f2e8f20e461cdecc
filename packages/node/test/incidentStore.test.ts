/**
 * The incident store: round trips through files at every step of a lifecycle, pending effects
 * re-issued once per open, atomic files, the lock, revision conflicts, malformed files.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint, isAirlockError, type IncidentEffect } from '@airlock/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createIncidentStore } from '../src/incident/index.ts';
import { codeOf } from './errorCode.ts';

const root = mkdtempSync(join(tmpdir(), 'airlock-incidents-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => join(root, `store-${n++}`);
const key = new Uint8Array(32).fill(5);
const fp = fingerprint('AKIAZ7QX4N2PLW6RKDE3', key);

describe('createIncidentStore', () => {
  it('drives an incident from detection to closed, reopening the store between every step', () => {
    const dir = freshDir();
    let clock = 1_000_000;
    const issued: IncidentEffect[] = [];
    const step = <T>(fn: (i: ReturnType<ReturnType<typeof createIncidentStore>['open']>) => T): T => {
      const incidents = createIncidentStore(dir).open({ onEffect: (e) => issued.push(e), now: () => (clock += 1000) });
      try {
        return fn(incidents);
      } finally {
        incidents.close();
      }
    };
    step((i) => i.trigger({ kind: 'finding', fingerprint: fp, severity: 'critical', id: 'inc-a' }));
    expect(issued.map((e) => e.id)).toEqual(['inc-a:contain:1']);
    // Reopening re-issues the pending containment, same idempotency key.
    step((i) => i.send('inc-a', { type: 'EFFECT_DONE', id: 'inc-a:contain:1' }));
    expect(issued.map((e) => e.id)).toEqual(['inc-a:contain:1', 'inc-a:contain:1']);
    step((i) => i.send('inc-a', { type: 'ACK', owner: 'alice' }));
    step((i) => i.send('inc-a', { type: 'ASSESSED', scope: 'one key', personalData: false, regimes: [] }));
    step((i) => i.send('inc-a', { type: 'REMEDIATED' }));
    const closed = step((i) => i.send('inc-a', { type: 'CLOSE' }));
    expect(closed.state).toBe('closed');
    const store = createIncidentStore(dir);
    expect(store.list()).toEqual([expect.objectContaining({ id: 'inc-a', state: 'closed', owner: 'alice', pending: 0, revision: 6 })]);
    // Only the incident files and nothing else (no temporary files, no lock) are left.
    expect(readdirSync(dir)).toEqual(['inc-a.json']);
    const file = JSON.parse(readFileSync(join(dir, 'inc-a.json'), 'utf8')) as { format: string; snapshot: { version: number } };
    expect(file.format).toBe('airlock-incident/1');
    expect(file.snapshot.version).toBe(1);
    expect(JSON.stringify(file)).not.toContain('AKIA');
  });

  it('ticks escalate overdue deadlines once, saved across opens', () => {
    const dir = freshDir();
    const pages: string[] = [];
    const onEffect = (e: IncidentEffect) => e.kind === 'page' && pages.push(e.id);
    const a = createIncidentStore(dir).open({ onEffect, now: () => 0 });
    a.trigger({ kind: 'finding', fingerprint: fp, severity: 'low', id: 'inc-t', at: 0 });
    a.close();
    const b = createIncidentStore(dir).open({ onEffect, now: () => 0 });
    expect(b.tick(24 * 3_600_000 + 1).map((v) => v.id)).toEqual(['inc-t']);
    b.close();
    const c = createIncidentStore(dir).open({ onEffect, now: () => 0 });
    expect(c.tick(48 * 3_600_000)).toEqual([]);
    c.close();
    expect(pages.filter((p) => p === 'inc-t:page:ack').length).toBeGreaterThanOrEqual(1);
    expect(createIncidentStore(dir).load('inc-t')!.snapshot.context.escalated).toEqual(['ack']);
  });

  it('one writer at a time: a second open gets store_locked, naming the lock; close releases it', () => {
    const dir = freshDir();
    const first = createIncidentStore(dir).open({ onEffect: () => {} });
    const other = createIncidentStore(dir, { lockTimeout: 50 });
    expect(codeOf(() => other.open({ onEffect: () => {} }))).toBe('store_locked');
    expect(() => other.save({} as never)).toThrow(); // a malformed snapshot is refused before the lock
    // Readers need no lock.
    expect(other.list()).toEqual([]);
    first.close();
    other.open({ onEffect: () => {} }).close();
    expect(existsSync(join(dir, '.lock'))).toBe(false);
    // A lock left by a crash is reported with its pid, not taken over.
    writeFileSync(join(dir, '.lock'), '999999\n');
    try {
      other.open({ onEffect: () => {} });
      expect.unreachable();
    } catch (e) {
      expect(isAirlockError(e) && e.code).toBe('store_locked');
      expect((e as Error).message).toMatch(/pid 999999, lock file .*\.lock\).*remove the file/);
    }
  });

  it('save with an expected revision: store_conflict when another writer saved first', () => {
    const dir = freshDir();
    const store = createIncidentStore(dir);
    const incidents = store.open({ onEffect: () => {} });
    incidents.trigger({ kind: 'finding', fingerprint: fp, severity: 'medium', id: 'inc-c' });
    const snapshot = incidents.manager.snapshot('inc-c');
    incidents.close();
    expect(store.save(snapshot, { expectedRevision: 1 })).toBe(2);
    expect(codeOf(() => store.save(snapshot, { expectedRevision: 1 }))).toBe('store_conflict');
    expect(codeOf(() => store.save(snapshot, { expectedRevision: 0 }))).toBe('store_conflict');
    expect(store.save(snapshot)).toBe(3);
  });

  it('malformed files are refused with invalid_snapshot, naming the file', () => {
    const dir = freshDir();
    const store = createIncidentStore(dir);
    const incidents = store.open({ onEffect: () => {} });
    incidents.trigger({ kind: 'finding', fingerprint: fp, severity: 'high', id: 'inc-m' });
    incidents.close();
    const good = readFileSync(join(dir, 'inc-m.json'), 'utf8');
    const cases: Record<string, string> = {
      'not JSON': '{"format": ',
      'wrong format': good.replace('airlock-incident/1', 'airlock-incident/9'),
      'unknown state': good.replace('"state": "containing"', '"state": "exploded"'),
      'raw evidence': good.replace(fp, 'AKIAZ7QX4N2PLW6RKDE3'),
      'no pending containment': good.replace(/"pendingEffects": \[[\s\S]*?\n {6}\]/, '"pendingEffects": []'),
    };
    for (const [what, text] of Object.entries(cases)) {
      expect(text, what).not.toBe(good);
      writeFileSync(join(dir, 'inc-m.json'), text);
      expect(codeOf(() => store.load('inc-m')), what).toBe('invalid_snapshot');
      expect(codeOf(() => store.list()), what).toBe('invalid_snapshot');
      expect(codeOf(() => store.open({ onEffect: () => {} })), what).toBe('invalid_snapshot');
      expect(existsSync(join(dir, '.lock')), what).toBe(false);
    }
    // A file whose snapshot is another incident's.
    writeFileSync(join(dir, 'inc-other.json'), good);
    expect(codeOf(() => store.load('inc-other'))).toBe('invalid_snapshot');
    expect(codeOf(() => store.load('../etc/passwd'))).toBe('invalid_argument');
    expect(store.load('inc-missing')).toBeUndefined();
  });
});
