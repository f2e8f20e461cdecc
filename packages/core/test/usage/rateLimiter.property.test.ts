/**
 * The GCRA limiter against a reference token bucket, on long generated traces under a fake clock.
 *
 * Mapping: a limit `{ rate, per, burst }` is a bucket of capacity `burst` refilled continuously at
 * `rate / per` units per millisecond, starting full; a request of cost `c` passes when the bucket
 * holds at least `c` units, and then takes them. GCRA keeps instead, per key and dimension, a
 * theoretical arrival time with emission interval `T = per / rate` and tolerance
 * `tau = (burst − 1)·T`; cost `c` passes when `max(tat, t) + c·T − t ≤ tau + T` (the standard
 * generalisation of GCRA to costs > 1). The two agree exactly when the arithmetic is exact, so
 * the traces use integer times and integer `T` (rate divides per); a second property with
 * fractional `T` allows decisions to differ only within rounding of the boundary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRateLimiter, type UsageAmounts } from '../../src/usage/index.ts';

/**
 * Continuous-refill token bucket: the reference. It counts in units of 1/per token, so that with
 * integer times, rates and costs its arithmetic is exact integers (a refill of rate/per per
 * millisecond in floating point drifts, and the reference must not be the inexact side).
 */
class TokenBucket {
  private scaled: number;
  private last = 0;
  constructor(
    private readonly capacity: number,
    private readonly rate: number,
    private readonly per: number,
  ) {
    this.scaled = capacity * per;
  }
  /** Tokens held at `t`. */
  level(t: number): number {
    return this.scaledAt(t) / this.per;
  }
  private scaledAt(t: number): number {
    return Math.min(this.capacity * this.per, this.scaled + (t - this.last) * this.rate);
  }
  has(t: number, cost: number): boolean {
    return this.scaledAt(t) >= cost * this.per;
  }
  take(t: number, cost: number): boolean {
    this.scaled = this.scaledAt(t);
    this.last = t;
    if (this.scaled < cost * this.per) return false;
    this.scaled -= cost * this.per;
    return true;
  }
  give(t: number, amount: number): void {
    this.scaled = this.scaledAt(t) + amount * this.per;
    this.last = t;
  }
}

const limitArb = fc.record({
  rate: fc.integer({ min: 1, max: 20 }),
  interval: fc.integer({ min: 1, max: 500 }),
  burst: fc.integer({ min: 1, max: 30 }),
});

const stepArb = fc.record({
  gap: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 5_000 })),
  key: fc.integer({ min: 0, max: 3 }),
  cost: fc.integer({ min: 0, max: 35 }),
});

