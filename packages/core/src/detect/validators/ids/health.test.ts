import { describe, expect, it } from 'vitest';
import { isValidUsDea, isValidUsMbi, isValidUsNpi } from './health.ts';

describe('isValidUsNpi', () => {
  it("accepts CMS's sample and rejects the other check digits", () => {
    expect(isValidUsNpi('1234567893')).toBe(true);
    for (let d = 0; d <= 9; d++) if (d !== 3) expect(isValidUsNpi('123456789' + d)).toBe(false);
  });
  it('requires a leading 1 or 2', () => {
    // 3234567891 would pass the prefixed Luhn but is outside the issued range.
    for (let d = 0; d <= 9; d++) expect(isValidUsNpi('323456789' + d)).toBe(false);
  });
});

describe('isValidUsMbi', () => {
  it("accepts CMS's format and rejects excluded letters and misplaced kinds", () => {
    expect(isValidUsMbi('1EG4-TE5-MK73')).toBe(true);
    expect(isValidUsMbi('1EG4TE5MK73')).toBe(true);
    for (const bad of ['0EG4TE5MK73', '1SG4TE5MK73', '1EG4TE5MK7A', '12G4TE5MK73', '1EG4TE5MO73', '1EG4TE5MK7']) {
      expect(isValidUsMbi(bad), bad).toBe(false);
    }
  });
});

describe('isValidUsDea', () => {
  it('checks the DEA check digit', () => {
    expect(isValidUsDea('AB1234563')).toBe(true);
    expect(isValidUsDea('F91234563')).toBe(true);
    for (let d = 0; d <= 9; d++) if (d !== 3) expect(isValidUsDea('AB123456' + d)).toBe(false);
    expect(isValidUsDea('IB1234563')).toBe(false);
  });
});
