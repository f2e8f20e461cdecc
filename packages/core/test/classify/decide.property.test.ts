/**
 * The properties the issue asks of classification and decisions, over generated policies, findings
 * and destinations (fast-check).
 */
import {
  classify,
  createRedactor,
  createScanner,
  decide,
  documentMarkings,
  keep,
  parsePolicy,
  recommended,
  type Decision,
  type Finding,
  type Policy,
} from '@airlock/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDestination, arbPolicyDoc, KEYS, KINDS, LEVELS } from './arbitraries.ts';

/** A text made of distinct tokens, one per finding, and the findings over them. */
const arbText = fc
  .array(fc.record({ kind: fc.constantFrom(...KINDS), token: fc.stringMatching(/^[G-Z]{8,12}$/) }), { maxLength: 14 })
  .map((items) => {
    let text = 'start';
    const findings: Finding[] = items.map(({ kind, token }, i) => {
      const value = `${token}Q${i}`;
      text += ' ';
      const start = text.length;
      text += value;
      return { ...kind, start, end: text.length, score: 1 };
    });
    return { text, findings };
  });

const arbInput = fc.record({
  doc: arbPolicyDoc,
  sample: arbText,
  destination: arbDestination,
  complete: fc.boolean(),
  direction: fc.constantFrom('request', 'response'),
  subjects: fc.option(fc.subarray(['US', 'DE', 'FR', 'JP', 'EU']), { nil: undefined }),
});

type Input = typeof arbInput extends fc.Arbitrary<infer T> ? T : never;

function run(input: Input, policy: Policy = parsePolicy(input.doc)): Decision {
  return decide({
    findings: input.sample.findings,
    complete: input.complete,
    destination: input.destination,
    policy,
    direction: input.direction,
    text: input.sample.text,
    keys: KEYS,
    id: () => 'id',
    ...(input.subjects ? { subjectRegions: input.subjects } : {}),
  });
}

const comparable = (d: Decision) => ({ ...d, operators: undefined });

