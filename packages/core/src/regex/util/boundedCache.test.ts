import { describe, expect, it } from 'vitest';
import { BoundedCache } from './boundedCache.ts';

describe('BoundedCache', () => {
  it('drops the oldest entries while the total weight is over the limit', () => {
    const c = new BoundedCache<number>(160);
    for (let i = 0; i < 20; i++) c.set(`k${i}`, i, 10);
    // 16 entries of weight 10 fit; the first four were dropped.
    expect([0, 3, 4, 19].map((i) => c.get(`k${i}`))).toEqual([undefined, undefined, 4, 19]);
  });

  it('does not keep an entry heavier than a sixteenth of the limit, nor replace a kept one', () => {
    const c = new BoundedCache<string>(160);
    c.set('a', 'first', 5);
    c.set('big', 'x', 11);
    c.set('a', 'second', 5);
    expect(c.get('big')).toBeUndefined();
    expect(c.get('a')).toBe('first');
  });
});
