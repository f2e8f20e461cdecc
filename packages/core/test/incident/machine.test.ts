/**
 * Model-based tests of the incident machine, through xstate's pure `initialTransition` /
 * `transition`: every state × every event against a table written apart from the machine, every
 * simple path from detected to closed or dismissed, and persistence at every reachable state.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { incidentMachine } from '../../src/incident/incidentMachine.ts';
import { accepts, restoreIncident, snapshotIncident, type IncidentMachineSnapshot } from '../../src/incident/snapshot.ts';
import type { IncidentEvent, IncidentStateName } from '../../src/incident/types.ts';

const FP = `fp:${'a'.repeat(64)}`;
const FP2 = `fp:${'b'.repeat(64)}`;
const ID = 'inc-1';
const INPUT = { id: ID, trigger: 'finding', severity: 'high', fingerprint: FP, awareAt: 1_000, ackBy: 61_000 } as const;

/** One well-formed event of each type, for the snapshot it is sent to (effect events name its containment effect). */
function samples(s: IncidentMachineSnapshot): IncidentEvent[] {
  const contain = `${ID}:contain:${s.context.attempts}`;
  return [
    { type: 'ATTACH', fingerprint: FP2, at: 2_000 },
    { type: 'CONTAIN', at: 2_000 },
    { type: 'ACK', owner: 'alice', at: 2_000 },
    { type: 'CONTAINED', at: 2_000 },
    { type: 'CONTAINMENT_FAILED', error: 'key store down', at: 2_000 },
    { type: 'RETRY', at: 2_000 },
    { type: 'ASSESSED', scope: 'one key', personalData: true, regimes: ['gdpr'], at: 2_000 },
    { type: 'NOTIFIED', at: 2_000 },
    { type: 'REMEDIATED', at: 2_000 },
    { type: 'CLOSE', at: 2_000 },
    { type: 'DISMISS', reason: 'a test key', at: 2_000 },
    { type: 'TICK', now: 2_000 },
    { type: 'EFFECT_DONE', id: contain, at: 2_000 },
    { type: 'EFFECT_FAILED', id: contain, error: 'denied', at: 2_000 },
  ];
}

/**
 * The expected table, written from the issue, not from the machine: the state an event leads to,
 * `'stay'` when it is accepted without a change of state, absent when it is refused.
 */
const EXPECTED: Record<IncidentStateName, Partial<Record<IncidentEvent['type'], IncidentStateName | 'stay'>>> = (() => {
  const anywhere = { ATTACH: 'stay', ACK: 'stay', TICK: 'stay' } as const;
  return {
    detected: { ...anywhere, CONTAIN: 'containing', DISMISS: 'dismissed' },
    containing: { ...anywhere, CONTAINED: 'assessing', CONTAINMENT_FAILED: 'containmentFailed', EFFECT_DONE: 'assessing', EFFECT_FAILED: 'containmentFailed', DISMISS: 'dismissed' },
    containmentFailed: { ...anywhere, RETRY: 'containing', DISMISS: 'dismissed' },
    assessing: { ...anywhere, ASSESSED: 'notifying', DISMISS: 'dismissed' },
    notifying: { ...anywhere, NOTIFIED: 'remediating' },
    remediating: { ...anywhere, REMEDIATED: 'postIncident' },
    postIncident: { ...anywhere, CLOSE: 'closed' },
    closed: {},
    dismissed: {},
  };
})();

const STATES = Object.keys(EXPECTED) as IncidentStateName[];

/** One snapshot per state, reached by the shortest route; the runner reports the notify effects done. */
function reach(): Map<IncidentStateName, IncidentMachineSnapshot> {
  const out = new Map<IncidentStateName, IncidentMachineSnapshot>();
  let [s] = initialTransition(incidentMachine, INPUT);
  const go = (e: IncidentEvent): void => {
    [s] = transition(incidentMachine, s, e);
  };
  out.set('detected', s);
  go({ type: 'CONTAIN' });
  out.set('containing', s);
  const containing = s;
  go({ type: 'CONTAINMENT_FAILED', error: 'x' });
  out.set('containmentFailed', s);
  s = containing;
  go({ type: 'CONTAINED' });
  out.set('assessing', s);
  const assessing = s;
  go({ type: 'DISMISS', reason: 'false positive' });
  out.set('dismissed', s);
  s = assessing;
  go({ type: 'ASSESSED', scope: 'one key', personalData: true, regimes: ['gdpr'] });
  out.set('notifying', s);
  go({ type: 'EFFECT_DONE', id: `${ID}:notify:gdpr` });
  go({ type: 'NOTIFIED', at: 3_000 });
  out.set('remediating', s);
  go({ type: 'REMEDIATED' });
  out.set('postIncident', s);
  go({ type: 'CLOSE' });
  out.set('closed', s);
  return out;
}

