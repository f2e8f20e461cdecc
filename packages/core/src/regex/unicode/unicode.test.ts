import { describe, expect, it } from 'vitest';
import { foldRanges, simpleFold, UNICODE_VERSION, unicodeClass } from './index.ts';
import { FOLD_MAX_ORBIT } from './tables.ts';

const MAX = 0x10ffff;

/** Node's RegExp is the oracle only when its Unicode version is the one the tables were made from. */
const SAME_UNICODE = process.versions.unicode === UNICODE_VERSION;

function contains(ranges: readonly number[], c: number): boolean {
  let a = 0;
  let b = ranges.length / 2;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (ranges[2 * m + 1]! < c) a = m + 1;
    else b = m;
  }
  return a < ranges.length / 2 && ranges[2 * a]! <= c;
}

function expectCanonical(ranges: readonly number[]): void {
  let ok = ranges.length % 2 === 0;
  for (let i = 0; ok && i < ranges.length; i += 2) {
    const lo = ranges[i]!;
    const hi = ranges[i + 1]!;
    ok = lo >= 0 && lo <= hi && hi <= MAX && (i === 0 || lo > ranges[i - 1]! + 1);
  }
  expect(ok, 'ranges are sorted, non-overlapping, non-adjacent').toBe(true);
}

/** Every code point below U+3400 plus a deterministic sample of the rest (and the range ends). */
function samples(ranges: readonly number[]): number[] {
  const out: number[] = [];
  for (let c = 0; c < 0x3400; c++) out.push(c);
  let x = 0x9e3779b9;
  for (let i = 0; i < 20000; i++) {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    out.push(0x3400 + (x % (MAX - 0x3400 + 1)));
  }
  for (const r of ranges) for (const d of [-1, 0, 1]) if (r + d >= 0 && r + d <= MAX) out.push(r + d);
  return out;
}

function agreesWithNode(name: string, re: RegExp): void {
  const ranges = unicodeClass(name);
  expect(ranges, name).toBeDefined();
  expectCanonical(ranges!);
  for (const c of samples(ranges!)) {
    const want = re.test(String.fromCodePoint(c));
    if (contains(ranges!, c) !== want) expect.fail(`${name}: U+${c.toString(16)} should ${want ? '' : 'not '}match`);
  }
}

