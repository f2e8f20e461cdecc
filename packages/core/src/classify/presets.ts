/**
 * Ready-made policies: {@link defaultPolicy}, {@link gdpr}, {@link hipaa}, {@link pciDss},
 * {@link soc2}. Each is an ordinary policy document run through {@link parsePolicy}; read them in
 * docs/policy.md, or `JSON.stringify(gdpr(), null, 2)`, and extend them with {@link combinePolicies}.
 *
 * @module
 */
import { LEVELS } from '../detect/defineDetector.ts';
import { AirlockError } from '../errors/AirlockError.ts';
import { parsePolicy } from './parsePolicy.ts';
import type { SensitivityLevel } from '../detect/types.ts';
import type { AggregationRule, Destination, Policy, Rule } from './types.ts';

const SECRETS_REMOVED = { SECRET: { operator: 'remove' } } as const;
/** Identifiers that single a person out; never useful to a model as they are. */
const IDENTIFIERS = ['NATIONAL_ID', 'TAX_ID', 'PASSPORT', 'DRIVER_LICENSE', 'HEALTH_ID', 'US_SSN', 'MEDICAL_LICENSE'];
const CONTACT = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'STREET_ADDRESS', 'DATE_OF_BIRTH'];
const replaceAll = (keys: readonly string[]): Record<string, { operator: 'replace' }> => Object.fromEntries(keys.map((k) => [k, { operator: 'replace' }]));
const pseudonymizeAll = (keys: readonly string[]): Record<string, { operator: 'pseudonymize' }> => Object.fromEntries(keys.map((k) => [k, { operator: 'pseudonymize' }]));

/**
 * The default policy: send what the destination may receive, after removing secrets and
 * pseudonymizing every other finding. What cannot be redacted away (document markings, an
 * incomplete scan) is held to the level gates.
 *
 * | rule | action |
 * | --- | --- |
 * | `default.allow` | allow (the level gates still apply) |
 * | `default.remove-secrets` | redact `SECRET` with `remove` |
 * | `default.pseudonymize` | redact every other finding (but document markings) with `pseudonymize` |
 *
 * @returns the policy
 *
 * @example
 * ```ts
 * import { decide, defaultPolicy } from '@airlock/core';
 * const free = { id: 'free-tier', provider: 'acme-ai', retention: 'standard', agreements: [], region: 'US' } as const;
 * decide({ findings: [], complete: true, destination: free, policy: defaultPolicy() }).action; //=> 'allow'
 * decide({ findings: [], complete: false, destination: free, policy: defaultPolicy() }).rules; //=> ['airlock.gate.restricted']
 * ```
 */
export function defaultPolicy(): Policy {
  return parsePolicy({
    version: 1,
    id: 'airlock.default',
    description: 'Remove secrets, pseudonymize personal data, and keep to the level gates.',
    rules: [
      { id: 'default.allow', action: 'allow', description: 'anything the level gates let through' },
      { id: 'default.remove-secrets', action: 'redact', when: { entities: ['SECRET'] }, operators: SECRETS_REMOVED, description: 'credentials never leave' },
      {
        id: 'default.pseudonymize',
        action: 'redact',
        when: { entities: ['*'] },
        // A marking is left in place: replacing the label would not lower the text's level.
        operators: { '*': { operator: 'pseudonymize' }, DOCUMENT_MARKING: { operator: 'keep' } },
        description: 'personal and internal values are replaced by reversible tokens',
      },
    ],
  });
}

/** Options of {@link gdpr}. */
export interface GdprOptions {
  /**
   * Also require that EEA personal data is processed in the EEA (or a country in
   * {@link GdprOptions.adequate}).
   * @defaultValue false
   */
  readonly residency?: boolean;
  /**
   * Regions besides the EEA that count as adequate for residency (adequacy decisions, such as `CH`,
   * `GB`, `JP`).
   * @defaultValue []
   */
  readonly adequate?: readonly string[];
}

