/**
 * The shapes of an incident: its context, the events it accepts and the effects it announces.
 *
 * Everything here is plain JSON data, so that a snapshot of an incident is its state name and its
 * context, and nothing else.
 *
 * @module
 */
import type { Regime } from '../detect/types.ts';

/** How bad an incident is, in increasing order. */
export type Severity = 'low' | 'medium' | 'high' | 'critical';

/** The states of the lifecycle, in the order an incident goes through them. */
export type IncidentStateName =
  | 'detected'
  | 'containing'
  | 'containmentFailed'
  | 'assessing'
  | 'notifying'
  | 'remediating'
  | 'postIncident'
  | 'closed'
  | 'dismissed';

/**
 * What opened an incident: a finding (a live-looking key in a prompt or an answer), a usage
 * anomaly, or a refused rate limit.
 */
export type TriggerKind = 'finding' | 'usage-anomaly' | 'rate-limit';

/** The deadlines an incident can have; each is escalated once when it passes unmet. */
export type DeadlineName = 'ack' | 'gdpr' | 'hipaa';

/** Absolute deadlines, in milliseconds since the epoch. */
export interface IncidentDeadlines {
  /** Someone must acknowledge the incident by then (the acknowledgement SLA). */
  readonly ack: number;
  /** GDPR art. 33: the supervisory authority must be notified by then (72 h after `awareAt`). */
  readonly gdpr?: number;
  /** HIPAA breach notification rule: notification by then (60 days after `awareAt`). */
  readonly hipaa?: number;
}

/** What an effect does. The host's effect runner carries it out. */
export type EffectKind = 'rotate' | 'revoke' | 'page' | 'notify';

/**
 * A side effect announced by the machine (with xstate's `emit`) and kept pending in the context
 * until the host reports it done or failed.
 */
export interface IncidentEffect {
  /**
   * The idempotency key: deterministic (`<incident>:contain:<attempt>`, `<incident>:page:<deadline>`,
   * `<incident>:notify:<regime>`), so a runner that already carried out an effect can skip it when a
   * restored incident issues it again.
   */
  readonly id: string;
  /** What to do. */
  readonly kind: EffectKind;
  /** The incident the effect belongs to. */
  readonly incident: string;
  /**
   * What the runner needs: fingerprints of the evidence for `rotate` / `revoke` (never the secret:
   * the runner maps a fingerprint to the key it manages), the deadline and its time for `page`, the
   * regime and its deadline for `notify`.
   */
  readonly args: Readonly<Record<string, string | number | readonly string[]>>;
}

/** What the assessment found. */
export interface IncidentAssessment {
  /** What was exposed, in the assessor's words (`"one OpenAI key, in a prompt to provider X"`). */
  readonly scope: string;
  /** Whether personal data was exposed: only then must anyone be notified. */
  readonly personalData: boolean;
  /** The regimes whose notification rules apply. */
  readonly regimes: readonly Regime[];
}

/** One accepted event, kept in the incident's history (ticks only when they escalated). */
export interface IncidentHistoryEntry {
  /** The event's type. */
  readonly type: string;
  /** When, if the event said (a tick's `now`). */
  readonly at?: number;
  /** The detail that matters later: the deadline escalated, the effect settled, the reason given. */
  readonly detail?: string;
}

/** The context of the incident machine. JSON data only: it is what a snapshot saves. */
export interface IncidentContext {
  /** The incident's id; it prefixes every effect's idempotency key. */
  readonly id: string;
  /** What opened it. */
  readonly trigger: TriggerKind;
  /** How bad it is; a later detection can raise it, never lower it. */
  readonly severity: Severity;
  /** Who acknowledged it. */
  readonly owner?: string;
  /** When someone acknowledged it. */
  readonly acknowledgedAt?: number;
  /** Fingerprints of what was found ({@link fingerprint}): never the secret or the personal data. */
  readonly evidence: readonly string[];
  /** When the organisation became aware (the first detection): GDPR's 72 hours run from here. */
  readonly awareAt: number;
  /** Absolute deadlines. */
  readonly deadlines: IncidentDeadlines;
  /** The deadlines already escalated, so each is escalated once. */
  readonly escalated: readonly DeadlineName[];
  /** Whether containment rotates or revokes the key. */
  readonly containment: 'rotate' | 'revoke';
  /** Containment attempts so far. */
  readonly attempts: number;
  /** Effects issued and not yet reported done or failed. A restore issues them again. */
  readonly pendingEffects: readonly IncidentEffect[];
  /** The assessment, once made. */
  readonly assessment?: IncidentAssessment;
  /** When the notifications were made. */
  readonly notifiedAt?: number;
  /** Why the incident was dismissed as a false positive. */
  readonly dismissal?: string;
  /** Accepted events, oldest first. */
  readonly history: readonly IncidentHistoryEntry[];
}

