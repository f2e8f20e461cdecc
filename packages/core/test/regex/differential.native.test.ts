/**
 * Acceptance 2, second point: airlock agrees with native `RegExp` (`u` flag) on the syntax the two
 * share, over texts with accents, case-folding traps, line terminators and emoji.
 *
 * What "shared" leaves out, and why, is documented on `sharedPatternArb` in arbitraries.ts; in short:
 * - RE2-only syntax (`\A \z`, POSIX classes, `\Q…\E`, inline flags, `(?U)`) is not generated;
 * - `.`, `\s`/`\S` and `^`/`$` under `m` are printed for JS in RE2's exact meaning (JS's `.` and line
 *   anchors also see `\r`, U+2028, U+2029; JS's `\s` is Unicode);
 * - under `i`: no `\b`/`\B` (JS `iu` counts `ſ` and the Kelvin sign as word characters) and no negated
 *   Unicode escapes (JS matches `\P{Lu}` against folded text);
 * - repetitions that may stop early get a body that cannot match empty (JS rejects empty iterations);
 * - groups inside a repetition that can run twice are not compared (JS resets them every iteration);
 * - unbounded repetitions nest at most twice and texts are short, because native `RegExp` backtracks.
 * Starting offsets given to `find` are code-point boundaries: V8 moves a `lastIndex` inside a surrogate
 * pair back to the pair's start, which is not what `find(text, from)` means.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/regex/index.ts';
import type { Regex } from '../../src/regex/api.ts';
import { sharedPatternArb, syntaxOf, unicodeTextArb, type SharedCase } from './arbitraries.ts';
import { check, codePointBoundaries, diffMatch, diffMatchList, nativeFind, nativeFindAll, nativeRegex, outcome, runs } from './harness.ts';

const TIMEOUT: number = runs(60_000);

function compileOrReport(c: SharedCase): Regex {
  const ours = outcome((): Regex => compile(c.pattern, { syntax: syntaxOf(c.flags) }));
  if (!ours.ok) check(`airlock rejects a pattern native RegExp accepts: ${ours.error}: ${ours.message}`, { pattern: c.pattern, js: c.js });
  return (ours as { value: Regex }).value;
}

/** Texts with, for each, a code-point boundary to search from. */
const textsWithFromArb = fc.array(
  fc.tuple(unicodeTextArb, fc.nat()).map(([text, k]) => {
    const bounds = codePointBoundaries(text);
    return { text, from: bounds[k % bounds.length] ?? 0 };
  }),
  { minLength: 1, maxLength: 4 },
);

describe('airlock agrees with native RegExp on the shared subset', () => {
  it('find(text) and find(text, from): span and groups', () => {
    fc.assert(
      fc.property(sharedPatternArb(), textsWithFromArb, (c, texts) => {
        const re = compileOrReport(c);
        const native = nativeRegex(c.js, c.jsFlags);
        for (const { text, from } of texts) {
          const context = { pattern: c.pattern, js: c.js, jsFlags: c.jsFlags, text, notCompared: c.loopGroups };
          check(diffMatch(nativeFind(native, text), re.find(text), { ignoreGroups: c.loopGroups }), context);
          check(diffMatch(nativeFind(native, text, from), re.find(text, from), { ignoreGroups: c.loopGroups }), { ...context, from });
        }
      }),
      { numRuns: runs(800) },
    );
  }, TIMEOUT);

  it('findAll(text) against String.prototype.matchAll with the g and u flags', () => {
    fc.assert(
      fc.property(sharedPatternArb(), fc.array(unicodeTextArb, { minLength: 1, maxLength: 4 }), (c, texts) => {
        const re = compileOrReport(c);
        for (const text of texts) {
          check(diffMatchList(nativeFindAll(c.js, c.jsFlags, text), re.findAll(text), { ignoreGroups: c.loopGroups }), {
            pattern: c.pattern,
            js: c.js,
            jsFlags: c.jsFlags,
            text,
            notCompared: c.loopGroups,
          });
        }
      }),
      { numRuns: runs(800) },
    );
  }, TIMEOUT);

  it('on hand-picked cases: empty matches next to emoji, folding, line anchors', () => {
    const cases: [string, string, string][] = [
      ['', 'du', 'a\u{1F600}b'], ['a*', 'du', '\u{1F600}aa\u{1F600}'], ['.', 'du', '\u{1F600}\r\u2028\n'], ['(?:)', 'dum', '\n\n'],
      ['^', 'dum', 'a\nb\r\nc'], ['$', 'dum', 'a\nb\r\nc'], ['ſ', 'dui', 'sSſ'], ['[a-z]+', 'dui', 'K\u212Aſ'], ['\\w+', 'dui', 'k\u212As'],
      ['[^\\n]', 'dus', '\n'], ['\\d*?', 'du', '12'], ['(a)|b', 'du', 'ba'], ['[\u{1F600}-\u{1F602}]', 'du', '\u{1F601}'],
    ];
    for (const [js, jsFlags, text] of cases) {
      // These patterns mean the same in both syntaxes once `.`, `^` and `$` are printed for JS; the
      // JS side is given as written where that is true.
      const flags = { caseInsensitive: jsFlags.includes('i'), multiLine: jsFlags.includes('m'), dotAll: jsFlags.includes('s') };
      const jsSource = js === '.' ? '[^\\n]' : jsFlags.includes('m') && (js === '^' || js === '$') ? (js === '^' ? '(?<![^\\n])' : '(?![^\\n])') : js;
      const re = compile(js, { syntax: flags });
      check(diffMatchList(nativeFindAll(jsSource, jsFlags, text), re.findAll(text)), { pattern: js, jsFlags, text });
    }
  });

  it('fails on a deliberately different pair (negative control)', () => {
    // Native run with greedy stars made lazy must disagree with airlock on some generated case.
    const result = fc.check(
      fc.property(sharedPatternArb(), unicodeTextArb, (c, text) => {
        const ours = outcome(() => compile(c.pattern, { syntax: syntaxOf(c.flags) }));
        if (!ours.ok) return;
        const re = ours.value;
        const lazy = c.js.replace(/(?<!\\)\*(?!\?)/g, '*?');
        check(diffMatchList(nativeFindAll(lazy, c.jsFlags, text), re.findAll(text), { ignoreGroups: c.loopGroups }), { pattern: c.pattern, text });
      }),
      { numRuns: 300, seed: 11 },
    );
    expect(result.failed).toBe(true);
    expect(String(result.errorInstance)).toMatch(/expected/);
  }, TIMEOUT);
});