const SNAPSHOTS = reach();

describe('incidentMachine: every state × every event', () => {
  it('reaches every state', () => {
    expect([...SNAPSHOTS.keys()].sort()).toEqual([...STATES].sort());
    for (const [name, s] of SNAPSHOTS) expect(s.value).toBe(name);
  });

  for (const state of STATES) {
    it(`${state}: accepts exactly the events of the table, with the table's target`, () => {
      const s = SNAPSHOTS.get(state)!;
      for (const event of samples(s)) {
        const expected = EXPECTED[state][event.type];
        const [next] = transition(incidentMachine, s, event);
        expect(accepts(s, event), `${state} ${event.type}`).toBe(expected !== undefined);
        if (expected === undefined) {
          // Refused: nothing changes, not even the history.
          expect(next.value, `${state} ${event.type}`).toBe(state);
          expect(next.context, `${state} ${event.type}`).toEqual(s.context);
        } else {
          expect(next.value, `${state} ${event.type}`).toBe(expected === 'stay' ? state : expected);
        }
      }
    });
  }

  it('ASSESSED without personal data skips notification', () => {
    const [next] = transition(incidentMachine, SNAPSHOTS.get('assessing')!, { type: 'ASSESSED', scope: 'a key, no data', personalData: false, regimes: [] });
    expect(next.value).toBe('remediating');
    expect(next.context.deadlines.gdpr).toBeUndefined();
  });

  it('DISMISS needs a reason: empty or blank is refused', () => {
    for (const reason of ['', '   ', '\n']) {
      const s = SNAPSHOTS.get('detected')!;
      expect(accepts(s, { type: 'DISMISS', reason })).toBe(false);
      expect(transition(incidentMachine, s, { type: 'DISMISS', reason })[0].value).toBe('detected');
    }
    const [next] = transition(incidentMachine, SNAPSHOTS.get('detected')!, { type: 'DISMISS', reason: ' test key in a fixture ' });
    expect(next.context.dismissal).toBe('test key in a fixture');
  });

  it('ACK is accepted once; a second one is refused', () => {
    const [acked] = transition(incidentMachine, SNAPSHOTS.get('detected')!, { type: 'ACK', owner: 'alice', at: 5 });
    expect(acked.context.owner).toBe('alice');
    expect(accepts(acked, { type: 'ACK', owner: 'bob', at: 6 })).toBe(false);
  });

  it('CLOSE waits for every pending effect', () => {
    const [paged] = transition(incidentMachine, SNAPSHOTS.get('postIncident')!, { type: 'TICK', now: 10_000_000 });
    expect(paged.context.pendingEffects.map((e) => e.kind)).toEqual(['page']);
    expect(accepts(paged, { type: 'CLOSE' })).toBe(false);
    const [done] = transition(incidentMachine, paged, { type: 'EFFECT_DONE', id: paged.context.pendingEffects[0]!.id });
    expect(transition(incidentMachine, done, { type: 'CLOSE' })[0].value).toBe('closed');
  });

  it('ATTACH keeps fingerprints only, each once, and never lowers the severity', () => {
    const s = SNAPSHOTS.get('detected')!;
    expect(accepts(s, { type: 'ATTACH', fingerprint: 'sk-live-raw-secret' })).toBe(false);
    let [next] = transition(incidentMachine, s, { type: 'ATTACH', fingerprint: FP, severity: 'low' });
    expect(next.context.evidence).toEqual([FP]);
    expect(next.context.severity).toBe('high');
    [next] = transition(incidentMachine, next, { type: 'ATTACH', fingerprint: FP2, severity: 'critical', ackBy: 30_000 });
    expect(next.context.evidence).toEqual([FP, FP2]);
    expect(next.context.severity).toBe('critical');
    expect(next.context.deadlines.ack).toBe(30_000);
  });

  it('containment is announced with emit, with a deterministic key per attempt', () => {
    const [s1, actions] = transition(incidentMachine, SNAPSHOTS.get('detected')!, { type: 'CONTAIN' });
    // xstate's type of the actions leaves out `xstate.emit`, which transition() does return.
    const emitted = (actions as { type: string; params?: unknown }[]).filter((a) => a.type === 'xstate.emit').map((a) => (a.params as { event: unknown }).event);
    expect(emitted).toEqual([{ type: 'effect', effect: { id: `${ID}:contain:1`, kind: 'rotate', incident: ID, args: { fingerprints: [FP], attempt: 1 } } }]);
    const [failed] = transition(incidentMachine, s1, { type: 'EFFECT_FAILED', id: `${ID}:contain:1`, error: 'denied' });
    expect(failed.context.pendingEffects).toEqual([]);
    const [retried] = transition(incidentMachine, failed, { type: 'RETRY' });
    expect(retried.context.pendingEffects.map((e) => e.id)).toEqual([`${ID}:contain:2`]);
  });

  it('refuses forged internal events without a change', () => {
    for (const state of STATES) {
      const s = SNAPSHOTS.get(state)!;
      for (const type of ['xstate.after.1000.airlock.incident.detected', 'xstate.init', 'xstate.done.state.airlock.incident', 'xstate.stop']) {
        const forged = { type } as unknown as IncidentEvent;
        const [next, actions] = transition(incidentMachine, s, forged);
        expect(next.value).toBe(state);
        expect(next.context).toEqual(s.context);
        expect((actions as { type: string }[]).filter((a) => a.type === 'xstate.emit')).toEqual([]);
      }
    }
  });
});

