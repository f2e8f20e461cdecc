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

describe('isPlaceholder: mostly one character', () => {
  it('treats a value of 8 or more that is at least 60% one character (either case) as a placeholder', () => {
    expect(isPlaceholder('qqqqq7Vd')).toBe(true); // 5 of 8
    expect(isPlaceholder('QqQqQ7Vd')).toBe(true); // case folded
    expect(isPlaceholder('7Vqdqqqq')).toBe(true); // wherever they stand
    expect(isPlaceholder('qqqq7Vdm')).toBe(false); // 4 of 8
    expect(isPlaceholder('qqqqq7V')).toBe(false); // too short to judge
    expect(isPlaceholder('q7q9qLq2qWqRq4qB')).toBe(false); // 8 of 16: half is not most
  });
});