/**
 * A GDPR policy. Personal data of data subjects in the EEA goes only to destinations under a data
 * processing agreement (and, with `residency`, processed in the EEA); where the subjects are is
 * taken from {@link DecideInput.subjectRegions} and from region-specific identifiers in the text,
 * and when nothing tells, the rule applies (fail closed).
 *
 * | rule | action |
 * | --- | --- |
 * | `gdpr.allow` | allow (the level gates still apply) |
 * | `gdpr.dpa-required` | block GDPR data of EEA subjects to an external destination without a DPA |
 * | `gdpr.residency` (with `residency`) | block it to a destination outside the EEA and the adequate regions |
 * | `gdpr.remove-secrets` | redact `SECRET` with `remove` |
 * | `gdpr.replace-identifiers` | redact national, tax, passport, licence and health ids with `replace`; cards and IBANs with `mask` (last 4) |
 * | `gdpr.pseudonymize-contact` | redact contact data and names with `pseudonymize` for a destination that retains data |
 *
 * @param options - residency
 * @returns the policy
 *
 * @example
 * ```ts
 * import { decide, gdpr } from '@airlock/core';
 * const email = { type: 'EMAIL_ADDRESS', family: 'EMAIL_ADDRESS', start: 0, end: 16, score: 1, detector: 'email-address', level: 'confidential' } as const;
 * const eu = { id: 'eu-llm', provider: 'acme-ai', retention: 'zero', agreements: ['enterprise', 'dpa'], region: 'DE' } as const;
 * decide({ findings: [email], complete: true, destination: eu, policy: gdpr({ residency: true }), subjectRegions: ['FR'] }).action; //=> 'allow'
 * ```
 */
export function gdpr(options: GdprOptions = {}): Policy {
  const adequate = options.adequate ?? [];
  const rules: unknown[] = [
    { id: 'gdpr.allow', action: 'allow', description: 'anything the level gates let through' },
    {
      id: 'gdpr.dpa-required',
      action: 'block',
      when: { regimes: ['gdpr'], subjectRegions: ['EEA'], destination: { external: true } },
      unless: { destination: { agreements: ['dpa'] } },
      description: 'personal data of EEA data subjects goes only to processors under a data processing agreement (GDPR Art. 28)',
    },
    { id: 'gdpr.remove-secrets', action: 'redact', when: { entities: ['SECRET'] }, operators: SECRETS_REMOVED, description: 'credentials never leave' },
    {
      id: 'gdpr.replace-identifiers',
      action: 'redact',
      when: { entities: [...IDENTIFIERS, 'CREDIT_CARD', 'IBAN_CODE'] },
      operators: { ...replaceAll(IDENTIFIERS), CREDIT_CARD: { operator: 'mask', keepLast: 4 }, IBAN_CODE: { operator: 'mask', keepLast: 4 } },
      description: 'identification numbers are not needed by a model (data minimisation, Art. 5(1)(c))',
    },
    {
      id: 'gdpr.pseudonymize-contact',
      action: 'redact',
      when: { entities: CONTACT, destination: { retention: 'standard' } },
      operators: pseudonymizeAll(CONTACT),
      description: 'contact data is pseudonymized before it reaches a destination that retains it (Art. 32)',
    },
  ];
  if (options.residency === true) {
    rules.push({
      id: 'gdpr.residency',
      action: 'block',
      when: { regimes: ['gdpr'], subjectRegions: ['EEA'], destination: { external: true } },
      unless: { destination: { regions: ['EEA', ...adequate] } },
      description: 'personal data of EEA data subjects is processed in the EEA or an adequate country',
    });
  }
  return parsePolicy({ version: 1, id: 'airlock.gdpr', description: 'GDPR: DPA, minimisation, optional residency.', rules });
}

/**
 * A HIPAA policy. Protected health information (health identifiers, medical record numbers, text
 * marked PHI) goes to an external destination only under a business associate agreement; health
 * identifiers are always replaced; the identifiers of the Safe Harbor list that airlock detects
 * (names, contact data, dates of birth, ages) are pseudonymized unless the destination has both a
 * BAA and zero data retention.
 *
 * | rule | action |
 * | --- | --- |
 * | `hipaa.allow` | allow (the level gates still apply) |
 * | `hipaa.baa-required` | block PHI to an external destination without a BAA |
 * | `hipaa.remove-secrets` | redact `SECRET` with `remove` |
 * | `hipaa.replace-identifiers` | redact health, national and tax ids with `replace` |
 * | `hipaa.deidentify` | redact HIPAA identifiers with `pseudonymize`, unless the destination has a BAA and zero retention |
 *
 * @returns the policy
 *
 * @example
 * ```ts
 * import { decide, hipaa } from '@airlock/core';
 * const mrn = { type: 'MEDICAL_RECORD_NUMBER', family: 'HEALTH_ID', start: 4, end: 14, score: 1, detector: 'medical-record-number', level: 'restricted' } as const;
 * const plain = { id: 'plain', provider: 'acme-ai', retention: 'zero', agreements: ['enterprise'], region: 'US' } as const;
 * decide({ findings: [mrn], complete: true, destination: plain, policy: hipaa() }).rules; //=> ['hipaa.baa-required']
 * ```
 */
