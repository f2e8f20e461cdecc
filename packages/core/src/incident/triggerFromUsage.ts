import { AirlockError } from '../errors/AirlockError.ts';
import type { UsageTrigger } from '../usage/trigger.ts';
import { SEVERITIES } from './_shared.ts';
import type { IncidentTrigger } from './createIncidentManager.ts';
import { fingerprint } from './fingerprint.ts';
import type { Severity } from './types.ts';

/** Options of {@link triggerFromUsage}. */
export interface TriggerFromUsageOptions {
  /** The HMAC key of {@link fingerprint}. */
  readonly key: Uint8Array;
  /**
   * The severity of the incident.
   * @defaultValue the usage trigger's own
   */
  readonly severity?: Severity | ((trigger: UsageTrigger) => Severity);
}

/**
 * Turns what a rate limiter or an anomaly detector reported (their `onTrigger`) into an incident
 * trigger, so that usage opens incidents through the same path as findings
 * ({@link IncidentManager.trigger}). The fingerprint is of the watched key's identifier (an API
 * key's id, a user id), so every later alert on the same key, rate limits and anomalies alike,
 * attaches to the incident it opened while that one is open. The trigger's evidence (rates,
 * z-scores, the dimension) goes to the audit log as `detail`, not into the incident.
 *
 * @param trigger - what `createRateLimiter` or `createAnomalyDetector` passed to `onTrigger`
 * @param options - the fingerprint key, and optionally the severity
 * @returns a trigger for {@link IncidentManager.trigger}
 * @throws AirlockError `invalid_argument` when `trigger` is not a usage trigger
 *
 * @example
 * ```ts
 * import { createIncidentManager, createRateLimiter, triggerFromUsage } from '@airlock/core';
 * const key = new TextEncoder().encode('a key of at least sixteen bytes');
 * const manager = createIncidentManager({ now: () => 0, onEffect: () => {} });
 * const limiter = createRateLimiter({
 *   limits: { requests: { rate: 1, per: 1000, burst: 1 } },
 *   now: () => 0,
 *   onTrigger: (t) => manager.trigger(triggerFromUsage(t, { key })),
 * });
 * limiter.reserve('team-a');
 * limiter.reserve('team-a'); // refused: opens an incident
 * limiter.reserve('team-a'); // refused again: attaches to it
 * manager.list().length; //=> 1
 * manager.list()[0]!.context.trigger; //=> 'rate-limit'
 * ```
 */
export function triggerFromUsage(trigger: UsageTrigger, options: TriggerFromUsageOptions): IncidentTrigger {
  const t = trigger as Partial<UsageTrigger> | null;
  if (typeof t !== 'object' || t === null || (t.kind !== 'rate-limit' && t.kind !== 'usage-anomaly') || typeof t.key !== 'string' || t.key === '' || typeof t.dimension !== 'string' || !SEVERITIES.includes(t.severity as Severity)) {
    throw new AirlockError('invalid_argument', 'triggerFromUsage: expected what a rate limiter or an anomaly detector passed to onTrigger');
  }
  const u = trigger;
  const severity = typeof options.severity === 'function' ? options.severity(u) : (options.severity ?? u.severity);
  return {
    kind: u.kind,
    // The kind is not part of the fingerprint: a rate limit and an anomaly on one key are one incident.
    fingerprint: fingerprint(`usage\u0000${u.key}`, options.key),
    severity,
    // The manager's clock stamps a trigger whose time is not one in whole milliseconds since the epoch.
    ...(Number.isFinite(u.at) && u.at >= 0 && { at: Math.floor(u.at) }),
    detail: { dimension: u.dimension, ...u.evidence },
  };
}
