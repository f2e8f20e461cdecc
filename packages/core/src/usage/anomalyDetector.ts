/**
 * Usage anomaly detection: an EWMA baseline, a z-score, warm-up, k-of-n hysteresis and hard caps.
 *
 * @module
 */
import { AirlockError } from '../errors/AirlockError.ts';
import type { TriggerSeverity, UsageTrigger } from './trigger.ts';

/** Options of {@link createAnomalyDetector}. */
export interface AnomalyDetectorOptions {
  /** Weight of a new sample in the EWMA mean and variance, in (0, 1]. Default 0.1. */
  readonly alpha?: number;
  /** A sample is anomalous when its z-score exceeds this (in the watched direction). Default 3. */
  readonly threshold?: number;
  /** Samples to learn from before any z-score alert (a hard cap alerts even then). Default 20. */
  readonly warmup?: number;
  /** Raise an alert when at least `k` of the last `n` samples are anomalous. Default 3. */
  readonly k?: number;
  /** Length of the hysteresis window. Default 5; `k ≤ n`. */
  readonly n?: number;
  /**
   * The alert clears once at most `clearAt` of the last `n` samples are anomalous (default 0: after
   * `n` normal samples in a row), so an alert does not flap on and off around `k`. `0 ≤ clearAt < k`.
   */
  readonly clearAt?: number;
  /** A sample above this is anomalous and raises an alert at once, also during warm-up. */
  readonly hardCap?: number;
  /** Floor of the standard deviation in the z-score, so a constant series does not divide by 0. Default 1e-9; at least 1e-12. */
  readonly minStd?: number;
  /** Which deviations count: `up` (default: usage rising), `down`, or `both`. */
  readonly direction?: 'up' | 'down' | 'both';
  /**
   * How much of `alpha` an anomalous sample gets in the baseline (default 0.1, in [0, 1]); it is
   * also learnt as if it were at the threshold (`mean ± threshold·std`), not at its value. So a spike
   * moves the baseline only a little, while a lasting shift is still learnt, slowly, and its alert
   * eventually clears. 0 ignores anomalous samples altogether.
   */
  readonly anomalyWeight?: number;
  /** The `key` of triggers: whose usage this is. Default `'*'`. */
  readonly key?: string;
  /** The `dimension` of triggers: what is measured. Default `'requests'`. */
  readonly dimension?: string;
  /** The clock for samples observed without a time. Defaults to `Date.now`. */
  readonly now?: () => number;
  /** Called with a `usage-anomaly` trigger when an alert is raised (once per alert, and again if a hard cap is hit during a z-score alert). */
  readonly onTrigger?: (trigger: UsageTrigger) => void;
}

/** Why a sample is anomalous: `z-score`, `hard-cap`, or `null` when it is not. */
export type AnomalyReason = 'z-score' | 'hard-cap' | null;

/** What {@link AnomalyDetector.observe} answers about one sample. */
export interface Observation {
  /** The sample's z-score against the baseline before it (0 for the first sample). */
  readonly z: number;
  /** The baseline after the sample. */
  readonly mean: number;
  readonly std: number;
  /** Whether still learning (fewer than `warmup` samples before this one). */
  readonly warmingUp: boolean;
  readonly anomalous: boolean;
  readonly reason: AnomalyReason;
  /** Whether an alert is active after this sample. */
  readonly alert: boolean;
}

/** A detector made by {@link createAnomalyDetector}. */
export interface AnomalyDetector {
  /** Takes one sample (a number within ±1e12) observed at `at` (default: the clock). */
  observe(value: number, at?: number): Observation;
  /** How many samples were observed. */
  readonly count: number;
}

/** Largest magnitude of a sample, so that squares and z-scores stay finite whatever `minStd`. */
const MAX_VALUE = 1e12;

function fail(message: string): never {
  throw new AirlockError('invalid_argument', message);
}

function numberIn(value: unknown, what: string, fallback: number, ok: (n: number) => boolean, range: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) fail(`${what} must be ${range}, got ${String(value)}`);
  return value;
}

/**
 * Creates a detector of anomalies in one series of usage samples (requests or tokens per minute of
 * one key, say). The baseline is an exponentially weighted mean and variance, updated incrementally
 * (Finch, "Incremental calculation of weighted mean and variance", 2009): with `d = x − mean`,
 * `mean += a·d` and `var = (1 − a)·(var + a·d²)`. During warm-up the weight is `max(alpha, 1/count)`,
 * so the first samples give their plain mean and variance rather than the first sample's value.
 * A sample is anomalous when `z = (x − mean) / max(std, minStd)` passes `threshold`, after warm-up,
 * or when it passes `hardCap`. An alert rises when `k` of the last `n` samples are anomalous (a
 * hard cap raises it at once) and clears once at most `clearAt` of them are. Anomalous samples
 * are learnt clipped to `mean ± threshold·std` and with weight `alpha · anomalyWeight` only, so one
 * spike hardly moves the baseline (it would otherwise inflate the variance and hide what follows).
 *
 * @example
 * ```ts
 * import { createAnomalyDetector } from '@airlock/core';
 * const detector = createAnomalyDetector({ warmup: 10, k: 3, n: 5 });
 * for (let i = 0; i < 30; i++) detector.observe(100 + (i % 3));
 * detector.observe(500).alert; //=> false
 * detector.observe(101).alert; //=> false
 * detector.observe(500).anomalous; //=> true
 * detector.observe(500).alert; //=> true
 * ```
 */
