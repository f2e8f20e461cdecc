/**
 * The audit log wired into every component that decides or changes something: guard decisions,
 * redactions and restores, vault accesses and erasures, incident triggers and transitions with their
 * effects, and usage triggers reaching incidents through the same path as findings. Each test checks
 * what was logged, that the log verifies, that no raw value reached it, and that a log that refuses
 * an entry stops the change (fail closed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuditLog, type AuditLog } from '../../src/audit/createAuditLog.ts';
import { memorySink } from '../../src/audit/memorySink.ts';
import type { AuditEntry, AuditRecord, AuditSink } from '../../src/audit/types.ts';
import { verifyLog } from '../../src/audit/verifyLog.ts';
import { defaultPolicy } from '../../src/classify/presets.ts';
import { createGuard } from '../../src/guard/createGuard.ts';
import { createIncidentManager, INCIDENT_EVENT_TYPES, type IncidentAuditEntry } from '../../src/incident/createIncidentManager.ts';
import { fingerprint } from '../../src/incident/fingerprint.ts';
import { triggerFromFinding } from '../../src/incident/triggerFromFinding.ts';
import { triggerFromUsage } from '../../src/incident/triggerFromUsage.ts';
import type { IncidentEffect } from '../../src/incident/types.ts';
import { createRedactor } from '../../src/redact/createRedactor.ts';
import { pseudonymize } from '../../src/redact/operators/pseudonymize.ts';
import { createVault } from '../../src/redact/vault/createVault.ts';
import { createAnomalyDetector } from '../../src/usage/anomalyDetector.ts';
import { createRateLimiter } from '../../src/usage/rateLimiter.ts';
import { codeOf } from '../errorCode.ts';

const KEY = new TextEncoder().encode('wiring test key of 32 bytes long');
const EMAIL = 'jane.roe@example.org';
const AWS = 'AKIAZ7QX4N2PLW6RKDE3';
const T0 = 1_700_000_000_000;
const ZDR = { id: 'zdr', provider: 'acme', retention: 'zero', agreements: ['enterprise'], region: 'US' } as const;

/** A log on a sink that can be told to refuse appends, as a full disk would. */
function flakyLog(): { log: AuditLog; sink: { refuse: boolean } } {
  const inner = memorySink();
  const sink = {
    refuse: false,
    append(record: AuditRecord) {
      if (sink.refuse) throw new Error('disk full');
      inner.append(record);
    },
    records: () => inner.records(),
  } satisfies AuditSink & { refuse: boolean };
  return { log: createAuditLog({ sink, now: () => T0 }), sink };
}

const entries = (log: AuditLog): AuditEntry[] => log.records().map((r) => r.entry);

/** The log verifies and holds none of the values. */
function expectClean(log: AuditLog, values: readonly string[]): void {
  const exported = log.exportLog();
  expect(verifyLog(exported).ok).toBe(true);
  for (const v of values) expect(exported).not.toContain(v);
}

describe('guard → audit', () => {
  it('logs each decision with its findings but no value, and the restores of its redactor', () => {
    const log = createAuditLog({ now: () => T0 });
    const g = createGuard({ policy: defaultPolicy(), audit: log, now: () => T0 });
    const r = g.guard(`Write to ${EMAIL} about the invoice`, { destination: ZDR });
    expect(r.action).toBe('redact');
    const [decision] = entries(log);
    expect(decision).toMatchObject({ kind: 'decision', id: r.decision.id, action: 'redact', destination: 'zdr', redacted: 1 });
    expect((decision!['findings'] as { type: string }[]).map((f) => f.type)).toContain('EMAIL_ADDRESS');

    g.redactor.restore(`I wrote to ${r.text!.match(/<[A-Z_]+_\d+>/)![0]}.`);
    expect(entries(log)[1]).toEqual({ kind: 'restore', scope: 'default', length: expect.any(Number), restored: 1, unresolved: 0 });
    g.guard(`my key is ${AWS}`, { destination: ZDR });
    expect(entries(log).map((e) => e.kind)).toEqual(['decision', 'restore', 'decision']);
    expectClean(log, [EMAIL, AWS]);
  });

  it('blocks when the log refuses the decision: nothing is sent that was not logged', () => {
    const { log, sink } = flakyLog();
    const g = createGuard({ policy: defaultPolicy(), audit: log });
    sink.refuse = true;
    const r = g.guard('Summarise: the meeting moved to Tuesday.', { destination: ZDR });
    expect(r.action).toBe('block');
    expect(r.text).toBeUndefined();
    expect(r.decision.rules).toEqual(['airlock.error']);
    expect(r.decision.reasons[0]).toMatch(/audit log refused/);
    expect(r.audit.action).toBe('block');
    expect(log.size).toBe(0);
    sink.refuse = false;
    expect(g.guard('Summarise: the meeting moved to Tuesday.', { destination: ZDR }).action).toBe('allow');
    expect(log.size).toBe(1);
  });
});

