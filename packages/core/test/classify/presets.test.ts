/**
 * The presets against hand-written scenario tables: a text (scanned with the catalog and the
 * marking detectors), a destination and what the data subjects' region is; the expected action
 * and the rule that must be among those behind it.
 */
import {
  createRedactor,
  createScanner,
  decide,
  defaultPolicy,
  documentMarkings,
  gdpr,
  hipaa,
  keep,
  pciDss,
  recommended,
  soc2,
  type DecisionAction,
  type DestinationInput,
  type Policy,
} from '@airlock/core';
import { describe, expect, it } from 'vitest';
import { KEYS } from './arbitraries.ts';

const scanner = createScanner({ detectors: [...documentMarkings(), ...recommended()] });

const D = {
  usEnterprise: { id: 'us-enterprise', provider: 'acme-ai', retention: 'standard', agreements: ['enterprise'], region: 'US' },
  usZdr: { id: 'us-zdr', provider: 'acme-ai', retention: 'zero', agreements: ['enterprise'], region: 'US' },
  usDpaZdr: { id: 'us-dpa-zdr', provider: 'acme-ai', retention: 'zero', agreements: ['enterprise', 'dpa'], region: 'US' },
  euDpaStd: { id: 'eu-dpa', provider: 'euro-ai', retention: 'standard', agreements: ['enterprise', 'dpa'], region: 'DE' },
  euDpaZdr: { id: 'eu-dpa-zdr', provider: 'euro-ai', retention: 'zero', agreements: ['enterprise', 'dpa'], region: 'EU' },
  gbDpaZdr: { id: 'gb-dpa-zdr', provider: 'uk-ai', retention: 'zero', agreements: ['enterprise', 'dpa'], region: 'GB' },
  free: { id: 'free-tier', provider: 'acme-ai', retention: 'standard', agreements: [], region: 'US' },
  onPrem: { id: 'on-prem', provider: 'self-hosted', retention: 'standard', agreements: [], region: 'DE', external: false },
  baaZdr: { id: 'baa-zdr', provider: 'med-ai', retention: 'zero', agreements: ['enterprise', 'baa'], region: 'US' },
  baaStd: { id: 'baa-std', provider: 'med-ai', retention: 'standard', agreements: ['enterprise', 'baa'], region: 'US' },
  soc2Vendor: { id: 'soc2-vendor', provider: 'acme-ai', retention: 'standard', agreements: ['enterprise'], region: 'US', certifications: ['soc2'] },
  soc2Zdr: { id: 'soc2-zdr', provider: 'acme-ai', retention: 'zero', agreements: ['enterprise'], region: 'US', certifications: ['soc2'] },
} satisfies Record<string, DestinationInput>;

const T = {
  email: 'Customer jane.doe@example.com asked for a refund',
  nir: 'numéro de sécurité sociale 184077512345657 on file',
  iban: 'Please wire the deposit to DE89 3704 0044 0532 0130 00',
  secret: 'export AWS_ACCESS_TOKEN="A3TQSADPZVAF74DWWEDM"',
  confidential: 'CONFIDENTIAL: Q3 board pack attached',
  internal: 'For internal use only: the launch slips a week',
  plain: 'How do I sort a list of numbers in descending order?',
  mrn: 'Patient MRN: 00719344 was discharged',
  phiEmail: 'Contains PHI. Patient contact: j.smith@example.org',
  phone: 'Call the caller back at (201) 555-0198 tomorrow',
  card: 'card 4111 1111 1111 1111 on file',
  cardEmail: 'card 4111 1111 1111 1111, receipt to jane.doe@example.com',
  ip: 'server 203.0.113.9 is down',
};

type Row = readonly [scenario: string, text: string | { incomplete: string }, destination: DestinationInput, subjects: readonly string[] | undefined, action: DecisionAction, rule: string];

function run(policy: Policy, text: Row[1], destination: DestinationInput, subjects: Row[3]) {
  const t = typeof text === 'string' ? text : text.incomplete;
  const scan = scanner.analyze(t);
  const decision = decide({
    findings: scan.findings,
    complete: typeof text === 'string' ? scan.complete : false,
    destination,
    policy,
    text: t,
    detectors: scanner.detectors,
    keys: KEYS,
    ...(subjects ? { subjectRegions: subjects } : {}),
  });
  return { decision, text: t };
}

