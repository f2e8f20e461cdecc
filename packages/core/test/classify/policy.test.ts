/**
 * Policy documents: parsePolicy's checks and error paths, the published JSON Schema (in step with
 * the valibot schema, and agreeing with parsePolicy), and the digest.
 */
import { readFileSync } from 'node:fs';
import { defaultPolicy, gdpr, hipaa, isAirlockError, parsePolicy, pciDss, PolicyError, soc2, combinePolicies, decide } from '@airlock/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyJsonSchemaText, SCHEMA_PATH } from '../../scripts/policySchema.ts';
import { arbPolicyDoc } from './arbitraries.ts';

const published = readFileSync(SCHEMA_PATH, 'utf8');
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(published) as object);

function pathOf(doc: unknown): string | undefined {
  try {
    parsePolicy(doc);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    expect(isAirlockError(e) && e.code).toBe('invalid_policy');
    expect((e as PolicyError).message.startsWith(`${(e as PolicyError).path || 'policy'}: `)).toBe(true);
    return (e as PolicyError).path;
  }
}

const ok = { id: 'r', action: 'allow' };
const dest = { id: 'd', provider: 'p', retention: 'zero', agreements: [], region: 'US' } as const;

describe('parsePolicy', () => {
  it('fills in defaults and freezes the result', () => {
    const p = parsePolicy({ version: 1, destinations: [dest], rules: [ok] });
    expect(p.destinations[0]).toEqual({ ...dest, certifications: [], external: true });
    expect(p.levels).toEqual({});
    expect(p.aggregation.length).toBeGreaterThan(0);
    expect(Object.isFrozen(p) && Object.isFrozen(p.rules[0])).toBe(true);
  });

  it.each([
    [{ version: 1, rules: [ok, ok, ok, { id: 'x', action: 'allow', when: { level: 'secret' } }] }, 'rules[3].when.level'],
    [{ version: 1, rules: [{ id: 'x', action: 'permit' }] }, 'rules[0].action'],
    [{ version: 1, rules: [{ id: 'x', action: 'redact' }] }, 'rules[0].operators'],
    [{ version: 1, rules: [{ id: 'x', action: 'redact', operators: {} }] }, 'rules[0].operators'],
    [{ version: 1, rules: [{ id: 'x', action: 'redact', operators: { SECRET: { operator: 'shred' } } }] }, 'rules[0].operators.SECRET.operator'],
    [{ version: 1, rules: [{ id: 'x', action: 'redact', operators: { SECRET: { operator: 'hash' } } }] }, 'rules[0].operators.SECRET.key'],
    [{ version: 1, rules: [{ id: 'x', action: 'redact', operators: { SECRET: { operator: 'hash', key: new Uint8Array(4) } } }] }, 'rules[0].operators.SECRET.key'],
    [{ version: 1, rules: [{ id: 'x', action: 'redact', operators: { email: { operator: 'remove' } } }] }, 'rules[0].operators.email'],
    [{ version: 1, rules: [{ id: 'x', action: 'allow', when: { destination: { retention: 'forever' } } }] }, 'rules[0].when.destination.retention'],
    [{ version: 1, rules: [{ id: 'x', action: 'redact', operators: { US_SSN: { operator: 'mask', keepFirst: 7 } } }] }, 'rules[0].operators.US_SSN.keepFirst'],
    [{ version: 1, rules: [{ id: 'x', action: 'allow', unless: { regimes: ['sox'] } }] }, 'rules[0].unless.regimes[0]'],
    [{ version: 1, rules: [{ id: 'x', action: 'allow', colour: 'red' }] }, 'rules[0].colour'],
    [{ version: 1, rules: [{ id: 'Bad Id', action: 'allow' }] }, 'rules[0].id'],
    [{ version: 1, rules: [ok, ok] }, 'rules[1].id'],
    [{ version: 1, rules: [{ id: 'x', action: 'allow', when: { destination: { ids: ['nowhere'] } } }] }, 'rules[0].when.destination.ids[0]'],
    [{ version: 1, rules: [], destinations: [dest, dest] }, 'destinations[1].id'],
    [{ version: 1, rules: [], destinations: [{ ...dest, agreements: ['nda'] }] }, 'destinations[0].agreements[0]'],
    [{ version: 1, rules: [], destinations: [{ ...dest, region: 'usa' }] }, 'destinations[0].region'],
    [{ version: 1, rules: [], levels: { EMAIL_ADDRESS: 'top' } }, 'levels.EMAIL_ADDRESS'],
    [{ version: 1, rules: [], aggregation: [{ entities: [], threshold: 3, level: 'restricted' }] }, 'aggregation[0].entities'],
    [{ version: 2, rules: [] }, 'version'],
    [{ version: 1 }, 'rules'],
    [[], ''],
    [{ version: 1, rules: [{ id: 'x', action: 'allow', unless: [] }] }, 'rules[0].unless'],
    [{ version: 1, rules: [[]] }, 'rules[0]'],
    ['{not json', ''],
  ])('rejects %j at %s', (doc, path) => {
    expect(pathOf(doc)).toBe(path);
  });

  it('property: a policy broken in one place is rejected with the path of that place', () => {
    const breaks: ((i: number) => readonly [object, string])[] = [
      (i: number) => [{ when: { level: 'secret' } }, `rules[${i}].when.level`],
      (i: number) => [{ action: 'permit' }, `rules[${i}].action`],
      (i: number) => [{ unless: { destination: { external: 'no' } } }, `rules[${i}].unless.destination.external`],
      (i: number) => [{ when: { subjectRegions: ['Europe'] } }, `rules[${i}].when.subjectRegions[0]`],
      (i: number) => [{ typo: true }, `rules[${i}].typo`],
    ];
    fc.assert(
      fc.property(arbPolicyDoc.filter((d) => d.rules.length > 0), fc.nat(), fc.constantFrom(...breaks), (doc, k, brk) => {
        const i = k % doc.rules.length;
        const [patch, path] = brk(i);
        const rules = doc.rules.map((r, j) => (j === i ? { ...r, ...patch } : r));
        expect(pathOf({ ...doc, rules })).toBe(path);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the published JSON Schema', () => {
  it('is the one generated from the valibot schema (run gen:policy-schema after changing it)', () => {
    expect(published).toBe(policyJsonSchemaText());
  });

  it('accepts every preset', () => {
    for (const p of [defaultPolicy(), gdpr({ residency: true, adequate: ['CH'] }), hipaa(), pciDss(), pciDss({ pan: 'block' }), soc2()]) {
      expect(validate(JSON.parse(JSON.stringify(p))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('property: agrees with parsePolicy on generated policies, valid and broken', () => {
    const broken = arbPolicyDoc.chain((doc) =>
      fc.constantFrom<unknown>(
        doc,
        { ...doc, version: 2 },
        { ...doc, rules: [...doc.rules, { id: 'x', action: 'allow', when: { level: 'nope' } }] },
        { ...doc, rules: [...doc.rules, { id: 'y', action: 'redact', operators: { EMAIL_ADDRESS: { operator: 'mask', keepLast: -1 } } }] },
        { ...doc, extra: 1 },
        { ...doc, levels: [] },
        { ...doc, rules: [...doc.rules, { id: 'w', action: 'allow', when: [] }] },
        { ...doc, rules: [...doc.rules, { id: 'v', action: 'redact', operators: { SECRET: [] } }] },
        { ...doc, destinations: [...doc.destinations, { id: 'z', provider: 'p', retention: 'zero', agreements: [], region: 'usa' }] },
      ),
    );
    fc.assert(
      fc.property(broken, (doc) => {
        expect(validate(doc)).toBe(pathOf(doc) === undefined);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the policy digest', () => {
  it('ignores rule and destination order, and changes with the content', () => {
    fc.assert(
      fc.property(arbPolicyDoc, fc.nat(), (doc, seed) => {
        const shuffled = { ...doc, rules: [...doc.rules].sort(() => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 2 ? 1 : -1)), destinations: [...doc.destinations].reverse() };
        const digest = (p: unknown): string => decide({ findings: [], complete: true, destination: { id: 'd', provider: 'p', retention: 'zero', agreements: [], region: 'US' }, policy: parsePolicy(p) }).policyDigest;
        expect(digest(shuffled)).toBe(digest(doc));
        expect(digest({ ...doc, rules: [...doc.rules, { id: 'extra', action: 'block' }] })).not.toBe(digest(doc));
      }),
      { numRuns: 50 },
    );
    expect(decide({ findings: [], complete: true, destination: dest, policy: gdpr() }).policyDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('combinePolicies keeps every rule and rejects clashing ids', () => {
    expect(combinePolicies(gdpr(), pciDss()).rules.length).toBe(gdpr().rules.length + pciDss().rules.length);
    expect(() => combinePolicies(gdpr(), gdpr())).toThrow(PolicyError);
  });
});