describe('redactor → audit', () => {
  it('logs every redaction with spans and operators, and every restore with counts', () => {
    const log = createAuditLog({ now: () => T0 });
    const redactor = createRedactor({ audit: log, operators: { EMAIL_ADDRESS: pseudonymize() }, scope: 'chat-1' });
    const text = `mail ${EMAIL} now`;
    const r = redactor.redact(text);
    expect(entries(log)[0]).toEqual({
      kind: 'redaction',
      scope: 'chat-1',
      length: text.length,
      complete: true,
      spans: [{ type: 'EMAIL_ADDRESS', family: 'EMAIL_ADDRESS', start: 5, end: 5 + EMAIL.length, operator: 'pseudonymize' }],
    });
    redactor.apply('nothing here', []);
    expect(entries(log)[1]).toMatchObject({ kind: 'redaction', spans: [] });
    const back = redactor.restore(`${r.text} and <PERSON_9>`);
    expect(back.text).toContain(EMAIL);
    expect(entries(log)[2]).toMatchObject({ kind: 'restore', scope: 'chat-1', restored: 1, unresolved: 1 });
    expectClean(log, [EMAIL]);
  });

  it('throws, and returns nothing, when the log refuses', () => {
    const { log, sink } = flakyLog();
    const redactor = createRedactor({ audit: log, operators: { EMAIL_ADDRESS: pseudonymize() } });
    const r = redactor.redact(`mail ${EMAIL}`);
    sink.refuse = true;
    expect(() => redactor.redact(`mail ${EMAIL}`)).toThrow('disk full');
    expect(() => redactor.restore(r.text)).toThrow('disk full');
  });

  it('gives the log to the vault it makes itself, and refuses an audit without append', () => {
    const log = createAuditLog({ now: () => T0 });
    const redactor = createRedactor({ audit: log, operators: { EMAIL_ADDRESS: pseudonymize() } });
    redactor.redact(`mail ${EMAIL}`);
    redactor.vault.erase(EMAIL);
    expect(entries(log).map((e) => e.kind)).toEqual(['redaction', 'vault']);
    expect(codeOf(() => createRedactor({ audit: {} as never }))).toBe('invalid_argument');
  });
});

describe('vault → audit', () => {
  it('logs accesses, erasures, cleared scopes and purges, naming entries without values', () => {
    let now = T0;
    const log = createAuditLog({ now: () => T0 });
    const vault = createVault({ audit: log, ttl: 1000, now: () => now });
    const token = vault.pseudonym('chat-1', 'EMAIL_ADDRESS', EMAIL);
    vault.pseudonym('chat-2', 'EMAIL_ADDRESS', EMAIL);
    vault.pseudonym('chat-3', 'PERSON', 'Jane Roe');
    expect(vault.access(EMAIL)).toHaveLength(2);
    expect(entries(log)[0]).toEqual({
      kind: 'vault',
      action: 'access',
      at: T0,
      entries: [
        { scope: 'chat-1', token, type: 'EMAIL_ADDRESS' },
        { scope: 'chat-2', token, type: 'EMAIL_ADDRESS' },
      ],
    });
    vault.clear('chat-2');
    vault.erase(EMAIL);
    now += 5000;
    expect(vault.purge()).toBe(1);
    expect(vault.purge()).toBe(0); // nothing deleted, nothing logged
    expect(entries(log).map((e) => [e['action'], e['count'] ?? (e['entries'] as unknown[]).length])).toEqual([
      ['access', 2],
      ['clear', 1],
      ['erase', 1],
      ['purge', 1],
    ]);
    expectClean(log, [EMAIL, 'Jane Roe']);
  });

  it('deletes and exports nothing when the log refuses', () => {
    const { log, sink } = flakyLog();
    const vault = createVault({ audit: log });
    vault.pseudonym('chat-1', 'EMAIL_ADDRESS', EMAIL);
    sink.refuse = true;
    expect(() => vault.access(EMAIL)).toThrow('disk full');
    expect(() => vault.erase(EMAIL)).toThrow('disk full');
    expect(() => vault.clear()).toThrow('disk full');
    expect(vault.entries()).toHaveLength(1);
  });
});