function table(name: string, policy: Policy, rows: readonly Row[]): void {
  describe(name, () => {
    it('has at least 10 scenarios', () => expect(rows.length).toBeGreaterThanOrEqual(10));
    it.each(rows)('%s', (_scenario, text, destination, subjects, action, rule) => {
      const { decision, text: t } = run(policy, text, destination, subjects);
      expect({ action: decision.action, rules: decision.rules }).toEqual({ action, rules: expect.arrayContaining([rule]) });
      expect(decision.reasons.length).toBeGreaterThan(0);
      if (decision.action === 'redact') {
        // What the decision says to do removes every value it names from the text.
        const out = createRedactor({ operators: decision.operators!, default: keep() }).apply(t, decision.findings).text;
        for (const f of decision.findings) expect(out).not.toContain(t.slice(f.start, f.end));
      }
    });
  });
}

table('gdpr()', gdpr(), [
  ['EU customer email to a US provider without a DPA -> block', T.email, D.usEnterprise, ['DE'], 'block', 'gdpr.dpa-required'],
  ['same email, subject region unknown -> block (fails closed)', T.email, D.usEnterprise, undefined, 'block', 'gdpr.dpa-required'],
  ['US customer email to a provider without a DPA that retains data -> pseudonymized', T.email, D.usEnterprise, ['US'], 'redact', 'gdpr.pseudonymize-contact'],
  ['EU email to a zero-retention provider under a DPA -> allow', T.email, D.euDpaZdr, ['FR'], 'allow', 'gdpr.allow'],
  ['EU email to a DPA provider that retains data -> pseudonymized', T.email, D.euDpaStd, ['FR'], 'redact', 'gdpr.pseudonymize-contact'],
  ['a French NIR makes the subject European even when the caller says US -> block', T.nir, D.usEnterprise, ['US'], 'block', 'gdpr.dpa-required'],
  ['a French NIR to a DPA provider -> replaced', T.nir, D.euDpaZdr, ['FR'], 'redact', 'gdpr.replace-identifiers'],
  ['an IBAN to a DPA provider -> masked to its last four', T.iban, D.euDpaZdr, ['DE'], 'redact', 'gdpr.replace-identifiers'],
  ['a credential -> removed', T.secret, D.euDpaZdr, ['DE'], 'redact', 'gdpr.remove-secrets'],
  ['a CONFIDENTIAL marking to a provider that retains data -> blocked by the level gate', T.confidential, D.usEnterprise, ['US'], 'block', 'airlock.gate.confidential'],
  ['nothing sensitive -> allow, wherever it goes', T.plain, D.free, undefined, 'allow', 'gdpr.allow'],
  ['an incomplete scan to a self-hosted model -> allow', { incomplete: T.plain }, D.onPrem, undefined, 'allow', 'gdpr.allow'],
  ['an incomplete scan to an external provider -> block', { incomplete: T.plain }, D.euDpaZdr, undefined, 'block', 'airlock.gate.restricted'],
]);

table('gdpr({ residency: true })', gdpr({ residency: true, adequate: ['GB'] }), [
  ['EU email to a US provider with a DPA -> block (residency)', T.email, D.usDpaZdr, ['DE'], 'block', 'gdpr.residency'],
  ['EU email to an EU provider with a DPA -> allow', T.email, D.euDpaZdr, ['DE'], 'allow', 'gdpr.allow'],
  ['EU email to an adequate country -> allow', T.email, D.gbDpaZdr, ['DE'], 'allow', 'gdpr.allow'],
  ['US email to a US provider with a DPA -> allow', T.email, D.usDpaZdr, ['US'], 'allow', 'gdpr.allow'],
  ['EU email to a self-hosted model -> pseudonymized (it retains), not blocked', T.email, D.onPrem, ['DE'], 'redact', 'gdpr.pseudonymize-contact'],
  ['unknown subject to a US provider with a DPA -> block', T.email, D.usDpaZdr, undefined, 'block', 'gdpr.residency'],
  ['Norway is in the EEA -> block in the US', T.email, D.usDpaZdr, ['NO'], 'block', 'gdpr.residency'],
  ['nothing personal -> allow in the US', T.plain, D.usDpaZdr, ['DE'], 'allow', 'gdpr.allow'],
  ['a credential alone has no data subject -> removed', T.secret, D.usDpaZdr, ['DE'], 'redact', 'gdpr.remove-secrets'],
  ['an internal marking to a US enterprise provider -> allow', T.internal, D.usDpaZdr, ['DE'], 'allow', 'gdpr.allow'],
]);

