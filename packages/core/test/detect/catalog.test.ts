/**
 * Every detector of the catalog on its own samples: a detector that misses one of its true
 * positives, or fires on one of its false positives, fails the build (gitleaks' `Validate`).
 */
import { allDetectors } from '@airlock/core';
import { describe, expect, it } from 'vitest';
import { sampleProblems } from './checkSamples.ts';

const detectors = allDetectors();

describe('catalog', () => {
  it('has unique detector ids', () => {
    const ids = detectors.map((d) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(detectors.map((d) => [d.id, d] as const))('%s passes its own samples', (_id, detector) => {
    expect(sampleProblems(detector)).toEqual([]);
  });
});
