import { canonicalJson, type StructuredDataError } from '@airlock/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../errorCode.ts';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units and writes no whitespace', () => {
    // RFC 8785 §3.2.3 sorts by UTF-16 code units: '\u20ac' (U+20AC) before '\ud83d\ude00' (U+1F600) before '\ufb33'.
    expect(canonicalJson({ '\ufb33': 1, '\ud83d\ude00': 2, '\u20ac': 3, a: [true, false, null] })).toBe('{"a":[true,false,null],"\u20ac":3,"\ud83d\ude00":2,"\ufb33":1}');
    expect(canonicalJson({ b: { d: 1, c: 2 }, a: [] })).toBe('{"a":[],"b":{"c":2,"d":1}}');
  });

  it('writes numbers and strings as RFC 8785 does', () => {
    expect(canonicalJson([0, -0, 1e21, 1e-7, 333333333.3333333, -1.5, 2 ** 53])).toBe('[0,0,1e+21,1e-7,333333333.3333333,-1.5,9007199254740992]');
    expect(canonicalJson('a"\\\n\u0001é')).toBe('"a\\"\\\\\\n\\u0001é"');
  });

  it('round-trips: parsing canonical text and writing it again gives the same text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('refuses what is not plain JSON data, with a code and a path', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    expect(codeOf(() => canonicalJson(cyclic))).toBe('cyclic_value');
    expect(thrown<StructuredDataError>(() => canonicalJson({ a: [1, { b: NaN }] })).path).toBe('a[1].b');
    expect(thrown<StructuredDataError>(() => canonicalJson({ a: [cyclic] })).path).toBe('a[0].self');
    for (const bad of [undefined, NaN, Infinity, () => 1, 1n, Symbol('x'), new Date(0), new Map(), { a: undefined }, [1, undefined]]) {
      expect(codeOf(() => canonicalJson(bad))).toBe('unsupported_value');
    }
    let deep: unknown = 1;
    for (let i = 0; i < 300; i++) deep = [deep];
    expect(codeOf(() => canonicalJson(deep))).toBe('input_too_large');
    // A shared (not cyclic) object is fine.
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });
});