describe('unicodeClass', () => {
  it('reports the Unicode version', () => {
    expect(UNICODE_VERSION).toMatch(/^\d+\.\d+/);
  });

  it.runIf(SAME_UNICODE)('agrees with the JS engine on General Categories', () => {
    for (const gc of ['Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Nd', 'Pd', 'Sm', 'Zs', 'Cc', 'Cf', 'Co']) {
      agreesWithNode(gc, new RegExp(`^\\p{gc=${gc}}$`, 'u'));
    }
    agreesWithNode('L', /^\p{L}$/u);
    agreesWithNode('N', /^\p{N}$/u);
    agreesWithNode('P', /^\p{P}$/u);
  });

  it.runIf(SAME_UNICODE)('agrees with the JS engine on scripts', () => {
    for (const sc of ['Latin', 'Greek', 'Cyrillic', 'Han', 'Arabic', 'Common', 'Inherited', 'Old_Italic', 'Hiragana']) {
      agreesWithNode(sc, new RegExp(`^\\p{Script=${sc}}$`, 'u'));
    }
  });

  it('has every General Category value and group RE2 has, and no others', () => {
    const two = 'Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Zs Zl Zp Cc Cf Cs Co'.split(' ');
    for (const name of [...two, 'L', 'M', 'N', 'P', 'S', 'Z', 'C']) expect(unicodeClass(name), name).toBeDefined();
    for (const name of ['Cn', 'LC', 'L&', 'Unknown', 'Zzzz', 'Katakana_Or_Hiragana', 'Latn', 'Script=Latin']) {
      expect(unicodeClass(name), name).toBeUndefined();
    }
  });

  it('unites the two-letter values into the one-letter groups', () => {
    for (const g of 'LMNPSZC') {
      const parts = 'Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Zs Zl Zp Cc Cf Cs Co'
        .split(' ')
        .filter((n) => n[0] === g);
      const union: number[] = [];
      for (const p of parts) union.push(...unicodeClass(p)!);
      const merged: number[] = [];
      const pairs: [number, number][] = [];
      for (let i = 0; i < union.length; i += 2) pairs.push([union[i]!, union[i + 1]!]);
      pairs.sort((a, b) => a[0] - b[0]);
      for (const [lo, hi] of pairs) {
        if (merged.length > 0 && lo <= merged[merged.length - 1]! + 1) merged[merged.length - 1] = hi;
        else merged.push(lo, hi);
      }
      expect(unicodeClass(g), g).toEqual(merged);
    }
  });

  it.runIf(SAME_UNICODE)('makes C Cc+Cf+Cs+Co, without unassigned code points (RE2, unlike ECMAScript)', () => {
    const c = unicodeClass('C')!;
    expect(contains(c, 0x00)).toBe(true); // Cc
    expect(contains(c, 0xad)).toBe(true); // Cf
    expect(contains(c, 0xd800)).toBe(true); // Cs
    expect(contains(c, 0xe000)).toBe(true); // Co
    expect(contains(c, 0x378)).toBe(false); // Cn
    expect(unicodeClass('Cs')).toEqual([0xd800, 0xdfff]);
    agreesWithNode('C', /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}]$/u);
  });

  it('knows Any and is case-sensitive', () => {
    expect(unicodeClass('Any')).toEqual([0, MAX]);
    expect(unicodeClass('any')).toBeUndefined();
    expect(unicodeClass('greek')).toBeUndefined();
    expect(unicodeClass('lu')).toBeUndefined();
    expect(unicodeClass('')).toBeUndefined();
    expect(unicodeClass('constructor')).toBeUndefined();
    expect(unicodeClass('__proto__')).toBeUndefined();
  });

  it('returns the same frozen array on every call', () => {
    const a = unicodeClass('Greek');
    expect(unicodeClass('Greek')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe('simpleFold', () => {
  /** The orbit of c, walking simpleFold until it returns to c. */
  function orbit(c: number): number[] {
    const out = [c];
    for (let d = simpleFold(c); d !== c; d = simpleFold(d)) {
      out.push(d);
      if (out.length > 10) throw new Error(`no cycle from U+${c.toString(16)}`);
    }
    return out;
  }

  it('cycles through an orbit in ascending order, wrapping to the smallest', () => {
    expect(orbit(0x4b)).toEqual([0x4b, 0x6b, 0x212a]);
    expect(orbit(0x212a)).toEqual([0x212a, 0x4b, 0x6b]);
    expect(simpleFold(0x41)).toBe(0x61);
    expect(simpleFold(0x61)).toBe(0x41);
  });

  it.each([
    ['k K KELVIN SIGN', [0x4b, 0x6b, 0x212a]],
    ['s S LONG S', [0x53, 0x73, 0x17f]],
    ['MICRO SIGN, Greek mu', [0xb5, 0x39c, 0x3bc]],
    ['sharp s, capital sharp s', [0xdf, 0x1e9e]],
    ['sigma, final sigma', [0x3a3, 0x3c2, 0x3c3]],
    ['theta', [0x398, 0x3b8, 0x3d1, 0x3f4]],
    ['i I', [0x49, 0x69]],
    ['dotted capital I alone', [0x130]],
    ['dotless i alone', [0x131]],
    ['Dz digraphs', [0x1c4, 0x1c5, 0x1c6]],
    ['iota, ypogegrammeni, prosgegrammeni', [0x345, 0x399, 0x3b9, 0x1fbe]],
    ['Angstrom', [0xc5, 0xe5, 0x212b]],
    ['Deseret (astral)', [0x10400, 0x10428]],
    ['digit one', [0x31]],
  ])('folds %s together', (_, members) => {
    const sorted = [...members].sort((a, b) => a - b);
    for (const m of members) expect(orbit(m).sort((a, b) => a - b)).toEqual(sorted);
  });

  it.runIf(SAME_UNICODE)('agrees with the JS engine (`iu` is simple case folding) on every folding and sampled other code points', () => {
    const points: number[] = [];
    for (let c = 0; c <= MAX; c++) if (simpleFold(c) !== c) points.push(c);
    expect(points.length).toBeGreaterThan(2900);
    for (const c of samples([]).filter((_, i) => i % 16 === 0)) points.push(c);
    const failures: string[] = [];
    for (const c of points) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const o = orbit(c);
      const re = new RegExp(`^\\u{${c.toString(16)}}$`, 'iu');
      for (const d of o) if (!re.test(String.fromCodePoint(d))) failures.push(`U+${c.toString(16)} ~ U+${d.toString(16)}`);
      // Nothing outside the orbit matches: check the neighbours and the plain case mappings.
      const s = String.fromCodePoint(c);
      for (const x of [c - 1, c + 1, s.toLowerCase().codePointAt(0)!, s.toUpperCase().codePointAt(0)!]) {
        if (x < 0 || x > MAX || o.includes(x) || (x >= 0xd800 && x <= 0xdfff)) continue;
        if (re.test(String.fromCodePoint(x))) failures.push(`U+${c.toString(16)} !~ U+${x.toString(16)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('has no orbit larger than FOLD_MAX_ORBIT', () => {
    expect(FOLD_MAX_ORBIT).toBe(4);
    expect(orbit(0x3b8)).toHaveLength(4);
  });

  it('returns anything that is not a code point unchanged', () => {
    for (const x of [-1, MAX + 1, 1.5, Number.NaN]) expect(simpleFold(x)).toBe(x);
    expect(simpleFold(MAX)).toBe(MAX);
    expect(simpleFold(0)).toBe(0);
  });
});

describe('foldRanges', () => {
  it('closes [a-z] under folding', () => {
    expect(foldRanges([0x61, 0x7a])).toEqual([0x41, 0x5a, 0x61, 0x7a, 0x17f, 0x17f, 0x212a, 0x212a]);
  });

  it('folds single letters to their whole orbit', () => {
    expect(foldRanges([0x3c3, 0x3c3])).toEqual([0x3a3, 0x3a3, 0x3c2, 0x3c3]);
    expect(foldRanges([0x212a, 0x212a])).toEqual([0x4b, 0x4b, 0x6b, 0x6b, 0x212a, 0x212a]);
    expect(foldRanges([0x3f4, 0x3f4])).toEqual([0x398, 0x398, 0x3b8, 0x3b8, 0x3d1, 0x3d1, 0x3f4, 0x3f4]);
    expect(foldRanges([0x130, 0x130])).toEqual([0x130, 0x130]);
    expect(foldRanges([0x1c5, 0x1c5])).toEqual([0x1c4, 0x1c6]);
  });

  it('handles empty and fold-free classes', () => {
    expect(foldRanges([])).toEqual([]);
    expect(foldRanges([0x30, 0x39])).toEqual([0x30, 0x39]);
    expect(foldRanges([0x4e00, 0x9fff])).toEqual([0x4e00, 0x9fff]);
  });

  it('accepts unsorted, overlapping input', () => {
    expect(foldRanges([0x7a, 0x7a, 0x61, 0x62, 0x62, 0x63])).toEqual([0x41, 0x43, 0x5a, 0x5a, 0x61, 0x63, 0x7a, 0x7a]);
  });

  it('leaves a class that is already closed as it is', () => {
    expect(foldRanges([0, MAX])).toEqual([0, MAX]);
    const l = unicodeClass('L')!;
    const folded = foldRanges(l);
    expectCanonical(folded);
    expect(foldRanges(folded)).toEqual(folded);
  });

  it('closes a big class exactly, and fast', () => {
    const lu = unicodeClass('Lu')!;
    const t0 = performance.now();
    const folded = foldRanges(lu);
    const elapsed = performance.now() - t0;
    expectCanonical(folded);
    // A code point is in the result iff some member of its orbit is in Lu.
    for (const c of samples(folded)) {
      let inOrbit = contains(lu, c);
      for (let d = simpleFold(c); d !== c && !inOrbit; d = simpleFold(d)) inOrbit = contains(lu, d);
      if (contains(folded, c) !== inOrbit) expect.fail(`U+${c.toString(16)}`);
    }
    expect(elapsed).toBeLessThan(200);
  });

  it('makes (?i)[^a] everything, as folding the complement should (negate after folding instead)', () => {
    expect(foldRanges([0, 0x60, 0x62, MAX])).toEqual([0, MAX]);
  });

  it.runIf(SAME_UNICODE)('agrees with the JS engine on a class with every kind of fold entry', () => {
    const ranges = [0x41, 0x5a, 0x100, 0x17f, 0x1c4, 0x1cc, 0x370, 0x3ff, 0x10400, 0x1044f];
    const folded = foldRanges(ranges);
    const cls = ranges
      .map((x, i) => (i % 2 === 0 ? `\\u{${x.toString(16)}}-` : `\\u{${x.toString(16)}}`))
      .join('');
    const re = new RegExp(`^[${cls}]$`, 'iu');
    for (let c = 0; c < 0x12000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (contains(folded, c) !== re.test(String.fromCodePoint(c))) expect.fail(`U+${c.toString(16)}`);
    }
  });
});
