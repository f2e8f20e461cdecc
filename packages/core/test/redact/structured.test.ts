/**
 * Property tests of structured redaction over generated JSON values and chat conversations with
 * planted entities (e-mail addresses, Luhn-valid card numbers, SSNs, phone numbers, AWS key ids,
 * IBANs, and bare SSN digits that only their key names): the output keeps the input's shape, no
 * planted entity survives (every output string is scanned again), the input is never mutated,
 * cycles are rejected, and pseudonyms restore to the input.
 */
import { formatPath, isValidUsSsn, redactMessages, redactValue, restoreMessages, restoreValue, type StructuredDataError } from '@airlock/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testRedactor, testScanner } from './testRedactor.ts';

const scanner = testScanner();

// ---- planted entities ----------------------------------------------------------------------

const digits = (n: number): fc.Arbitrary<string> => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const lower = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), { minLength: min, maxLength: max }).map((c) => c.join(''));

const email = fc
  .tuple(lower(3, 8), fc.option(lower(2, 6), { nil: undefined }), lower(3, 8), fc.constantFrom('com', 'org', 'net', 'io', 'de'))
  .map(([a, b, d, tld]) => `${a}${b ? `.${b}` : ''}@${d}.${tld}`);

function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  return (10 - (sum % 10)) % 10;
}

const card = fc
  .tuple(fc.constantFrom(['4', 16], ['51', 16], ['55', 16], ['2221', 16], ['34', 15], ['37', 15]), fc.constantFrom('', ' ', '-'))
  .chain(([[prefix, length], sep]) =>
    digits((length as number) - (prefix as string).length - 1).map((rest) => {
      const body = (prefix as string) + rest;
      const number = body + luhnDigit(body);
      if (sep === '' || number.length !== 16) return number;
      return [0, 4, 8, 12].map((i) => number.slice(i, i + 4)).join(sep);
    }),
  );

const ssnDigits = digits(9).filter((s) => isValidUsSsn(s));
const ssn = ssnDigits.map((s) => `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`);
const phone = fc.oneof(digits(3).map((d) => `+44 20 7946 0${d}`), digits(2).map((d) => `+1 202 555 01${d}`));
const awsKeyId = fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), { minLength: 16, maxLength: 16 }).map((c) => `AKIA${c.join('')}`);

/** A German IBAN: bank code and account number, with its mod-97 check digits. */
const iban = digits(18).map((bban) => {
  const numeric = bban + '131400'; // D=13, E=14, check digits 00
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return `DE${String(98 - rem).padStart(2, '0')}${bban}`;
});

/**
 * Entities the scanner finds on their own, whole: these properties test redaction, not detection
 * recall, so a generated value the detectors rightly refuse (an AWS key id of low entropy such as
 * `AKIAAAAAAAAAG52AU6XY`, a placeholder) is not planted.
 */
const entity = fc
  .oneof(email, card, ssn, phone, awsKeyId, iban)
  .filter((e) => scanner.scan(` ${e} `).some((f) => f.start === 1 && f.end === e.length + 1));

/** Letters-only words: filler that no detector of the test scanner reads as an entity. */
const words = fc.array(fc.constantFrom('the', 'order', 'was', 'shipped', 'see', 'hello', 'alpha', 'beta', 'tomorrow', 'ok'), { maxLength: 4 }).map((w) => w.join(' '));

/** An entity in a sentence, or bare SSN digits under a key that names them: placeholders until {@link materialize}. */
class Plant {
  constructor(
    readonly text: string,
    readonly entity: string,
  ) {}
}
class KeyedPlant {
  constructor(
    readonly key: string,
    readonly entity: string,
  ) {}
}
const plant = fc.tuple(words, entity, words).map(([a, e, b]) => new Plant(`${a} ${e} ${b}`, e));
const keyedPlant = fc.tuple(fc.constantFrom('ssn', 'SSN', 'user_ssn', 'ssnNumber', 'socialSecurity'), ssnDigits).map(([k, d]) => new KeyedPlant(k, d));

