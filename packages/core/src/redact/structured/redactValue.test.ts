import { describe, expect, it } from 'vitest';
import { AirlockError } from '../../errors/AirlockError.ts';
import { StructuredDataError } from '../../errors/StructuredDataError.ts';
import { testRedactor, testScanner } from '../../../test/redact/testRedactor.ts';
import { _keyWords, redactValue } from './redactValue.ts';
import type { RedactedItem } from '../types.ts';
import type { RedactorLike } from './types.ts';
import { thrown as thrownBy } from '../../../test/errorCode.ts';

const redactor = testRedactor();

const thrown = (fn: () => unknown): StructuredDataError => thrownBy<StructuredDataError>(fn);

describe('redactValue', () => {
  it('redacts every string, deep, and keeps everything else', () => {
    const input = {
      user: { name: 'Jane', email: 'jane@example.com', age: 41, admin: false, manager: null },
      cards: ['4111 1111 1111 1111', 'none'],
      nested: [[{ note: 'write to bob@example.org please' }]],
      missing: undefined,
    };
    const { value, findings, complete } = redactValue(input, redactor);
    expect(value).toEqual({
      user: { name: 'Jane', email: '<EMAIL_ADDRESS>', age: 41, admin: false, manager: null },
      cards: ['<CREDIT_CARD>', 'none'],
      nested: [[{ note: 'write to <EMAIL_ADDRESS> please' }]],
      missing: undefined,
    });
    expect(findings.map((f) => [f.path, f.type, f.start, f.end, f.inKey])).toEqual([
      ['user.email', 'EMAIL_ADDRESS', 0, 16, false],
      ['cards[0]', 'CREDIT_CARD', 0, 19, false],
      ['nested[0][0].note', 'EMAIL_ADDRESS', 9, 24, false],
    ]);
    expect(complete).toBe(true);
  });

  it('redacts a bare string, and leaves scalars as they are', () => {
    expect(redactValue('mail jane@example.com', redactor).value).toBe('mail <EMAIL_ADDRESS>');
    expect(redactValue('mail jane@example.com', redactor).findings[0]!.path).toBe('');
    for (const v of [42, true, null, undefined, 10n]) expect(redactValue(v, redactor).value).toBe(v);
  });

  it('never mutates its input (a deep-frozen input works) and shares no container with it', () => {
    const inner = Object.freeze({ email: 'jane@example.com' });
    const input = Object.freeze({ a: Object.freeze([inner]), when: new Date(0) });
    const { value } = redactValue(input, redactor);
    expect(inner.email).toBe('jane@example.com');
    expect(value.a).not.toBe(input.a);
    expect(value.a[0]).not.toBe(inner);
    expect(value.when).not.toBe(input.when);
    expect(value.when.getTime()).toBe(0);
  });

  it('keeps array holes, null-prototype objects and an own __proto__ key', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = ['jane@example.com', , 'x'];
    const out = redactValue(sparse, redactor).value;
    expect(out.length).toBe(3);
    expect(1 in out).toBe(false);
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { email: 'jane@example.com' });
    const bareOut = redactValue(bare, redactor).value;
    expect(Object.getPrototypeOf(bareOut)).toBe(null);
    expect(bareOut.email).toBe('<EMAIL_ADDRESS>');
    const parsed = JSON.parse('{"__proto__": {"email": "jane@example.com"}}') as Record<string, unknown>;
    const parsedOut = redactValue(parsed, redactor).value;
    expect(Object.getPrototypeOf(parsedOut)).toBe(Object.prototype);
    expect(Object.keys(parsedOut)).toEqual(['__proto__']);
    expect(JSON.stringify(parsedOut)).toBe('{"__proto__":{"email":"<EMAIL_ADDRESS>"}}');
  });

  it('passes the redactor items through and says when a scan was incomplete', () => {
    const { items } = redactValue({ a: 'jane@example.com', b: ['bob@example.org'] }, redactor);
    expect(items.map((i) => (i as RedactedItem).replacement)).toEqual(['<EMAIL_ADDRESS>', '<EMAIL_ADDRESS>']);
    const incomplete: RedactorLike = { ...redactor, redact: (t) => ({ ...redactor.redact(t), complete: false }) };
    expect(redactValue({ n: 1 }, incomplete).complete).toBe(true); // no string: nothing was scanned
    expect(redactValue({ list: ['x'] }, incomplete, { keysAsContext: false }).complete).toBe(false);
  });
});