describe('incident manager → audit', () => {
  const FP = fingerprint('sk-live-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c', KEY);

  it('logs the trigger and every transition from detected to closed, with the effects each issued', () => {
    const log = createAuditLog({ now: () => T0 });
    const effects: IncidentEffect[] = [];
    const manager = createIncidentManager({ now: () => T0, onEffect: (e) => effects.push(e), audit: log });
    manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'critical', id: 'i' });
    manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'critical' }); // attaches
    manager.send('i', { type: 'ACK', owner: 'alice' });
    manager.send('i', { type: 'EFFECT_DONE', id: 'i:contain:1' });
    manager.send('i', { type: 'ASSESSED', scope: 'one key', personalData: true, regimes: ['gdpr'] });
    manager.send('i', { type: 'EFFECT_DONE', id: 'i:notify:gdpr' });
    manager.send('i', { type: 'NOTIFIED' });
    manager.send('i', { type: 'REMEDIATED' });
    manager.send('i', { type: 'CLOSE' });
    const logged = entries(log) as IncidentAuditEntry[];
    expect(logged.map((e) => [e.event, e.from ?? null, e.to])).toEqual([
      ['TRIGGER', null, 'containing'],
      ['ATTACH', 'containing', 'containing'],
      ['ACK', 'containing', 'containing'],
      ['EFFECT_DONE', 'containing', 'assessing'],
      ['ASSESSED', 'assessing', 'notifying'],
      ['EFFECT_DONE', 'notifying', 'notifying'],
      ['NOTIFIED', 'notifying', 'remediating'],
      ['REMEDIATED', 'remediating', 'postIncident'],
      ['CLOSE', 'postIncident', 'closed'],
    ]);
    expect(logged.flatMap((e) => e.effects.map((x) => x.id))).toEqual(effects.map((x) => x.id));
    expect(logged[0]!.trigger).toEqual({ kind: 'finding', fingerprint: FP, severity: 'critical', outcome: 'opened' });
    expect(logged[1]!.trigger?.outcome).toBe('attached');
    expect(verifyLog(log.exportLog()).ok).toBe(true);
  });

  it('logs a trigger that opened nothing, ticks only when they escalate, and restores', () => {
    let now = T0;
    const log = createAuditLog({ now: () => T0 });
    const effects: IncidentEffect[] = [];
    const manager = createIncidentManager({ now: () => now, onEffect: (e) => effects.push(e), audit: log, policy: { minSeverity: 'medium' } });
    manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'low' });
    expect(entries(log)[0]).toMatchObject({ kind: 'incident', event: 'TRIGGER', trigger: { outcome: 'ignored' } });
    expect(entries(log)[0]).not.toHaveProperty('incident');
    const { incident } = manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'medium', id: 'i' });
    manager.tick(now + 1);
    expect(log.size).toBe(2); // a tick that changed nothing is not logged
    now = incident!.context.deadlines.ack + 1;
    manager.tick();
    expect(entries(log)[2]).toMatchObject({ event: 'TICK', from: 'detected', to: 'detected', effects: [{ kind: 'page' }] });

    const saved = manager.snapshot('i');
    const other = createIncidentManager({ now: () => now, onEffect: () => {}, audit: log });
    other.restore(saved);
    expect(entries(log)[3]).toMatchObject({ event: 'RESTORE', incident: 'i', to: 'detected', effects: [{ kind: 'page' }] });
  });

  it('changes nothing and runs no effect when the log refuses', () => {
    const { log, sink } = flakyLog();
    const effects: IncidentEffect[] = [];
    const manager = createIncidentManager({ now: () => T0, onEffect: (e) => effects.push(e), audit: log });
    sink.refuse = true;
    expect(() => manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'critical', id: 'i' })).toThrow('disk full');
    expect(manager.list()).toEqual([]);
    expect(effects).toEqual([]);
    sink.refuse = false;
    manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'critical', id: 'i' });
    expect(effects.map((e) => e.id)).toEqual(['i:contain:1']);
    sink.refuse = true;
    const before = manager.snapshot('i');
    expect(() => manager.send('i', { type: 'EFFECT_DONE', id: 'i:contain:1' })).toThrow('disk full');
    expect(manager.snapshot('i')).toEqual(before);
  });

  it('logs exactly the transitions the manager stores, for any sequence of events (property)', () => {
    const event = fc.oneof(
      fc.constantFrom(...INCIDENT_EVENT_TYPES).map((type) => ({ type })),
      fc.constant({ type: 'ACK', owner: 'alice' }),
      fc.constant({ type: 'ASSESSED', scope: 's', personalData: true, regimes: ['gdpr', 'hipaa'] }),
      fc.constant({ type: 'ASSESSED', scope: 's', personalData: false, regimes: [] }),
      fc.constant({ type: 'DISMISS', reason: 'test key' }),
      fc.constant({ type: 'CONTAINMENT_FAILED', error: 'api down' }),
      fc.integer({ min: 0, max: 100 * 24 * 3_600_000 }).map((d) => ({ type: 'TICK', now: T0 + d })),
      fc.constantFrom('contain:1', 'contain:2', 'page:ack', 'notify:gdpr', 'notify:hipaa').map((id) => ({ type: 'EFFECT_DONE', id: `i:${id}` })),
    );
    fc.assert(
      fc.property(fc.constantFrom('low', 'high', 'critical'), fc.array(event, { maxLength: 30 }), (severity, events) => {
        const log = createAuditLog({ now: () => T0 });
        const issued: string[] = [];
        const manager = createIncidentManager({ now: () => T0, onEffect: (e) => issued.push(e.id), audit: log });
        manager.trigger({ kind: 'finding', fingerprint: FP, severity, id: 'i' });
        for (const e of events) {
          const before = manager.get('i')!;
          const size = log.size;
          try {
            manager.send('i', e);
          } catch {
            expect(log.size).toBe(size); // refused events leave no record
            continue;
          }
          const after = manager.get('i')!;
          if (log.size === size) {
            // Only a quiet tick goes unlogged.
            expect(e.type).toBe('TICK');
            expect(after.state).toBe(before.state);
            expect(after.context.history).toEqual(before.context.history);
            continue;
          }
          expect(log.size).toBe(size + 1);
          expect(entries(log).at(-1)).toMatchObject({ event: e.type, from: before.state, to: after.state });
        }
        const logged = (entries(log) as IncidentAuditEntry[]).flatMap((x) => x.effects.map((f) => f.id));
        expect(logged).toEqual(issued);
      }),
      { numRuns: 200 },
    );
  });
});

