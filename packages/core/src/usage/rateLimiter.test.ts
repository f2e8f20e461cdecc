import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/errorCode.ts';
import { createRateLimiter, type Reservation } from './rateLimiter.ts';
import type { UsageTrigger } from './trigger.ts';

function setup(extra: { maxKeys?: number } = {}) {
  const clock = { t: 0 };
  const triggers: UsageTrigger[] = [];
  const limiter = createRateLimiter({
    limits: { requests: { rate: 2, per: 1000, burst: 2 }, inputTokens: { rate: 100, per: 1000, burst: 100 } },
    now: () => clock.t,
    onTrigger: (t) => triggers.push(t),
    ...extra,
  });
  return { clock, triggers, limiter };
}

function reserved(r: ReturnType<ReturnType<typeof createRateLimiter>['reserve']>): Reservation {
  if (!r.allowed) throw new Error(`expected allowed, got ${r.reason}`);
  return r.reservation;
}

describe('createRateLimiter', () => {
  it('takes all dimensions or none', () => {
    const { limiter } = setup();
    reserved(limiter.reserve('a', { requests: 1, inputTokens: 90 }));
    const denied = limiter.reserve('a', { requests: 1, inputTokens: 20 });
    expect(denied).toMatchObject({ allowed: false, reason: 'limit', dimension: 'inputTokens', retryAfterMs: 100 });
    // The request slot was not taken by the refused call: one more request of 10 tokens passes.
    reserved(limiter.reserve('a', { requests: 1, inputTokens: 10 }));
    expect(limiter.reserve('a', { requests: 1, inputTokens: 0 })).toMatchObject({ allowed: false, dimension: 'requests', retryAfterMs: 500 });
  });

  it('keeps keys apart and defaults to one request', () => {
    const { limiter } = setup();
    reserved(limiter.reserve('a'));
    reserved(limiter.reserve('a'));
    expect(limiter.reserve('a').allowed).toBe(false);
    expect(limiter.reserve('b').allowed).toBe(true);
  });

  it('refuses an amount above the burst for good', () => {
    const { limiter, triggers } = setup();
    expect(limiter.reserve('a', { inputTokens: 101 })).toMatchObject({ allowed: false, reason: 'exceeds-burst', dimension: 'inputTokens', retryAfterMs: null });
    expect(triggers[0]).toMatchObject({ kind: 'rate-limit', key: 'a', dimension: 'inputTokens', severity: 'medium' });
  });

  it('settles: refunds the unused, charges the excess, once', () => {
    const { limiter, clock } = setup();
    const r = reserved(limiter.reserve('a', { requests: 1, inputTokens: 100 }));
    expect(limiter.reserve('a', { inputTokens: 1 }).allowed).toBe(false);
    expect(limiter.settle(r, { inputTokens: 40 })).toEqual({ refunded: { requests: 0, inputTokens: 60 }, charged: { requests: 0, inputTokens: 0 } });
    expect(limiter.settle(r, { inputTokens: 0 })).toEqual({ refunded: { requests: 0, inputTokens: 0 }, charged: { requests: 0, inputTokens: 0 } });
    reserved(limiter.reserve('a', { inputTokens: 60 }));
    expect(limiter.reserve('a', { inputTokens: 1 }).allowed).toBe(false);

    clock.t = 10_000;
    const s = reserved(limiter.reserve('a', { inputTokens: 10 }));
    expect(limiter.settle(s, { inputTokens: 150 }).charged).toEqual({ requests: 0, inputTokens: 140 });
    // 150 used against a bucket of 100: the key owes 50 and waits 500 ms (plus 10 for the next token).
    expect(limiter.reserve('a', { inputTokens: 1 }).retryAfterMs).toBe(510);
  });

  it('settles without actual usage as used in full', () => {
    const { limiter } = setup();
    const r = reserved(limiter.reserve('a', { inputTokens: 100 }));
    expect(limiter.settle(r).refunded).toEqual({ requests: 0, inputTokens: 0 });
    expect(limiter.reserve('a', { inputTokens: 1 }).allowed).toBe(false);
  });

  it('rejects a reservation it did not make', () => {
    const { limiter } = setup();
    const other = setup().limiter;
    const r = reserved(other.reserve('a'));
    expect(codeOf(() => limiter.settle(r))).toBe('unknown_reservation');
    expect(codeOf(() => limiter.settle({ ...r }))).toBe('unknown_reservation');
    expect(codeOf(() => limiter.settle(null as never))).toBe('unknown_reservation');
  });

  it('bounds its keys: evicts idle keys, refuses new ones when none is idle, and ignores stale refunds', () => {
    const { limiter, clock, triggers } = setup({ maxKeys: 2 });
    const a = reserved(limiter.reserve('a', { inputTokens: 100 }));
    reserved(limiter.reserve('b', { inputTokens: 50 }));
    expect(limiter.reserve('c')).toMatchObject({ allowed: false, reason: 'capacity', dimension: null, retryAfterMs: 500 });
    expect(triggers.at(-1)).toMatchObject({ kind: 'rate-limit', key: 'c', severity: 'high' });
    clock.t = 500; // b is idle again (its tokens refilled), a is not.
    reserved(limiter.reserve('c'));
    expect(limiter.size).toBe(2);
    clock.t = 1000; // a is idle now and gets evicted for d
    reserved(limiter.reserve('d', { inputTokens: 100 }));
    reserved(limiter.reserve('a', { inputTokens: 100 }));
    // a's first reservation belongs to an evicted state: refunding it would hand out the new one.
    expect(limiter.settle(a, { inputTokens: 0 }).refunded).toEqual({ requests: 0, inputTokens: 0 });
    expect(limiter.reserve('a', { inputTokens: 1 }).allowed).toBe(false);
  });

  it('triggers once per key and dimension until the key is allowed again', () => {
    const { limiter, clock, triggers } = setup();
    limiter.reserve('a');
    limiter.reserve('a');
    for (let i = 0; i < 5; i++) limiter.reserve('a');
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toEqual({
      kind: 'rate-limit',
      key: 'a',
      dimension: 'requests',
      at: 0,
      severity: 'low',
      evidence: { reason: 'limit', requested: 1, rate: 2, per: 1000, burst: 2, retryAfterMs: 500 },
    });
    expect(JSON.parse(JSON.stringify(triggers[0]))).toEqual(triggers[0]);
    clock.t = 500;
    limiter.reserve('a');
    limiter.reserve('a');
    expect(triggers).toHaveLength(2);
  });

  it('treats a clock that goes backwards as standing still', () => {
    const { limiter, clock } = setup();
    clock.t = 1000;
    limiter.reserve('a');
    limiter.reserve('a');
    clock.t = 0;
    expect(limiter.reserve('a')).toMatchObject({ allowed: false, retryAfterMs: 500 });
  });

  it('rejects bad input with a code', () => {
    const now = () => 0;
    const bad: unknown[] = [
      undefined,
      {},
      { limits: {} },
      { limits: { tokens: { rate: 1, per: 1 } } },
      { limits: { requests: { rate: 0, per: 1 } } },
      { limits: { requests: { rate: 1, per: Infinity } } },
      { limits: { requests: { rate: 1e-300, per: 1e300 } } },
      { limits: { requests: { rate: 1e300, per: 1e-300 } } },
      { limits: { requests: { rate: 1, per: 1, burst: -1 } } },
      { limits: { requests: { rate: 1, per: 1 } }, maxKeys: 0 },
      { limits: { requests: { rate: 1, per: 1 } }, now: 5 },
      { limits: { requests: { rate: 1, per: 1 } }, onTrigger: 'x' },
    ];
    for (const options of bad) expect(codeOf(() => createRateLimiter(options as never)), JSON.stringify(options)).toBe('invalid_argument');
    const limiter = createRateLimiter({ limits: { requests: { rate: 1, per: 1 } }, now });
    expect(codeOf(() => limiter.reserve(''))).toBe('invalid_argument');
    expect(codeOf(() => limiter.reserve(42 as never))).toBe('invalid_argument');
    expect(codeOf(() => limiter.reserve('k'.repeat(257)))).toBe('input_too_large');
    expect(codeOf(() => limiter.reserve('a', { requests: -1 }))).toBe('invalid_argument');
    expect(codeOf(() => limiter.reserve('a', { requests: NaN }))).toBe('invalid_argument');
    expect(codeOf(() => limiter.reserve('a', { tokens: 1 } as never))).toBe('invalid_argument');
    expect(codeOf(() => limiter.reserve('a', null as never))).toBe('invalid_argument');
    const r = limiter.reserve('a');
    if (r.allowed) expect(codeOf(() => limiter.settle(r.reservation, { requests: -2 }))).toBe('invalid_argument');
    const broken = createRateLimiter({ limits: { requests: { rate: 1, per: 1 } }, now: () => NaN });
    expect(codeOf(() => broken.reserve('a'))).toBe('invalid_argument');
  });
});

