import { describe, expect, it } from 'vitest';
import { isValidBrCnpj, isValidBrCpf, isValidCaSin, isValidMxCurp, isValidUsEin, isValidUsItin, isValidUsSsn } from './americas.ts';

function oneDigitChanges(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x30 || c > 0x39) continue;
    for (let d = 0; d <= 9; d++) if (d !== c - 0x30) out.push(value.slice(0, i) + String(d) + value.slice(i + 1));
  }
  return out;
}

describe('isValidUsSsn', () => {
  it('accepts possible numbers, with or without separators', () => {
    for (const v of ['536-22-1234', '001-01-0001', '899 99 9999', '772.10.4821', '665123456']) expect(isValidUsSsn(v)).toBe(true);
  });
  it('rejects areas 000, 666 and 9xx, group 00 and serial 0000', () => {
    for (const v of ['000-12-3456', '666-12-3456', '900-12-3456', '999-12-3456', '536-00-1234', '536-22-0000']) expect(isValidUsSsn(v)).toBe(false);
  });
  it('rejects well-known advertising and sample numbers and repeated digits', () => {
    for (const v of ['078-05-1120', '219-09-9999', '457-55-5462', '123-45-6789', '111-11-1111', '555-55-5555']) expect(isValidUsSsn(v)).toBe(false);
  });
  it('rejects wrong lengths and letters', () => {
    for (const v of ['536-22-123', '536-22-12345', '53a-22-1234', '']) expect(isValidUsSsn(v)).toBe(false);
  });
});

describe('isValidUsItin', () => {
  it('accepts the IRS group ranges only', () => {
    for (const g of ['50', '65', '70', '88', '90', '92', '94', '99']) expect(isValidUsItin(`912-${g}-3456`)).toBe(true);
    for (const g of ['49', '66', '69', '89', '93', '00']) expect(isValidUsItin(`912-${g}-3456`)).toBe(false);
    expect(isValidUsItin('812-70-3456')).toBe(false);
  });
});

describe('isValidUsEin', () => {
  it('accepts assigned prefixes and rejects unassigned ones', () => {
    for (const p of ['01', '10', '27', '46', '68', '77', '88', '95', '99']) expect(isValidUsEin(`${p}-3456789`)).toBe(true);
    for (const p of ['00', '07', '17', '28', '49', '69', '70', '78', '89', '96', '97']) expect(isValidUsEin(`${p}-3456789`)).toBe(false);
  });
});

describe('isValidCaSin', () => {
  it("accepts Service Canada's sample and rejects every one-digit change", () => {
    expect(isValidCaSin('046 454 286')).toBe(true);
    expect(isValidCaSin('046-454-286')).toBe(true);
    for (const v of oneDigitChanges('046454286')) expect(isValidCaSin(v)).toBe(false);
  });
  it('rejects business numbers (leading 8)', () => {
    // 800000002 passes Luhn but starts with 8.
    expect(isValidCaSin('800000002')).toBe(false);
  });
});

describe('isValidBrCpf / isValidBrCnpj', () => {
  it('accept the published samples and reject every one-digit change', () => {
    expect(isValidBrCpf('111.444.777-35')).toBe(true);
    for (const v of oneDigitChanges('11144477735')) expect(isValidBrCpf(v)).toBe(false);
    expect(isValidBrCnpj('11.222.333/0001-81')).toBe(true);
    for (const v of oneDigitChanges('11222333000181')) expect(isValidBrCnpj(v)).toBe(false);
  });
  it('reject repeated digits, which pass the arithmetic', () => {
    expect(isValidBrCpf('111.111.111-11')).toBe(false);
    expect(isValidBrCnpj('00000000000000')).toBe(false);
  });
});

describe('isValidMxCurp', () => {
  it('accepts a published CURP and rejects a wrong check digit, state, sex or date', () => {
    expect(isValidMxCurp('HEGG560427MVZRRL04')).toBe(true);
    expect(isValidMxCurp('HEGG560427MVZRRL05')).toBe(false);
    expect(isValidMxCurp('HEGG560427MQQRRL04')).toBe(false);
    expect(isValidMxCurp('HEGG560427KVZRRL04')).toBe(false);
    expect(isValidMxCurp('HEGG561327MVZRRL04')).toBe(false);
  });
});