describe('keys as context', () => {
  it('finds an SSN written as nine bare digits only under a key that names it', () => {
    expect(testScanner().scan('401558812')).toEqual([]);
    expect(redactValue({ ref: '401558812' }, redactor).value).toEqual({ ref: '401558812' });
    expect(redactValue({ ssn: '401558812' }, redactor).value).toEqual({ ssn: '<US_SSN>' });
    expect(redactValue({ user_ssn: '401558812' }, redactor).value).toEqual({ user_ssn: '<US_SSN>' });
    expect(redactValue({ ssn: '401558812' }, redactor, { keysAsContext: false }).value).toEqual({ ssn: '401558812' });
  });

  it('finds a short national phone number only under a key that names it, in any case style', () => {
    expect(testScanner().scan('675 62314')).toEqual([]);
    expect(redactValue({ code: '675 62314' }, redactor).value).toEqual({ code: '675 62314' });
    for (const key of ['phone', 'homePhone', 'PHONE_NUMBER', 'mobile-phone', 'Telefon']) {
      const { value, findings } = redactValue({ [key]: '675 62314' }, redactor);
      expect(value, key).toEqual({ [key]: '<PHONE_NUMBER>' });
      expect(findings.map((f) => [f.start, f.end]), key).toEqual([[0, 9]]);
    }
  });

  it('lets elements of an array take the key of the array', () => {
    expect(redactValue({ ssn: ['401558812', '219446578'] }, redactor).value).toEqual({ ssn: ['<US_SSN>', '<US_SSN>'] });
  });

  it('lets an assignment detector see a password field', () => {
    expect(redactValue({ note: 'hunter2xyzQ9' }, redactor).value).toEqual({ note: 'hunter2xyzQ9' });
    expect(redactValue({ password: 'hunter2xyzQ9' }, redactor).value).toEqual({ password: '<PASSWORD>' });
  });

  it('reads the words of a key, letters only', () => {
    expect(_keyWords('homePhone')).toBe('home Phone');
    expect(_keyWords('SSNNumber')).toBe('SSN Number');
    expect(_keyWords('user_ssn2')).toBe('user ssn');
    expect(_keyWords('x-api-key')).toBe('x api key');
    expect(_keyWords('téléphone')).toBe('téléphone');
    expect(_keyWords('1234')).toBe('');
    expect(_keyWords('w'.repeat(100) + ' ' + 'z'.repeat(100)).length).toBeLessThanOrEqual(128);
    expect(_keyWords('w'.repeat(100) + ' ' + 'z'.repeat(100))).toBe('z'.repeat(100));
    // A long key: its last words, which stand next to the value.
    expect(_keyWords('x'.repeat(100_000) + '_home_phone')).toBe('home phone');
    expect(_keyWords('x'.repeat(100_000))).toBe('');
  });
});

describe('path rules', () => {
  const doc = { id: 'jane@example.com', user: { email: 'jane@example.com', bio: 'bob@example.org' }, log: ['bob@example.org'] };

  it('scan only what include selects, and never what exclude selects', () => {
    expect(redactValue(doc, redactor, { paths: { include: ['user'], exclude: ['**.bio'] } }).value).toEqual({
      id: 'jane@example.com',
      user: { email: '<EMAIL_ADDRESS>', bio: 'bob@example.org' },
      log: ['bob@example.org'],
    });
    expect(redactValue(doc, redactor, { paths: { exclude: ['id', 'log[*]'] } }).value).toEqual({
      id: 'jane@example.com',
      user: { email: '<EMAIL_ADDRESS>', bio: '<EMAIL_ADDRESS>' },
      log: ['bob@example.org'],
    });
  });

  it('reject a malformed rule', () => {
    expect(() => redactValue(doc, redactor, { paths: { include: ['user..email'] } })).toThrow(/options.paths.include\[0\]/);
  });
});

describe('keys and numbers', () => {
  it('scanKeys redacts keys, and the finding names the redacted key', () => {
    const { value, findings } = redactValue({ 'jane@example.com': { role: 'owner' } }, redactor, { scanKeys: true });
    expect(value).toEqual({ '<EMAIL_ADDRESS>': { role: 'owner' } });
    expect(findings.map((f) => [f.path, f.inKey, f.start, f.end])).toEqual([['<EMAIL_ADDRESS>', true, 0, 16]]);
    expect(redactValue({ 'jane@example.com': 1 }, redactor).value).toEqual({ 'jane@example.com': 1 });
  });

  it('scanKeys throws key_collision rather than lose a value when two keys redact alike', () => {
    const e = thrown(() => redactValue({ 'jane@example.com': 1, 'bob@example.org': 2 }, redactor, { scanKeys: true }));
    expect(e.code).toBe('key_collision');
    expect(e.path).toBe('<EMAIL_ADDRESS>');
    const pseudonyms = testRedactor({ pseudonyms: true });
    expect(redactValue({ 'jane@example.com': 1, 'bob@example.org': 2 }, pseudonyms, { scanKeys: true }).value).toEqual({
      '<EMAIL_ADDRESS_1>': 1,
      '<EMAIL_ADDRESS_2>': 2,
    });
  });

  it('scanNumbers redacts a number that holds an entity, as a string', () => {
    const input = { card: 4111111111111111, ssn: 401558812, count: 3, big: 4111111111111111n, nan: Number.NaN };
    expect(redactValue(input, redactor).value).toEqual(input);
    expect(redactValue(input, redactor, { scanNumbers: true }).value).toEqual({
      card: '<CREDIT_CARD>',
      ssn: '<US_SSN>',
      count: 3,
      big: '<CREDIT_CARD>',
      nan: Number.NaN,
    });
  });
});

