import { describe, expect, it } from 'vitest';
import { parse } from '../syntax/index.ts';
import { prefixLiterals } from './extract.ts';
import { literalPrefilter } from './prefilter.ts';

const lits = (p: string): string[] | null => prefixLiterals(parse(p).ir);

describe('prefixLiterals', () => {
  it('finds the literals every match starts with', () => {
    expect(lits('AKIA[0-9A-Z]{16}')).toEqual(['AKIA']);
    expect(lits('\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b')).toEqual(['AKIA', 'ASIA']);
    expect(lits('ghp_[A-Za-z0-9]{36}|github_pat_\\w+')).toEqual(['ghp_', 'github_pat_']);
    expect(lits('x?yz')).toEqual(['xyz', 'yz']);
    expect(lits('(ab)+c')).toEqual(['ab']);
  });
  it('expands case-insensitive prefixes while the set stays small', () => {
    // 'k' folds with 'K' and KELVIN SIGN (U+212A): 2 × 3 variants of "ak"; "aki" would make 12.
    expect(lits('(?i)akia')).toEqual(['AK', 'Ak', 'A\u212a', 'aK', 'ak', 'a\u212a'].sort());
  });
  it('keeps shorter literals that cover longer ones', () => {
    expect(lits('ab|abc')).toEqual(['ab']);
  });
  it('gives up when no small set of literals is required', () => {
    expect(lits('[a-z]+@x')).toBeNull(); // class too wide
    expect(lits('a*b')).toBeNull(); // may start with b or a: single characters are not worth it
    expect(lits('')).toBeNull();
  });
});

describe('literalPrefilter', () => {
  it('returns the leftmost occurrence of any literal at or after from', () => {
    const pf = literalPrefilter(['cd', 'ab']);
    const text = 'xxabxxcdxxab';
    expect(pf.find(text, 0)).toBe(2);
    expect(pf.find(text, 3)).toBe(6);
    expect(pf.find(text, 7)).toBe(10);
    expect(pf.find(text, 11)).toBe(-1);
    expect(pf.find(text, 0)).toBe(2); // searching again from an earlier position is not fooled by its memo
    expect(pf.find('ab', 0)).toBe(0); // nor by a different text
  });
});
