/**
 * The classification detectors on their own samples (the catalog test's check), on generated
 * configurations, and their option checks.
 */
import { createScanner, documentMarkings, internalTerms, isAirlockError, PRIVATE_NETWORKS, recommended, type Detector } from '@airlock/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProblems } from '../detect/checkSamples.ts';

const configured: Detector[] = [
  ...documentMarkings({ extra: { restricted: ['ACME EYES ONLY'], internal: ['Acme-internal'] } }),
  ...internalTerms({
    terms: ['Project Falcon', 'Nimbus', 'C++ core', 'a.b*c'],
    hostnames: ['.corp.example.com', 'build01', '*.int.example.io'],
    networks: [...PRIVATE_NETWORKS, '100.64.0.0/10', '2001:db8:1::/48', '198.18.0.1'],
  }),
];

describe('classification detectors', () => {
  it.each(configured.map((d) => [d.id, d] as const))('%s passes its own samples', (_id, detector) => {
    expect(sampleProblems(detector)).toEqual([]);
  });

  it('have ids distinct from the catalog', () => {
    const ids = new Set(recommended().map((d) => d.id));
    expect(configured.filter((d) => ids.has(d.id))).toEqual([]);
  });

  it('every generated term list finds each of its terms, escaped, and nothing in plain text', () => {
    const term = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .+*?()|[\]{}^$-]{0,14}[A-Za-z0-9]$/);
    fc.assert(
      fc.property(fc.uniqueArray(term, { minLength: 1, maxLength: 5 }), (terms) => {
        const [d] = internalTerms({ terms });
        expect(sampleProblems(d!)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('reports addresses inside the networks only', () => {
    const scanner = createScanner({ detectors: internalTerms({ networks: PRIVATE_NETWORKS }) });
    const found = (t: string): string[] => scanner.scan(t).map((f) => t.slice(f.start, f.end));
    expect(found('10.255.0.1 172.31.9.9 172.32.0.1 192.168.1.1 192.169.0.1 fd00::1 fe80::1 8.8.8.8')).toEqual([
      '10.255.0.1',
      '172.31.9.9',
      '192.168.1.1',
      'fd00::1',
    ]);
  });

  it('listed before the catalog, a private address is internal, not personal data', () => {
    const scanner = createScanner({ detectors: [...internalTerms({ networks: PRIVATE_NETWORKS }), ...recommended()] });
    const text = 'the server ip 10.1.2.3 and client ip 203.0.113.9';
    expect(scanner.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ['INTERNAL_IP_ADDRESS', '10.1.2.3'],
      ['IP_ADDRESS', '203.0.113.9'],
    ]);
  });

  it('a hostname entry for a domain covers its hosts, not look-alikes', () => {
    const scanner = createScanner({ detectors: internalTerms({ hostnames: ['.corp.example.com'] }) });
    const found = (t: string): string[] => scanner.scan(t).map((f) => t.slice(f.start, f.end));
    expect(found('a.b.corp.example.com, corp.example.com. notcorp.example.com corp.example.community')).toEqual(['a.b.corp.example.com', 'corp.example.com']);
  });

  it('markings in lower-case prose are not labels', () => {
    const scanner = createScanner({ detectors: documentMarkings() });
    expect(scanner.scan('I will keep it confidential, this is restricted to us and internal to the team.')).toEqual([]);
    expect(scanner.scan('STRICTLY CONFIDENTIAL').map((f) => f.type)).toEqual(['RESTRICTED_MARKING']);
  });

  it.each([
    [{ terms: 'Falcon' }, 'terms'],
    [{ terms: ['ok', ''] }, 'terms[1]'],
    [{ hostnames: ['bad host'] }, 'hostnames[0]'],
    [{ networks: ['10.0.0.0/33'] }, 'networks[0]'],
    [{ networks: ['300.1.1.1'] }, 'networks[0]'],
    [{ networks: ['fd00:::1/8'] }, 'networks[0]'],
    [{ level: 'secret' }, 'level'],
    [{ caseSensitive: 'yes' }, 'caseSensitive'],
  ])('internalTerms(%j) is rejected naming %s', (options, field) => {
    let error: unknown;
    try {
      internalTerms(options as never);
    } catch (e) {
      error = e;
    }
    expect(isAirlockError(error) && error.code).toBe('invalid_detector');
    expect((error as { field: string }).field).toBe(field);
  });

  it('documentMarkings rejects a malformed extra label naming it', () => {
    expect(() => documentMarkings({ extra: { confidential: ['ok', 3 as never] } })).toThrow(/extra\.confidential\[1\]/);
  });

  it('terms are text, never patterns', () => {
    const scanner = createScanner({ detectors: internalTerms({ terms: ['a.c'] }) });
    expect(scanner.scan('abc a.c').map((f) => f.start)).toEqual([4]);
  });
});