describe('bad input', () => {
  it('a cyclic value throws cyclic_value, naming where it loops', () => {
    const a: Record<string, unknown> = { name: 'x' };
    a.self = a;
    let e = thrown(() => redactValue(a, redactor));
    expect(e).toBeInstanceOf(AirlockError);
    expect(e.code).toBe('cyclic_value');
    expect(e.path).toBe('self');
    expect(e.message).toContain('the top level');
    const list: unknown[] = [];
    const b = { deep: { list } };
    list.push({ back: b.deep });
    e = thrown(() => redactValue(b, redactor));
    expect([e.code, e.path]).toEqual(['cyclic_value', 'deep.list[0].back']);
    expect(e.message).toContain('refers back to deep,');
  });

  it('a shared, acyclic value is fine, and redacted in each place', () => {
    const shared = { email: 'jane@example.com' };
    const { value, findings } = redactValue({ a: shared, b: [shared, shared] }, redactor);
    expect(value).toEqual({ a: { email: '<EMAIL_ADDRESS>' }, b: [{ email: '<EMAIL_ADDRESS>' }, { email: '<EMAIL_ADDRESS>' }] });
    expect(findings.map((f) => f.path)).toEqual(['a.email', 'b[0].email', 'b[1].email']);
  });

  it('what is not plain data throws unsupported_value with its path', () => {
    class User {
      email = 'jane@example.com';
    }
    const cases: [unknown, string][] = [
      [new Map([['email', 'jane@example.com']]), 'a Map'],
      [new Set(['jane@example.com']), 'a Set'],
      [new Uint8Array(4), 'a Uint8Array'],
      [new User(), 'a class instance'],
      [() => 'jane@example.com', 'a function'],
      [Symbol('x'), 'a symbol'],
      [{ [Symbol('k')]: 'jane@example.com' }, 'symbol-keyed'],
      [/jane/, 'a RegExp'],
    ];
    for (const [bad, what] of cases) {
      const e = thrown(() => redactValue({ user: [bad] }, redactor));
      expect(e.code, what).toBe('unsupported_value');
      expect(e.path).toBe('user[0]');
      expect(e.message).toContain(what);
    }
  });

  it('maxDepth and maxNodes throw input_too_large; shared parts cannot make the walk exponential', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10; i++) deep = [deep];
    expect(() => redactValue(deep, redactor, { maxDepth: 10 })).not.toThrow();
    const e = thrown(() => redactValue(deep, redactor, { maxDepth: 9 }));
    expect([e.code, e.path]).toEqual(['input_too_large', '[0]'.repeat(10)]);
    // 2^60 paths through 60 shared levels: stopped after maxNodes visits.
    let dag: unknown = 'jane@example.com';
    for (let i = 0; i < 60; i++) dag = { l: dag, r: dag };
    expect(thrown(() => redactValue(dag, redactor, { maxDepth: 100, maxNodes: 10_000 })).code).toBe('input_too_large');
    let deeper: unknown = 'x';
    for (let i = 0; i < 2000; i++) deeper = { a: deeper };
    expect(thrown(() => redactValue(deeper, redactor)).code).toBe('input_too_large');
    expect(() => redactValue(deeper, redactor, { maxDepth: 2000 })).not.toThrow();
  });

  it('malformed options and redactors throw invalid_argument', () => {
    for (const options of [{ maxDepth: -1 }, { maxDepth: 2001 }, { maxDepth: 1.5 }, { maxNodes: 0 }]) {
      expect(thrown(() => redactValue({}, redactor, options)).code).toBe('invalid_argument');
    }
    expect(thrown(() => redactValue({}, redactor, null as never)).code).toBe('invalid_argument');
    expect(thrown(() => redactValue({}, {} as RedactorLike)).code).toBe('invalid_argument');
  });
});
