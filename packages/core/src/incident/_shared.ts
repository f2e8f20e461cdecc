/**
 * Tables shared by the incident machine, its snapshots and its manager.
 *
 * @module
 * @internal
 */
import type { Regime } from '../detect/types.ts';
import type { Severity, TriggerKind } from './types.ts';

/** Severities in increasing order: the order is what "raise, never lower" compares. @internal */
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** The regimes an assessment may name (those of `Regime`). @internal */
export const REGIMES: readonly Regime[] = ['gdpr', 'hipaa', 'pci-dss', 'soc2', 'ccpa', 'glba'];

/** What may open an incident. @internal */
export const TRIGGER_KINDS: readonly TriggerKind[] = ['finding', 'usage-anomaly', 'rate-limit'];