const key = fc.oneof(fc.constantFrom('id', 'name', 'note', 'email', 'items', 'data', 'meta', 'x'), fc.string({ maxLength: 5 }));

const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('array'), tie('object')),
  leaf: fc.oneof(plant, plant, keyedPlant, words, fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
  array: fc.array(tie('tree'), { maxLength: 4 }),
  object: fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
}));

/** The generated tree as plain JSON-like data, and the entities planted in it. */
function materialize(v: unknown, entities: string[]): unknown {
  if (v instanceof Plant) {
    entities.push(v.entity);
    return v.text;
  }
  if (v instanceof KeyedPlant) {
    entities.push(v.entity);
    return { [v.key]: v.entity };
  }
  if (Array.isArray(v)) return v.map((x) => materialize(x, entities));
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = Object.getPrototypeOf(v) === null ? Object.create(null) : {};
    for (const k of Object.keys(v)) {
      const x = materialize((v as Record<string, unknown>)[k], entities);
      Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return v;
}

const planted = tree.map((t) => {
  const entities: string[] = [];
  const value = materialize(t, entities);
  return { value, entities };
});

// ---- helpers -------------------------------------------------------------------------------

/** Every string in a value, keys excluded. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (typeof v === 'object' && v !== null) Object.values(v).forEach((x) => strings(x, out));
  return out;
}

/** The value with every string replaced by one marker, and objects as their ordered entries. */
function shape(v: unknown): unknown {
  if (typeof v === 'string') return { string: true };
  if (Array.isArray(v)) return { array: v.length, items: v.map(shape) };
  if (typeof v === 'object' && v !== null) return { keys: Object.keys(v).map((k) => [k, shape((v as Record<string, unknown>)[k])]) };
  return { type: typeof v, value: v };
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    Object.values(v).forEach(deepFreeze);
  }
  return v;
}

function survivors(output: unknown, entities: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of strings(output)) {
    for (const e of entities) if (s.includes(e)) out.push(`planted ${e} survives in ${JSON.stringify(s)}`);
    for (const f of scanner.scan(s)) out.push(`${f.type} found again in ${JSON.stringify(s)}`);
  }
  return out;
}

// ---- properties ----------------------------------------------------------------------------

describe('redactValue properties', () => {
  it('keeps the shape: same keys in the same order, same array lengths, same non-string values; only strings change', () => {
    const redactor = testRedactor();
    fc.assert(
      fc.property(planted, ({ value }) => {
        expect(shape(redactValue(value, redactor).value)).toEqual(shape(value));
      }),
    );
  });

  it('lets no planted entity survive: every output string, scanned again, holds none', () => {
    const redactor = testRedactor();
    fc.assert(
      fc.property(planted, ({ value, entities }) => {
        const { value: out, findings, complete } = redactValue(value, redactor);
        expect(survivors(out, entities)).toEqual([]);
        expect(findings.length).toBeGreaterThanOrEqual(entities.length);
        expect(complete).toBe(true);
        // Scanned again the way it was redacted (keys as context), the output has nothing left.
        expect(redactValue(out, redactor).findings).toEqual([]);
      }),
    );
  });

  it('never mutates its input', () => {
    const redactor = testRedactor();
    fc.assert(
      fc.property(planted, ({ value }) => {
        const before = structuredClone(value);
        redactValue(deepFreeze(value), redactor);
        expect(value).toEqual(before);
      }),
    );
  });

  it('restores pseudonyms to the input', () => {
    fc.assert(
      fc.property(planted, ({ value }) => {
        const redactor = testRedactor({ pseudonyms: true });
        const { value: out } = redactValue(value, redactor);
        expect(restoreValue(out, (t) => redactor.restore(t).text)).toEqual(value);
      }),
    );
  });

  it('rejects every cycle with cyclic_value at the place it closes; shared acyclic parts are fine', () => {
    const redactor = testRedactor();
    const containers = planted.filter(({ value }) => typeof value === 'object' && value !== null);
    fc.assert(
      fc.property(containers, fc.nat(), fc.nat(), ({ value }, pick, up) => {
        // Every container with its chain of ancestors.
        const found: { node: object; path: (string | number)[]; chain: object[] }[] = [];
        const visit = (v: unknown, path: (string | number)[], chain: object[]): void => {
          if (typeof v !== 'object' || v === null) return;
          const here = [...chain, v];
          found.push({ node: v, path, chain: here });
          for (const k of Object.keys(v)) visit((v as Record<string, unknown>)[k], [...path, Array.isArray(v) ? Number(k) : k], here);
        };
        visit(value, [], []);
        const { node, path, chain } = found[pick % found.length]!;
        const ancestor = chain[up % chain.length]!;
        // A shared (acyclic) reference first: allowed.
        const shared = Array.isArray(value) ? [...value, node] : { ...(value as object), __shared: node };
        expect(() => redactValue(shared, redactor)).not.toThrow();
        if (Array.isArray(node)) node.push(ancestor);
        else (node as Record<string, unknown>)['__loop'] = ancestor;
        const closes = formatPath([...path, Array.isArray(node) ? node.length - 1 : '__loop']);
        let error: StructuredDataError | undefined;
        try {
          redactValue(value, redactor);
        } catch (e) {
          error = e as StructuredDataError;
        }
        expect(error?.code).toBe('cyclic_value');
        expect(error?.path).toBe(closes);
      }),
    );
  });
});

