import { describe, expect, it } from 'vitest';
import { evaluate, typeScore } from './evaluate.ts';
import { formatErrors, formatJson, formatTable } from './format.ts';

describe('formatJson', () => {
  it('has exactly the pii and secrets sections, each only when there are records of its kind', () => {
    const both = evaluate([
      { record: { kind: 'pii', text: 'Ann', entities: [{ start: 0, end: 3, type: 'PERSON' }] }, findings: [] },
      { record: { kind: 'secret', text: 'k', expect: 'not-secret', rule: 'r', secrets: [], generated: false }, findings: [] },
    ]);
    const json = JSON.parse(formatJson(both)) as Record<string, Record<string, unknown>>;
    expect(Object.keys(json)).toEqual(['pii', 'secrets']);
    expect(json['pii']).toEqual({ PERSON: { tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 } });
    expect(json['secrets']).toMatchObject({ records: 1, recall: null, fpRate: 0 });
    expect(Object.keys(JSON.parse(formatJson(evaluate([]))) as object)).toEqual([]);
  });
});

describe('formatTable', () => {
  it('prints a row per type, a total, and the secrets summary', () => {
    const text = formatTable(
      { pii: { PERSON: typeScore(3, 1, 2) }, piiTotal: typeScore(3, 1, 2), piiRecords: 4, secrets: evaluate([
        { record: { kind: 'secret', text: 'k', expect: 'secret', rule: 'r', secrets: [], generated: true }, findings: [{ start: 0, end: 1, type: 'T', family: 'SECRET' }] },
      ]).secrets!, errors: [] },
      { header: 'hello' },
    );
    expect(text).toContain('hello\n');
    expect(text).toMatch(/^PERSON\s+3\s+1\s+2\s+0\.750\s+0\.600\s+0\.667$/m);
    expect(text).toMatch(/^all \(micro\)\s+3\s+1\s+2/m);
    expect(text).toMatch(/recall\s+1\.000\s+\(1\/1\)/);
    expect(text).toMatch(/hand-written\s+—\s+\(0\/0\)/);
  });
});

describe('formatErrors', () => {
  it('marks the span, clips long context and keeps each error on one line', () => {
    const text = `${'a'.repeat(50)}\nSECRET\t${'b'.repeat(50)}`;
    const out = formatErrors([{ kind: 'fp', type: 'X', text, span: { start: 51, end: 57 }, id: 'r9' }], 5);
    expect(out).toBe('FP X r9: …aaaa⏎⟦SECRET⟧⇥bbbb…\n');
  });
  it('says when a missed secret has no span', () => {
    expect(formatErrors([{ kind: 'fn', type: 'rule-x', text: 'short' }])).toBe('FN rule-x: (no span) short\n');
  });
});
