import { createScanner } from '@airlock/core';
import { describe, expect, it } from 'vitest';
import { sampleProblems } from '../../../../test/detect/checkSamples.ts';
import { creditCard, financialDetectors, ibanCode } from './index.ts';

describe('financial detectors', () => {
  it.each(financialDetectors().map((d) => [d.id, d] as const))('%s passes its own samples', (_id, d) => {
    expect(sampleProblems(d)).toEqual([]);
  });

  it('scores a card number by its checksum and context', () => {
    const scanner = createScanner({ detectors: [creditCard()], minScore: 0 });
    const [f] = scanner.scan('4539876543210129');
    expect(f?.score).toBe(1);
    expect(scanner.scan('4539876543210128')).toEqual([]);
  });

  it('finds several IBANs in one text and not a truncated one', () => {
    const scanner = createScanner({ detectors: [ibanCode()] });
    const text = 'from NL91ABNA0417164300 to GB74 BARC 2003 5347 3621 18, not NL91ABNA041716430';
    expect(scanner.scan(text).map((f) => text.slice(f.start, f.end))).toEqual(['NL91ABNA0417164300', 'GB74 BARC 2003 5347 3621 18']);
  });
});
