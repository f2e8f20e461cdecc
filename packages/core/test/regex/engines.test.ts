/**
 * Acceptance 2, third point: every engine path agrees. For random RE2 patterns (the whole grammar) and
 * texts with emoji, lone surrogates and line terminators, the Pike VM, the lazy DFA (also with a cache
 * so small that it thrashes and gives up caching) and the meta engine ('auto') give the same
 * `find`, `find(text, from)`, `findAll` and `test`, in leftmost-first and in leftmost-longest mode.
 * The Pike VM is the reference; a pattern that one path rejects must be rejected by all, with the same
 * error code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/regex/index.ts';
import type { CompileOptions, Regex } from '../../src/regex/api.ts';
import { anyTextArb, re2PatternArb, syntaxOf, textArb, type GlobalFlags } from './arbitraries.ts';
import { check, diffMatch, diffMatchList, outcome, showMatch, runs } from './harness.ts';

const TIMEOUT: number = runs(60_000);

/** The engine paths under test, each against the Pike VM. */
const PATHS: readonly { readonly name: string; readonly options: CompileOptions }[] = [
  { name: 'dfa', options: { engine: 'dfa' } },
  { name: 'auto', options: { engine: 'auto' } },
  // A cache of a few states is cleared all the time; with no clears allowed, the DFA must stop caching
  // at once and go on without it, without changing the answer.
  { name: 'dfa(thrashing)', options: { engine: 'dfa', dfa: { cacheCapacity: 4, maxClears: 0 } } },
  { name: 'auto(thrashing)', options: { engine: 'auto', dfa: { cacheCapacity: 4, maxClears: 0 } } },
];

const optionsArb: fc.Arbitrary<Omit<RunOptions, 'flags'>> = fc.record({
  ungreedy: fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
  literal: fc.integer({ min: 0, max: 20 }).map((x) => x === 0),
  longest: fc.boolean(),
});

/** Texts, and for each a search start anywhere in it (inside a surrogate pair too). */
const textsArb = (text: fc.Arbitrary<string>): fc.Arbitrary<{ text: string; from: number }[]> =>
  fc.array(
    fc.tuple(text, fc.nat()).map(([t, k]) => ({ text: t, from: k % (t.length + 1) })),
    { minLength: 1, maxLength: 3 },
  );

/** Options drawn for one run. */
interface RunOptions {
  readonly flags: GlobalFlags;
  readonly ungreedy: boolean;
  readonly literal: boolean;
  readonly longest: boolean;
}

function compareEngines(pattern: string, o: RunOptions, texts: readonly { text: string; from: number }[]): void {
  const base: CompileOptions = { syntax: { ...syntaxOf(o.flags), ungreedy: o.ungreedy, literal: o.literal }, longest: o.longest };
  const context = { pattern, options: base };
  const reference = outcome((): Regex => compile(pattern, { ...base, engine: 'pikevm' }));
  for (const path of PATHS) {
    const other = outcome((): Regex => compile(pattern, { ...base, ...path.options }));
    if (!reference.ok || !other.ok) {
      const show = (r: typeof other): string => (r.ok ? 'compiles' : `throws ${r.error} (${r.message})`);
      if (reference.ok !== other.ok || (!reference.ok && !other.ok && reference.error !== other.error)) {
        check(`pikevm ${show(reference)}, ${path.name} ${show(other)}`, context);
      }
      continue;
    }
    const ref = reference.value;
    const re = other.value;
    for (const { text, from } of texts) {
      const ctx = { ...context, path: path.name, text };
      const expected = ref.find(text);
      check(diffMatch(expected, re.find(text)), ctx);
      check(diffMatch(ref.find(text, from), re.find(text, from)), { ...ctx, from });
      check(diffMatchList(ref.findAll(text), re.findAll(text)), { ...ctx, call: 'findAll' });
      const t = re.test(text);
      if (t !== (expected !== null)) check(`test() is ${String(t)} but pikevm finds ${showMatch(expected)}`, ctx);
      const tf = re.test(text, from);
      if (tf !== (ref.find(text, from) !== null)) check(`test(text, from) is ${String(tf)}`, { ...ctx, from });
    }
  }
}