describe('usage → incidents, through the same trigger path as findings', () => {
  it('a refused rate limit opens one incident per key, later refusals on the key attach, all logged with detail', () => {
    const log = createAuditLog({ now: () => T0 });
    const manager = createIncidentManager({ now: () => T0, onEffect: () => {}, audit: log });
    const limiter = createRateLimiter({
      limits: { requests: { rate: 1, per: 60_000, burst: 1 }, inputTokens: { rate: 1000, per: 60_000, burst: 1000 } },
      now: () => T0,
      onTrigger: (t) => void manager.trigger(triggerFromUsage(t, { key: KEY })),
    });
    limiter.reserve('team-a', { requests: 1, inputTokens: 10 });
    limiter.reserve('team-a', { requests: 1, inputTokens: 10 }); // requests refused: opens
    limiter.reserve('team-a', { requests: 0, inputTokens: 5000 }); // tokens refused: attaches
    limiter.reserve('team-b');
    limiter.reserve('team-b'); // another key: its own incident
    expect(manager.list().map((i) => [i.context.trigger, i.context.evidence.length])).toEqual([
      ['rate-limit', 1],
      ['rate-limit', 1],
    ]);
    const triggers = (entries(log) as IncidentAuditEntry[]).map((e) => e.trigger);
    expect(triggers.map((t) => t?.outcome)).toEqual(['opened', 'attached', 'opened']);
    expect(triggers.map((t) => t?.detail?.['dimension'])).toEqual(['requests', 'inputTokens', 'requests']);
    expect(log.exportLog()).not.toContain('team-a');
  });

  it('a sustained usage shift opens an incident; a finding of a key opens its own', () => {
    const manager = createIncidentManager({ now: () => T0, onEffect: () => {} });
    const detector = createAnomalyDetector({
      warmup: 10,
      k: 3,
      n: 5,
      key: 'key-7',
      dimension: 'inputTokens',
      now: () => T0,
      onTrigger: (t) => void manager.trigger(triggerFromUsage(t, { key: KEY })),
    });
    for (let i = 0; i < 30; i++) detector.observe(1000 + (i % 7) * 10);
    detector.observe(9000);
    expect(manager.list()).toEqual([]); // one spike is not an incident
    for (let i = 0; i < 5; i++) detector.observe(9000);
    expect(manager.list().map((i) => i.context.trigger)).toEqual(['usage-anomaly']);

    const text = `key ${AWS}`;
    const finding = { type: 'AWS_ACCESS_KEY_ID', family: 'SECRET', start: 4, end: 4 + AWS.length, score: 0.9, detector: 'aws', level: 'restricted' } as const;
    manager.trigger(triggerFromFinding(finding, text, { key: KEY }));
    expect(manager.list().map((i) => i.context.trigger)).toEqual(['usage-anomaly', 'finding']);
  });

  it('refuses what is not a usage trigger', () => {
    expect(codeOf(() => triggerFromUsage({ kind: 'finding' } as never, { key: KEY }))).toBe('invalid_argument');
    expect(codeOf(() => triggerFromUsage(null as never, { key: KEY }))).toBe('invalid_argument');
  });
});
