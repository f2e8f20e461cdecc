/**
 * Property tests of redaction over generated texts with planted entities (see arbitraries.ts):
 * round trips through pseudonymize and encrypt, nothing planted survives, masks keep lengths,
 * keyed operators are deterministic per key and differ across keys.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createRedactor,
  createScanner,
  createVault,
  deserializeVault,
  encrypt,
  isAirlockError,
  hash,
  mask,
  pseudonymize,
  recommended,
  remove,
  replace,
  restore,
  type Operator,
  type Scanner,
} from '@airlock/core';
import { _finding } from './_operators.ts';
import { plantedText } from './arbitraries.ts';

// The catalog takes a second or two to compile; every property shares one scanner.
let scanner: Scanner;
beforeAll(() => {
  scanner = createScanner({ detectors: recommended() });
});
const RUNS = { numRuns: 60 };
const TIMEOUT = 60_000;
const key = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('redaction properties', () => {
  it('the generator plants what the scanner finds (so the properties below test something)', () => {
    fc.assert(
      fc.property(plantedText, ({ text, planted }) => {
        const found = scanner.scan(text);
        for (const p of planted) expect(found.some((f) => f.start <= p.start && f.end >= p.end), `${p.type} ${p.value}`).toBe(true);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('restore(pseudonymize(x)) === x', () => {
    fc.assert(
      fc.property(plantedText, fc.string({ maxLength: 8 }), ({ text }, scope) => {
        const vault = createVault();
        const redactor = createRedactor({ scanner, default: pseudonymize(), vault, scope });
        const out = redactor.redact(text);
        expect(out.items.length).toBeGreaterThan(0);
        expect(restore(out.text, vault, { scope }).text).toBe(text);
        expect(redactor.restore(out.text).text).toBe(text);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('restore(encrypt(x)) === x, also after the model changed the tokens’ case', () => {
    fc.assert(
      fc.property(plantedText, key, ({ text }, k) => {
        const enc = encrypt({ key: k });
        const out = createRedactor({ scanner, default: enc }).redact(text);
        expect(restore(out.text, undefined, { decrypt: [enc] }).text).toBe(text);
        // Lower-casing the whole answer changes the filler too; restore the tokens only.
        const lowered = out.items.reduceRight((t, i) => t.slice(0, i.start) + i.replacement.toLowerCase() + t.slice(i.end), out.text);
        expect(restore(lowered, undefined, { decrypt: [enc] }).text).toBe(text);
      }),
      RUNS,
    );
  }, TIMEOUT);

  const OPERATORS: [string, () => Operator][] = [
    ['replace', () => replace()],
    ['remove', () => remove()],
    ['mask', () => mask()],
    ['mask (format-preserving)', () => mask({ preserveFormat: true })],
    ['hash', () => hash({ key: new Uint8Array(32).fill(1) })],
    ['encrypt', () => encrypt({ key: new Uint8Array(32).fill(2) })],
    ['pseudonymize', () => pseudonymize()],
  ];
  for (const [name, make] of OPERATORS) {
    it(`no planted entity survives ${name}: not in the output, and not found by scanning it again`, () => {
      const redactor = createRedactor({ scanner, default: make() });
      fc.assert(
        fc.property(plantedText, ({ text, planted }) => {
          const out = redactor.redact(text);
          const again = scanner.scan(out.text).map((f) => out.text.slice(f.start, f.end));
          for (const p of planted) {
            expect(out.text).not.toContain(p.value);
            expect(again).not.toContain(p.value);
          }
        }),
        { numRuns: 25 },
      );
    }, TIMEOUT);
  }

  it('length-preserving masks preserve length; the format-preserving one keeps every separator', () => {
    fc.assert(
      fc.property(plantedText, fc.constantFrom('*', '#', 'x'), fc.nat(3), fc.nat(3), ({ text }, char, keepFirst, keepLast) => {
        for (const preserveFormat of [false, true]) {
          const out = createRedactor({ scanner, default: mask({ char, keepFirst, keepLast, preserveFormat }) }).redact(text);
          expect(out.text.length).toBe(text.length);
          for (const item of out.items) {
            const value = text.slice(item.finding.start, item.finding.end);
            expect(item.replacement.length).toBe(value.length);
            if (preserveFormat) {
              for (let i = 0; i < value.length; i++) if (!/[\p{L}\p{N}]/u.test(value[i]!)) expect(item.replacement[i]).toBe(value[i]);
            }
          }
        }
      }),
      { numRuns: 30 },
    );
  }, TIMEOUT);

  it('hash and encrypt are deterministic under one key and differ across keys', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.constantFrom('EMAIL_ADDRESS', 'PERSON', 'US_SSN'), key, key, (value, type, k1, k2) => {
        fc.pre(k1.some((b, i) => b !== k2[i]));
        const f = _finding(type, value);
        const ctx = { vault: createVault(), scope: 'default' };
        for (const make of [(k: Uint8Array) => hash({ key: k }), (k: Uint8Array) => encrypt({ key: k })]) {
          const a = make(k1).apply(value, f, ctx);
          expect(make(k1).apply(value, f, ctx)).toBe(a);
          expect(make(k2).apply(value, f, ctx)).not.toBe(a);
        }
      }),
      { numRuns: 200 },
    );
  });

  const codeOf = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      return isAirlockError(e) ? e.code : `not an AirlockError: ${String(e)}`;
    }
    return 'no error';
  };

  it('a damaged serialized vault or a wrong key raises vault_corrupt or vault_key, never garbage', () => {
    const vault = createVault();
    for (let i = 0; i < 5; i++) vault.pseudonym('s', 'PERSON', `person ${i}`);
    const k = new Uint8Array(32).fill(3);
    const saved = vault.serialize(k);
    fc.assert(
      fc.property(fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), fc.boolean(), key, (at, c, truncate, other) => {
        const i = at % saved.length;
        const damaged = truncate ? saved.slice(0, i) : saved.slice(0, i) + c + saved.slice(i + 1);
        if (damaged !== saved) expect(codeOf(() => deserializeVault(damaged, k))).toMatch(/^vault_(corrupt|key)$/);
        if (other.some((b, j) => b !== k[j])) expect(codeOf(() => deserializeVault(saved, other))).toBe('vault_key');
      }),
      { numRuns: 300 },
    );
  });

  it('an altered encrypt token, or another key, raises decrypt_failed, never garbage', () => {
    const k = new Uint8Array(32).fill(4);
    const enc = encrypt({ key: k });
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.nat(), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), key, (value, at, c, other) => {
        const token = enc.apply(value, _finding('PERSON', value), { vault: createVault(), scope: 's' });
        const head = token.indexOf(':') + 1;
        const i = head + (at % (token.length - head));
        const altered = token.slice(0, i) + c + token.slice(i + 1);
        if (altered.toUpperCase() !== token) expect(codeOf(() => restore(`x ${altered} y`, undefined, { decrypt: [enc] }))).toBe('decrypt_failed');
        if (other.some((b, j) => b !== k[j])) expect(codeOf(() => encrypt({ key: other }).decrypt(token))).toBe('decrypt_failed');
      }),
      { numRuns: 300 },
    );
  });
});
