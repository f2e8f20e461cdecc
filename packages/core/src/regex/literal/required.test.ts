import { describe, expect, it } from 'vitest';
import { parse } from '../syntax/index.ts';
import { requiredFactors, type Factor } from './required.ts';

/** A factor as text, each position shown by the lowest code point of its class, `|` between alternatives. */
const show = (p: string, minLength?: number): string | undefined => {
  const f = requiredFactors(parse(p).ir, minLength);
  return f?.map((x: Factor) => x.map((c) => String.fromCodePoint(c[0]!)).join('')).join('|');
};

describe('requiredFactors', () => {
  it('finds a literal that every match contains, wherever it stands', () => {
    expect(show('ghp_[A-Za-z0-9]{36}')).toBe('ghp_');
    expect(show('[a-z0-9]{16}\\.apps\\.googleusercontent\\.com')).toBe('.apps.googleusercontent.com');
    expect(show('\\b(?:xox[bp])-[0-9]{10,13}')).toBe('xoxb-'); // one factor: x o x [bp] -
  });
  it('keeps case folding exact: a position is the whole folded class', () => {
    const f = requiredFactors(parse('(?i)token[=:][a-z0-9]{20}').ir)!;
    expect(f).toHaveLength(1);
    // k folds with K and KELVIN SIGN (U+212A).
    expect(f[0]![2]).toEqual([0x4b, 0x4b, 0x6b, 0x6b, 0x212a, 0x212a]);
  });
  it('takes one factor from each alternative, or none when an alternative has none', () => {
    expect(show('sk-ant-[a-z]{8}|sk-proj-[a-z]{8}')).toBe('sk-ant-|sk-proj-');
    expect(show('AKIA[A-Z0-9]{16}|[0-9]{20}')).toBeUndefined();
  });
  it('prefers the longest factor of a sequence', () => {
    expect(show('abc[0-9]+defgh[0-9]+ij')).toBe('defgh');
  });
  it('finds nothing where a match may lack every literal', () => {
    expect(show('(?:abc)?[0-9]+')).toBeUndefined();
    expect(show('[a-z]+@[a-z]+')).toBeUndefined(); // '@' is one position, below the minimum
    expect(show('[a-z]+@[a-z]+', 1)).toBe('@');
    expect(show('')).toBeUndefined();
  });
  it('reads a repetition that must happen at least once', () => {
    expect(show('(?:abc){2,3}x')).toBe('abc');
    expect(show('(?:abc)*x')).toBeUndefined();
  });
});
