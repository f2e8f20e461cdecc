/**
 * The incident lifecycle as an xstate v5 machine.
 *
 * detected → containing (⇄ containmentFailed) → assessing → notifying → remediating → postIncident
 * → closed, or → dismissed (a false positive, with a reason) from any state before notification.
 *
 * The machine has no `after` timers and invokes nothing: xstate does not keep delayed events in a
 * persisted snapshot, and it runs invoked promises again on restore. Time comes in as the host's
 * `TICK { now }`, and side effects go out through `emit`, each with an idempotency key, and stay in
 * `context.pendingEffects` until the host reports them, so a restored incident knows exactly what it
 * still owes.
 *
 * @module
 */
import { and, assign, enqueueActions, not, or, setup, stateIn, type MetaObject, type NonReducibleUnknown, type StateMachine } from 'xstate';
import { SEVERITIES } from './_shared.ts';
import { FINGERPRINT_PATTERN } from './fingerprint.ts';
import type {
  DeadlineName,
  IncidentContext,
  IncidentEffect,
  IncidentEffectEmitted,
  IncidentEvent,
  IncidentHistoryEntry,
  IncidentInput,
  IncidentStateName,
} from './types.ts';

/** The type of {@link incidentMachine}. */
export type IncidentMachine = StateMachine<
  IncidentContext,
  IncidentEvent,
  {}, // eslint-disable-line @typescript-eslint/no-empty-object-type -- no children: the machine invokes nothing
  never,
  { type: 'record'; params: NonReducibleUnknown } | { type: 'dismiss'; params: NonReducibleUnknown },
  { type: 'hasReason'; params: unknown },
  never,
  IncidentStateName,
  string,
  IncidentInput,
  NonReducibleUnknown,
  IncidentEffectEmitted,
  MetaObject,
  {
    id: 'airlock.incident';
    states: { readonly [K in IncidentStateName]: {} }; // eslint-disable-line @typescript-eslint/no-empty-object-type
  },
  MetaObject
>;

const HOUR = 3_600_000;
/** GDPR art. 33(1): "not later than 72 hours after having become aware of it". */
export const GDPR_NOTIFICATION_MS: number = 72 * HOUR;
/** HIPAA 45 CFR 164.404(b): "in no case later than 60 calendar days after discovery". */
export const HIPAA_NOTIFICATION_MS: number = 60 * 24 * HOUR;

type Patch = Partial<{ -readonly [K in keyof IncidentContext]: IncidentContext[K] }>;

function entry(type: string, at: number | undefined, detail?: string): IncidentHistoryEntry {
  return { type, ...(at !== undefined && { at }), ...(detail !== undefined && { detail }) };
}

function withHistory(context: IncidentContext, ...entries: IncidentHistoryEntry[]): readonly IncidentHistoryEntry[] {
  return [...context.history, ...entries];
}

/** Whether a deadline is met: acknowledged, or notified. */
function met(context: IncidentContext, name: DeadlineName): boolean {
  return name === 'ack' ? context.acknowledgedAt !== undefined : context.notifiedAt !== undefined;
}

/**
 * The deadlines that `now` has passed, unmet and not yet escalated: what a `TICK { now }` would
 * escalate. A deadline is overdue once `now` is strictly after it: at the deadline itself there is
 * still time.
 *
 * @param context - an incident's context
 * @param now - the time, in ms since the epoch
 * @returns the names of the overdue deadlines, in the order ack, gdpr, hipaa
 *
 * @example
 * ```ts
 * import { incidentMachine, overdueDeadlines } from '@airlock/core';
 * import { initialTransition } from 'xstate';
 * const [s] = initialTransition(incidentMachine, { id: 'i', trigger: 'finding', severity: 'low', fingerprint: 'fp:' + '0'.repeat(64), awareAt: 0, ackBy: 1000 });
 * overdueDeadlines(s.context, 1000); //=> []
 * overdueDeadlines(s.context, 1001); //=> ['ack']
 * ```
 */