/** What {@link incidentMachine} needs to open an incident. */
export interface IncidentInput {
  /** The incident's id. */
  readonly id: string;
  /** What opened it. */
  readonly trigger: TriggerKind;
  /** How bad it is. */
  readonly severity: Severity;
  /** Fingerprint of the first evidence. */
  readonly fingerprint: string;
  /** When the organisation became aware, in ms since the epoch. */
  readonly awareAt: number;
  /** The acknowledgement deadline, absolute. */
  readonly ackBy: number;
  /**
   * Whether containment rotates or revokes the key.
   * @defaultValue 'rotate'
   */
  readonly containment?: 'rotate' | 'revoke';
}

/** More evidence (a second detection); it may raise the severity and bring the ack deadline forward. */
export interface AttachEvent { readonly type: 'ATTACH'; readonly fingerprint: string; readonly severity?: Severity; readonly ackBy?: number; readonly at?: number }
/** Start containment (rotate or revoke the key). */
export interface ContainEvent { readonly type: 'CONTAIN'; readonly at?: number }
/** Someone takes the incident. */
export interface AckEvent { readonly type: 'ACK'; readonly owner: string; readonly at: number }
/** Containment is confirmed (by the runner or by a person). */
export interface ContainedEvent { readonly type: 'CONTAINED'; readonly at?: number }
/** Containment failed. */
export interface ContainmentFailedEvent { readonly type: 'CONTAINMENT_FAILED'; readonly error: string; readonly at?: number }
/** Try containment again. */
export interface RetryEvent { readonly type: 'RETRY'; readonly at?: number }
/** The assessment is done. */
export interface AssessedEvent extends IncidentAssessment { readonly type: 'ASSESSED'; readonly at?: number }
/** The notifications are made. */
export interface NotifiedEvent { readonly type: 'NOTIFIED'; readonly at: number }
/** Remediation is done. */
export interface RemediatedEvent { readonly type: 'REMEDIATED'; readonly at?: number }
/** The post-incident review is done. */
export interface CloseEvent { readonly type: 'CLOSE'; readonly at?: number }
/** A false positive; the reason is required. */
export interface DismissEvent { readonly type: 'DISMISS'; readonly reason: string; readonly at?: number }
/** The host's clock: deadlines are checked against `now`. */
export interface TickEvent { readonly type: 'TICK'; readonly now: number }
/** The runner carried out an effect. */
export interface EffectDoneEvent { readonly type: 'EFFECT_DONE'; readonly id: string; readonly at?: number }
/** The runner gave up on an effect. */
export interface EffectFailedEvent { readonly type: 'EFFECT_FAILED'; readonly id: string; readonly error: string; readonly at?: number }

/** Every event the incident machine accepts; nothing else is (see {@link INCIDENT_EVENT_TYPES}). */
export type IncidentEvent =
  | AttachEvent
  | ContainEvent
  | AckEvent
  | ContainedEvent
  | ContainmentFailedEvent
  | RetryEvent
  | AssessedEvent
  | NotifiedEvent
  | RemediatedEvent
  | CloseEvent
  | DismissEvent
  | TickEvent
  | EffectDoneEvent
  | EffectFailedEvent;

/** What the machine emits: one effect for the host to carry out. */
export interface IncidentEffectEmitted {
  /** Always `effect`. */
  readonly type: 'effect';
  /** The effect. */
  readonly effect: IncidentEffect;
}
