/**
 * createIncidentManager: triggers and fingerprint dedup, the allow-list, deadlines at their
 * boundaries, effects issued once (also across a save and a restore), and malformed snapshots.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/incident/fingerprint.ts';
import { createIncidentManager, DEFAULT_ACK_WITHIN, type IncidentManager } from '../../src/incident/createIncidentManager.ts';
import { GDPR_NOTIFICATION_MS, HIPAA_NOTIFICATION_MS } from '../../src/incident/incidentMachine.ts';
import { restoreIncident } from '../../src/incident/snapshot.ts';
import type { IncidentEffect } from '../../src/incident/types.ts';
import { codeOf } from '../errorCode.ts';

const KEY = new TextEncoder().encode('incident test key, 32 bytes long');
const SECRET = 'sk-live-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c';
const FP = fingerprint(SECRET, KEY);
const FP2 = fingerprint('AKIAABCDEFGHIJKLMNOP', KEY);
const T0 = 1_700_000_000_000;

function setup(options: { now?: number; policy?: Parameters<typeof createIncidentManager>[0]['policy'] } = {}): { manager: IncidentManager; effects: IncidentEffect[]; clock: { now: number } } {
  const effects: IncidentEffect[] = [];
  const clock = { now: options.now ?? T0 };
  const manager = createIncidentManager({ now: () => clock.now, onEffect: (e) => effects.push(e), ...(options.policy && { policy: options.policy }) });
  return { manager, effects, clock };
}

describe('fingerprint', () => {
  it('is a keyed HMAC: stable under one key, different under another, never the value', () => {
    expect(fingerprint(SECRET, KEY)).toBe(FP);
    expect(fingerprint(SECRET, new TextEncoder().encode('another key of sixteen+ bytes'))).not.toBe(FP);
    expect(FP).toMatch(/^fp:[0-9a-f]{64}$/);
    expect(FP).not.toContain(SECRET);
  });

  it('refuses an empty value or a short key', () => {
    expect(codeOf(() => fingerprint('', KEY))).toBe('invalid_argument');
    expect(codeOf(() => fingerprint(SECRET, new Uint8Array(15)))).toBe('invalid_argument');
  });
});

describe('createIncidentManager: triggers', () => {
  it('opens an incident and, for a high severity, starts containment at once', () => {
    const { manager, effects } = setup();
    const { incident, opened } = manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'high', id: 'inc-1' });
    expect(opened).toBe(true);
    expect(incident?.state).toBe('containing');
    expect(incident?.context.deadlines.ack).toBe(T0 + DEFAULT_ACK_WITHIN.high);
    expect(effects).toEqual([{ id: 'inc-1:contain:1', kind: 'rotate', incident: 'inc-1', args: { fingerprints: [FP], attempt: 1 } }]);
  });

  it('a second detection of the same secret attaches to the open incident', () => {
    const { manager, effects, clock } = setup();
    manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'medium', id: 'inc-1' });
    clock.now += 1000;
    const again = manager.trigger({ kind: 'finding', fingerprint: fingerprint(SECRET, KEY), severity: 'critical' });
    expect(again.opened).toBe(false);
    expect(again.incident?.id).toBe('inc-1');
    expect(again.incident?.context.severity).toBe('critical');
    // The critical SLA from the second detection comes before the medium one from the first.
    expect(again.incident?.context.deadlines.ack).toBe(T0 + 1000 + DEFAULT_ACK_WITHIN.critical);
    expect(manager.list()).toHaveLength(1);
    expect(effects).toEqual([]); // medium: no automatic containment
    // Another secret opens another incident.
    expect(manager.trigger({ kind: 'finding', fingerprint: FP2, severity: 'low' }).opened).toBe(true);
    expect(manager.list()).toHaveLength(2);
  });

  it('once the incident is closed or dismissed, the same secret opens a new one', () => {
    const { manager } = setup();
    manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'low', id: 'inc-1' });
    manager.send('inc-1', { type: 'DISMISS', reason: 'a key from the docs' });
    const next = manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'low', id: 'inc-2' });
    expect(next.opened).toBe(true);
    expect(next.incident?.id).toBe('inc-2');
  });

  it('follows the policy: minimum severity, automatic containment, revoke', () => {
    const { manager, effects } = setup({ policy: { minSeverity: 'medium', autoContain: ['medium'], containment: 'revoke' } });
    expect(manager.trigger({ kind: 'usage-anomaly', fingerprint: FP, severity: 'low' })).toEqual({ incident: undefined, opened: false });
    const { incident } = manager.trigger({ kind: 'usage-anomaly', fingerprint: FP, severity: 'medium', id: 'a' });
    expect(incident?.context.trigger).toBe('usage-anomaly');
    expect(effects.map((e) => [e.id, e.kind])).toEqual([['a:contain:1', 'revoke']]);
    // critical is not in autoContain: it waits in detected.
    expect(manager.trigger({ kind: 'finding', fingerprint: FP2, severity: 'critical' }).incident?.state).toBe('detected');
  });

  it('refuses a raw secret as evidence, and other malformed triggers', () => {
    const { manager } = setup();
    const bad: unknown[] = [
      { kind: 'finding', fingerprint: SECRET, severity: 'high' },
      { kind: 'finding', fingerprint: FP.toUpperCase(), severity: 'high' },
      { kind: 'leak', fingerprint: FP, severity: 'high' },
      { kind: 'finding', fingerprint: FP, severity: 'urgent' },
      { kind: 'finding', fingerprint: FP, severity: 'high', at: -1 },
      { kind: 'finding', fingerprint: FP, severity: 'high', at: Number.NaN },
      { kind: 'finding', fingerprint: FP, severity: 'high', id: '' },
      null,
    ];
    for (const t of bad) expect(codeOf(() => manager.trigger(t as never)), JSON.stringify(t)).toBe('invalid_argument');
    expect(manager.list()).toEqual([]);
    expect(codeOf(() => createIncidentManager({} as never))).toBe('invalid_argument');
  });
});

describe('createIncidentManager: events', () => {
  it('walks an incident from detected to closed, with notification under GDPR', () => {
    const { manager, effects, clock } = setup();
    manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'critical', id: 'i' });
    manager.send('i', { type: 'ACK', owner: 'alice' });
    manager.send('i', { type: 'EFFECT_DONE', id: 'i:contain:1' });
    clock.now += 5000;
    const notifying = manager.send('i', { type: 'ASSESSED', scope: 'key and 3 emails', personalData: true, regimes: ['gdpr'] });
    expect(notifying.state).toBe('notifying');
    expect(notifying.context.deadlines.gdpr).toBe(T0 + GDPR_NOTIFICATION_MS);
    expect(effects.at(-1)).toEqual({ id: 'i:notify:gdpr', kind: 'notify', incident: 'i', args: { regime: 'gdpr', dueAt: T0 + GDPR_NOTIFICATION_MS } });
    manager.send('i', { type: 'EFFECT_DONE', id: 'i:notify:gdpr' });
    manager.send('i', { type: 'NOTIFIED' });
    manager.send('i', { type: 'REMEDIATED' });
    const closed = manager.send('i', { type: 'CLOSE' });
    expect(closed).toMatchObject({ state: 'closed', done: true });
    expect(closed.context.owner).toBe('alice');
    expect(closed.context.notifiedAt).toBe(T0 + 5000);
    expect(closed.context.history.map((h) => h.type)).toEqual(['DETECT', 'CONTAIN', 'ACK', 'EFFECT_DONE', 'CONTAINED', 'ASSESSED', 'EFFECT_DONE', 'NOTIFIED', 'REMEDIATED', 'CLOSE']);
    expect(codeOf(() => manager.send('i', { type: 'TICK', now: T0 }))).toBe('invalid_event');
  });

  it('rejects forged, unknown and malformed events with invalid_event, and changes nothing', () => {
    const { manager } = setup();
    manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'high', id: 'i' });
    const before = manager.snapshot('i');
    const bad: unknown[] = [
      { type: 'xstate.after.1000.airlock.incident.containing' },
      { type: 'xstate.init', input: {} },
      { type: 'xstate.done.actor.x' },
      { type: 'xstate.error.actor.x', error: 'boom' },
      { type: 'xstate.stop' },
      { type: 'DETECT' },
      { type: 'close' },
      { type: '' },
      {},
      { type: 42 },
      null,
      'CLOSE',
      { type: 'DISMISS' },
      { type: 'DISMISS', reason: '   ' },
      { type: 'DISMISS', reason: 'x', extra: 1 },
      { type: 'TICK' },
      { type: 'TICK', now: -1 },
      { type: 'TICK', now: 1.5 },
      { type: 'ACK', owner: '' },
      { type: 'ATTACH', fingerprint: SECRET },
      { type: 'ASSESSED', scope: 's', personalData: 'yes', regimes: [] },
      { type: 'ASSESSED', scope: 's', personalData: true, regimes: ['nope'] },
      { type: 'EFFECT_DONE', id: 'i:contain:9' }, // not pending
      { type: 'NOTIFIED' }, // not accepted in containing
      { type: 'CLOSE' },
    ];
    for (const event of bad) expect(codeOf(() => manager.send('i', event)), JSON.stringify(event)).toBe('invalid_event');
    expect(manager.snapshot('i')).toEqual(before);
    expect(codeOf(() => manager.send('nope', { type: 'TICK', now: 1 }))).toBe('invalid_argument');
  });
});

describe('createIncidentManager: deadlines', () => {
  /** Ticks at `at`, returns the page effects issued. */
  function pagesAt(manager: IncidentManager, effects: IncidentEffect[], at: number): string[] {
    const n = effects.length;
    manager.tick(at);
    return effects.slice(n).filter((e) => e.kind === 'page').map((e) => e.id);
  }

  it('acknowledgement SLA: nothing 1 ms before or at the deadline, a page 1 ms after, once', () => {
    const { manager, effects } = setup();
    const { incident } = manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'low', id: 'i' });
    const ack = incident!.context.deadlines.ack;
    expect(pagesAt(manager, effects, ack - 1)).toEqual([]);
    expect(pagesAt(manager, effects, ack)).toEqual([]);
    expect(pagesAt(manager, effects, ack + 1)).toEqual(['i:page:ack']);
    expect(pagesAt(manager, effects, ack + 2)).toEqual([]);
    expect(manager.get('i')!.context.escalated).toEqual(['ack']);
    expect(effects.at(-1)?.args).toEqual({ deadline: 'ack', dueAt: ack, severity: 'low' });
  });

  it('an acknowledged incident is not paged for the SLA', () => {
    const { manager, effects } = setup();
    const { incident } = manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'low', id: 'i' });
    manager.send('i', { type: 'ACK', owner: 'bob', at: incident!.context.deadlines.ack });
    expect(pagesAt(manager, effects, incident!.context.deadlines.ack + 1)).toEqual([]);
  });

  for (const [regime, within] of [['gdpr', GDPR_NOTIFICATION_MS], ['hipaa', HIPAA_NOTIFICATION_MS]] as const) {
    it(`${regime}: awareAt + ${within / 3_600_000} h; 1 ms before nothing, 1 ms after a page`, () => {
      const { manager, effects } = setup();
      manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'high', id: 'i', at: T0 });
      manager.send('i', { type: 'ACK', owner: 'alice' });
      manager.send('i', { type: 'CONTAINED' });
      manager.send('i', { type: 'ASSESSED', scope: 'records', personalData: true, regimes: [regime] });
      const due = T0 + within;
      expect(manager.get('i')!.context.deadlines[regime]).toBe(due);
      expect(pagesAt(manager, effects, due - 1)).toEqual([]);
      expect(pagesAt(manager, effects, due + 1)).toEqual([`i:page:${regime}`]);
    });

    it(`${regime}: notified in time, never paged`, () => {
      const { manager, effects } = setup();
      manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'high', id: 'i', at: T0 });
      manager.send('i', { type: 'ACK', owner: 'alice' });
      manager.send('i', { type: 'CONTAINED' });
      manager.send('i', { type: 'ASSESSED', scope: 'records', personalData: true, regimes: [regime] });
      manager.send('i', { type: 'NOTIFIED', at: T0 + within - 1 });
      expect(pagesAt(manager, effects, T0 + within + 1)).toEqual([]);
    });
  }
});