export function overdueDeadlines(context: IncidentContext, now: number): DeadlineName[] {
  const due: DeadlineName[] = [];
  for (const name of ['ack', 'gdpr', 'hipaa'] as const) {
    const at = context.deadlines[name];
    if (at !== undefined && now > at && !met(context, name) && !context.escalated.includes(name)) due.push(name);
  }
  return due;
}

function containEffect(context: IncidentContext, attempt: number): IncidentEffect {
  return {
    id: `${context.id}:contain:${attempt}`,
    kind: context.containment,
    incident: context.id,
    args: { fingerprints: context.evidence, attempt },
  };
}

function isContainEffect(context: IncidentContext, id: string): boolean {
  return id.startsWith(`${context.id}:contain:`) && context.pendingEffects.some((e) => e.id === id);
}

function withoutEffect(context: IncidentContext, id: string): readonly IncidentEffect[] {
  return context.pendingEffects.filter((e) => e.id !== id);
}

const withoutContainEffects = (context: IncidentContext): readonly IncidentEffect[] =>
  context.pendingEffects.filter((e) => !e.id.startsWith(`${context.id}:contain:`));

const at = (event: IncidentEvent): number | undefined => (event.type === 'TICK' ? event.now : event.at);

/**
 * xstate's pure `transition` runs a machine-wide handler even on a snapshot whose machine is done
 * (an actor would not), so each one checks that the incident is still open.
 */
const OPEN = not(or([stateIn('closed'), stateIn('dismissed')]));

