/**
 * Every guard detector on its own samples, as the catalog test does for the data detectors: a miss
 * or a false positive fails the build.
 */
import { guardDetectors, prohibitedTerms } from '@airlock/core';
import { describe, expect, it } from 'vitest';
import { sampleProblems } from '../detect/checkSamples.ts';

const detectors = [
  ...guardDetectors(),
  prohibitedTerms({ terms: ['Project Falcon', 'blin', 'блин', '#leak'] }),
  prohibitedTerms({ id: 'exact-terms', terms: ['ACME-7'], caseSensitive: true, wholeWords: false }),
];

describe('guard detectors', () => {
  it('have unique ids and the guard category', () => {
    const ids = detectors.map((d) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(detectors.every((d) => d.category === 'guard')).toBe(true);
  });

  it.each(detectors.map((d) => [d.id, d] as const))('%s passes its own samples', (_id, detector) => {
    expect(sampleProblems(detector)).toEqual([]);
  });
});