/** Every simple path (no state twice) from detected, with the sample events, to a final state. */
function simplePaths(): { states: IncidentStateName[]; events: IncidentEvent[] }[] {
  const out: { states: IncidentStateName[]; events: IncidentEvent[] }[] = [];
  const walk = (s: IncidentMachineSnapshot, states: IncidentStateName[], events: IncidentEvent[]): void => {
    if (s.status === 'done') {
      out.push({ states, events });
      return;
    }
    for (const event of samples(s)) {
      if (!accepts(s, event)) continue;
      let [next] = transition(incidentMachine, s, event);
      // The runner settles what the new state issued, except a containment, whose report is itself an event to explore.
      for (const e of next.context.pendingEffects.filter((p) => !p.id.includes(':contain:'))) {
        [next] = transition(incidentMachine, next, { type: 'EFFECT_DONE', id: e.id });
      }
      if (states.includes(next.value)) continue;
      walk(next, [...states, next.value], [...events, event]);
    }
  };
  walk(initialTransition(incidentMachine, INPUT)[0], ['detected'], []);
  return out;
}

describe('incidentMachine: paths', () => {
  const paths = simplePaths();

  it('every simple path ends closed or dismissed, and both ends are reached', () => {
    const ends = new Set(paths.map((p) => p.states.at(-1)));
    expect(ends).toEqual(new Set(['closed', 'dismissed']));
    // detected → containing (→ containmentFailed) → assessing (by CONTAINED or EFFECT_DONE) → …
    const toClosed = paths.filter((p) => p.states.at(-1) === 'closed').map((p) => p.states.join(' > '));
    expect(new Set(toClosed)).toEqual(new Set([
      'detected > containing > assessing > notifying > remediating > postIncident > closed',
    ]));
    expect(paths.filter((p) => p.states.at(-1) === 'dismissed').map((p) => p.states.join(' > '))).toEqual(expect.arrayContaining([
      'detected > dismissed',
      'detected > containing > dismissed',
      'detected > containing > containmentFailed > dismissed',
      'detected > containing > assessing > dismissed',
    ]));
  });

  it('every non-final state lies on some path', () => {
    const seen = new Set(paths.flatMap((p) => p.states));
    expect(seen).toEqual(new Set(STATES));
  });

  it('the retry loop comes back to containing and on to closed', () => {
    let [s] = initialTransition(incidentMachine, INPUT);
    const events: IncidentEvent[] = [
      { type: 'CONTAIN' },
      { type: 'EFFECT_FAILED', id: `${ID}:contain:1`, error: 'denied' },
      { type: 'RETRY' },
      { type: 'CONTAINMENT_FAILED', error: 'still down' },
      { type: 'RETRY' },
      { type: 'EFFECT_DONE', id: `${ID}:contain:3` },
      { type: 'ASSESSED', scope: 'one key', personalData: false, regimes: [] },
      { type: 'REMEDIATED' },
      { type: 'CLOSE' },
    ];
    const visited: string[] = [s.value];
    for (const e of events) {
      expect(accepts(s, e), `${s.value} ${e.type}`).toBe(true);
      [s] = transition(incidentMachine, s, e);
      visited.push(s.value);
    }
    expect(visited).toEqual(['detected', 'containing', 'containmentFailed', 'containing', 'containmentFailed', 'containing', 'assessing', 'remediating', 'postIncident', 'closed']);
    expect(s.context.attempts).toBe(3);
    expect(s.status).toBe('done');
  });
});

