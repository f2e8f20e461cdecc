/**
 * The host side of incidents: opens them on triggers, deduplicates by fingerprint, accepts only
 * allow-listed events, carries the clock in, hands effects to the host's runner, and saves and
 * restores incidents.
 *
 * @module
 */
import * as v from 'valibot';
import { transition, initialTransition } from 'xstate';
import { AirlockError } from '../errors/AirlockError.ts';
import { REGIMES, SEVERITIES, TRIGGER_KINDS } from './_shared.ts';
import { FINGERPRINT_PATTERN } from './fingerprint.ts';
import { incidentMachine } from './incidentMachine.ts';
import { accepts, restoreIncident, snapshotIncident, type IncidentMachineSnapshot, type IncidentSnapshot } from './snapshot.ts';
import type { IncidentContext, IncidentEffect, IncidentEvent, IncidentStateName, Severity, TriggerKind } from './types.ts';

/** The event types a caller may send; anything else (`xstate.*` included) is refused. */
export const INCIDENT_EVENT_TYPES: readonly IncidentEvent['type'][] = [
  'ATTACH',
  'CONTAIN',
  'ACK',
  'CONTAINED',
  'CONTAINMENT_FAILED',
  'RETRY',
  'ASSESSED',
  'NOTIFIED',
  'REMEDIATED',
  'CLOSE',
  'DISMISS',
  'TICK',
  'EFFECT_DONE',
  'EFFECT_FAILED',
];

const MINUTE = 60_000;

/** The default acknowledgement SLA by severity. */
export const DEFAULT_ACK_WITHIN: Readonly<Record<Severity, number>> = {
  critical: 15 * MINUTE,
  high: 60 * MINUTE,
  medium: 4 * 60 * MINUTE,
  low: 24 * 60 * MINUTE,
};

/** What the manager does with a trigger. */
export interface IncidentPolicy {
  /**
   * How long someone has to acknowledge an incident, by severity, in ms.
   * @defaultValue {@link DEFAULT_ACK_WITHIN} (15 min, 1 h, 4 h, 24 h)
   */
  readonly ackWithin?: Partial<Record<Severity, number>>;
  /**
   * Severities whose incidents start containment at once (the key is rotated or revoked before
   * anyone looks); the others wait in `detected` for a `CONTAIN` or a `DISMISS`.
   * @defaultValue ['high', 'critical']
   */
  readonly autoContain?: readonly Severity[];
  /**
   * Triggers below this severity open no incident (a trigger that would attach to an open incident
   * still does).
   * @defaultValue 'low'
   */
  readonly minSeverity?: Severity;
  /**
   * Whether containment rotates or revokes the key.
   * @defaultValue 'rotate'
   */
  readonly containment?: 'rotate' | 'revoke';
}

/** Options of {@link createIncidentManager}. */
export interface IncidentManagerOptions {
  /**
   * The effect runner: called once per effect, with its idempotency key in `effect.id`. It reports
   * back with `send(incident, { type: 'EFFECT_DONE', id })` or `EFFECT_FAILED`, now or later.
   */
  readonly onEffect: (effect: IncidentEffect) => void;
  /**
   * The clock, in ms since the epoch: it stamps triggers and events that carry no time.
   * @defaultValue Date.now
   */
  readonly now?: () => number;
  /** What to do with triggers. */
  readonly policy?: IncidentPolicy;
  /**
   * An audit log (`createAuditLog()`, or anything with an `append` method). Every trigger (what it
   * opened, attached to, or why it opened nothing), every transition (the event, the states before
   * and after, the effects it issued), every restore, and every tick that escalated or issued
   * something is appended to it as an {@link IncidentAuditEntry}, before the change is stored and
   * before any effect runs. When `append` throws, the call throws and nothing changed.
   */
  readonly audit?: { append(entry: IncidentAuditEntry): unknown };
}

/**
 * What the manager appends to {@link IncidentManagerOptions.audit}: one entry per change. `event`
 * is the event's type, `TRIGGER` for a trigger, `RESTORE` for a restored incident. `from` is absent
 * for an incident just opened or restored; `incident` and `to` are absent for a trigger that opened
 * nothing (`outcome: 'ignored'`, under the policy's `minSeverity`). Effects are those this change
 * issued. Fingerprints only, never values.
 */
