/**
 * Saving and restoring an incident: a versioned JSON document of its state and its context.
 *
 * The document holds the state name and the context, not xstate's persisted snapshot: the machine
 * has no children, no history states and no delayed events, so those two are the whole state, and
 * the format does not change when xstate's internals do. {@link restoreIncident} checks every field
 * and the invariants between them before it builds a snapshot with the machine's `resolveState`.
 *
 * @module
 */
import * as v from 'valibot';
import type { SnapshotFrom } from 'xstate';
import { AirlockError } from '../errors/AirlockError.ts';
import { REGIMES, SEVERITIES, TRIGGER_KINDS } from './_shared.ts';
import { FINGERPRINT_PATTERN } from './fingerprint.ts';
import { incidentMachine, type IncidentMachine } from './incidentMachine.ts';
import type { IncidentContext, IncidentEvent, IncidentStateName } from './types.ts';

/** A snapshot of the incident machine, as `initialTransition` / `transition` return it. */
export type IncidentMachineSnapshot = SnapshotFrom<IncidentMachine>;

/** The saved form of an incident: plain JSON, versioned. */
export interface IncidentSnapshot {
  /** The format's version; {@link restoreIncident} refuses any other. */
  readonly version: 1;
  /** The state the incident was in. */
  readonly state: IncidentStateName;
  /** Its context. */
  readonly context: IncidentContext;
}

const STATES = [
  'detected',
  'containing',
  'containmentFailed',
  'assessing',
  'notifying',
  'remediating',
  'postIncident',
  'closed',
  'dismissed',
] as const satisfies readonly IncidentStateName[];

const TIME = v.pipe(v.number(), v.integer(), v.minValue(0));
const TEXT = v.pipe(v.string(), v.maxLength(10_000));
const SEVERITY = v.picklist(SEVERITIES);
const REGIME = v.picklist(REGIMES);
const DEADLINE = v.picklist(['ack', 'gdpr', 'hipaa']);

const EFFECT = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  kind: v.picklist(['rotate', 'revoke', 'page', 'notify']),
  incident: v.string(),
  // valibot's record takes an array as a record of its indices: refuse it first, or `[]` would
  // come back as `{}`.
  args: v.pipe(
    v.unknown(),
    v.check((x) => !Array.isArray(x), 'must be an object, not an array'),
    v.record(v.string(), v.union([v.string(), v.number(), v.array(v.string())])),
  ),
});

const SNAPSHOT = v.strictObject({
  version: v.literal(1),
  state: v.picklist(STATES),
  context: v.strictObject({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    trigger: v.picklist(TRIGGER_KINDS),
    severity: SEVERITY,
    owner: v.exactOptional(TEXT),
    acknowledgedAt: v.exactOptional(TIME),
    evidence: v.pipe(v.array(v.pipe(v.string(), v.regex(FINGERPRINT_PATTERN, 'must be a fingerprint (fp: and 64 hex digits), never a raw value'))), v.minLength(1)),
    awareAt: TIME,
    deadlines: v.strictObject({ ack: TIME, gdpr: v.exactOptional(TIME), hipaa: v.exactOptional(TIME) }),
    escalated: v.array(DEADLINE),
    containment: v.picklist(['rotate', 'revoke']),
    attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
    pendingEffects: v.array(EFFECT),
    assessment: v.exactOptional(v.strictObject({ scope: TEXT, personalData: v.boolean(), regimes: v.array(REGIME) })),
    notifiedAt: v.exactOptional(TIME),
    dismissal: v.exactOptional(TEXT),
    history: v.array(v.strictObject({ type: v.string(), at: v.exactOptional(v.number()), detail: v.exactOptional(v.string()) })),
  }),
});

function invalid(problem: string, options?: ErrorOptions): AirlockError<'invalid_snapshot'> {
  return new AirlockError('invalid_snapshot', `incident snapshot: ${problem}`, options);
}

/**
 * Saves an incident: its state and context as a versioned JSON-ready object. `JSON.stringify` it to
 * store it; {@link restoreIncident} reads it back.
 *
 * @param snapshot - a snapshot of {@link incidentMachine}
 * @returns `{ version: 1, state, context }`
 *
 * @example
 * ```ts
 * import { incidentMachine, snapshotIncident } from '@airlock/core';
 * import { initialTransition } from 'xstate';
 * const [s] = initialTransition(incidentMachine, { id: 'inc-1', trigger: 'finding', severity: 'high', fingerprint: 'fp:' + '0'.repeat(64), awareAt: 0, ackBy: 1000 });
 * const saved = snapshotIncident(s);
 * saved.version; //=> 1
 * saved.state; //=> 'detected'
 * ```
 */
export function snapshotIncident(snapshot: IncidentMachineSnapshot): IncidentSnapshot {
  const state = snapshot.value;
  if (typeof state !== 'string' || !(STATES as readonly string[]).includes(state)) {
    throw new AirlockError('invalid_argument', 'snapshotIncident: not a snapshot of the incident machine');
  }
  // A deep copy through JSON: the saved form shares nothing with the live snapshot, and holds
  // nothing JSON would lose.
  return JSON.parse(JSON.stringify({ version: 1, state, context: snapshot.context })) as IncidentSnapshot;
}

