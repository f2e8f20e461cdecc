/**
 * A set whose candidate union would need too many DFA states splits it into several passes
 * (meta/iterate.ts). The split must not change what the set reports, and must keep the lazy DFAs
 * from thrashing: no cache that gives up, work per character that stays bounded.
 */
import { compile, compileSet } from '@airlock/core/regex';
import { describe, expect, it } from 'vitest';

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

function prose(n: number): string {
  const words = ['Alpha', 'the', 'report', 'bravo', 'Charlie Brown', 'said', 'delta', '42', 'echo', 'mail', 'ann@golf.com', 'Hotel', 'India', 'juliet', 'and', '7', 'Foxtrot'];
  let x = 12345;
  let s = '';
  while (s.length < n) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += words[x % words.length] + (x % 7 === 0 ? '. ' : ' ');
  }
  return s.slice(0, n);
}

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
});