describe('createRateLimiter against a reference token bucket', () => {
  it('makes the same allow/deny decision on every request of long traces (integer T)', () => {
    const outcomes = { allowed: 0, denied: 0 };
    fc.assert(
      fc.property(limitArb, fc.array(stepArb, { minLength: 200, maxLength: 2_000 }), (limit, steps) => {
        let time = 0;
        const per = limit.rate * limit.interval;
        const limiter = createRateLimiter({ limits: { inputTokens: { rate: limit.rate, per, burst: limit.burst } }, now: () => time });
        const buckets = new Map<number, TokenBucket>();
        let allowed = 0;
        for (const step of steps) {
          time += step.gap;
          let bucket = buckets.get(step.key);
          if (!bucket) buckets.set(step.key, (bucket = new TokenBucket(limit.burst, limit.rate, per)));
          const expected = bucket.take(time, step.cost);
          const got = limiter.reserve(`k${step.key}`, { inputTokens: step.cost });
          expect(got.allowed).toBe(expected);
          if (got.allowed) allowed++;
          else if (got.reason === 'limit') {
            // After retryAfterMs the bucket holds enough: the wait is exact.
            expect(bucket.has(time + got.retryAfterMs!, step.cost)).toBe(true);
            expect(bucket.has(time + got.retryAfterMs! - 1, step.cost)).toBe(false);
          } else expect(step.cost).toBeGreaterThan(limit.burst);
        }
        outcomes.allowed += allowed;
        outcomes.denied += steps.length - allowed;
      }),
      { numRuns: 20 },
    );
    // The traces exercise both outcomes; traces that only allow would prove little.
    expect(outcomes.allowed).toBeGreaterThan(1_000);
    expect(outcomes.denied).toBeGreaterThan(1_000);
  });

  it('differs from the bucket only within rounding when T is fractional', () => {
    fc.assert(
      fc.property(
        fc.record({ rate: fc.integer({ min: 1, max: 1_000 }), per: fc.integer({ min: 1, max: 10_000 }), burst: fc.integer({ min: 1, max: 1_000 }) }),
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 200 }), cost: fc.integer({ min: 0, max: 50 }) }), { minLength: 100, maxLength: 1_000 }),
        (limit, steps) => {
          let time = 0;
          const limiter = createRateLimiter({ limits: { requests: limit }, now: () => time });
          const bucket = new TokenBucket(limit.burst, limit.rate, limit.per);
          for (const step of steps) {
            time += step.gap;
            const level = bucket.level(time);
            const expected = bucket.take(time, step.cost);
            const got = limiter.reserve('k', { requests: step.cost }).allowed;
            if (got !== expected) {
              // Only at the boundary, and then the two states are resynchronised for the rest.
              expect(Math.abs(level - step.cost)).toBeLessThan(1e-6 * Math.max(1, limit.burst));
              return true;
            }
          }
          return true;
        },
      ),
      { numRuns: 50 },
    );
  });

  it('agrees with one bucket per dimension, all or nothing, with refunds (settle) on the trace', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            gap: fc.integer({ min: 0, max: 300 }),
            requests: fc.integer({ min: 0, max: 3 }),
            inputTokens: fc.integer({ min: 0, max: 60 }),
            used: fc.integer({ min: 0, max: 60 }),
            settleNow: fc.boolean(),
          }),
          { minLength: 100, maxLength: 1_000 },
        ),
        (steps) => {
          let time = 0;
          const limiter = createRateLimiter({
            limits: { requests: { rate: 1, per: 100, burst: 5 }, inputTokens: { rate: 10, per: 100, burst: 100 } },
            now: () => time,
          });
          const requests = new TokenBucket(5, 1, 100);
          const tokens = new TokenBucket(100, 10, 100);
          for (const step of steps) {
            time += step.gap;
            const expected = requests.has(time, step.requests) && tokens.has(time, step.inputTokens);
            if (expected) {
              requests.take(time, step.requests);
              tokens.take(time, step.inputTokens);
            }
            const got = limiter.reserve('k', { requests: step.requests, inputTokens: step.inputTokens });
            expect(got.allowed).toBe(expected);
            if (got.allowed && step.settleNow) {
              const used = Math.min(step.used, step.inputTokens);
              const { refunded, charged } = limiter.settle(got.reservation, { inputTokens: used });
              expect(refunded).toEqual({ requests: 0, inputTokens: step.inputTokens - used });
              expect(charged).toEqual({ requests: 0, inputTokens: 0 });
              tokens.give(time, step.inputTokens - used);
              // Settling again changes nothing.
              expect(limiter.settle(got.reservation, { inputTokens: 0 }).refunded).toEqual({ requests: 0, inputTokens: 0 });
            }
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('with refunds, never lets a key keep more than burst + rate·elapsed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 100 }), cost: fc.integer({ min: 0, max: 10 }), used: fc.nat({ max: 10 }) }), {
          minLength: 100,
          maxLength: 1_000,
        }),
        (steps) => {
          let time = 0;
          const limiter = createRateLimiter({ limits: { outputTokens: { rate: 1, per: 10, burst: 20 } }, now: () => time });
          let kept = 0;
          for (const step of steps) {
            time += step.gap;
            const r = limiter.reserve('k', { outputTokens: step.cost } satisfies UsageAmounts);
            if (!r.allowed) continue;
            const used = Math.min(step.used, step.cost);
            const s = limiter.settle(r.reservation, { outputTokens: used });
            expect(s.refunded.outputTokens).toBe(step.cost - used);
            kept += used;
            expect(kept).toBeLessThanOrEqual(20 + time / 10);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('stays within maxKeys, and evicting idle keys changes no decision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 400 }), key: fc.integer({ min: 0, max: 30 }), cost: fc.integer({ min: 0, max: 12 }) }), {
          minLength: 200,
          maxLength: 1_500,
        }),
        (maxKeys, steps) => {
          let time = 0;
          const limiter = createRateLimiter({ limits: { requests: { rate: 1, per: 100, burst: 10 } }, now: () => time, maxKeys });
          const buckets = new Map<number, TokenBucket>();
          for (const step of steps) {
            time += step.gap;
            let bucket = buckets.get(step.key);
            if (!bucket) buckets.set(step.key, (bucket = new TokenBucket(10, 1, 100)));
            const got = limiter.reserve(`k${step.key}`, { requests: step.cost });
            expect(limiter.size).toBeLessThanOrEqual(maxKeys);
            if (!got.allowed && got.reason === 'capacity') {
              // Refused only when every tracked key is still limited.
              expect(limiter.size).toBe(maxKeys);
              continue;
            }
            expect(got.allowed).toBe(bucket.take(time, step.cost));
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
