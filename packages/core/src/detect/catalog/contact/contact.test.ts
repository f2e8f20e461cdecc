import { createScanner } from '@airlock/core';
import { describe, expect, it } from 'vitest';
import { sampleProblems } from '../../../../test/detect/checkSamples.ts';
import { contactDetectors, emailAddress, url, urlWithCredentials, domainName } from './index.ts';

describe('contact detectors', () => {
  it.each(contactDetectors().map((d) => [d.id, d] as const))('%s passes its own samples', (_id, d) => {
    expect(sampleProblems(d)).toEqual([]);
  });

  it('lets an email win over the domain inside it, and credentials over the plain URL', () => {
    const scanner = createScanner({ detectors: [urlWithCredentials(), emailAddress(), url(), domainName()] });
    const text = 'mail jane@example.com or open https://bob:Zq81-xTr@example.com/x';
    expect(scanner.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ['EMAIL_ADDRESS', 'jane@example.com'],
      ['URL_WITH_CREDENTIALS', 'https://bob:Zq81-xTr@example.com'],
    ]);
  });
});
