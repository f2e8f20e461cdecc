/**
 * Runs a detector on its own samples, alone in a scanner with default options, and returns every
 * way it misbehaves (an empty list when it does not). The catalog test calls this for every
 * detector, so a detector that misses a positive or fires on a negative fails the build.
 */
import { createScanner, type Detector } from '@airlock/core';

export function sampleProblems(detector: Detector): string[] {
  const problems: string[] = [];
  const scanner = createScanner({ detectors: [detector] });
  const { positive, negative } = detector.samples;
  if (positive.length === 0) problems.push('has no positive samples');
  if (negative.length === 0) problems.push('has no negative samples');
  // A sample is a text, or a text with the path it is scanned under.
  const scanSample = (sample: string | { readonly text: string; readonly path?: string }) => {
    const { text, path } = typeof sample === 'string' ? { text: sample, path: undefined } : sample;
    return { text, where: path === undefined ? '' : ` at ${path}`, findings: scanner.scan(text, path === undefined ? {} : { path }) };
  };
  for (const sample of positive) {
    const { text, where, findings: all } = scanSample(sample);
    const findings = all.filter((f) => f.type === detector.type);
    if (findings.length === 0) {
      problems.push(`misses positive sample ${JSON.stringify(text)}${where}`);
      continue;
    }
    if (typeof sample !== 'string' && sample.value !== undefined) {
      const hit = findings.some((f) => text.slice(f.start, f.end) === sample.value);
      if (!hit) {
        const got = findings.map((f) => JSON.stringify(text.slice(f.start, f.end))).join(', ');
        problems.push(`on ${JSON.stringify(text)} finds ${got}, not ${JSON.stringify(sample.value)}`);
      }
    }
    if (detector.keywords.length > 0 && detector.patterns.length > 0) {
      const lower = text.toLowerCase();
      if (!detector.keywords.some((k) => lower.includes(k.toLowerCase()))) {
        problems.push(`positive sample ${JSON.stringify(text)} contains none of its keywords`);
      }
    }
  }
  for (const sample of negative) {
    const { text, where, findings } = scanSample(sample);
    if (findings.length > 0) {
      const got = findings.map((f) => JSON.stringify(text.slice(f.start, f.end))).join(', ');
      problems.push(`fires on negative sample ${JSON.stringify(text)}${where}: ${got}`);
    }
  }
  return problems;
}
