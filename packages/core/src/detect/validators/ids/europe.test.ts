import { describe, expect, it } from 'vitest';
import * as v from './europe.ts';

function oneDigitChanges(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x30 || c > 0x39) continue;
    for (let d = 0; d <= 9; d++) if (d !== c - 0x30) out.push(value.slice(0, i) + String(d) + value.slice(i + 1));
  }
  return out;
}

// Published sample values (from each format's issuer or its standard reference) and the validator
// that must accept them and reject every one-digit change (all of these checks catch single errors).
const STRONG: readonly [string, (s: string) => boolean, string][] = [
  ['UK NHS', v.isValidUkNhs, '9434765919'],
  ['PL PESEL', v.isValidPlPesel, '44051401359'],
  ['PL NIP', v.isValidPlNip, '1234563218'],
  ['DE Steuer-IdNr', v.isValidDeTaxId, '86095742719'],
  ['FR NIR', v.isValidFrNir, '255081416802538'],
  ['SE personnummer', v.isValidSePersonnummer, '8112189876'],
  ['FI HETU', v.isValidFiHetu, '131052-308T'],
  ['NL BSN', v.isValidNlBsn, '111222333'],
  ['BE national number', v.isValidBeNationalNumber, '85073003328'],
  ['NO fødselsnummer', v.isValidNoFodselsnummer, '15076500565'],
  ['IE PPSN', v.isValidIePpsn, '1234567T'],
  ['PT NIF', v.isValidPtNif, '123456789'],
  ['CH AHV', v.isValidChAhv, '7561234567897'],
  ['TR TCKN', v.isValidTrTckn, '10000000146'],
  ['ES DNI', v.isValidEsNif, '12345678Z'],
];

describe.each(STRONG)('%s', (_name, validate, sample) => {
  it('accepts the sample', () => expect(validate(sample)).toBe(true));
  it('rejects every one-digit change', () => {
    for (const changed of oneDigitChanges(sample)) expect(validate(changed), changed).toBe(false);
  });
});

describe('isValidUkNino', () => {
  it('applies the prefix and suffix rules', () => {
    expect(v.isValidUkNino('AB123456C')).toBe(true);
    expect(v.isValidUkNino('ab 12 34 56 d')).toBe(true);
    for (const p of ['DA', 'FA', 'IA', 'QA', 'UA', 'VA', 'AD', 'AF', 'AI', 'AO', 'AQ', 'AU', 'AV', 'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']) {
      expect(v.isValidUkNino(`${p}123456C`), p).toBe(false);
    }
    expect(v.isValidUkNino('AB123456E')).toBe(false);
    expect(v.isValidUkNino('AB12345C')).toBe(false);
  });
});

describe('isValidUkDrivingLicence', () => {
  it('checks the structure and the encoded birth date (women: month + 50)', () => {
    expect(v.isValidUkDrivingLicence('MORGA753116SM9IJ')).toBe(true);
    expect(v.isValidUkDrivingLicence('MORGA758116SM9IJ')).toBe(true);
    expect(v.isValidUkDrivingLicence('MORGA713316SM9IJ')).toBe(false);
    expect(v.isValidUkDrivingLicence('MORGA753116SM9I1')).toBe(false);
    expect(v.isValidUkDrivingLicence('9ORGA753116SM9IJ')).toBe(false);
  });
});

describe('isValidEsNif', () => {
  it('handles NIE prefixes X, Y and Z', () => {
    expect(v.isValidEsNif('X1234567L')).toBe(true);
    expect(v.isValidEsNif('Y1234567X')).toBe(true);
    expect(v.isValidEsNif('Z1234567R')).toBe(true);
    expect(v.isValidEsNif('X1234567R')).toBe(false);
    expect(v.isValidEsNif('W1234567L')).toBe(false);
  });
});

describe('isValidItFiscalCode', () => {
  it('accepts a valid code and its homocode form, rejects a wrong check or month letter', () => {
    expect(v.isValidItFiscalCode('RSSMRA85T10A562S')).toBe(true);
    // Homocode: the last digit 2 replaced by N, check character recomputed.
    expect(v.isValidItFiscalCode('RSSMRA85T10A56NH')).toBe(true);
    expect(v.isValidItFiscalCode('RSSMRA85T10A562T')).toBe(false);
    expect(v.isValidItFiscalCode('RSSMRA85F10A562S')).toBe(false);
    expect(v.isValidItFiscalCode('RSSMRA85T10A56KS')).toBe(false);
  });
});

describe('dates inside identifiers', () => {
  it('rejects impossible birth dates', () => {
    expect(v.isValidPlPesel('44053201352')).toBe(false);
    expect(v.isValidDkCpr('070761-4285')).toBe(true);
    expect(v.isValidDkCpr('290223-1234')).toBe(false);
    expect(v.isValidDkCpr('290224-1234')).toBe(true);
    expect(v.isValidFiHetu('310252-308T')).toBe(false);
  });
  it('accepts Swedish coordination numbers (day + 60) and 12-digit forms', () => {
    expect(v.isValidSePersonnummer('19811218-9876')).toBe(true);
    expect(v.isValidSePersonnummer('811218+9876')).toBe(true);
  });
});

describe('isValidDeTaxId', () => {
  it('requires exactly one repeated digit among the first ten', () => {
    // All ten digits distinct: never issued, whatever the check digit.
    const distinct = '1234567890';
    for (let d = 0; d <= 9; d++) expect(v.isValidDeTaxId(distinct + d)).toBe(false);
  });
});

describe('isValidAtSocialSecurity', () => {
  it('checks the mod-11 digit in position 4', () => {
    expect(v.isValidAtSocialSecurity('1237010180')).toBe(true);
    for (let d = 0; d <= 9; d++) if (d !== 7) expect(v.isValidAtSocialSecurity(`123${d}010180`)).toBe(false);
  });
});