describe('incidentMachine: persistence at every reachable state', () => {
  /** Every snapshot met on every simple path, plus the one-per-state set. */
  const all: IncidentMachineSnapshot[] = [...SNAPSHOTS.values()];
  for (const path of simplePaths()) {
    let [s] = initialTransition(incidentMachine, INPUT);
    for (const e of path.events) {
      [s] = transition(incidentMachine, s, e);
      all.push(s);
    }
  }

  it('round-trips through JSON, and the restored snapshot answers every event as the original does', () => {
    expect(new Set(all.map((s) => s.value))).toEqual(new Set(STATES));
    for (const s of all) {
      const restored = restoreIncident(JSON.stringify(snapshotIncident(s)));
      expect(restored.value).toBe(s.value);
      expect(restored.status).toBe(s.status);
      expect(restored.context).toEqual(s.context);
      for (const e of samples(s)) {
        expect(accepts(restored, e)).toBe(accepts(s, e));
        const [a, actionsA] = transition(incidentMachine, s, e);
        const [b, actionsB] = transition(incidentMachine, restored, e);
        expect(b.value).toBe(a.value);
        expect(b.context).toEqual(a.context);
        expect(actionsB.map((x) => x.type)).toEqual(actionsA.map((x) => x.type));
      }
    }
  });
});

describe('incidentMachine: with an actor', () => {
  it('restores from a saved incident, emits effects through actor.on, and does not re-emit what was pending', async () => {
    const { createActor } = await import('xstate');
    const saved = snapshotIncident(SNAPSHOTS.get('containing')!);
    // xstate's types ask for the input even with a snapshot; the snapshot wins.
    const actor = createActor(incidentMachine, { snapshot: restoreIncident(saved), input: { ...INPUT, id: 'ignored' } });
    const seen: string[] = [];
    actor.on('effect', (e) => seen.push(e.effect.id));
    actor.start();
    expect(actor.getSnapshot().value).toBe('containing');
    expect(actor.getSnapshot().context.id).toBe(ID);
    expect(seen).toEqual([]); // the host issues context.pendingEffects itself after a restore
    actor.send({ type: 'EFFECT_FAILED', id: `${ID}:contain:1`, error: 'denied' });
    actor.send({ type: 'RETRY' });
    expect(seen).toEqual([`${ID}:contain:2`]);
    actor.stop();
  });
});

describe('incidentMachine: dismissal', () => {
  it('drops what is pending and says so in the history', () => {
    const [next] = transition(incidentMachine, SNAPSHOTS.get('containing')!, { type: 'DISMISS', reason: 'a fixture key', at: 9 });
    expect(next.context.pendingEffects).toEqual([]);
    expect(next.context.history.slice(-2)).toEqual([
      { type: 'DISMISS', at: 9, detail: 'a fixture key' },
      { type: 'EFFECT_DROPPED', at: 9, detail: `${ID}:contain:1` },
    ]);
  });
});
