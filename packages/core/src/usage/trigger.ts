/**
 * The trigger that usage monitoring hands to the incident machine.
 *
 * @module
 */

/** How urgent a trigger is, from least to most. */
export type TriggerSeverity = 'low' | 'medium' | 'high' | 'critical';

/**
 * A usage dimension: what a rate limit or an anomaly detector counts. Requests are counted one per
 * call; tokens are the prompt's (`inputTokens`) and the answer's (`outputTokens`).
 */
export type UsageDimension = 'requests' | 'inputTokens' | 'outputTokens';

/**
 * Plain-JSON facts behind a trigger: numbers, short labels and flags, never raw text of a prompt or
 * an answer (a trigger is logged and sent to pagers).
 */
export type TriggerEvidence = Readonly<Record<string, number | string | boolean | null>>;

/**
 * What {@link createRateLimiter} and {@link createAnomalyDetector} pass to their `onTrigger`
 * option when they want an incident opened. Its shape, `{ kind, key, at, severity, evidence }`,
 * is what the incident machine consumes; it is plain JSON (`JSON.parse(JSON.stringify(t))`
 * gives an equal object).
 *
 * - `kind`: `rate-limit` (a key was refused) or `usage-anomaly` (a detector raised an alert).
 * - `key`: the caller's identifier of whoever is limited or watched (an API key's id, a user id).
 * - `dimension`: what was counted: a {@link UsageDimension} for a rate limit, the detector's
 *   `dimension` option for an anomaly.
 * - `at`: the time of the triggering event, in the clock's milliseconds.
 *
 * @example
 * ```ts
 * import { createRateLimiter, type UsageTrigger } from '@airlock/core';
 * const seen: UsageTrigger[] = [];
 * const limiter = createRateLimiter({
 *   limits: { requests: { rate: 1, per: 1000, burst: 1 } },
 *   now: () => 0,
 *   onTrigger: (t) => seen.push(t),
 * });
 * limiter.reserve('team-a');
 * limiter.reserve('team-a');
 * seen[0]!.kind; //=> 'rate-limit'
 * seen[0]!.dimension; //=> 'requests'
 * ```
 */
export interface UsageTrigger {
  readonly kind: 'usage-anomaly' | 'rate-limit';
  readonly key: string;
  readonly dimension: string;
  readonly at: number;
  readonly severity: TriggerSeverity;
  readonly evidence: TriggerEvidence;
}
