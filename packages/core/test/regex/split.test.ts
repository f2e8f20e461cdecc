/**
 * A set whose candidate union would need too many DFA states splits it into several passes
 * (meta/iterate.ts). The split must not change what the set reports, and must keep the lazy DFAs
 * from thrashing: no cache that gives up, work per character that stays bounded.
 */
import { compile, compileSet } from '@airlock/core/regex';
import { describe, expect, it } from 'vitest';
import { prose as seededProse } from './harness.ts';

/** Patterns that stay alive together on prose (word runs, keyword contexts, counted classes). */
function explodingPatterns(): string[] {
  const out: string[] = [];
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
  for (const [i, w] of words.entries()) {
    out.push(`(?i)[a-z ]{0,${20 + i}}${w}[a-z ]{0,${10 + i}}[0-9]{${2 + (i % 3)}}`);
    out.push(`\\b[A-Z][a-z]{${1 + (i % 4)},}(?:[ ][A-Z][a-z]+){0,${1 + (i % 3)}}[ ]${w}\\b`);
    out.push(`[a-z]{${3 + i},${9 + i}}@${w}\\.[a-z]{2,4}`);
  }
  return out;
}

const WORDS = ['Alpha', 'the', 'report', 'bravo', 'Charlie Brown', 'said', 'delta', '42', 'echo', 'mail', 'ann@golf.com', 'Hotel', 'India', 'juliet', 'and', '7', 'Foxtrot'];
const prose = (n: number): string => seededProse(n, WORDS);

describe('set with a union that splits', () => {
  const patterns = explodingPatterns();
  const text = prose(1 << 15);

  it('reports exactly what each pattern alone reports', () => {
    const set = compileSet(patterns);
    const got = set.scan(text).map((m) => [m.pattern, m.start, m.end]);
    const want = patterns
      .flatMap((p, i) => compile(p).findAll(text).map((m) => [i, m.start, m.end]))
      .sort((a, b) => a[1]! - b[1]! || a[0]! - b[0]!);
    expect(got).toEqual(want);
    expect(set.stats().dfaGaveUp).toBe(0);
  });

  it('keeps work per character bounded as the text grows', () => {
    const set = compileSet(patterns);
    const perChar = (n: number): number => {
      const t = prose(n);
      set.scan(t); // warm: states persist in the compiled set
      set.resetStats();
      set.scan(t);
      const s = set.stats();
      expect(s.dfaGaveUp).toBe(0);
      return (s.dfaSteps + s.pikevmSteps) / n;
    };
    const small = perChar(1 << 14);
    const large = perChar(1 << 18);
    expect(large).toBeLessThanOrEqual(small * 1.25 + 1);
  });

  it('splits the union over a stream of short texts as over one long text', () => {
    // 512 texts of 1 KiB: no single search goes over the budget, but the union builds new states
    // on every text. The budget counts across texts, so the stream ends with the several passes
    // that one 512 KiB text gets, and with few new states per text.
    const long = prose(1 << 19);
    const chunk = (k: number): string => long.slice(k * 1024, (k + 1) * 1024);
    const set = compileSet(patterns);
    for (let k = 0; k < 448; k++) set.scan(chunk(k));
    set.resetStats();
    for (let k = 448; k < 512; k++) set.scan(chunk(k));
    const stream = set.stats();
    const whole = compileSet(patterns);
    whole.scan(long);
    whole.resetStats();
    for (let k = 448; k < 512; k++) whole.scan(chunk(k));
    // Passes, seen as DFA steps per character: more than one, as the long text's set has.
    expect(stream.dfaSteps / (64 * 1024)).toBeGreaterThan(2);
    expect(whole.stats().dfaSteps / (64 * 1024)).toBeGreaterThan(2);
    // One union over the whole stream builds 60 to 100 states per 64 texts at its end; split, a few.
    expect(stream.dfaStatesBuilt).toBeLessThan(30);
    for (let k = 500; k < 512; k++) {
      const got = set.scan(chunk(k)).map((m) => [m.pattern, m.start, m.end]);
      const want = patterns
        .flatMap((p, i) => compile(p).findAll(chunk(k)).map((m) => [i, m.start, m.end]))
        .sort((a, b) => a[1]! - b[1]! || a[0]! - b[0]!);
      expect(got).toEqual(want);
    }
  });
});