export function createAnomalyDetector(options: AnomalyDetectorOptions = {}): AnomalyDetector {
  if (typeof options !== 'object' || options === null) fail('createAnomalyDetector takes an options object');
  const alpha = numberIn(options.alpha, 'alpha', 0.1, (a) => a > 0 && a <= 1, 'in (0, 1]');
  const threshold = numberIn(options.threshold, 'threshold', 3, (a) => a > 0, '> 0');
  const warmup = numberIn(options.warmup, 'warmup', 20, (a) => Number.isSafeInteger(a) && a >= 0, 'an integer >= 0');
  const n = numberIn(options.n, 'n', 5, (a) => Number.isSafeInteger(a) && a >= 1 && a <= 1024, 'an integer in [1, 1024]');
  const k = numberIn(options.k, 'k', Math.min(3, n), (a) => Number.isSafeInteger(a) && a >= 1 && a <= n, `an integer in [1, n = ${n}]`);
  const clearAt = numberIn(options.clearAt, 'clearAt', 0, (a) => Number.isSafeInteger(a) && a >= 0 && a < k, `an integer in [0, k = ${k})`);
  const hardCap = numberIn(options.hardCap, 'hardCap', Infinity, () => true, 'a finite number');
  const minStd = numberIn(options.minStd, 'minStd', 1e-9, (a) => a >= 1e-12, '>= 1e-12');
  const anomalyWeight = numberIn(options.anomalyWeight, 'anomalyWeight', 0.1, (a) => a >= 0 && a <= 1, 'in [0, 1]');
  const direction = options.direction ?? 'up';
  if (direction !== 'up' && direction !== 'down' && direction !== 'both') fail(`direction must be 'up', 'down' or 'both', got ${String(direction)}`);
  const key = options.key ?? '*';
  if (typeof key !== 'string' || key === '' || key.length > 256) fail('key must be a string of 1 to 256 characters');
  const dimension = options.dimension ?? 'requests';
  if (typeof dimension !== 'string' || dimension === '' || dimension.length > 64) fail('dimension must be a string of 1 to 64 characters');
  const now = options.now ?? Date.now;
  if (typeof now !== 'function') fail('now must be a function returning milliseconds');
  const onTrigger = options.onTrigger;
  if (onTrigger !== undefined && typeof onTrigger !== 'function') fail('onTrigger must be a function');

  let count = 0;
  let mean = 0;
  let variance = 0;
  /** Ring buffer of the last `n` anomaly flags, and how many of them are set. */
  const window = new Uint8Array(n);
  let flagged = 0;
  let alert = false;
  /** Whether the active alert has reported a hard cap. */
  let cappedAlert = false;

  function emit(at: number, value: number, z: number, reason: 'z-score' | 'hard-cap', severity: TriggerSeverity): void {
    onTrigger?.({
      kind: 'usage-anomaly',
      key,
      dimension,
      at,
      severity,
      evidence: { reason, value, z, mean, std: Math.sqrt(variance), threshold, hardCap: Number.isFinite(hardCap) ? hardCap : null, anomalous: flagged, of: n },
    });
  }

  function observe(value: number, at?: number): Observation {
    if (typeof value !== 'number' || !(Math.abs(value) <= MAX_VALUE)) fail(`value must be a number within ±1e12, got ${String(value)}`);
    const time = at ?? now();
    if (typeof time !== 'number' || !Number.isFinite(time)) fail(`at must be a finite number, got ${String(time)}`);
    const warmingUp = count < warmup;
    const std = Math.sqrt(variance);
    const d = value - mean;
    const z = count === 0 ? 0 : d / Math.max(std, minStd);
    const deviates = direction === 'up' ? z > threshold : direction === 'down' ? -z > threshold : Math.abs(z) > threshold;
    const capped = value > hardCap;
    const reason: AnomalyReason = capped ? 'hard-cap' : !warmingUp && deviates ? 'z-score' : null;
    const anomalous = reason !== null;

    count++;
    // An anomalous sample is learnt as if it were at the threshold, with a fraction of the weight.
    const bound = threshold * Math.max(std, minStd);
    const learnt = anomalous ? Math.min(Math.max(d, -bound), bound) : d;
    const a = Math.max(alpha, 1 / count) * (anomalous ? anomalyWeight : 1);
    mean += a * learnt;
    variance = (1 - a) * (variance + a * learnt * learnt);

    const slot = (count - 1) % n;
    flagged += (anomalous ? 1 : 0) - window[slot]!;
    window[slot] = anomalous ? 1 : 0;
    if (!alert && (capped || flagged >= k)) {
      alert = true;
      cappedAlert = capped;
      emit(time, value, z, capped ? 'hard-cap' : 'z-score', capped ? 'high' : 'medium');
    } else if (alert && capped && !cappedAlert) {
      cappedAlert = true;
      emit(time, value, z, 'hard-cap', 'high');
    } else if (alert && !capped && flagged <= clearAt) {
      alert = false;
      cappedAlert = false;
    }
    return { z, mean, std: Math.sqrt(variance), warmingUp, anomalous, reason, alert };
  }

  return {
    observe,
    get count() {
      return count;
    },
  };
}
