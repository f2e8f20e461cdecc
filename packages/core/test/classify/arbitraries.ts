/** Generators of findings, destinations and policies for the classification property tests. */
import type { Finding, SensitivityLevel } from '@airlock/core';
import fc from 'fast-check';

export const LEVELS: readonly SensitivityLevel[] = ['public', 'internal', 'confidential', 'restricted'];

/** Catalog-like types with their family, level and detector id. */
export const KINDS = [
  { type: 'EMAIL_ADDRESS', family: 'EMAIL_ADDRESS', level: 'confidential', detector: 'email-address' },
  { type: 'PHONE_NUMBER', family: 'PHONE_NUMBER', level: 'confidential', detector: 'phone-number' },
  { type: 'PERSON', family: 'PERSON', level: 'confidential', detector: 'person' },
  { type: 'URL', family: 'URL', level: 'internal', detector: 'url' },
  { type: 'IP_ADDRESS', family: 'IP_ADDRESS', level: 'internal', detector: 'ip-address' },
  { type: 'US_SSN', family: 'US_SSN', level: 'restricted', detector: 'us-ssn' },
  { type: 'FR_NIR', family: 'NATIONAL_ID', level: 'restricted', detector: 'fr-nir' },
  { type: 'CREDIT_CARD', family: 'CREDIT_CARD', level: 'restricted', detector: 'credit-card' },
  { type: 'MEDICAL_RECORD_NUMBER', family: 'HEALTH_ID', level: 'restricted', detector: 'medical-record-number' },
  { type: 'AWS_ACCESS_KEY_ID', family: 'SECRET', level: 'restricted', detector: 'aws-access-token' },
  { type: 'CONFIDENTIAL_MARKING', family: 'DOCUMENT_MARKING', level: 'confidential', detector: 'confidential-marking' },
  { type: 'PHI_MARKING', family: 'DOCUMENT_MARKING', level: 'confidential', detector: 'phi-marking' },
  { type: 'INTERNAL_TERM', family: 'INTERNAL', level: 'internal', detector: 'internal-term' },
  { type: 'TICKET_ID', family: 'TICKET_ID', level: 'public', detector: 'ticket-id' },
] as const;

export const arbFinding: fc.Arbitrary<Finding> = fc
  .record({ kind: fc.constantFrom(...KINDS), start: fc.nat(500), length: fc.integer({ min: 1, max: 30 }) })
  .map(({ kind, start, length }) => ({ ...kind, start, end: start + length, score: 1 }));

const REGIMES = ['gdpr', 'hipaa', 'pci-dss', 'soc2', 'ccpa', 'glba'] as const;
const REGIONS = ['US', 'DE', 'FR', 'EU', 'EEA', 'GB', 'NO', 'JP'] as const;
const ENTITIES = ['*', ...new Set(KINDS.flatMap((k) => [k.type, k.family]))];

const sub = <T>(xs: readonly T[]): fc.Arbitrary<T[]> => fc.subarray([...xs], { minLength: 1 });

/** A destination document (as written in a policy, defaults optional). */
export const arbDestination = fc.record(
  {
    id: fc.constantFrom('dest-a', 'dest-b', 'dest-c'),
    provider: fc.constantFrom('openai', 'anthropic', 'self'),
    retention: fc.constantFrom('zero', 'standard'),
    agreements: fc.subarray(['enterprise', 'baa', 'dpa'] as const),
    region: fc.constantFrom(...REGIONS.filter((r) => r !== 'EEA')),
    certifications: fc.subarray(['soc2', 'iso27001', 'pci-dss']),
    external: fc.boolean(),
  },
  { requiredKeys: ['id', 'provider', 'retention', 'agreements', 'region'] },
);

export const arbCondition = fc.record(
  {
    level: fc.oneof(fc.constantFrom(...LEVELS), sub(LEVELS)),
    entities: sub(ENTITIES),
    regimes: sub(REGIMES),
    subjectRegions: sub(REGIONS),
    destination: fc.record(
      {
        providers: sub(['openai', 'anthropic', 'self']),
        retention: fc.constantFrom('zero', 'standard'),
        agreements: fc.subarray(['enterprise', 'baa', 'dpa'] as const),
        regions: sub(REGIONS),
        certifications: fc.subarray(['soc2', 'iso27001']),
        external: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    direction: fc.constantFrom('request', 'response'),
  },
  { requiredKeys: [] },
);

export const arbOperatorSpec = fc.oneof(
  fc.constant({ operator: 'replace' }),
  fc.constant({ operator: 'remove' }),
  fc.record({ operator: fc.constant('mask'), keepLast: fc.integer({ min: 0, max: 4 }) }),
  fc.constant({ operator: 'hash', key: 'k1' }),
  fc.constant({ operator: 'encrypt', key: 'k2' }),
  fc.constant({ operator: 'pseudonymize' }),
  fc.constant({ operator: 'surrogate', key: 'k1' }),
  fc.constant({ operator: 'keep' }),
);

/** A rule document without its id (ids are given by position). */
export const arbRuleBody = fc.oneof(
  // Broad rules, with at most one condition, so that generated policies often let text through.
  fc.record({ action: fc.constantFrom('allow', 'block'), when: fc.record({ entities: sub(ENTITIES) }, { requiredKeys: [] }) }, { requiredKeys: ['action'] }),
  fc.record({ action: fc.constant('redact'), operators: fc.dictionary(fc.constantFrom(...ENTITIES), arbOperatorSpec, { minKeys: 1, maxKeys: 4 }) }),
  fc.record({ action: fc.constantFrom('allow', 'block'), when: arbCondition, unless: arbCondition }, { requiredKeys: ['action'] }),
  fc.record(
    { action: fc.constant('redact'), operators: fc.dictionary(fc.constantFrom(...ENTITIES), arbOperatorSpec, { minKeys: 1, maxKeys: 4 }), when: arbCondition, unless: arbCondition },
    { requiredKeys: ['action', 'operators'] },
  ),
);

/** A valid policy document. */
export const arbPolicyDoc = fc
  .record({
    rules: fc.array(arbRuleBody, { maxLength: 8 }),
    levels: fc.dictionary(fc.constantFrom(...ENTITIES.filter((e) => e !== '*')), fc.constantFrom(...LEVELS), { maxKeys: 3 }),
    destinations: fc.uniqueArray(arbDestination, { selector: (d) => d.id, maxLength: 3 }),
  })
  .map(({ rules, levels, destinations }) => ({ version: 1 as const, levels, destinations, rules: rules.map((r, i) => ({ id: `rule-${i}`, ...r })) }));

export const KEYS = { k1: new Uint8Array(32).fill(7), k2: new Uint8Array(32).fill(9) };
