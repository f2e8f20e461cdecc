import { describe, expect, it } from 'vitest';
import { _compact, _isDate, _iso7064Mod11_10, _luhn, _modDecimal, _verhoeff } from './_checksum.ts';

describe('check-digit algorithms', () => {
  it('Luhn accepts the textbook number and rejects single-digit changes', () => {
    expect(_luhn('79927398713')).toBe(true);
    for (let d = 0; d <= 9; d++) if (d !== 3) expect(_luhn('7992739871' + d)).toBe(false);
    expect(_luhn('')).toBe(false);
    expect(_luhn('12a4')).toBe(false);
  });

  it('Verhoeff accepts the published 236 → 2363 and catches transpositions', () => {
    expect(_verhoeff('2363')).toBe(true);
    expect(_verhoeff('2364')).toBe(false);
    expect(_verhoeff('3263')).toBe(false);
  });

  it('ISO 7064 MOD 11,10 holds on a known Steuer-IdNr and fails on its neighbours', () => {
    expect(_iso7064Mod11_10('86095742719')).toBe(true);
    for (let d = 0; d <= 9; d++) if (d !== 9) expect(_iso7064Mod11_10('8609574271' + d)).toBe(false);
  });

  it('knows leap years and month lengths', () => {
    expect(_isDate(2000, 2, 29)).toBe(true);
    expect(_isDate(1900, 2, 29)).toBe(false);
    expect(_isDate(2023, 4, 31)).toBe(false);
    expect(_isDate(2023, 13, 1)).toBe(false);
  });

  it('reduces long decimals mod m without precision loss', () => {
    expect(_modDecimal('12345678901234567890', 97)).toBe(Number(12345678901234567890n % 97n));
  });

  it('compacts separators and rejects other characters', () => {
    expect(_compact('12-34 56.7/8')).toBe('12345678');
    expect(_compact('ab 12')).toBe('AB12');
    expect(_compact('12_34')).toBeUndefined();
  });
});