const machine = setup({
  types: {
    context: {} as IncidentContext,
    events: {} as IncidentEvent,
    input: {} as IncidentInput,
    emitted: {} as IncidentEffectEmitted,
  },
  guards: {
    /** A dismissal must say why, so that a false positive is a decision someone can review. */
    hasReason: ({ event }) => event.type === 'DISMISS' && typeof event.reason === 'string' && event.reason.trim() !== '',
  },
  actions: {
    /** Keeps the event in the history. */
    record: assign(({ context, event }): Patch => ({ history: withHistory(context, entry(event.type, at(event))) })),
    dismiss: assign(({ context, event }): Patch => {
      const reason = event.type === 'DISMISS' ? event.reason.trim() : '';
      return {
        dismissal: reason,
        // A false positive owes nothing more: whatever is pending is dropped, and the history says what.
        pendingEffects: [],
        history: withHistory(
          context,
          entry('DISMISS', at(event), reason),
          ...context.pendingEffects.map((e) => entry('EFFECT_DROPPED', at(event), e.id)),
        ),
      };
    }),
  },
}).createMachine({
  id: 'airlock.incident',
  initial: 'detected',
  context: ({ input }) => ({
    id: input.id,
    trigger: input.trigger,
    severity: input.severity,
    evidence: [input.fingerprint],
    awareAt: input.awareAt,
    deadlines: { ack: input.ackBy },
    escalated: [],
    containment: input.containment ?? 'rotate',
    attempts: 0,
    pendingEffects: [],
    history: [entry('DETECT', input.awareAt)],
  }),
  // Accepted in every state but the final ones (a final state ends the machine).
  on: {
    ATTACH: {
      // Evidence is a fingerprint or nothing: a raw secret sent here by mistake is refused.
      guard: and([OPEN, ({ event }) => typeof event.fingerprint === 'string' && FINGERPRINT_PATTERN.test(event.fingerprint)]),
      actions: assign(({ context, event }): Patch => {
        const severity =
          event.severity !== undefined && SEVERITIES.indexOf(event.severity) > SEVERITIES.indexOf(context.severity)
            ? event.severity
            : context.severity;
        const ack = event.ackBy !== undefined ? Math.min(event.ackBy, context.deadlines.ack) : context.deadlines.ack;
        return {
          severity,
          deadlines: { ...context.deadlines, ack },
          evidence: context.evidence.includes(event.fingerprint) ? context.evidence : [...context.evidence, event.fingerprint],
          history: withHistory(context, entry('ATTACH', event.at, event.fingerprint)),
        };
      }),
    },
    ACK: {
      guard: and([OPEN, ({ context }) => context.acknowledgedAt === undefined]),
      actions: assign(({ context, event }): Patch => ({
        owner: event.owner,
        acknowledgedAt: event.at,
        history: withHistory(context, entry('ACK', event.at, event.owner)),
      })),
    },
    TICK: {
      guard: OPEN,
      actions: enqueueActions(({ context, event, enqueue }) => {
        const due = overdueDeadlines(context, event.now);
        if (due.length === 0) return;
        const effects: IncidentEffect[] = due.map((name) => ({
          id: `${context.id}:page:${name}`,
          kind: 'page',
          incident: context.id,
          args: {
            deadline: name,
            dueAt: context.deadlines[name]!,
            severity: context.severity,
            ...(context.owner !== undefined && { owner: context.owner }),
          },
        }));
        enqueue.assign({
          escalated: [...context.escalated, ...due],
          pendingEffects: [...context.pendingEffects, ...effects],
          history: withHistory(context, ...due.map((name) => entry('ESCALATE', event.now, name))),
        });
        for (const effect of effects) enqueue.emit({ type: 'effect', effect });
      }),
    },
    EFFECT_DONE: {
      guard: and([OPEN, ({ context, event }) => context.pendingEffects.some((e) => e.id === event.id)]),
      actions: assign(({ context, event }): Patch => ({
        pendingEffects: withoutEffect(context, event.id),
        history: withHistory(context, entry('EFFECT_DONE', event.at, event.id)),
      })),
    },
    EFFECT_FAILED: {
      guard: and([OPEN, ({ context, event }) => context.pendingEffects.some((e) => e.id === event.id)]),
      actions: assign(({ context, event }): Patch => ({
        pendingEffects: withoutEffect(context, event.id),
        history: withHistory(context, entry('EFFECT_FAILED', event.at, `${event.id}: ${event.error}`)),
      })),
    },
  },
  states: {
    detected: {
      on: {
        CONTAIN: { target: 'containing', actions: 'record' },
        DISMISS: { guard: 'hasReason', target: 'dismissed', actions: 'dismiss' },
      },
    },
    containing: {
      entry: enqueueActions(({ context, enqueue }) => {
        const attempt = context.attempts + 1;
        const effect = containEffect(context, attempt);
        enqueue.assign({ attempts: attempt, pendingEffects: [...context.pendingEffects, effect] });
        enqueue.emit({ type: 'effect', effect });
      }),
      on: {
        CONTAINED: {
          target: 'assessing',
          actions: assign(({ context, event }): Patch => ({
            pendingEffects: withoutContainEffects(context),
            history: withHistory(context, entry('CONTAINED', event.at)),
          })),
        },
        CONTAINMENT_FAILED: {
          target: 'containmentFailed',
          actions: assign(({ context, event }): Patch => ({
            pendingEffects: withoutContainEffects(context),
            history: withHistory(context, entry('CONTAINMENT_FAILED', event.at, event.error)),
          })),
        },
        // The runner's report on the containment effect moves the lifecycle; on other effects the
        // guard fails and the machine-wide handler takes the event.
        EFFECT_DONE: {
          guard: ({ context, event }) => isContainEffect(context, event.id),
          target: 'assessing',
          actions: assign(({ context, event }): Patch => ({
            pendingEffects: withoutContainEffects(context),
            history: withHistory(context, entry('EFFECT_DONE', event.at, event.id), entry('CONTAINED', event.at)),
          })),
        },
        EFFECT_FAILED: {
          guard: ({ context, event }) => isContainEffect(context, event.id),
          target: 'containmentFailed',
          actions: assign(({ context, event }): Patch => ({
            pendingEffects: withoutContainEffects(context),
            history: withHistory(context, entry('CONTAINMENT_FAILED', event.at, `${event.id}: ${event.error}`)),
          })),
        },
        DISMISS: { guard: 'hasReason', target: 'dismissed', actions: 'dismiss' },
      },
    },
    containmentFailed: {
      on: {
        RETRY: { target: 'containing', actions: 'record' },
        DISMISS: { guard: 'hasReason', target: 'dismissed', actions: 'dismiss' },
      },
    },
    assessing: {
      on: {
        ASSESSED: [
          {
            guard: ({ event }) => event.personalData,
            target: 'notifying',
            actions: assign(({ context, event }): Patch => ({
              assessment: { scope: event.scope, personalData: event.personalData, regimes: event.regimes },
              deadlines: {
                ...context.deadlines,
                ...(event.regimes.includes('gdpr') && { gdpr: context.awareAt + GDPR_NOTIFICATION_MS }),
                ...(event.regimes.includes('hipaa') && { hipaa: context.awareAt + HIPAA_NOTIFICATION_MS }),
              },
              history: withHistory(context, entry('ASSESSED', event.at, event.scope)),
            })),
          },
          {
            target: 'remediating',
            actions: assign(({ context, event }): Patch => ({
              assessment: { scope: event.scope, personalData: event.personalData, regimes: event.regimes },
              history: withHistory(context, entry('ASSESSED', event.at, event.scope)),
            })),
          },
        ],
        DISMISS: { guard: 'hasReason', target: 'dismissed', actions: 'dismiss' },
      },
    },
    notifying: {
      entry: enqueueActions(({ context, enqueue }) => {
        const regimes = context.assessment?.regimes ?? [];
        const effects: IncidentEffect[] = regimes.map((regime) => {
          const dueAt = regime === 'gdpr' || regime === 'hipaa' ? context.deadlines[regime] : undefined;
          return {
            id: `${context.id}:notify:${regime}`,
            kind: 'notify',
            incident: context.id,
            args: { regime, ...(dueAt !== undefined && { dueAt }) },
          };
        });
        if (effects.length === 0) return;
        enqueue.assign({ pendingEffects: [...context.pendingEffects, ...effects] });
        for (const effect of effects) enqueue.emit({ type: 'effect', effect });
      }),
      on: {
        NOTIFIED: {
          target: 'remediating',
          actions: assign(({ context, event }): Patch => ({
            notifiedAt: event.at,
            history: withHistory(context, entry('NOTIFIED', event.at)),
          })),
        },
      },
    },
    remediating: {
      on: { REMEDIATED: { target: 'postIncident', actions: 'record' } },
    },
    postIncident: {
      on: {
        // Closing waits until the runner has reported every effect, so none is forgotten.
        CLOSE: { guard: ({ context }) => context.pendingEffects.length === 0, target: 'closed', actions: 'record' },
      },
    },
    closed: { type: 'final' },
    dismissed: { type: 'final' },
  },
});

/**
 * The incident lifecycle machine (xstate v5). Drive it with xstate's pure `initialTransition` /
 * `transition`, or with an actor; {@link createIncidentManager} does it for you.
 *
 * @example
 * ```ts
 * import { incidentMachine } from '@airlock/core';
 * import { initialTransition, transition } from 'xstate';
 * const fp = 'fp:' + 'ab'.repeat(32);
 * const [s0] = initialTransition(incidentMachine, { id: 'inc-1', trigger: 'finding', severity: 'high', fingerprint: fp, awareAt: 0, ackBy: 3_600_000 });
 * const [s1, actions] = transition(incidentMachine, s0, { type: 'CONTAIN' });
 * s1.value; //=> 'containing'
 * s1.context.pendingEffects[0]!.id; //=> 'inc-1:contain:1'
 * actions.some((a) => a.type === 'xstate.emit'); //=> true
 * ```
 */
export const incidentMachine: IncidentMachine = machine;
