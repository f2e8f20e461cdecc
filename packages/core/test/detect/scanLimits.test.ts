/**
 * The scanner on bad and pathological input, with the whole catalog: a typed error for a non-string,
 * a 100 MB string that works, and work per character that stays flat as pathological inputs grow
 * (counted by the engine's work counters, never timed).
 */
import { AirlockError, allDetectors, createScanner, type Scanner } from '@airlock/core';
import { describe, expect, it } from 'vitest';

const scanner: Scanner = createScanner({ detectors: allDetectors() });

/** Engine work (DFA steps, NFA steps) plus candidates scored, per character of `text`. */
function workPerChar(make: (n: number) => string, n: number): number {
  const text = make(n);
  scanner.resetStats();
  scanner.scan(text);
  const s = scanner.stats();
  return (s.dfaSteps + s.pikevmSteps + s.candidates) / text.length;
}

const repeatTo = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const SHAPES: [string, (n: number) => string][] = [
  ['one long line of prose', repeatTo('Please call Alice Smith at the Springfield office about invoice 4471, ')],
  ['digits', repeatTo('0123456789')],
  ['one digit repeated', repeatTo('7')],
  ['at signs', repeatTo('@')],
  ['emails glued together', repeatTo('a@b.co')],
  ['base64 alphabet', repeatTo('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw')],
  ['hex', repeatTo('0123456789abcdef')],
  ['token prefixes that never complete', repeatTo('ghp_sk-AKIAeyJxoxb-')],
  ['spaces and separators', repeatTo(' -./:=,')],
];

describe('scanner limits', () => {
  it('runs the whole catalog', () => {
    expect(scanner.detectors.length).toBeGreaterThan(250);
  });

  it('throws a typed error for a non-string', () => {
    for (const bad of [undefined, null, 42, {}, ['text']]) {
      expect(() => scanner.scan(bad as unknown as string)).toThrow(AirlockError);
    }
  });

  it.each(SHAPES)('work per character stays flat on %s (64 KB → 1 MB)', (_name, make) => {
    const small = workPerChar(make, 1 << 16);
    const large = workPerChar(make, 1 << 20);
    expect(large).toBeLessThanOrEqual(small * 1.25 + 0.05);
  });

  it('scans a 100 MB string', { timeout: 120_000 }, () => {
    const planted = 'contact jane.doe@example.com today\n';
    const filler = 'x'.repeat(1_000_000 - planted.length);
    const block = filler + planted;
    const text = block.repeat(100);
    const found = scanner.scan(text).filter((f) => f.type === 'EMAIL_ADDRESS');
    expect(found.length).toBe(100);
  });
});