export type IncidentAuditEntry = {
  readonly kind: 'incident';
  readonly event: IncidentEvent['type'] | 'TRIGGER' | 'RESTORE';
  readonly at: number;
  readonly incident?: string;
  readonly from?: IncidentStateName;
  readonly to?: IncidentStateName;
  readonly severity: Severity;
  readonly effects: readonly IncidentEffect[];
  readonly trigger?: {
    readonly kind: TriggerKind;
    readonly fingerprint: string;
    readonly severity: Severity;
    readonly outcome: 'opened' | 'attached' | 'ignored';
    readonly detail?: Readonly<Record<string, number | string | boolean | null>>;
  };
};

/** Something that may open an incident. */
export interface IncidentTrigger {
  /** A finding (a live-looking key in a prompt or an answer) or a usage anomaly. */
  readonly kind: TriggerKind;
  /** The {@link fingerprint} of what was found (of the key, for an anomaly on a key's usage). */
  readonly fingerprint: string;
  /** How bad it is. */
  readonly severity: Severity;
  /**
   * When it was detected.
   * @defaultValue the manager's `now()`
   */
  readonly at?: number;
  /**
   * The new incident's id.
   * @defaultValue `inc-` and the first 12 hex digits of the fingerprint, then `-` and `at`
   */
  readonly id?: string;
  /**
   * Facts behind the trigger for the audit log (a z-score, a rate, a detector id): short labels and
   * numbers, never raw text. They are logged with the trigger, not kept in the incident.
   */
  readonly detail?: Readonly<Record<string, number | string | boolean | null>>;
}

/** An incident as the manager shows it. */
export interface IncidentView {
  /** Its id. */
  readonly id: string;
  /** Its state. */
  readonly state: IncidentStateName;
  /** Whether it is closed or dismissed. */
  readonly done: boolean;
  /** Its context. */
  readonly context: IncidentContext;
}

/** What {@link IncidentManager.trigger} did. */
export interface TriggerResult {
  /** The incident opened or attached to; `undefined` when the policy opened none. */
  readonly incident: IncidentView | undefined;
  /** Whether a new incident was opened (otherwise the trigger attached to an open one, or did nothing). */
  readonly opened: boolean;
}

/** Incidents of one host; see {@link createIncidentManager}. */
export interface IncidentManager {
  /** Opens an incident, or attaches to the open one with the same fingerprint. */
  trigger(trigger: IncidentTrigger): TriggerResult;
  /** Sends an allow-listed event to an incident; throws `invalid_event` for anything else. */
  send(id: string, event: unknown): IncidentView;
  /** Sends `TICK { now }` to every open incident; returns those that escalated. */
  tick(now?: number): IncidentView[];
  /** An incident by id. */
  get(id: string): IncidentView | undefined;
  /** Every incident, open or done. */
  list(): IncidentView[];
  /** The saved form of an incident. */
  snapshot(id: string): IncidentSnapshot;
  /** Restores a saved incident and issues its pending effects again, each once. */
  restore(saved: unknown): IncidentView;
}

const TIME = v.pipe(v.number(), v.integer(), v.minValue(0));
const AT = { at: v.exactOptional(TIME) };
const NAME = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(10_000));
const EVENT = v.variant('type', [
  v.strictObject({ type: v.literal('ATTACH'), fingerprint: v.pipe(v.string(), v.regex(FINGERPRINT_PATTERN, 'must be a fingerprint (fp: and 64 hex digits), never a raw value')), severity: v.exactOptional(v.picklist(SEVERITIES)), ackBy: v.exactOptional(TIME), ...AT }),
  v.strictObject({ type: v.literal('CONTAIN'), ...AT }),
  v.strictObject({ type: v.literal('ACK'), owner: NAME, ...AT }),
  v.strictObject({ type: v.literal('CONTAINED'), ...AT }),
  v.strictObject({ type: v.literal('CONTAINMENT_FAILED'), error: v.string(), ...AT }),
  v.strictObject({ type: v.literal('RETRY'), ...AT }),
  v.strictObject({ type: v.literal('ASSESSED'), scope: v.pipe(v.string(), v.maxLength(10_000)), personalData: v.boolean(), regimes: v.array(v.picklist(REGIMES)), ...AT }),
  v.strictObject({ type: v.literal('NOTIFIED'), ...AT }),
  v.strictObject({ type: v.literal('REMEDIATED'), ...AT }),
  v.strictObject({ type: v.literal('CLOSE'), ...AT }),
  v.strictObject({ type: v.literal('DISMISS'), reason: v.pipe(v.string(), v.trim(), v.nonEmpty('a dismissal needs a reason')), ...AT }),
  v.strictObject({ type: v.literal('TICK'), now: TIME }),
  v.strictObject({ type: v.literal('EFFECT_DONE'), id: v.string(), ...AT }),
  v.strictObject({ type: v.literal('EFFECT_FAILED'), id: v.string(), error: v.string(), ...AT }),
]);

