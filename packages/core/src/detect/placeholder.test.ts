import { describe, expect, it } from 'vitest';
import { isPlaceholder } from './placeholder.ts';

describe('isPlaceholder: runs of the alphabet', () => {
  it('treats ten or more consecutive letters or digits as typed by hand', () => {
    expect(isPlaceholder('tok_abcdefghijKq8Zr')).toBe(true);
    expect(isPlaceholder('key-0123456789-Zq')).toBe(true);
    expect(isPlaceholder('sk_KLMNOPQRSTUvw7')).toBe(true);
  });
  it('keeps random values and shorter runs', () => {
    expect(isPlaceholder('q7Vd9sLm2xWpR4tB')).toBe(false);
    expect(isPlaceholder('abcdefghiQ7vZ2kP')).toBe(false); // nine
    expect(isPlaceholder('wxyz{|}~abcdQ7vZ')).toBe(false); // the run stops at `z`
  });
});