describe('redactMessages properties', () => {
  /** Text with a planted entity, as a string or as text parts. */
  const text = fc.tuple(words, entity, words).map(([a, e, b]) => ({ text: `${a} ${e} ${b}`, entities: [e] }));
  const toolValue = planted;

  const openai = fc
    .tuple(text, text, toolValue, text, text)
    .map(([system, user, args, tool, answer]) => ({
      entities: [...system.entities, ...user.entities, ...args.entities, ...tool.entities, ...answer.entities],
      conversation: {
        model: 'gpt-4o',
        messages: [
          { role: 'system', content: system.text },
          { role: 'user', content: [{ type: 'text', text: user.text }, { type: 'image_url', image_url: { url: 'https://example.com/x.png' } }] },
          { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: JSON.stringify({ input: args.value }) } }] },
          { role: 'tool', tool_call_id: 'c1', content: tool.text },
          { role: 'assistant', content: answer.text },
        ],
      },
    }));

  const anthropic = fc
    .tuple(text, text, toolValue, text, text)
    .map(([system, user, input, result, answer]) => ({
      entities: [...system.entities, ...user.entities, ...input.entities, ...result.entities, ...answer.entities],
      conversation: {
        model: 'claude',
        system: [{ type: 'text', text: system.text }],
        messages: [
          { role: 'user', content: user.text },
          { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'f', input: { input: input.value } }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [{ type: 'text', text: result.text }] }] },
          { role: 'assistant', content: [{ type: 'text', text: answer.text }] },
        ],
      },
    }));

  it('lets no planted entity survive, keeps the shape, and restores pseudonyms to the input', () => {
    fc.assert(
      fc.property(fc.oneof(openai, anthropic), ({ conversation, entities }) => {
        const redactor = testRedactor({ pseudonyms: true });
        const before = structuredClone(conversation);
        const { messages, complete } = redactMessages(deepFreeze(conversation), redactor);
        expect(complete).toBe(true);
        expect(shape(messages)).toEqual(shape(conversation));
        const serialized = JSON.stringify(messages);
        for (const e of entities) expect(serialized).not.toContain(e);
        expect(conversation).toEqual(before);
        expect(restoreMessages(messages, (t) => redactor.restore(t).text)).toEqual(conversation);
      }),
      { numRuns: 50 },
    );
  });
});