table('hipaa()', hipaa(), [
  ['a medical record number to a provider without a BAA -> block', T.mrn, D.usZdr, undefined, 'block', 'hipaa.baa-required'],
  ['a medical record number to a BAA, zero-retention provider -> replaced', T.mrn, D.baaZdr, undefined, 'redact', 'hipaa.replace-identifiers'],
  ['text marked PHI to a provider without a BAA -> block', T.phiEmail, D.usEnterprise, undefined, 'block', 'hipaa.baa-required'],
  ['PHI to a BAA, zero-retention provider -> allow', T.phiEmail, D.baaZdr, undefined, 'allow', 'hipaa.allow'],
  ['PHI to a BAA provider that retains data -> blocked by the level gate', T.phiEmail, D.baaStd, undefined, 'block', 'airlock.gate.confidential'],
  ['a phone number to a provider without a BAA -> pseudonymized', T.phone, D.usZdr, undefined, 'redact', 'hipaa.deidentify'],
  ['a phone number to a BAA, zero-retention provider -> allow', T.phone, D.baaZdr, undefined, 'allow', 'hipaa.allow'],
  ['a medical record number to a self-hosted model -> replaced', T.mrn, D.onPrem, undefined, 'redact', 'hipaa.replace-identifiers'],
  ['a credential -> removed', T.secret, D.baaZdr, undefined, 'redact', 'hipaa.remove-secrets'],
  ['nothing sensitive -> allow', T.plain, D.free, undefined, 'allow', 'hipaa.allow'],
  ['an incomplete scan -> block', { incomplete: T.plain }, D.baaZdr, undefined, 'block', 'airlock.gate.restricted'],
]);

table('pciDss()', pciDss(), [
  ['a card number to any external provider -> truncated', T.card, D.usZdr, undefined, 'redact', 'pci.truncate-pan'],
  ['a card number to a provider that retains data -> truncated', T.card, D.usEnterprise, undefined, 'redact', 'pci.truncate-pan'],
  ['a card number to a self-hosted model -> allow', T.card, D.onPrem, undefined, 'allow', 'pci.allow'],
  ['a card and an email to a provider that retains data -> the email is still confidential: block', T.cardEmail, D.usEnterprise, undefined, 'block', 'airlock.gate.confidential'],
  ['a card and an email to zero retention -> truncated', T.cardEmail, D.usZdr, undefined, 'redact', 'pci.truncate-pan'],
  ['a credential -> removed', T.secret, D.usZdr, undefined, 'redact', 'pci.remove-secrets'],
  ['an email to the free tier -> blocked by the level gate', T.email, D.free, undefined, 'block', 'airlock.gate.confidential'],
  ['an email to zero retention -> allow', T.email, D.usZdr, undefined, 'allow', 'pci.allow'],
  ['nothing sensitive to the free tier -> allow', T.plain, D.free, undefined, 'allow', 'pci.allow'],
  ['an incomplete scan -> block', { incomplete: T.plain }, D.usZdr, undefined, 'block', 'airlock.gate.restricted'],
]);

