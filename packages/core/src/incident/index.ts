/**
 * Incidents: the lifecycle of a leak (detected → containing → assessing → notifying → remediating →
 * post-incident → closed, or dismissed as a false positive), as an xstate v5 machine.
 *
 * - Should I use this module? Use {@link createIncidentManager} when a finding or a usage anomaly
 *   must be acted on: it opens incidents (one per fingerprint), hands rotate / revoke / page /
 *   notify effects to your runner, escalates missed deadlines on your clock's ticks, and saves and
 *   restores incidents. Use {@link incidentMachine} with xstate's pure `transition` to embed the
 *   lifecycle in your own host.
 * - How the layers fit: built on `detect` (regimes) and on the errors; evidence is a keyed
 *   {@link fingerprint}, never the value found.
 * - Errors and limits: events outside the allow-list or malformed are `invalid_event`; saved
 *   incidents that are malformed or contradict themselves are `invalid_snapshot`. The machine has no
 *   timers: deadlines pass only when the host sends `TICK { now }`.
 *
 * @module
 */
export { fingerprint, FINGERPRINT_PATTERN } from './fingerprint.ts';
export { GDPR_NOTIFICATION_MS, HIPAA_NOTIFICATION_MS, incidentMachine, overdueDeadlines } from './incidentMachine.ts';
export type { IncidentMachine } from './incidentMachine.ts';
export { accepts, restoreIncident, snapshotIncident } from './snapshot.ts';
export type { IncidentMachineSnapshot, IncidentSnapshot } from './snapshot.ts';
export { createIncidentManager, DEFAULT_ACK_WITHIN, INCIDENT_EVENT_TYPES } from './createIncidentManager.ts';
export type { IncidentAuditEntry, IncidentManager, IncidentManagerOptions, IncidentPolicy, IncidentTrigger, IncidentView, TriggerResult } from './createIncidentManager.ts';
export type * from './types.ts';
export { triggerFromFinding } from './triggerFromFinding.ts';
export type { TriggerFromFindingOptions } from './triggerFromFinding.ts';
export { triggerFromUsage } from './triggerFromUsage.ts';
export type { TriggerFromUsageOptions } from './triggerFromUsage.ts';
export { SEVERITIES as INCIDENT_SEVERITIES, TRIGGER_KINDS as INCIDENT_TRIGGER_KINDS } from './_shared.ts';