describe('createIncidentManager: persistence and effects', () => {
  it('a containment pending when saved is issued exactly once after restore', () => {
    const first = setup();
    first.manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'critical', id: 'i' });
    expect(first.effects.map((e) => e.id)).toEqual(['i:contain:1']);
    const saved = JSON.stringify(first.manager.snapshot('i'));

    // A new process: the runner remembers idempotency keys it carried out (here: none got through).
    const second = setup();
    const view = second.manager.restore(saved);
    expect(view.state).toBe('containing');
    expect(second.effects.map((e) => e.id)).toEqual(['i:contain:1']);
    // Nothing issues it again: ticks, attachments, other events.
    second.manager.tick(T0 + 1);
    second.manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'critical' });
    second.manager.send('i', { type: 'ACK', owner: 'alice' });
    expect(second.effects.filter((e) => e.id === 'i:contain:1')).toHaveLength(1);
    expect(second.manager.send('i', { type: 'EFFECT_DONE', id: 'i:contain:1' }).state).toBe('assessing');
    // The same incident cannot be restored twice into one manager.
    expect(codeOf(() => second.manager.restore(saved))).toBe('invalid_argument');
  });

  it('a runner with idempotency keys carries each effect out once across save and restore', () => {
    const done = new Set<string>();
    const carriedOut: string[] = [];
    const runner = (e: IncidentEffect): void => {
      if (done.has(e.id)) return;
      done.add(e.id);
      carriedOut.push(e.id);
    };
    const a = createIncidentManager({ now: () => T0, onEffect: runner });
    a.trigger({ kind: 'finding', fingerprint: FP, severity: 'critical', id: 'i' });
    const saved = a.snapshot('i'); // saved before the runner reported back
    const b = createIncidentManager({ now: () => T0, onEffect: runner });
    b.restore(saved);
    expect(carriedOut).toEqual(['i:contain:1']);
  });

  it('an effect runner that throws leaves the transition stored and the effect pending', () => {
    const manager = createIncidentManager({ now: () => T0, onEffect: () => { throw new Error('runner down'); } });
    expect(() => manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'critical', id: 'i' })).toThrow('runner down');
    expect(manager.get('i')!.state).toBe('containing');
    expect(manager.get('i')!.context.pendingEffects.map((e) => e.id)).toEqual(['i:contain:1']);
  });
});