table("pciDss({ pan: 'block' })", pciDss({ pan: 'block' }), [
  ['a card number to an external provider -> block', T.card, D.usZdr, undefined, 'block', 'pci.block-pan'],
  ['a card number to a certified provider -> block all the same', T.card, { ...D.usZdr, certifications: ['pci-dss'] }, undefined, 'block', 'pci.block-pan'],
  ['a card number to a self-hosted model -> allow', T.card, D.onPrem, undefined, 'allow', 'pci.allow'],
  ['a card and a credential -> block (a block wins over redaction)', `${T.card}; ${T.secret}`, D.usZdr, undefined, 'block', 'pci.block-pan'],
  ['a credential alone -> removed', T.secret, D.usZdr, undefined, 'redact', 'pci.remove-secrets'],
  ['an IBAN (not card data) to zero retention -> allow', T.iban, D.usZdr, undefined, 'allow', 'pci.allow'],
  ['an IBAN to a provider that retains data -> blocked by the level gate', T.iban, D.usEnterprise, undefined, 'block', 'airlock.gate.confidential'],
  ['an internal marking to an enterprise provider -> allow', T.internal, D.usEnterprise, undefined, 'allow', 'pci.allow'],
  ['an internal marking to the free tier -> block', T.internal, D.free, undefined, 'block', 'airlock.gate.internal'],
  ['nothing sensitive -> allow', T.plain, D.usZdr, undefined, 'allow', 'pci.allow'],
]);

table('soc2()', soc2(), [
  ['an IP address to a SOC 2 vendor -> allow', T.ip, D.soc2Vendor, undefined, 'allow', 'soc2.allow'],
  ['an IP address to a vendor without SOC 2 -> block', T.ip, D.usEnterprise, undefined, 'block', 'soc2.certified-only'],
  ['nothing sensitive to a vendor without SOC 2 -> allow', T.plain, D.usEnterprise, undefined, 'allow', 'soc2.allow'],
  ['a credential to a SOC 2 vendor -> removed', T.secret, D.soc2Vendor, undefined, 'redact', 'soc2.remove-secrets'],
  ['a credential to a vendor without SOC 2 -> block (rules see the text as it is)', T.secret, D.usEnterprise, undefined, 'block', 'soc2.certified-only'],
  ['an email to a zero-retention SOC 2 vendor -> allow', T.email, D.soc2Zdr, undefined, 'allow', 'soc2.allow'],
  ['an email to a SOC 2 vendor that retains data -> blocked by the level gate', T.email, D.soc2Vendor, undefined, 'block', 'airlock.gate.confidential'],
  ['an internal marking to a SOC 2 vendor -> allow', T.internal, D.soc2Vendor, undefined, 'allow', 'soc2.allow'],
  ['an internal marking to a vendor without SOC 2 -> block', T.internal, D.usEnterprise, undefined, 'block', 'soc2.certified-only'],
  ['an email to a self-hosted model -> allow', T.email, D.onPrem, undefined, 'allow', 'soc2.allow'],
  ['an incomplete scan to a SOC 2 vendor -> block', { incomplete: T.plain }, D.soc2Zdr, undefined, 'block', 'airlock.gate.restricted'],
]);

table('defaultPolicy()', defaultPolicy(), [
  ['an email to the free tier -> pseudonymized', T.email, D.free, undefined, 'redact', 'default.pseudonymize'],
  ['a credential to the free tier -> removed', T.secret, D.free, undefined, 'redact', 'default.remove-secrets'],
  ['a card number to the free tier -> pseudonymized', T.card, D.free, undefined, 'redact', 'default.pseudonymize'],
  ['a CONFIDENTIAL marking to the free tier -> block', T.confidential, D.free, undefined, 'block', 'airlock.gate.confidential'],
  ['a CONFIDENTIAL marking to zero retention -> allow', T.confidential, D.usZdr, undefined, 'allow', 'default.allow'],
  ['an internal marking to an enterprise provider -> allow', T.internal, D.usEnterprise, undefined, 'allow', 'default.allow'],
  ['an internal marking to the free tier -> block', T.internal, D.free, undefined, 'block', 'airlock.gate.internal'],
  ['an email to a self-hosted model -> pseudonymized all the same', T.email, D.onPrem, undefined, 'redact', 'default.pseudonymize'],
  ['nothing sensitive -> allow', T.plain, D.free, undefined, 'allow', 'default.allow'],
  ['an incomplete scan -> block', { incomplete: T.plain }, D.free, undefined, 'block', 'airlock.gate.restricted'],
]);

it('the card is truncated to its last four digits under pciDss()', () => {
  const { decision, text } = run(pciDss(), T.card, D.usZdr, undefined);
  const out = createRedactor({ operators: decision.operators!, default: keep() }).apply(text, decision.findings).text;
  expect(out).toBe('card ***************1111 on file');
});
