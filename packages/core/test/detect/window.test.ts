import { describe, expect, it } from 'vitest';
import { createScanner, DEFAULT_MAX_MATCH_LENGTH, defineDetector, emailAddress, recommended, usSsn } from '../../src/index.ts';
import { maxWidth, parse } from '../../src/regex/index.ts';

const detector = (id: string, patterns: string[], context?: { words: string[]; window?: number }) =>
  defineDetector({
    id,
    type: id.toUpperCase().replace(/-/g, '_'),
    patterns,
    score: 0.9,
    level: 'confidential',
    category: 'pii',
    ...(context ? { context } : {}),
    samples: { positive: [], negative: [] },
  });

describe('Scanner.window', () => {
  it('is the widest pattern plus look-around, with normalization off', () => {
    const w = createScanner({ detectors: [detector('a', ['\\b[0-9]{3}-[0-9]{4}\\b', 'x{20}'])], normalize: false }).window;
    expect(w).toEqual({ match: 20, unbounded: [], context: 64, normalize: 0, size: 84 });
  });

  it('adds the longest context window and the normalization margin', () => {
    const w = createScanner({ detectors: [detector('a', ['ab']), detector('b', ['abc'], { words: ['ssn'], window: 100 })] }).window;
    expect(w).toEqual({ match: 3, unbounded: [], context: 164, normalize: 512, size: 679 });
  });

  it('counts an unbounded pattern as maxMatchLength (4096 by default) and names its detector', () => {
    const unbounded = detector('u', ['[a-z]+@x\\.com']);
    expect(createScanner({ detectors: [unbounded] }).window.match).toBe(DEFAULT_MAX_MATCH_LENGTH);
    const w = createScanner({ detectors: [unbounded, usSsn()], maxMatchLength: 100 }).window;
    expect(w.match).toBe(100);
    expect(w.unbounded).toEqual(['u']);
    // The cap never shortens a bounded pattern: it only stands in for the unbounded ones.
    expect(createScanner({ detectors: [detector('b', ['x{300}'])], maxMatchLength: 100 }).window.match).toBe(300);
  });

  it('covers every pattern of the recommended catalog', () => {
    const scanner = createScanner({ detectors: recommended() });
    const w = scanner.window;
    let widest = 0;
    for (const d of scanner.detectors) for (const p of d.patterns) {
      const width = maxWidth(parse(p).ir);
      widest = Math.max(widest, width === Infinity ? DEFAULT_MAX_MATCH_LENGTH : width);
    }
    expect(w.match).toBe(widest);
    expect(w.unbounded).toContain(emailAddress().id);
    expect(w.size).toBe(w.match + w.context + w.normalize);
  });

  it('rejects a malformed maxMatchLength', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, '10']) {
      expect(() => createScanner({ detectors: [], maxMatchLength: bad as number })).toThrow(/maxMatchLength/);
    }
  });
});