describe('restoreIncident: malformed snapshots', () => {
  const { manager } = setup();
  manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'critical', id: 'i' });
  const good = manager.snapshot('i');
  const mutate = (f: (doc: any) => void): unknown => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const doc = structuredClone(good);
    f(doc);
    return doc;
  };

  it('accepts the good one', () => {
    expect(restoreIncident(good).value).toBe('containing');
  });

  const cases: [string, unknown][] = [
    ['not JSON', '{version: 1'],
    ['null', null],
    ['an array', []],
    ['a number', 1],
    ['another version', mutate((d) => { d.version = 2; })],
    ['no version', mutate((d) => { delete d.version; })],
    ['an unknown state', mutate((d) => { d.state = 'escalated'; })],
    ['a nested state value', mutate((d) => { d.state = { containing: 'x' }; })],
    ['no context', mutate((d) => { delete d.context; })],
    ['an extra field', mutate((d) => { d.context.secret = SECRET; })],
    ['a raw secret as evidence', mutate((d) => { d.context.evidence = [SECRET]; })],
    ['no evidence', mutate((d) => { d.context.evidence = []; })],
    ['a negative time', mutate((d) => { d.context.awareAt = -5; })],
    ['a fractional time', mutate((d) => { d.context.deadlines.ack = 1.5; })],
    ['a severity unknown', mutate((d) => { d.context.severity = 'sev0'; })],
    ['containing without its containment effect', mutate((d) => { d.context.pendingEffects = []; })],
    ['containing with the effect of another attempt', mutate((d) => { d.context.attempts = 2; })],
    ['an effect of another incident', mutate((d) => { d.context.pendingEffects.push({ id: 'j:page:ack', kind: 'page', incident: 'j', args: {} }); })],
    ['an effect twice', mutate((d) => { d.context.pendingEffects.push(d.context.pendingEffects[0]); })],
    ['effect args as an array', mutate((d) => { d.context.pendingEffects[0].args = []; })],
    ['an unknown effect kind', mutate((d) => { d.context.pendingEffects[0].kind = 'delete-everything'; })],
    ['dismissed without a reason', mutate((d) => { d.state = 'dismissed'; d.context.pendingEffects = []; })],
    ['closed with pending effects', mutate((d) => { d.state = 'closed'; d.context.assessment = { scope: 's', personalData: false, regimes: [] }; })],
    ['notifying without an assessment', mutate((d) => { d.state = 'notifying'; d.context.pendingEffects = []; })],
    ['an owner without acknowledgement time', mutate((d) => { d.context.owner = 'alice'; })],
    ['a deadline escalated twice', mutate((d) => { d.context.escalated = ['ack', 'ack']; })],
  ];
  for (const [name, doc] of cases) {
    it(`refuses ${name} with invalid_snapshot`, () => {
      expect(codeOf(() => restoreIncident(doc))).toBe('invalid_snapshot');
      expect(codeOf(() => setup().manager.restore(doc))).toBe('invalid_snapshot');
    });
  }

  it('any mutation of one field is either refused with a code or restores exactly what it says', () => {
    const paths: string[][] = [];
    const walk = (value: unknown, path: string[]): void => {
      paths.push(path);
      if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(good, []);
    const junk = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.string()), fc.object());
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), junk, (path, value) => {
        const doc = structuredClone(good) as unknown as Record<string, unknown>;
        let at: Record<string, unknown> = doc;
        for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
        at[path.at(-1)!] = value;
        const text = JSON.stringify(doc);
        let restored;
        try {
          restored = restoreIncident(text);
        } catch (e) {
          expect((e as { code?: string }).code).toBe('invalid_snapshot');
          return;
        }
        const parsed = JSON.parse(text);
        expect(restored.value).toBe(parsed.state);
        expect(restored.context).toEqual(parsed.context);
      }),
      { numRuns: 500 },
    );
  });
});

