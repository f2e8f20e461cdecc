/**
 * A GCRA rate limiter per key and per dimension (requests, input tokens, output tokens).
 *
 * @module
 */
import { AirlockError } from '../errors/AirlockError.ts';
import type { UsageDimension, UsageTrigger } from './trigger.ts';

/**
 * One limit: on average `rate` units per `per` milliseconds, with at most `burst` units at once
 * (the bucket's capacity). `burst` defaults to `rate`.
 */
export interface Limit {
  readonly rate: number;
  readonly per: number;
  readonly burst?: number;
}

/** Units of each dimension: how much a call reserves, or how much it really used. */
export type UsageAmounts = Readonly<Partial<Record<UsageDimension, number>>>;

/** Options of {@link createRateLimiter}. */
export interface RateLimiterOptions {
  /** The limit of each dimension; a dimension without a limit is not counted. At least one. */
  readonly limits: Readonly<Partial<Record<UsageDimension, Limit>>>;
  /** The clock, in milliseconds. Defaults to `Date.now`. Must not go backwards by much: see {@link RateLimiter.reserve}. */
  readonly now?: () => number;
  /**
   * How many keys the limiter tracks at most (default 10 000). A key whose every bucket is full
   * again (its theoretical arrival time is in the past) carries no state and is evicted when room is
   * needed; if no key can be evicted, a new key is refused (`reason: 'capacity'`): the limiter fails
   * closed rather than forget a key that is still being limited.
   */
  readonly maxKeys?: number;
  /**
   * Called with a `rate-limit` trigger when a key is refused, once per key and dimension until that
   * key is allowed again (so a client hammering a limit opens one incident, not one per call). A
   * throw from it propagates to the caller of `reserve`.
   */
  readonly onTrigger?: (trigger: UsageTrigger) => void;
}

/**
 * Proof of what {@link RateLimiter.reserve} took; hand it to {@link RateLimiter.settle} once the
 * real usage is known. Only the limiter that made it accepts it.
 */
export interface Reservation {
  readonly key: string;
  /** When it was made, in the clock's milliseconds. */
  readonly at: number;
  /** What was reserved, per limited dimension. */
  readonly amounts: UsageAmounts;
}

/**
 * Why a reservation was refused: `limit` (try again after `retryAfterMs`), `exceeds-burst` (the
 * amount is larger than the dimension's burst, so it can never pass; `retryAfterMs` is `null`), or
 * `capacity` (the limiter tracks `maxKeys` keys, none idle; `retryAfterMs` says when one will be).
 */
export type DenyReason = 'limit' | 'exceeds-burst' | 'capacity';

/** What {@link RateLimiter.reserve} answers. */
export type ReserveResult =
  | { readonly allowed: true; readonly retryAfterMs: 0; readonly reservation: Reservation }
  | {
      readonly allowed: false;
      readonly reason: DenyReason;
      /** The dimension that refused (the one with the longest wait); `null` for `capacity`. */
      readonly dimension: UsageDimension | null;
      /** Milliseconds until the same request would pass, if nothing else is taken meanwhile. */
      readonly retryAfterMs: number | null;
      readonly reservation: null;
    };

/** What {@link RateLimiter.settle} did, per dimension: units given back, and units charged on top. */
export interface SettleResult {
  readonly refunded: UsageAmounts;
  readonly charged: UsageAmounts;
}