function invalidEvent(problem: string): AirlockError<'invalid_event'> {
  return new AirlockError('invalid_event', problem);
}

/**
 * Checks an event from outside: its type must be on {@link INCIDENT_EVENT_TYPES} (so `xstate.*`
 * and every internal event is refused) and its fields must be well formed. Events that record a
 * time get `now` when they carry none.
 */
function parseEvent(event: unknown, now: number): IncidentEvent {
  const type = typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !(INCIDENT_EVENT_TYPES as readonly string[]).includes(type)) {
    throw invalidEvent(
      `${typeof type === 'string' ? `"${type.slice(0, 100)}"` : 'an event without a string type'} is not an incident event; send one of ${INCIDENT_EVENT_TYPES.join(', ')}`,
    );
  }
  const result = v.safeParse(EVENT, event, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    throw invalidEvent(`${type}: ${v.getDotPath(issue) ?? 'event'} ${issue.message}`);
  }
  const parsed = result.output as IncidentEvent;
  return parsed.type === 'TICK' || parsed.at !== undefined ? parsed : { ...parsed, at: now };
}

/** A policy that says something airlock cannot act on would open incidents on the wrong terms: refuse it. */
function checkPolicy(policy: IncidentPolicy): void {
  const fail = (problem: string): never => {
    throw new AirlockError('invalid_argument', `createIncidentManager: policy.${problem}`);
  };
  if (typeof policy !== 'object' || policy === null) fail(' must be an object');
  for (const [severity, ms] of Object.entries(policy.ackWithin ?? {})) {
    if (!SEVERITIES.includes(severity as Severity)) fail(`ackWithin has an unknown severity "${severity}"`);
    if (!(Number.isInteger(ms) && (ms as number) > 0)) fail(`ackWithin.${severity} must be a positive number of ms`);
  }
  if (policy.autoContain !== undefined && !(Array.isArray(policy.autoContain) && policy.autoContain.every((s) => SEVERITIES.includes(s)))) {
    fail(`autoContain must be a list of ${SEVERITIES.join(', ')}`);
  }
  if (policy.minSeverity !== undefined && !SEVERITIES.includes(policy.minSeverity)) fail(`minSeverity must be one of ${SEVERITIES.join(', ')}`);
  if (policy.containment !== undefined && policy.containment !== 'rotate' && policy.containment !== 'revoke') fail('containment must be "rotate" or "revoke"');
}

function view(snapshot: IncidentMachineSnapshot): IncidentView {
  return { id: snapshot.context.id, state: snapshot.value, done: snapshot.status === 'done', context: snapshot.context };
}

/** The effects a transition emitted, in order. */
function emitted(actions: readonly { type: string; params?: unknown }[]): IncidentEffect[] {
  return actions.flatMap((a) =>
    a.type === 'xstate.emit' ? [(a.params as { event: { effect: IncidentEffect } }).event.effect] : [],
  );
}

/**
 * Creates the incidents of one host. Incidents are driven through xstate's pure `transition`: no
 * actor, no timer, nothing runs in the background. Each effect a transition emits goes to
 * `onEffect` once; the runner reports back with `EFFECT_DONE` or `EFFECT_FAILED`.
 *
 * @param options - the effect runner, the clock and the policy
 * @returns the manager
 *
 * @example
 * ```ts
 * import { createIncidentManager, fingerprint } from '@airlock/core';
 * const effects: string[] = [];
 * const manager = createIncidentManager({ now: () => 0, onEffect: (e) => effects.push(e.id) });
 * const fp = fingerprint('sk-live-0123456789abcdef', new TextEncoder().encode('sixteen byte key!'));
 * const { incident, opened } = manager.trigger({ kind: 'finding', fingerprint: fp, severity: 'critical', id: 'inc-1' });
 * opened; //=> true
 * incident?.state; //=> 'containing'
 * effects; //=> ['inc-1:contain:1']
 * manager.trigger({ kind: 'finding', fingerprint: fp, severity: 'critical' }).opened; //=> false
 * manager.send('inc-1', { type: 'EFFECT_DONE', id: 'inc-1:contain:1' }).state; //=> 'assessing'
 * try { manager.send('inc-1', { type: 'xstate.after.1000.airlock.incident' }); } catch (e) { (e as { code: string }).code; } //=> 'invalid_event'
 * ```
 */