describe('every engine path agrees with the Pike VM', () => {
  it('on short texts with emoji, lone surrogates and line terminators', () => {
    fc.assert(
      fc.property(re2PatternArb(), optionsArb, textsArb(anyTextArb), (c, o, texts) => {
        compareEngines(c.pattern, { ...o, flags: c.flags }, texts);
      }),
      { numRuns: runs(500) },
    );
  }, TIMEOUT);

  it('on loops whose body can match empty (assertion-heavy patterns)', () => {
    fc.assert(
      fc.property(re2PatternArb({ emptyLoops: true, nonAscii: false }), optionsArb, textsArb(textArb(['a', 'b', ' ', '\n', '1'], 8)), (c, o, texts) => {
        compareEngines(c.pattern, { ...o, flags: c.flags }, texts);
      }),
      { numRuns: runs(1500) },
    );
  }, TIMEOUT);

  it('on longer texts, where the DFA builds and clears many states', () => {
    // Texts of up to 300 code units, built from a few chunks repeated, so that matches still occur.
    const chunkArb = fc.array(anyTextArb, { minLength: 1, maxLength: 3 });
    const longTextArb = fc.tuple(chunkArb, fc.integer({ min: 5, max: 30 })).map(([chunks, n]) => {
      const out: string[] = [];
      for (let i = 0; i < n; i++) out.push(chunks[i % chunks.length] ?? '');
      return out.join('').slice(0, 300);
    });
    fc.assert(
      fc.property(re2PatternArb({ maxDepth: 3 }), optionsArb, textsArb(longTextArb), (c, o, texts) => {
        compareEngines(c.pattern, { ...o, flags: c.flags }, texts);
      }),
      { numRuns: runs(150) },
    );
  }, TIMEOUT);

  it('on hand-picked loops over assertions', () => {
    // Found by the properties above; kept as fixed examples. Current RE2 (re2-wasm, given `(x+)?`)
    // agrees with the Pike VM on each.
    const cases: [pattern: string, text: string][] = [
      ['(?:\\b|a)*', 'a'], ['(?:\\b|\\D)*||\\d', 'a'], ['(?:(?:|a)\\B*)*', 'aaaaa'], ['(?:$|a)*', 'a'], ['(?:^|a)*', 'a'],
      ['(?:\\B|a)*', 'aaa'], ['(?:a|\\b)*?b', 'ab'], ['(?:\\b|a)+', 'a'], ['(\\b|a)*', 'a a'],
    ];
    for (const [pattern, text] of cases) {
      for (const longest of [false, true]) {
        const texts = Array.from({ length: text.length + 1 }, (_, from) => ({ text, from }));
        compareEngines(pattern, { flags: { caseInsensitive: false, multiLine: false, dotAll: false }, ungreedy: false, literal: false, longest }, texts);
      }
    }
  });

  it('detects a deliberately different pair (negative control)', () => {
    // leftmost-first against leftmost-longest must differ on some case (`a|ab` on `ab`).
    const result = fc.check(
      fc.property(re2PatternArb({ nonAscii: false }), textArb(['a', 'b', 'c', 'a']), (c, text) => {
        const first = outcome(() => compile(c.pattern, { engine: 'pikevm' }));
        const longest = outcome(() => compile(c.pattern, { engine: 'dfa', longest: true }));
        if (!first.ok || !longest.ok) return;
        check(diffMatch(first.value.find(text), longest.value.find(text)), { pattern: c.pattern, text });
      }),
      { numRuns: 300, seed: 3 },
    );
    expect(result.failed).toBe(true);
    expect(String(result.errorInstance)).toMatch(/expected/);
  }, TIMEOUT);
});