/** A rate limiter made by {@link createRateLimiter}. */
export interface RateLimiter {
  /**
   * Takes `amounts` (default `{ requests: 1 }`; a missing dimension counts 0) from `key`'s buckets,
   * all or nothing: either every limited dimension has room and all are taken, or none is. Amounts
   * of unlimited dimensions are ignored. A clock reading earlier than one already seen is treated as
   * that later time.
   */
  reserve(key: string, amounts?: UsageAmounts): ReserveResult;
  /**
   * Settles a reservation with the units really used (a missing dimension counts as what was
   * reserved). Unused units are given back (never more than were reserved); units used beyond the
   * reservation are charged, even past the limit, so that later calls wait for them. Settling twice
   * does nothing and returns zeros; after the key was evicted (its buckets had refilled) nothing is
   * refunded, while an excess is still charged to the key (unless no key can be evicted for it: the
   * result's `charged` says what was). A reservation this limiter did not make throws
   * `unknown_reservation`.
   */
  settle(reservation: Reservation, actual?: UsageAmounts): SettleResult;
  /** How many keys are tracked. */
  readonly size: number;
}

const DIMENSIONS: readonly UsageDimension[] = ['requests', 'inputTokens', 'outputTokens'];
const MAX_KEY_LENGTH = 256;

interface Dim {
  readonly name: UsageDimension;
  /** Emission interval: milliseconds per unit. */
  readonly interval: number;
  readonly rate: number;
  readonly per: number;
  readonly burst: number;
}

/** One key's state: the theoretical arrival time of each limited dimension, in `dims` order. */
interface Entry {
  readonly tat: number[];
  /** Dimensions that have triggered since the key was last allowed. */
  readonly triggered: Set<UsageDimension>;
}

interface Issued {
  readonly entry: Entry;
  settled: boolean;
}

function fail(message: string): never {
  throw new AirlockError('invalid_argument', message);
}

function positive(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) fail(`${what} must be a finite number > 0, got ${String(value)}`);
  return value;
}