describe('triggerFromFinding', () => {
  it('fingerprints the value between the offsets and picks a severity', async () => {
    const { triggerFromFinding } = await import('../../src/incident/triggerFromFinding.ts');
    const text = `prompt: ${SECRET} thanks`;
    const base = { type: 'API_KEY', family: 'SECRET', start: 8, end: 8 + SECRET.length, score: 0.9, detector: 'd', level: 'restricted' } as const;
    expect(triggerFromFinding(base, text, { key: KEY })).toEqual({ kind: 'finding', fingerprint: FP, severity: 'critical' });
    expect(triggerFromFinding({ ...base, family: 'EMAIL_ADDRESS', level: 'confidential' }, text, { key: KEY, at: 5 }).severity).toBe('medium');
    expect(triggerFromFinding(base, text, { key: KEY, severity: () => 'low' }).severity).toBe('low');
    expect(codeOf(() => triggerFromFinding({ ...base, end: text.length + 1 }, text, { key: KEY }))).toBe('invalid_argument');
    // Found again elsewhere: the same incident.
    const { manager } = setup();
    manager.trigger(triggerFromFinding(base, text, { key: KEY }));
    expect(manager.trigger(triggerFromFinding({ ...base, start: 0, end: SECRET.length }, SECRET, { key: KEY })).opened).toBe(false);
  });
});

