import { createScanner } from '@airlock/core';
import { describe, expect, it } from 'vitest';
import { healthDetectors } from '../health/index.ts';
import { _hasSeparator, _standalone } from './_shared.ts';
import { governmentIdDetectors } from './index.ts';

const at = (text: string, value: string) => {
  const start = text.indexOf(value);
  return { text, start, end: start + value.length, matchStart: start, matchEnd: start + value.length };
};

describe('_standalone', () => {
  it('rejects a match that is one group of a longer number', () => {
    expect(_standalone(at('card 4539 8765 4321 0129', '4539 8765 4321'))).toBe(false);
    expect(_standalone(at('card 4539 8765 4321 0129', '8765 4321 0129'))).toBe(false);
    expect(_standalone(at('id 12-536-22-1234', '536-22-1234'))).toBe(false);
  });
  it('accepts a match delimited by words or punctuation', () => {
    expect(_standalone(at('SSN 536-22-1234.', '536-22-1234'))).toBe(true);
    expect(_standalone(at('(536-22-1234)', '536-22-1234'))).toBe(true);
    expect(_standalone(at('536-22-1234', '536-22-1234'))).toBe(true);
  });
  it('tells written separators apart', () => {
    expect(_hasSeparator('536-22-1234')).toBe(true);
    expect(_hasSeparator('536221234')).toBe(false);
  });
});

describe('government and health detectors together', () => {
  const scanner = createScanner({ detectors: [...governmentIdDetectors(), ...healthDetectors()] });
  const types = (text: string) => scanner.scan(text).map((f) => [f.type, text.slice(f.start, f.end)]);

  it('has at least 40 government identifiers with unique ids and types', () => {
    const gov = governmentIdDetectors();
    expect(gov.length).toBeGreaterThanOrEqual(40);
    expect(new Set(gov.map((d) => d.id)).size).toBe(gov.length);
    expect(new Set(gov.map((d) => d.type)).size).toBe(gov.length);
  });

  it('uses the families of the evaluation labels', () => {
    const family = new Map([...governmentIdDetectors(), ...healthDetectors()].map((d) => [d.type, d.family]));
    expect(family.get('US_SSN')).toBe('US_SSN');
    expect(family.get('IN_AADHAAR')).toBe('NATIONAL_ID');
    expect(family.get('ES_NIF')).toBe('TAX_ID');
    expect(family.get('US_DRIVER_LICENSE')).toBe('DRIVER_LICENSE');
    expect(family.get('UK_NHS')).toBe('HEALTH_ID');
    expect(family.get('US_NPI')).toBe('MEDICAL_LICENSE');
  });

  it('reports each identifier once, under its own type, in a mixed text', () => {
    expect(types('SSN 536-22-1234')).toEqual([['US_SSN', '536-22-1234']]);
    expect(types('ITIN 912-70-1234')).toEqual([['US_ITIN', '912-70-1234']]);
    expect(types('NHS number 943 476 5919')).toEqual([['UK_NHS', '943 476 5919']]);
    expect(types('DNI 12345678Z, NIE X1234567L')).toEqual([['ES_NIF', '12345678Z'], ['ES_NIE', 'X1234567L']]);
    expect(types('CPF 111.444.777-35')).toEqual([['BR_CPF', '111.444.777-35']]);
    expect(types('CF RSSMRA85T10A562S')).toEqual([['IT_FISCAL_CODE', 'RSSMRA85T10A562S']]);
  });

  it('stays quiet on everyday numbers without context', () => {
    const quiet = [
      'Call +1 415-555-0132 or (212) 555-0199 before 5pm.',
      'Paid with 4539 8765 4321 0129 on 2023-04-15 at 14:32:07.',
      'ISBN 978-3-16-148410-0, order #100234877, invoice 2023-000481.',
      'Build 1700000000 finished in 123456 ms; commit a3f9c1e.',
      'Shipment 4111 1111 1111 1111 weighs 12.5 kg, tracking 1Z999AA10123456784.',
      'The meeting is in room 401, floor 12; dial 020 7946 0958 ext 2231.',
    ];
    for (const text of quiet) expect(types(text), text).toEqual([]);
  });
});
