import { describe, expect, it } from 'vitest';
import { evaluate, typeScore } from './evaluate.ts';
import type { FindingSpan, PiiRecord, ScoredRecord, SecretRecord } from './types.ts';

const f = (start: number, end: number, type: string, family = type): FindingSpan => ({ start, end, type, family });
const pii = (text: string, entities: PiiRecord['entities'], extra: Partial<PiiRecord> = {}): PiiRecord => ({ kind: 'pii', text, entities, ...extra });
const secret = (expect: SecretRecord['expect'], extra: Partial<SecretRecord> = {}): SecretRecord => ({
  kind: 'secret',
  text: 'token=abcdefghijklmnop',
  expect,
  rule: 'r',
  secrets: [],
  generated: false,
  ...extra,
});
const counts = (r: ReturnType<typeof evaluate>) =>
  Object.fromEntries(Object.entries(r.pii ?? {}).map(([t, s]) => [t, [s.tp, s.fp, s.fn]]));

describe('typeScore', () => {
  it('computes precision, recall and F1, with null for a zero denominator', () => {
    expect(typeScore(2, 2, 0)).toEqual({ tp: 2, fp: 2, fn: 0, precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(typeScore(0, 0, 3)).toEqual({ tp: 0, fp: 0, fn: 3, precision: null, recall: 0, f1: 0 });
    expect(typeScore(0, 0, 0)).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
  });
});

describe('evaluate: PII', () => {
  it('counts TP, FP and FN per type', () => {
    const records: ScoredRecord[] = [
      { record: pii('Ann met Bob at ACME', [l(0, 3, 'PERSON'), l(8, 11, 'PERSON'), l(15, 19, 'ORGANIZATION')]), findings: [f(0, 3, 'PERSON'), f(15, 19, 'LOCATION')] },
    ];
    expect(counts(evaluate(records))).toEqual({ PERSON: [1, 0, 1], ORGANIZATION: [0, 0, 1], LOCATION: [0, 1, 0] });
  });

  it('a record with zero labels still counts its false positives', () => {
    const r = evaluate([
      { record: pii('Ann', [l(0, 3, 'PERSON')]), findings: [f(0, 3, 'PERSON')] },
      { record: pii('nothing to see', []), findings: [f(0, 7, 'PERSON')] },
    ]);
    expect(counts(r)).toEqual({ PERSON: [1, 1, 0] });
    expect(r.pii?.['PERSON']?.precision).toBe(0.5);
    expect(r.piiRecords).toBe(2);
  });

  it('annotated_types: a finding of an unlisted type is neither TP nor FP', () => {
    const record = pii('Ann lives in Paris', [l(0, 3, 'PERSON')], { annotatedTypes: ['PERSON'] });
    const r = evaluate([{ record, findings: [f(0, 3, 'PERSON'), f(13, 18, 'LOCATION'), f(4, 9, 'PERSON')] }]);
    expect(counts(r)).toEqual({ PERSON: [1, 1, 0] });
    // the family counts as listed too
    const r2 = evaluate([{ record: pii('x', [], { annotatedTypes: ['NATIONAL_ID'] }), findings: [f(0, 1, 'DE_ID_CARD', 'NATIONAL_ID')] }]);
    expect(counts(r2)).toEqual({ NATIONAL_ID: [0, 1, 0] });
  });

  it('exact mode is stricter than overlap mode', () => {
    const records: ScoredRecord[] = [{ record: pii('call 555-0100 now', [l(5, 13, 'PHONE_NUMBER')]), findings: [f(4, 13, 'PHONE_NUMBER')] }];
    expect(counts(evaluate(records, { match: 'overlap' }))).toEqual({ PHONE_NUMBER: [1, 0, 0] });
    expect(counts(evaluate(records, { match: 'exact' }))).toEqual({ PHONE_NUMBER: [0, 1, 1] });
  });

  it('matches one-to-one: a split finding gives one TP and one FP', () => {
    const r = evaluate([{ record: pii('Jane Doe', [l(0, 8, 'PERSON')]), findings: [f(0, 4, 'PERSON'), f(5, 8, 'PERSON')] }]);
    expect(counts(r)).toEqual({ PERSON: [1, 1, 0] });
  });

  it('matches a finding by family and charges an unmatched one to the labelled key', () => {
    const r = evaluate([
      { record: pii('id 123 and 456 and 789', [l(3, 6, 'NATIONAL_ID'), l(19, 22, 'US_SSN')]), findings: [f(3, 6, 'DE_ID_CARD', 'NATIONAL_ID'), f(11, 14, 'UK_NINO', 'NATIONAL_ID'), f(15, 18, 'US_SSN', 'NATIONAL_ID'), f(0, 2, 'MAC_ADDRESS')] },
    ]);
    // DE_ID_CARD matched NATIONAL_ID; UK_NINO is unlabelled as a type → its family; US_SSN is a labelled
    // type → itself; MAC_ADDRESS: neither type nor family is labelled → its type.
    expect(counts(r)).toEqual({ NATIONAL_ID: [1, 1, 0], US_SSN: [0, 1, 1], MAC_ADDRESS: [0, 1, 0] });
  });

  it('--types restricts labels and false positives, and lists requested types even when absent', () => {
    const records: ScoredRecord[] = [{ record: pii('Ann at ACME', [l(0, 3, 'PERSON'), l(7, 11, 'ORGANIZATION')]), findings: [f(7, 11, 'LOCATION'), f(0, 3, 'PERSON')] }];
    expect(counts(evaluate(records, { types: ['PERSON', 'IBAN_CODE'] }))).toEqual({ PERSON: [1, 0, 0], IBAN_CODE: [0, 0, 0] });
  });

  it('keeps the first N false negatives and N false positives', () => {
    const records: ScoredRecord[] = [
      { record: pii('a b c', [l(0, 1, 'X'), l(2, 3, 'X')], { id: 'r1' }), findings: [f(4, 5, 'X')] },
      { record: pii('d', [l(0, 1, 'X')], { id: 'r2' }), findings: [] },
    ];
    const r = evaluate(records, { errors: 1 });
    expect(r.errors.map((e) => [e.kind, e.id, e.span])).toEqual([
      ['fn', 'r1', { start: 0, end: 1 }],
      ['fp', 'r1', { start: 4, end: 5 }],
    ]);
    expect(evaluate(records).errors).toEqual([]);
  });

  it('omits a section without records', () => {
    expect(evaluate([])).toEqual({ errors: [] });
    expect(evaluate([{ record: secret('secret'), findings: [] }]).pii).toBeUndefined();
  });
});

describe('evaluate: secrets', () => {
  const key = f(6, 22, 'GENERIC_API_KEY', 'SECRET');

  it('recall over expect:secret records, fp rate over not-secret ones', () => {
    const r = evaluate([
      { record: secret('secret'), findings: [key] },
      { record: secret('secret'), findings: [] },
      { record: secret('secret'), findings: [f(0, 5, 'EMAIL_ADDRESS')] }, // not a SECRET family finding
      { record: secret('not-secret'), findings: [key] },
      { record: secret('not-secret'), findings: [] },
    ]);
    expect(r.secrets).toMatchObject({ records: 5, positives: 3, negatives: 2, detected: 1, falsePositives: 1, recall: 1 / 3, fpRate: 0.5 });
    expect(r.pii).toBeUndefined();
  });

  it('with a span: overlap mode needs an overlapping finding, exact mode a covering one', () => {
    const rec = secret('secret', { secrets: [{ start: 6, end: 22 }] });
    const partial = f(8, 22, 'GENERIC_API_KEY', 'SECRET');
    const wider = f(0, 22, 'GENERIC_API_KEY', 'SECRET');
    const elsewhere = f(0, 5, 'GENERIC_API_KEY', 'SECRET');
    const recall = (findings: FindingSpan[], match: 'exact' | 'overlap') => evaluate([{ record: rec, findings }], { match }).secrets?.recall;
    expect(recall([partial], 'overlap')).toBe(1);
    expect(recall([partial], 'exact')).toBe(0);
    expect(recall([wider], 'exact')).toBe(1);
    expect(recall([elsewhere], 'overlap')).toBe(0);
  });

  it('without a span: any SECRET finding anywhere counts', () => {
    const r = evaluate([{ record: secret('secret', { text: 'x'.repeat(40) }), findings: [f(30, 40, 'PASSWORD', 'SECRET')] }], { match: 'exact' });
    expect(r.secrets?.recall).toBe(1);
  });

  it('splits recall by origin and counts per rule', () => {
    const r = evaluate([
      { record: secret('secret', { generated: true, rule: 'a' }), findings: [key] },
      { record: secret('secret', { generated: true, rule: 'a' }), findings: [] },
      { record: secret('secret', { generated: false, rule: 'b' }), findings: [] },
      { record: secret('not-secret', { rule: 'b' }), findings: [key] },
    ]);
    expect(r.secrets?.byOrigin).toEqual({ handWritten: { records: 1, detected: 0, recall: 0 }, generated: { records: 2, detected: 1, recall: 0.5 } });
    expect(r.secrets?.byRule).toEqual({ a: { positives: 2, detected: 1, negatives: 0, falsePositives: 0 }, b: { positives: 1, detected: 0, negatives: 1, falsePositives: 1 } });
    expect(r.secrets?.fpRate).toBe(1);
  });

  it('null rates when a side has no records', () => {
    const r = evaluate([{ record: secret('not-secret'), findings: [] }]);
    expect(r.secrets).toMatchObject({ recall: null, fpRate: 0 });
  });
});

function l(start: number, end: number, type: string) {
  return { start, end, type };
}