export function hipaa(): Policy {
  const phiIds = ['HEALTH_ID', 'US_SSN', 'NATIONAL_ID', 'TAX_ID', 'MEDICAL_LICENSE'];
  const safeHarbor = [...CONTACT, 'AGE', 'URL', 'IP_ADDRESS'];
  return parsePolicy({
    version: 1,
    id: 'airlock.hipaa',
    description: 'HIPAA: PHI only under a BAA; identifiers replaced; de-identification without zero retention.',
    rules: [
      { id: 'hipaa.allow', action: 'allow', description: 'anything the level gates let through' },
      {
        id: 'hipaa.baa-required',
        action: 'block',
        when: { entities: ['HEALTH_ID', 'PHI_MARKING'], destination: { external: true } },
        unless: { destination: { agreements: ['baa'] } },
        description: 'protected health information goes only to business associates under a BAA (45 CFR 164.502(e))',
      },
      { id: 'hipaa.remove-secrets', action: 'redact', when: { entities: ['SECRET'] }, operators: SECRETS_REMOVED, description: 'credentials never leave' },
      {
        id: 'hipaa.replace-identifiers',
        action: 'redact',
        when: { entities: phiIds },
        operators: replaceAll(phiIds),
        description: 'health and government identifiers are never sent',
      },
      {
        id: 'hipaa.deidentify',
        action: 'redact',
        when: { entities: safeHarbor },
        unless: { destination: { agreements: ['baa'], retention: 'zero' } },
        operators: pseudonymizeAll(safeHarbor),
        description: 'Safe Harbor identifiers are pseudonymized unless the destination is a business associate that keeps nothing (45 CFR 164.514(b))',
      },
    ],
  });
}

/** Options of {@link pciDss}. */
export interface PciDssOptions {
  /**
   * What becomes of a card number (PAN) bound for an external destination: `truncate` masks all
   * but the last four digits (PCI DSS 3.4.1 allows at most the first six and last four), `block`
   * refuses the text.
   * @defaultValue 'truncate'
   */
  readonly pan?: 'truncate' | 'block';
}

/**
 * A PCI DSS policy: card numbers never reach an external destination whole, and neither do
 * credentials.
 *
 * | rule | action |
 * | --- | --- |
 * | `pci.allow` | allow (the level gates still apply) |
 * | `pci.truncate-pan` or `pci.block-pan` | redact `CREDIT_CARD` with `mask` (last 4), or block, for an external destination |
 * | `pci.remove-secrets` | redact `SECRET` with `remove` |
 *
 * @param options - truncate or block card numbers
 * @returns the policy
 * @throws {@link AirlockError} `invalid_argument` when `pan` is neither
 *
 * @example
 * ```ts
 * import { decide, pciDss } from '@airlock/core';
 * const card = { type: 'CREDIT_CARD', family: 'CREDIT_CARD', start: 0, end: 16, score: 1, detector: 'credit-card', level: 'restricted' } as const;
 * const llm = { id: 'llm', provider: 'acme-ai', retention: 'zero', agreements: ['enterprise'], region: 'US' } as const;
 * decide({ findings: [card], complete: true, destination: llm, policy: pciDss() }).redactions; //=> { CREDIT_CARD: { operator: 'mask', keepLast: 4 } }
 * ```
 */
