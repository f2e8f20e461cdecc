import { classify, DEFAULT_AGGREGATION, type Finding, type SensitivityLevel } from '@airlock/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbFinding } from './arbitraries.ts';

const f = (type: string, level: SensitivityLevel, start = 0, family = type): Finding => ({ type, family, level, start, end: start + 5, score: 1, detector: 'x' });
const LEVEL_ORDER: readonly SensitivityLevel[] = ['public', 'internal', 'confidential', 'restricted'];

describe('classify', () => {
  it('is public with nothing found and a complete scan', () => {
    expect(classify([], { complete: true })).toEqual({ level: 'public', reasons: ['nothing sensitive was found'], drivers: [] });
  });

  it('is restricted, saying why, when the scan was incomplete', () => {
    const c = classify([f('EMAIL_ADDRESS', 'confidential')], { complete: false });
    expect(c.level).toBe('restricted');
    expect(c.reasons.some((r) => /incomplete/.test(r))).toBe(true);
  });

  it('takes the highest level and names the findings at it', () => {
    const a = f('URL', 'internal');
    const b = f('US_SSN', 'restricted', 10);
    const c = classify([a, b], { complete: true });
    expect(c.level).toBe('restricted');
    expect(c.drivers).toEqual([b]);
    expect(c.reasons).toEqual(['US_SSN is restricted']);
  });

  it('applies policy overrides by type before family', () => {
    const policy = { levels: { NATIONAL_ID: 'internal', UK_NINO: 'confidential' } as const, aggregation: [] };
    expect(classify([f('UK_NINO', 'restricted', 0, 'NATIONAL_ID')], { complete: true, policy }).level).toBe('confidential');
    expect(classify([f('FR_NIR', 'restricted', 0, 'NATIONAL_ID')], { complete: true, policy }).level).toBe('internal');
  });

  it('counts an unknown level as restricted', () => {
    expect(classify([f('X', 'secret' as SensitivityLevel)], { complete: true }).level).toBe('restricted');
  });

  it('raises the level when enough distinct personal values come together', () => {
    const emails = Array.from({ length: 10 }, (_, i) => f('EMAIL_ADDRESS', 'confidential', i * 10));
    expect(classify(emails.slice(0, 9), { complete: true }).level).toBe('confidential');
    const c = classify(emails, { complete: true });
    expect(c.level).toBe('restricted');
    expect(c.drivers).toHaveLength(10);
    expect(c.reasons[0]).toMatch(/10 distinct values/);
  });

  it('with the text, counts the same value once', () => {
    const text = 'a@b.co '.repeat(12);
    const emails = Array.from({ length: 12 }, (_, i) => ({ ...f('EMAIL_ADDRESS', 'confidential', i * 7), end: i * 7 + 6 }));
    expect(classify(emails, { complete: true, text }).level).toBe('confidential');
    expect(classify(emails, { complete: true }).level).toBe('restricted');
  });

  it('takes aggregation rules from the options over the policy, and the default otherwise', () => {
    const ips = Array.from({ length: 3 }, (_, i) => f('IP_ADDRESS', 'internal', i * 10));
    const rule = { entities: ['IP_ADDRESS'], threshold: 3, level: 'confidential' } as const;
    expect(classify(ips, { complete: true, aggregation: [rule] }).level).toBe('confidential');
    expect(classify(ips, { complete: true, policy: { levels: {}, aggregation: [rule] } }).level).toBe('confidential');
    expect(classify(ips, { complete: true }).level).toBe('internal');
    expect(DEFAULT_AGGREGATION[0]!.level).toBe('restricted');
  });

  it('property: more findings never lower the level', () => {
    fc.assert(
      fc.property(fc.array(arbFinding), fc.array(arbFinding), fc.boolean(), (a, b, complete) => {
        const before = classify(a, { complete }).level;
        const after = classify([...a, ...b], { complete }).level;
        expect(LEVEL_ORDER.indexOf(after)).toBeGreaterThanOrEqual(LEVEL_ORDER.indexOf(before));
      }),
    );
  });
});