describe('createRateLimiter settle, late', () => {
  it('charges an excess settled after the bucket refilled against the bucket as it is then', () => {
    const { limiter, clock } = setup();
    const r = reserved(limiter.reserve('a', { inputTokens: 10 }));
    clock.t = 60_000; // long refilled
    expect(limiter.settle(r, { inputTokens: 110 }).charged).toEqual({ requests: 0, inputTokens: 100 });
    // The 100 extra tokens emptied the full bucket: the next token waits its 10 ms.
    expect(limiter.reserve('a', { inputTokens: 1 })).toMatchObject({ allowed: false, retryAfterMs: 10 });
  });
});

describe('createRateLimiter settle, evicted', () => {
  it('still charges an excess to a key evicted since its reservation, when there is room', () => {
    const { limiter, clock } = setup({ maxKeys: 1 });
    const r = reserved(limiter.reserve('a', { inputTokens: 10 }));
    clock.t = 1_000;
    reserved(limiter.reserve('b')); // evicts a, idle by now
    // b is not idle, so a's excess has nowhere to go: charged says so.
    expect(limiter.settle(r, { inputTokens: 20 })).toEqual({ refunded: { requests: 0, inputTokens: 0 }, charged: { requests: 0, inputTokens: 0 } });
  });

  it('charges a fresh state of the evicted key', () => {
    const { limiter, clock } = setup({ maxKeys: 2 });
    const r = reserved(limiter.reserve('a', { inputTokens: 10 }));
    clock.t = 1_000;
    reserved(limiter.reserve('b'));
    reserved(limiter.reserve('c')); // evicts a
    clock.t = 1_500; // b and c idle: room for a again
    expect(limiter.settle(r, { inputTokens: 40 }).charged).toEqual({ requests: 0, inputTokens: 30 });
    expect(limiter.reserve('a', { inputTokens: 80 })).toMatchObject({ allowed: false, retryAfterMs: 100 });
  });
});

describe('createRateLimiter capacity and refunds', () => {
  it('admits a new key as soon as a refund makes a tracked key idle', () => {
    const { limiter, clock } = setup({ maxKeys: 1 });
    const r = reserved(limiter.reserve('a', { inputTokens: 100 }));
    expect(limiter.reserve('b')).toMatchObject({ allowed: false, reason: 'capacity', retryAfterMs: 1000 });
    clock.t = 10;
    limiter.settle(r, { requests: 0, inputTokens: 0 });
    expect(limiter.reserve('b').allowed).toBe(true);
  });
});