export function pciDss(options: PciDssOptions = {}): Policy {
  const pan = options.pan ?? 'truncate';
  if (pan !== 'truncate' && pan !== 'block') throw new AirlockError('invalid_argument', "pciDss: pan must be 'truncate' or 'block'");
  const panRule =
    pan === 'block'
      ? { id: 'pci.block-pan', action: 'block', when: { entities: ['CREDIT_CARD'], destination: { external: true } }, description: 'card numbers never leave the cardholder data environment' }
      : {
          id: 'pci.truncate-pan',
          action: 'redact',
          when: { entities: ['CREDIT_CARD'], destination: { external: true } },
          operators: { CREDIT_CARD: { operator: 'mask', keepLast: 4 } },
          description: 'card numbers leave truncated to their last four digits (PCI DSS 3.4.1)',
        };
  return parsePolicy({
    version: 1,
    id: 'airlock.pci-dss',
    description: 'PCI DSS: no whole card number and no credential leaves.',
    rules: [
      { id: 'pci.allow', action: 'allow', description: 'anything the level gates let through' },
      panRule,
      { id: 'pci.remove-secrets', action: 'redact', when: { entities: ['SECRET'] }, operators: SECRETS_REMOVED, description: 'credentials never leave (PCI DSS 8.3)' },
    ],
  });
}

/**
 * A SOC 2 (confidentiality) policy: credentials are removed, and anything above `public` goes only
 * to external destinations that hold a SOC 2 report (`certifications: ["soc2"]`).
 *
 * | rule | action |
 * | --- | --- |
 * | `soc2.allow` | allow (the level gates still apply) |
 * | `soc2.certified-only` | block non-public text to an external destination without `soc2` |
 * | `soc2.remove-secrets` | redact `SECRET` with `remove` |
 *
 * @returns the policy
 *
 * @example
 * ```ts
 * import { decide, soc2 } from '@airlock/core';
 * const ip = { type: 'IP_ADDRESS', family: 'IP_ADDRESS', start: 0, end: 8, score: 1, detector: 'ip-address', level: 'internal' } as const;
 * const vendor = { id: 'v', provider: 'acme-ai', retention: 'standard', agreements: ['enterprise'], region: 'US' } as const;
 * decide({ findings: [ip], complete: true, destination: vendor, policy: soc2() }).action; //=> 'block'
 * decide({ findings: [ip], complete: true, destination: { ...vendor, certifications: ['soc2'] }, policy: soc2() }).action; //=> 'allow'
 * ```
 */
export function soc2(): Policy {
  return parsePolicy({
    version: 1,
    id: 'airlock.soc2',
    description: 'SOC 2 confidentiality: no credentials; non-public data only to SOC 2 vendors.',
    rules: [
      { id: 'soc2.allow', action: 'allow', description: 'anything the level gates let through' },
      {
        id: 'soc2.certified-only',
        action: 'block',
        when: { level: ['internal', 'confidential', 'restricted'], destination: { external: true } },
        unless: { destination: { certifications: ['soc2'] } },
        description: 'non-public data goes only to vendors with a SOC 2 report (CC9.2)',
      },
      { id: 'soc2.remove-secrets', action: 'redact', when: { entities: ['SECRET'] }, operators: SECRETS_REMOVED, description: 'credentials never leave (CC6.1)' },
    ],
  });
}

/**
 * Combines policies into one: every rule of each (their ids must differ; presets prefix theirs),
 * every destination (ids must differ), level overrides (the higher level wins where two override
 * one entity) and aggregation rules (all of them). Since rule order means nothing and a block
 * wins, the result is at least as strict as each part for what they forbid.
 *
 * @param policies - the policies
 * @returns the combined policy
 * @throws {@link PolicyError} when two rules or two destinations share an id
 *
 * @example
 * ```ts
 * import { combinePolicies, gdpr, pciDss } from '@airlock/core';
 * const both = combinePolicies(gdpr(), pciDss({ pan: 'block' }));
 * both.rules.some((r) => r.id === 'pci.block-pan'); //=> true
 * ```
 */
export function combinePolicies(...policies: Policy[]): Policy {
  const levels: Record<string, SensitivityLevel> = {};
  for (const p of policies) {
    for (const [k, l] of Object.entries(p.levels)) if (!(k in levels) || LEVELS.indexOf(l) > LEVELS.indexOf(levels[k]!)) levels[k] = l;
  }
  const aggregation: AggregationRule[] = [];
  const seen = new Set<string>();
  for (const a of policies.flatMap((p) => p.aggregation)) {
    const key = JSON.stringify(a);
    if (!seen.has(key)) aggregation.push(a), seen.add(key);
  }
  const destinations: Destination[] = policies.flatMap((p) => p.destinations);
  const rules: Rule[] = policies.flatMap((p) => p.rules);
  return parsePolicy({ version: 1, levels, aggregation, destinations, rules });
}
