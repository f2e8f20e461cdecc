import { describe, expect, it } from 'vitest';
import { EvalInputError } from './EvalInputError.ts';
import { parseLine, parseRecord } from './parseRecord.ts';

const at = { file: 'data.jsonl', line: 7 };
const fails = (value: unknown, message: RegExp) => {
  expect(() => parseRecord(value, at)).toThrow(EvalInputError);
  expect(() => parseRecord(value, at)).toThrow(message);
};

describe('parseRecord', () => {
  it('reads a PII record with annotated_types, keeping id and source', () => {
    const r = parseRecord({ id: 'x/1', text: 'Ann', entities: [{ start: 0, end: 3, type: 'PERSON', value: 'Ann' }], annotated_types: ['PERSON'] }, at);
    expect(r).toEqual({ kind: 'pii', id: 'x/1', text: 'Ann', entities: [{ start: 0, end: 3, type: 'PERSON' }], annotatedTypes: ['PERSON'], source: at });
  });

  it('reads a secret record, with and without spans and meta', () => {
    expect(parseRecord({ text: 'k=abc', expect: 'secret', rule: 'r', secrets: [{ start: 2, end: 5 }], meta: { generated: true } })).toEqual({
      kind: 'secret', text: 'k=abc', expect: 'secret', rule: 'r', secrets: [{ start: 2, end: 5 }], generated: true,
    });
    expect(parseRecord({ text: 'k', expect: 'not-secret' })).toMatchObject({ rule: '', secrets: [], generated: false });
    expect(parseRecord({ text: '', expect: 'secret', meta: { file_path: 'certs/a.p12' } })).toMatchObject({ path: 'certs/a.p12' });
    expect(parseRecord({ text: 'k', expect: 'secret' })).not.toHaveProperty('path');
  });

  it('names the problem, the file and the line', () => {
    fails({ entities: [] }, /^data\.jsonl:7: record has no "text" string/);
    fails({ text: 3, entities: [] }, /no "text" string \(got number 3\)/);
    fails([1], /must be a JSON object, got an array/);
    fails({ text: 'a' }, /neither "entities".*nor "expect"/);
    fails({ text: 'a', entities: [], expect: 'secret' }, /both/);
    fails({ text: 'a', expect: 'maybe' }, /"expect" must be "secret" or "not-secret"/);
    fails({ text: 'abc', entities: [{ start: 1, end: 9, type: 'X' }] }, /entities\[0\] span \[1, 9\) is outside the text \(length 3\)/);
    fails({ text: 'abc', entities: [{ start: 2, end: 1, type: 'X' }] }, /outside the text/);
    fails({ text: 'abc', entities: [{ start: '0', end: 1, type: 'X' }] }, /integer "start" and "end"/);
    fails({ text: 'abc', entities: [{ start: 0, end: 1 }] }, /entities\[0\] needs a non-empty "type"/);
    fails({ text: 'abc', entities: {} }, /"entities" must be an array/);
    fails({ text: 'abc', entities: [], annotated_types: 'X' }, /"annotated_types" must be an array of strings/);
    fails({ text: 'abc', expect: 'secret', meta: { generated: 'yes' } }, /meta\.generated/);
    fails({ text: 'abc', expect: 'secret', meta: { file_path: 7 } }, /"meta\.file_path" must be a string/);
    fails({ text: 'abc', expect: 'secret', secrets: [{ start: 0, end: 4 }] }, /secrets\[0\] span/);
  });
});

describe('parseLine', () => {
  it('skips blank lines and reports bad JSON with its location', () => {
    expect(parseLine('', at)).toBeUndefined();
    expect(parseLine('  \t', at)).toBeUndefined();
    expect(() => parseLine('{"text": "a", ', at)).toThrow(/^data\.jsonl:7: not valid JSON/);
  });
  it('accepts a byte-order mark', () => {
    expect(parseLine('\uFEFF{"text":"a","entities":[]}', at)?.kind).toBe('pii');
  });
});