describe('decide, over generated policies', () => {
  it('restricted data never reaches an external destination, under any policy', () => {
    const seen = { redactedRestricted: 0, allowed: 0 };
    fc.assert(
      fc.property(arbInput, (input) => {
        const destination = { ...input.destination, external: true };
        const policy = parsePolicy(input.doc);
        const d = run({ ...input, destination, direction: 'request' }, policy);
        if (d.action === 'block') return;
        expect(input.complete).toBe(true);
        const { text, findings } = input.sample;
        const restricted = findings.filter((f) => classify([f], { complete: true, policy, aggregation: [] }).level === 'restricted');
        if (d.action === 'allow') {
          seen.allowed++;
          expect(restricted).toEqual([]);
          expect(classify(findings, { complete: true, policy, text }).level).not.toBe('restricted');
          return;
        }
        expect(restricted.every((f) => f.family !== 'DOCUMENT_MARKING')).toBe(true);
        const out = createRedactor({ operators: d.operators!, default: keep() }).apply(text, findings).text;
        if (restricted.length > 0) seen.redactedRestricted++;
        for (const f of restricted) {
          expect(d.redactions![f.type]!.operator).not.toBe('keep');
          expect(out).not.toContain(text.slice(f.start, f.end));
        }
      }),
      { numRuns: 400 },
    );
    // The property is not vacuous: generated policies do let text through, some of it redacted.
    expect(seen.allowed).toBeGreaterThan(0);
    expect(seen.redactedRestricted).toBeGreaterThan(0);
  });

  it('reordering the rules never changes a decision', () => {
    fc.assert(
      fc.property(arbInput, fc.array(fc.double({ noNaN: true }), { minLength: 8, maxLength: 8 }), (input, keys) => {
        const shuffled = { ...input.doc, rules: input.doc.rules.map((r, i) => [keys[i]!, r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r) };
        expect(comparable(run({ ...input, doc: shuffled }))).toEqual(comparable(run(input)));
      }),
      { numRuns: 300 },
    );
  });

  it('every decision names the rules behind it, and its reasons', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const d = run(input);
        const ids = new Set(input.doc.rules.map((r) => r.id));
        expect(d.rules.length).toBeGreaterThan(0);
        expect(d.reasons.length).toBeGreaterThan(0);
        for (const r of d.rules) expect(ids.has(r) || r.startsWith('airlock.')).toBe(true);
        if (d.rules.includes('airlock.default-deny')) expect(d.reasons.join(' ')).toMatch(/denied by default/);
        expect(['allow', 'redact', 'block']).toContain(d.action);
        expect(LEVELS).toContain(d.level);
      }),
      { numRuns: 300 },
    );
  });

  it('a block rule that applies wins, whatever else the policy says', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const doc = { ...input.doc, rules: [...input.doc.rules, { id: 'stop', action: 'block' as const }] };
        const d = run({ ...input, doc });
        expect(d.action).toBe('block');
        expect(d.rules).toContain('stop');
      }),
      { numRuns: 100 },
    );
  });

  it('an error inside evaluation yields block, never allow', () => {
    const faults: ((input: Input) => Parameters<typeof decide>[0])[] = [
      (i) => ({ ...base(i), findings: new Proxy([...i.sample.findings, i.sample.findings[0]!], { get: (t, k) => (k === 'map' ? () => { throw new Error('boom'); } : Reflect.get(t, k)) }) }),
      (i) => ({ ...base(i), id: () => { throw new Error('no randomness'); } }),
      (i) => ({ ...base(i), detectors: [null as never] }),
      (i) => ({
        ...base(i),
        // The only rule hashes every finding, so the key is read, and reading it fails.
        policy: parsePolicy({ version: 1, rules: [{ id: 'all', action: 'redact', operators: { '*': { operator: 'hash', key: 'k1' } } }] }),
        keys: { get k1(): Uint8Array { throw new Error('vault offline'); } } as never,
      }),
      (i) => ({ ...base(i), policy: { ...i.doc, rules: [{ id: 'x', action: 'allow', when: { level: 'nope' } }] } as never }),
      (i) => ({ ...base(i), destination: { ...i.destination, retention: 'forever' } as never }),
    ];
    const base = (i: Input) => ({
      findings: i.sample.findings,
      complete: i.complete,
      destination: i.destination,
      policy: parsePolicy(i.doc),
      keys: KEYS,
    });
    fc.assert(
      fc.property(arbInput.filter((i) => i.sample.findings.length > 0), fc.constantFrom(...faults), (input, fault) => {
        let d: Decision | undefined;
        expect(() => (d = decide(fault(input)))).not.toThrow();
        expect(d!.action).toBe('block');
      }),
      { numRuns: 200 },
    );
  });
});

describe('classification of scanned text', () => {
  const scanner = createScanner({ detectors: [...documentMarkings(), ...recommended()] });
  const PIECES = [
    'Hello there.',
    'Mail jane.doe@example.com about it.',
    'SSN 219-44-5566 on the form.',
    'card 4111 1111 1111 1111 expires soon',
    'CONFIDENTIAL',
    'For internal use only.',
    'server 203.0.113.9 restarted',
    'export AWS_ACCESS_TOKEN="A3TQSADPZVAF74DWWEDM"',
    'See https://example.com/docs for details.',
    'Call +44 20 7946 0958 later.',
    'the weather is nice',
  ];
  const arbDoc = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((xs) => xs.join(' '));
  const level = (text: string) => {
    const r = scanner.analyze(text);
    return LEVELS.indexOf(classify(r.findings, { complete: r.complete, text }).level);
  };

  it('adding text never lowers the level', () => {
    fc.assert(
      fc.property(arbDoc, arbDoc, (a, b) => {
        expect(level(`${a}\n${b}`)).toBeGreaterThanOrEqual(level(a));
        expect(level(`${a}\n${b}`)).toBeGreaterThanOrEqual(level(b));
      }),
      { numRuns: 150 },
    );
  });
});