export function createIncidentManager(options: IncidentManagerOptions): IncidentManager {
  if (typeof options?.onEffect !== 'function') {
    throw new AirlockError('invalid_argument', 'createIncidentManager: onEffect must be a function (the effect runner)');
  }
  const now = options.now ?? Date.now;
  const policy = options.policy ?? {};
  checkPolicy(policy);
  const ackWithin = { ...DEFAULT_ACK_WITHIN, ...policy.ackWithin };
  const autoContain = policy.autoContain ?? ['high', 'critical'];
  const minSeverity = SEVERITIES.indexOf(policy.minSeverity ?? 'low');
  const incidents = new Map<string, IncidentMachineSnapshot>();
  /** Fingerprint → the open incident holding it as evidence. */
  const open = new Map<string, string>();
  /** Idempotency keys already handed to the runner by this manager. */
  const issued = new Set<string>();

  const audit = options.audit;
  if (audit !== undefined && typeof audit?.append !== 'function') {
    throw new AirlockError('invalid_argument', 'createIncidentManager: audit must have an append method (an audit log made by createAuditLog())');
  }

  /**
   * Logs a change, then stores the snapshot, indexes its evidence, and hands its new effects to the
   * runner. `change` says what happened; `from` is the snapshot before (absent when opened or
   * restored). A log that refuses the entry stops the change before anything is stored or run.
   */
  function commit(
    snapshot: IncidentMachineSnapshot,
    effects: readonly IncidentEffect[],
    change: { readonly event: IncidentAuditEntry['event']; readonly at: number; readonly from?: IncidentMachineSnapshot; readonly trigger?: IncidentAuditEntry['trigger'] },
  ): IncidentView {
    const { context } = snapshot;
    const fresh = effects.filter((e) => !issued.has(e.id));
    const from = change.from;
    // A tick that changed nothing (no escalation, no effect) is not worth a record.
    const quiet = change.event === 'TICK' && fresh.length === 0 && from !== undefined && from.value === snapshot.value && from.context.history.length === context.history.length;
    if (audit !== undefined && !quiet) {
      audit.append({
        kind: 'incident',
        event: change.event,
        at: change.at,
        incident: context.id,
        ...(from !== undefined && { from: from.value }),
        to: snapshot.value,
        severity: context.severity,
        effects: fresh,
        ...(change.trigger !== undefined && { trigger: change.trigger }),
      });
    }
    incidents.set(context.id, snapshot);
    for (const fp of context.evidence) {
      if (snapshot.status === 'done') {
        if (open.get(fp) === context.id) open.delete(fp);
      } else open.set(fp, context.id);
    }
    // The transition is stored before any effect runs: a runner that throws leaves the effect
    // pending (a restore issues it again), and the other effects are still handed over.
    let failure: unknown;
    for (const effect of fresh) {
      if (issued.has(effect.id)) continue;
      issued.add(effect.id);
      try {
        options.onEffect(effect);
      } catch (e) {
        failure ??= e;
      }
    }
    if (failure !== undefined) throw failure;
    return view(snapshot);
  }

  function current(id: string): IncidentMachineSnapshot {
    const snapshot = incidents.get(id);
    if (snapshot === undefined) throw new AirlockError('invalid_argument', `no incident "${String(id)}"`);
    return snapshot;
  }

  function step(id: string, event: IncidentEvent, trigger?: IncidentAuditEntry['trigger']): IncidentView {
    const snapshot = current(id);
    if (!accepts(snapshot, event)) {
      throw invalidEvent(`incident "${id}" in state "${snapshot.value}" does not accept ${event.type}${event.type === 'EFFECT_DONE' || event.type === 'EFFECT_FAILED' ? ` (effect "${event.id}" is not pending)` : ''}`);
    }
    const [next, actions] = transition(incidentMachine, snapshot, event);
    return commit(next, emitted(actions), { event: event.type, at: event.type === 'TICK' ? event.now : (event.at ?? now()), from: snapshot, ...(trigger !== undefined && { trigger }) });
  }

  function checkTrigger(t: IncidentTrigger): void {
    if (typeof t !== 'object' || t === null) throw new AirlockError('invalid_argument', 'trigger: expected an object');
    if (!TRIGGER_KINDS.includes(t.kind)) throw new AirlockError('invalid_argument', `trigger: kind must be one of ${TRIGGER_KINDS.join(', ')}`);
    if (typeof t.fingerprint !== 'string' || !FINGERPRINT_PATTERN.test(t.fingerprint)) {
      throw new AirlockError('invalid_argument', 'trigger: fingerprint must come from fingerprint() (fp: and 64 hex digits), never the raw value');
    }
    if (!SEVERITIES.includes(t.severity)) throw new AirlockError('invalid_argument', `trigger: severity must be one of ${SEVERITIES.join(', ')}`);
    if (t.at !== undefined && !(Number.isInteger(t.at) && t.at >= 0)) throw new AirlockError('invalid_argument', 'trigger: at must be a time in ms since the epoch');
    if (t.id !== undefined && (typeof t.id !== 'string' || t.id === '' || t.id.length > 200)) throw new AirlockError('invalid_argument', 'trigger: id must be a non-empty string of at most 200 characters');
    if (t.detail !== undefined && (typeof t.detail !== 'object' || t.detail === null || Array.isArray(t.detail))) throw new AirlockError('invalid_argument', 'trigger: detail must be an object of short labels and numbers');
  }

  return {
    trigger(t) {
      checkTrigger(t);
      const at = t.at ?? now();
      const ackBy = at + ackWithin[t.severity];
      const logged = (outcome: 'opened' | 'attached' | 'ignored') => ({
        kind: t.kind,
        fingerprint: t.fingerprint,
        severity: t.severity,
        outcome,
        ...(t.detail !== undefined && { detail: t.detail }),
      });
      const existing = open.get(t.fingerprint);
      if (existing !== undefined) {
        const incident = step(existing, { type: 'ATTACH', fingerprint: t.fingerprint, severity: t.severity, ackBy, at }, logged('attached'));
        return { incident, opened: false };
      }
      if (SEVERITIES.indexOf(t.severity) < minSeverity) {
        audit?.append({ kind: 'incident', event: 'TRIGGER', at, severity: t.severity, effects: [], trigger: logged('ignored') });
        return { incident: undefined, opened: false };
      }
      const id = t.id ?? `inc-${t.fingerprint.slice(3, 15)}-${at}`;
      if (incidents.has(id)) throw new AirlockError('invalid_argument', `trigger: an incident "${id}" exists already`);
      const [first] = initialTransition(incidentMachine, {
        id,
        trigger: t.kind,
        severity: t.severity,
        fingerprint: t.fingerprint,
        awareAt: at,
        ackBy,
        ...(policy.containment !== undefined && { containment: policy.containment }),
      });
      const change = { event: 'TRIGGER', at, trigger: logged('opened') } as const;
      if (!autoContain.includes(t.severity)) return { incident: commit(first, [], change), opened: true };
      // Opened and contained at once: one change, from nothing to `containing`.
      const [contained, actions] = transition(incidentMachine, first, { type: 'CONTAIN', at });
      return { incident: commit(contained, emitted(actions), change), opened: true };
    },

    send(id, event) {
      current(id); // an unknown incident is reported before anything about the event
      return step(id, parseEvent(event, now()));
    },

    tick(at = now()) {
      if (!(Number.isInteger(at) && at >= 0)) throw invalidEvent('TICK: now must be a time in ms since the epoch');
      const escalated: IncidentView[] = [];
      // A runner that throws on one incident's page must not keep the others from their tick.
      let failure: unknown;
      for (const [id, snapshot] of incidents) {
        if (snapshot.status === 'done') continue;
        const before = snapshot.context.escalated.length;
        try {
          step(id, { type: 'TICK', now: at });
        } catch (e) {
          failure ??= e;
        }
        const after = view(incidents.get(id)!);
        if (after.context.escalated.length > before) escalated.push(after);
      }
      if (failure !== undefined) throw failure;
      return escalated;
    },

    get(id) {
      const snapshot = incidents.get(id);
      return snapshot === undefined ? undefined : view(snapshot);
    },

    list() {
      return [...incidents.values()].map(view);
    },

    snapshot(id) {
      return snapshotIncident(current(id));
    },

    restore(saved) {
      const snapshot = restoreIncident(saved);
      const { id } = snapshot.context;
      if (incidents.has(id)) throw new AirlockError('invalid_argument', `restore: incident "${id}" is open in this manager already`);
      // What was pending when the incident was saved may or may not have been carried out: issue
      // it again, once; the idempotency key lets a runner that did it skip it.
      return commit(snapshot, snapshot.context.pendingEffects, { event: 'RESTORE', at: now() });
    },
  };
}
