/**
 * Tables shared by the incident machine, its snapshots and its manager. The severities and the
 * trigger kinds are public too (as `INCIDENT_SEVERITIES` and `INCIDENT_TRIGGER_KINDS`), so that hosts
 * such as the CLI check their input against the same lists.
 *
 * @module
 */
import type { Regime } from '../detect/types.ts';
import type { Severity, TriggerKind } from './types.ts';

/** Severities in increasing order: the order is what "raise, never lower" compares. */
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** The regimes an assessment may name (those of `Regime`). @internal */
export const REGIMES: readonly Regime[] = ['gdpr', 'hipaa', 'pci-dss', 'soc2', 'ccpa', 'glba'];

/** What may open an incident: the kinds a trigger may have. */
export const TRIGGER_KINDS: readonly TriggerKind[] = ['finding', 'usage-anomaly', 'rate-limit'];