function amountsOf(value: unknown, what: string): Partial<Record<UsageDimension, number>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what} must be an object of amounts`);
  const out: Partial<Record<UsageDimension, number>> = {};
  for (const [name, n] of Object.entries(value)) {
    if (!(DIMENSIONS as readonly string[]).includes(name)) fail(`${what}.${name} is not a dimension (one of ${DIMENSIONS.join(', ')})`);
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) fail(`${what}.${name} must be a finite number >= 0, got ${String(n)}`);
    out[name as UsageDimension] = n;
  }
  return out;
}

/**
 * Creates a GCRA (generic cell rate algorithm) rate limiter. Each key has, per limited dimension,
 * a theoretical arrival time `tat`; with emission interval `T = per / rate` and capacity `burst`, an
 * amount `c` at time `t` passes when `max(tat, t) + c·T − t ≤ burst·T`, and then `tat` becomes
 * `max(tat, t) + c·T`. This is exactly a token bucket of capacity `burst` refilled continuously at
 * `rate / per` units per millisecond (its level is `burst − (max(tat, t) − t) / T`), stored in one
 * number per key and dimension, with no timers. Pure: the clock is the `now` option.
 *
 * @example
 * ```ts
 * import { createRateLimiter } from '@airlock/core';
 * let time = 0;
 * const limiter = createRateLimiter({
 *   limits: { requests: { rate: 10, per: 60_000 }, inputTokens: { rate: 10_000, per: 60_000 } },
 *   now: () => time,
 * });
 * const r = limiter.reserve('key-1', { requests: 1, inputTokens: 8_000 });
 * r.allowed; //=> true
 * limiter.reserve('key-1', { requests: 1, inputTokens: 8_000 }).retryAfterMs; //=> 36_000
 * if (r.allowed) limiter.settle(r.reservation, { inputTokens: 2_000 }).refunded; //=> { requests: 0, inputTokens: 6_000 }
 * limiter.reserve('key-1', { requests: 1, inputTokens: 8_000 }).allowed; //=> true
 * ```
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  if (typeof options !== 'object' || options === null) fail('createRateLimiter needs an options object');
  const { limits, onTrigger } = options;
  const now = options.now ?? Date.now;
  if (typeof now !== 'function') fail('now must be a function returning milliseconds');
  if (onTrigger !== undefined && typeof onTrigger !== 'function') fail('onTrigger must be a function');
  const maxKeys = options.maxKeys ?? 10_000;
  if (!Number.isSafeInteger(maxKeys) || maxKeys < 1) fail(`maxKeys must be an integer >= 1, got ${String(maxKeys)}`);
  if (typeof limits !== 'object' || limits === null) fail('limits must be an object with at least one of requests, inputTokens, outputTokens');
  for (const name of Object.keys(limits)) {
    if (!(DIMENSIONS as readonly string[]).includes(name)) fail(`limits.${name} is not a dimension (one of ${DIMENSIONS.join(', ')})`);
  }
  const dims: Dim[] = [];
  for (const name of DIMENSIONS) {
    const limit = limits[name];
    if (limit === undefined) continue;
    if (typeof limit !== 'object' || limit === null) fail(`limits.${name} must be { rate, per, burst? }`);
    const rate = positive(limit.rate, `limits.${name}.rate`);
    const per = positive(limit.per, `limits.${name}.per`);
    const burst = limit.burst === undefined ? rate : positive(limit.burst, `limits.${name}.burst`);
    const interval = per / rate;
    if (!Number.isFinite(interval * burst) || interval === 0) fail(`limits.${name}: per / rate · burst must be a finite, non-zero number of milliseconds`);
    dims.push({ name, interval, rate, per, burst });
  }
  if (dims.length === 0) fail('limits must set at least one of requests, inputTokens, outputTokens');

  const entries = new Map<string, Entry>();
  const issued = new WeakMap<Reservation, Issued>();
  /** The latest clock reading seen: the clock may not go backwards. */
  let last = -Infinity;
  /** No tracked key can be evicted before this time (set by a sweep that found none). */
  let noneIdleBefore = -Infinity;

  function clock(): number {
    const t = now();
    if (typeof t !== 'number' || !Number.isFinite(t)) fail(`now() must return a finite number, got ${String(t)}`);
    if (t > last) last = t;
    return last;
  }

  /** Evicts every key whose buckets are all full at `t`; remembers when the next one will be. */
  function sweep(t: number): void {
    if (t < noneIdleBefore) return;
    let next = Infinity;
    for (const [key, entry] of entries) {
      const idle = Math.max(...entry.tat);
      if (idle <= t) entries.delete(key);
      else if (idle < next) next = idle;
    }
    noneIdleBefore = entries.size < maxKeys ? -Infinity : next;
  }

  function trigger(key: string, entry: Entry | undefined, dim: Dim, t: number, reason: DenyReason, amount: number, retryAfterMs: number | null): void {
    if (onTrigger === undefined) return;
    if (entry !== undefined) {
      if (entry.triggered.has(dim.name)) return;
      entry.triggered.add(dim.name);
    }
    onTrigger({
      kind: 'rate-limit',
      key,
      dimension: dim.name,
      at: t,
      severity: reason === 'limit' ? 'low' : 'medium',
      evidence: { reason, requested: amount, rate: dim.rate, per: dim.per, burst: dim.burst, retryAfterMs },
    });
  }

  function reserve(key: string, amounts: UsageAmounts = { requests: 1 }): ReserveResult {
    if (typeof key !== 'string' || key === '') fail('key must be a non-empty string');
    if (key.length > MAX_KEY_LENGTH) throw new AirlockError('input_too_large', `key is ${key.length} characters; at most ${MAX_KEY_LENGTH}`);
    const wanted = amountsOf(amounts, 'amounts');
    const t = clock();
    let entry = entries.get(key);
    const costs = dims.map((d) => wanted[d.name] ?? 0);

    // Refused outright: larger than the bucket.
    for (let i = 0; i < dims.length; i++) {
      if (costs[i]! > dims[i]!.burst) {
        trigger(key, entry, dims[i]!, t, 'exceeds-burst', costs[i]!, null);
        return { allowed: false, reason: 'exceeds-burst', dimension: dims[i]!.name, retryAfterMs: null, reservation: null };
      }
    }
    let worst = -1;
    let wait = 0;
    const next: number[] = [];
    for (let i = 0; i < dims.length; i++) {
      const d = dims[i]!;
      const base = Math.max(entry?.tat[i] ?? -Infinity, t);
      const tat = base + costs[i]! * d.interval;
      next.push(tat);
      const over = tat - t - d.burst * d.interval;
      if (over > 0 && over > wait) {
        wait = over;
        worst = i;
      }
    }
    if (worst >= 0) {
      trigger(key, entry, dims[worst]!, t, 'limit', costs[worst]!, wait);
      return { allowed: false, reason: 'limit', dimension: dims[worst]!.name, retryAfterMs: wait, reservation: null };
    }
    if (entry === undefined) {
      if (entries.size >= maxKeys) sweep(t);
      if (entries.size >= maxKeys) {
        const retryAfterMs = noneIdleBefore - t;
        if (onTrigger !== undefined) {
          onTrigger({
            kind: 'rate-limit',
            key,
            dimension: dims[0]!.name,
            at: t,
            severity: 'high',
            evidence: { reason: 'capacity', maxKeys, retryAfterMs },
          });
        }
        return { allowed: false, reason: 'capacity', dimension: null, retryAfterMs, reservation: null };
      }
      entry = { tat: next, triggered: new Set() };
      entries.set(key, entry);
    } else {
      for (let i = 0; i < dims.length; i++) entry.tat[i] = next[i]!;
      entry.triggered.clear();
    }
    const reserved: Partial<Record<UsageDimension, number>> = {};
    for (let i = 0; i < dims.length; i++) reserved[dims[i]!.name] = costs[i]!;
    const reservation: Reservation = Object.freeze({ key, at: t, amounts: Object.freeze(reserved) });
    issued.set(reservation, { entry, settled: false });
    return { allowed: true, retryAfterMs: 0, reservation };
  }

  function settle(reservation: Reservation, actual: UsageAmounts = {}): SettleResult {
    const record = typeof reservation === 'object' && reservation !== null ? issued.get(reservation) : undefined;
    if (record === undefined) throw new AirlockError('unknown_reservation', 'settle got a reservation this rate limiter did not make');
    const used = amountsOf(actual, 'actual');
    const refunded: Partial<Record<UsageDimension, number>> = {};
    const charged: Partial<Record<UsageDimension, number>> = {};
    const diffs = dims.map((d) => {
      const had = reservation.amounts[d.name] ?? 0;
      return record.settled ? 0 : (used[d.name] ?? had) - had;
    });
    record.settled = true;
    const t = clock();
    let current = entries.get(reservation.key);
    // A charge goes to the key's state now: if the key was evicted meanwhile, to a fresh (full) one.
    if (current === undefined && diffs.some((diff) => diff > 0)) {
      if (entries.size >= maxKeys) sweep(t);
      if (entries.size < maxKeys) {
        current = { tat: dims.map(() => t), triggered: new Set() };
        entries.set(reservation.key, current);
      }
    }
    for (let i = 0; i < dims.length; i++) {
      const d = dims[i]!;
      const diff = diffs[i]!;
      refunded[d.name] = 0;
      charged[d.name] = 0;
      if (diff < 0 && current === record.entry) {
        // Lowers the TAT; below the present it would mean "fuller than full", which the max(tat, t)
        // of the next reserve ignores.
        current.tat[i]! += diff * d.interval;
        refunded[d.name] = -diff;
      } else if (diff > 0 && current !== undefined) {
        current.tat[i] = Math.max(current.tat[i]!, t) + diff * d.interval;
        charged[d.name] = diff;
      }
    }
    // A refund can make the key idle sooner than the last sweep found.
    if (current !== undefined) noneIdleBefore = Math.min(noneIdleBefore, Math.max(...current.tat));
    return { refunded, charged };
  }

  return {
    reserve,
    settle,
    get size() {
      return entries.size;
    },
  };
}
