import { describe, expect, it } from 'vitest';
import * as v from './asiaPacific.ts';

function oneDigitChanges(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x30 || c > 0x39) continue;
    for (let d = 0; d <= 9; d++) if (d !== c - 0x30) out.push(value.slice(0, i) + String(d) + value.slice(i + 1));
  }
  return out;
}

const STRONG: readonly [string, (s: string) => boolean, string][] = [
  ['IN Aadhaar', v.isValidInAadhaar, '234567890124'],
  ['AU TFN', v.isValidAuTfn, '123456782'],
  ['AU ABN', v.isValidAuAbn, '51824753556'],
  ['CN resident id', v.isValidCnResidentId, '11010519491231002X'],
  ['JP My Number', v.isValidJpMyNumber, '123456789018'],
  ['ZA id', v.isValidZaId, '8001015009087'],
  ['SG NRIC', v.isValidSgNric, 'S1234567D'],
];

describe.each(STRONG)('%s', (_name, validate, sample) => {
  it('accepts the sample', () => expect(validate(sample)).toBe(true));
  it('rejects every one-digit change', () => {
    for (const changed of oneDigitChanges(sample)) expect(validate(changed), changed).toBe(false);
  });
});

describe('isValidInAadhaar', () => {
  it('rejects numbers starting with 0 or 1 even when Verhoeff holds', () => {
    expect(v.isValidInAadhaar('234567890124')).toBe(true);
    // '1'/'0' + eleven digits, completed with the Verhoeff digit by search.
    for (const lead of ['0', '1']) {
      const body = lead + '2345678901';
      for (let d = 0; d <= 9; d++) expect(v.isValidInAadhaar(body + d)).toBe(false);
    }
  });
});

describe('isValidInPan / isValidInGstin', () => {
  it('checks the PAN holder type', () => {
    for (const t of 'PCHFATBLJG') expect(v.isValidInPan(`ABC${t}E1234F`)).toBe(true);
    for (const t of 'DEIKMNOQRSUVWXYZ') expect(v.isValidInPan(`ABC${t}E1234F`)).toBe(false);
  });
  it('accepts a published GSTIN and rejects other check characters and states', () => {
    expect(v.isValidInGstin('27AAPFU0939F1ZV')).toBe(true);
    for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUWXYZ') expect(v.isValidInGstin('27AAPFU0939F1Z' + c)).toBe(false);
    expect(v.isValidInGstin('45AAPFU0939F1ZV')).toBe(false);
  });
});

describe('isValidSgNric', () => {
  it('uses the F/G table for foreigners and the +4 offset for T/G', () => {
    // Same digits, different series: each series has its own check letter.
    const letters = (prefix: string): string[] => [...'ABCDEFGHIJKLMNPQRTUWXZ'].filter((c) => v.isValidSgNric(`${prefix}1234567${c}`));
    expect(letters('S')).toEqual(['D']);
    expect(letters('T')).toHaveLength(1);
    expect(letters('F')).toHaveLength(1);
    expect(letters('T')).not.toEqual(letters('S'));
    expect(letters('F')).not.toEqual(letters('G'));
    expect(v.isValidSgNric('A1234567D')).toBe(false);
  });
});

describe('checkKrRrn', () => {
  it('is true with the check digit, undefined without it, false on an impossible date', () => {
    expect(v.checkKrRrn('900101-1234568')).toBe(true);
    expect(v.checkKrRrn('900101-1234567')).toBeUndefined();
    expect(v.checkKrRrn('900230-1234568')).toBe(false);
  });
});

describe('isValidAuMedicare', () => {
  it('checks the ninth digit and the issue number', () => {
    expect(v.isValidAuMedicare('2123456701')).toBe(true);
    for (const c of oneDigitChanges('212345670')) if (c[0]! >= '2' && c[0]! <= '6') expect(v.isValidAuMedicare(c + '1')).toBe(false);
    expect(v.isValidAuMedicare('2123456700')).toBe(false);
    expect(v.isValidAuMedicare('7123456701')).toBe(false);
  });
});