describe('createIncidentManager: tick', () => {
  it('ticks every open incident even when the runner throws on one, then rethrows', () => {
    let calls = 0;
    const manager = createIncidentManager({
      now: () => T0,
      policy: { autoContain: [] },
      onEffect: () => {
        calls++;
        throw new Error('pager down');
      },
    });
    manager.trigger({ kind: 'finding', fingerprint: FP, severity: 'low', id: 'a' });
    manager.trigger({ kind: 'finding', fingerprint: FP2, severity: 'low', id: 'b' });
    expect(() => manager.tick(T0 + DEFAULT_ACK_WITHIN.low + 1)).toThrow('pager down');
    expect(calls).toBe(2);
    expect(manager.get('a')!.context.escalated).toEqual(['ack']);
    expect(manager.get('b')!.context.escalated).toEqual(['ack']);
    expect(codeOf(() => manager.tick(Number.NaN))).toBe('invalid_event');
  });
});

describe('createIncidentManager: policy', () => {
  it('refuses a policy it cannot act on', () => {
    const bad: unknown[] = [
      { ackWithin: { high: -1 } },
      { ackWithin: { high: Number.NaN } },
      { ackWithin: { urgent: 1000 } },
      { autoContain: 'high' },
      { autoContain: ['severe'] },
      { minSeverity: 'sev1' },
      { containment: 'delete' },
    ];
    for (const policy of bad) {
      expect(codeOf(() => createIncidentManager({ onEffect: () => {}, policy: policy as never })), JSON.stringify(policy)).toBe('invalid_argument');
    }
  });
});
