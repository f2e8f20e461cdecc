import { describe, expect, it } from 'vitest';
import { matchRecord, spansAgree } from './match.ts';
import type { FindingSpan, PiiLabel } from './types.ts';

const f = (start: number, end: number, type: string, family = type): FindingSpan => ({ start, end, type, family });
const l = (start: number, end: number, type: string): PiiLabel => ({ start, end, type });

describe('spansAgree', () => {
  it('overlap needs a shared code unit; touching spans do not agree', () => {
    expect(spansAgree('overlap', { start: 0, end: 3 }, { start: 2, end: 5 })).toBe(true);
    expect(spansAgree('overlap', { start: 0, end: 3 }, { start: 3, end: 5 })).toBe(false);
    expect(spansAgree('overlap', { start: 2, end: 3 }, { start: 0, end: 10 })).toBe(true);
  });
  it('exact needs identical spans', () => {
    expect(spansAgree('exact', { start: 1, end: 3 }, { start: 1, end: 3 })).toBe(true);
    expect(spansAgree('exact', { start: 1, end: 3 }, { start: 1, end: 4 })).toBe(false);
  });
});

describe('matchRecord', () => {
  it('matches on type or on family, never on anything else', () => {
    const labels = [l(0, 5, 'NATIONAL_ID'), l(10, 15, 'PERSON')];
    const findings = [f(0, 5, 'DE_ID_CARD', 'NATIONAL_ID'), f(10, 15, 'LOCATION')];
    expect(matchRecord(labels, findings, 'overlap')).toEqual({ pairs: [[0, 0]], missed: [1], spurious: [1] });
  });

  it('is one-to-one: two findings on one label give one TP and one unmatched finding', () => {
    const m = matchRecord([l(0, 10, 'PERSON')], [f(0, 4, 'PERSON'), f(5, 10, 'PERSON')], 'overlap');
    expect(m.pairs).toHaveLength(1);
    expect(m.spurious).toHaveLength(1);
    // and one finding over two labels matches only one of them
    const m2 = matchRecord([l(0, 4, 'PERSON'), l(5, 10, 'PERSON')], [f(0, 10, 'PERSON')], 'overlap');
    expect(m2.pairs).toHaveLength(1);
    expect(m2.missed).toHaveLength(1);
  });

  it('prefers the exact pair, then the larger overlap', () => {
    const m = matchRecord([l(0, 10, 'PERSON')], [f(0, 3, 'PERSON'), f(2, 9, 'PERSON'), f(0, 10, 'PERSON')], 'overlap');
    expect(m.pairs).toEqual([[0, 2]]);
    const m2 = matchRecord([l(0, 10, 'PERSON')], [f(0, 3, 'PERSON'), f(2, 9, 'PERSON')], 'overlap');
    expect(m2.pairs).toEqual([[0, 1]]);
  });

  it('exact mode rejects a partial span that overlap mode accepts', () => {
    expect(matchRecord([l(0, 10, 'PERSON')], [f(0, 9, 'PERSON')], 'exact').pairs).toEqual([]);
    expect(matchRecord([l(0, 10, 'PERSON')], [f(0, 9, 'PERSON')], 'overlap').pairs).toEqual([[0, 0]]);
  });

  it('handles no labels and no findings', () => {
    expect(matchRecord([], [], 'overlap')).toEqual({ pairs: [], missed: [], spurious: [] });
    expect(matchRecord([], [f(0, 1, 'X')], 'exact')).toEqual({ pairs: [], missed: [], spurious: [0] });
  });
});