/** Invariants between fields that the schema alone cannot state. */
function checkInvariants(doc: IncidentSnapshot): void {
  const { state, context } = doc;
  const ids = new Set<string>();
  for (const [i, effect] of context.pendingEffects.entries()) {
    if (ids.has(effect.id)) throw invalid(`context.pendingEffects[${i}].id repeats "${effect.id}"`);
    ids.add(effect.id);
    if (effect.incident !== context.id || !effect.id.startsWith(`${context.id}:`)) {
      throw invalid(`context.pendingEffects[${i}] belongs to another incident than "${context.id}"`);
    }
  }
  if (new Set(context.escalated).size !== context.escalated.length) throw invalid('context.escalated repeats a deadline');
  if ((context.owner === undefined) !== (context.acknowledgedAt === undefined)) {
    throw invalid('context.owner and context.acknowledgedAt must be both present or both absent');
  }
  const contain = context.pendingEffects.filter((e) => e.id.startsWith(`${context.id}:contain:`));
  if (state === 'containing' && (contain.length !== 1 || contain[0]!.id !== `${context.id}:contain:${context.attempts}`)) {
    throw invalid(`state "containing" needs exactly one pending containment effect, "${context.id}:contain:${context.attempts}"`);
  }
  if (state !== 'containing' && contain.length > 0) throw invalid(`state "${state}" cannot have a pending containment effect`);
  const assessed = ['notifying', 'remediating', 'postIncident', 'closed'] as const;
  if ((assessed as readonly string[]).includes(state) && context.assessment === undefined) {
    throw invalid(`state "${state}" needs context.assessment`);
  }
  if (state === 'dismissed' && (context.dismissal === undefined || context.dismissal.trim() === '')) {
    throw invalid('state "dismissed" needs a non-empty context.dismissal');
  }
  if ((state === 'closed' || state === 'dismissed') && context.pendingEffects.length > 0) {
    throw invalid(`state "${state}" cannot have pending effects`);
  }
}

/**
 * Restores a saved incident into a snapshot of {@link incidentMachine}, after checking every field
 * and the invariants between them. The pending effects are in `context.pendingEffects`: issue them
 * again (their idempotency keys let the runner skip what it already did), as
 * {@link IncidentManager.restore} does.
 *
 * @param saved - what {@link snapshotIncident} returned, or its JSON text
 * @returns a snapshot to pass to `transition` or `createActor(incidentMachine, { snapshot })`
 * @throws AirlockError `invalid_snapshot` when the document is not valid JSON, of another version,
 *   malformed (the message names the field), or contradicts itself
 *
 * @example
 * ```ts
 * import { incidentMachine, restoreIncident, snapshotIncident } from '@airlock/core';
 * import { initialTransition, transition } from 'xstate';
 * const [s0] = initialTransition(incidentMachine, { id: 'inc-1', trigger: 'finding', severity: 'high', fingerprint: 'fp:' + '0'.repeat(64), awareAt: 0, ackBy: 1000 });
 * const [s1] = transition(incidentMachine, s0, { type: 'CONTAIN' });
 * const restored = restoreIncident(JSON.stringify(snapshotIncident(s1)));
 * restored.value; //=> 'containing'
 * restored.context.pendingEffects.length; //=> 1
 * try { restoreIncident('{"version":2}'); } catch (e) { (e as { code: string }).code; } //=> 'invalid_snapshot'
 * ```
 */
export function restoreIncident(saved: unknown): IncidentMachineSnapshot {
  let input = saved;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
    } catch (e) {
      throw invalid(`is not valid JSON (${(e as Error).message})`, { cause: e });
    }
  }
  const result = v.safeParse(SNAPSHOT, input, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue);
    throw invalid(`${path ?? 'the document'}: ${issue.message}`);
  }
  const doc = result.output as IncidentSnapshot;
  checkInvariants(doc);
  const status = doc.state === 'closed' || doc.state === 'dismissed' ? 'done' : 'active';
  return incidentMachine.resolveState({ value: doc.state, context: doc.context, status });
}

/**
 * Whether an incident in `snapshot` accepts `event`: it is open (xstate's `snapshot.can` answers
 * for a closed or dismissed incident too, as if it were still running) and the event has an enabled
 * transition.
 *
 * @param snapshot - a snapshot of {@link incidentMachine}
 * @param event - the event
 * @returns whether `transition` would act on it
 *
 * @example
 * ```ts
 * import { accepts, incidentMachine } from '@airlock/core';
 * import { initialTransition, transition } from 'xstate';
 * const [s0] = initialTransition(incidentMachine, { id: 'i', trigger: 'finding', severity: 'low', fingerprint: 'fp:' + '0'.repeat(64), awareAt: 0, ackBy: 1 });
 * accepts(s0, { type: 'DISMISS', reason: '' }); //=> false
 * const [s1] = transition(incidentMachine, s0, { type: 'DISMISS', reason: 'test fixture' });
 * accepts(s1, { type: 'TICK', now: 5 }); //=> false
 * ```
 */
export function accepts(snapshot: IncidentMachineSnapshot, event: IncidentEvent): boolean {
  return snapshot.status === 'active' && snapshot.can(event);
}
