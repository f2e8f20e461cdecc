/**
 * Usage monitoring: who may send how much, and when usage looks wrong.
 *
 * - {@link createRateLimiter}: a GCRA limiter per key and per dimension (requests, input tokens,
 *   output tokens) that reserves up front, all dimensions or none, and settles with the real usage
 *   (refunding what was not used). Bounded memory, injected clock, no timers.
 * - {@link createAnomalyDetector}: an EWMA mean and variance, a z-score with warm-up, k-of-n
 *   hysteresis and hard caps.
 * - Both report through an `onTrigger` option with the same {@link UsageTrigger}, the shape the
 *   incident machine consumes.
 *
 * @module
 */
export {
  createRateLimiter,
  type DenyReason,
  type Limit,
  type RateLimiter,
  type RateLimiterOptions,
  type Reservation,
  type ReserveResult,
  type SettleResult,
  type UsageAmounts,
} from './rateLimiter.ts';
export {
  createAnomalyDetector,
  type AnomalyDetector,
  type AnomalyDetectorOptions,
  type AnomalyReason,
  type Observation,
} from './anomalyDetector.ts';
export type { TriggerEvidence, TriggerSeverity, UsageDimension, UsageTrigger } from './trigger.ts';
