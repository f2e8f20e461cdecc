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
