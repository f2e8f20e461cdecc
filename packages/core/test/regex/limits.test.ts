/**
 * Acceptance 5 of issue 2, first half: bad patterns get an error code and a position; huge patterns get
 * a documented limit and a clear error.
 *
 * Expectations follow RE2 (google/re2 `re2/parse.cc`, Go's `regexp/syntax/parse.go`): the `kind` is
 * RE2's status code, and the span is where RE2's `error_arg` sits in the pattern. The project departs
 * from RE2 on purpose in three places, marked in the table:
 * - constructs rejected because they are not linear (backreferences, lookaround) and RE2 constructs that
 *   have no meaning over UTF-16 (`\C`, one byte) are `unsupported`, not RE2's `bad_escape`/`bad_perl_op`;
 * - RE2's `error_arg` for a missing or unexpected parenthesis is the whole pattern; a span that points at
 *   the parenthesis is more useful, so that is what is expected;
 *
 * RE2 rejects invalid UTF-8 in a pattern (`bad_utf8`). Over UTF-16 the syntax module documents the
 * opposite choice: a lone surrogate in a pattern is a character of its own value, matching that lone
 * surrogate in the text and never half of a pair. That is tested below as a feature, not an error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, compileSet } from '../../src/regex/index.ts';
import { isAirlockError, RegexSyntaxError, type SyntaxErrorKind } from '../../src/errors/index.ts';
import type { CompileOptions, Regex } from '../../src/regex/api.ts';

interface Row {
  readonly pattern: string;
  readonly kind: SyntaxErrorKind;
  /** `[start, end)` in UTF-16 code units. */
  readonly span: readonly [number, number];
  /** Something the message must say, besides the offending text (which the span already pins). */
  readonly says?: RegExp;
  /** Why the expectation is what it is, where it is not obvious. */
  readonly note?: string;
}

const ROWS: readonly Row[] = [
  // Parentheses.
  { pattern: '(', kind: 'missing_paren', span: [0, 1], says: /\)|paren/i },
  { pattern: 'a(b', kind: 'missing_paren', span: [1, 2], note: 'RE2 reports the whole pattern; we point at the unclosed (' },
  { pattern: '((a)', kind: 'missing_paren', span: [0, 1], note: 'the outer ( is the one left open' },
  { pattern: ')', kind: 'unexpected_paren', span: [0, 1], says: /\)|paren/i },
  { pattern: 'a)b', kind: 'unexpected_paren', span: [1, 2] },
  // Classes.
  { pattern: '[a', kind: 'missing_bracket', span: [0, 2], says: /\]|bracket/i },
  { pattern: 'x[a-z', kind: 'missing_bracket', span: [1, 5] },
  { pattern: '[z-a]', kind: 'bad_char_range', span: [1, 4] },
  { pattern: '[a-Z]', kind: 'bad_char_range', span: [1, 4], note: 'Z (0x5A) sorts before a (0x61)' },
  { pattern: '[[:foo:]]', kind: 'bad_char_range', span: [1, 8], note: 'RE2 ParseCCName: unknown POSIX class' },
  { pattern: '\\p{Nope}', kind: 'bad_char_range', span: [0, 8], note: 'RE2 ParseUnicodeGroup: unknown group' },
  { pattern: '[\\p{Nope}]', kind: 'bad_char_range', span: [1, 9] },
  { pattern: '\\pX', kind: 'bad_char_range', span: [0, 3] },
  // Repetition operators.
  { pattern: 'a**', kind: 'repeat_op', span: [1, 3] },
  { pattern: 'a++', kind: 'repeat_op', span: [1, 3], note: 'possessive quantifiers are not RE2' },
  { pattern: 'a??*', kind: 'repeat_op', span: [1, 4] },
  { pattern: 'x{2}{3}', kind: 'repeat_op', span: [1, 7], note: 'RE2 rejects stacked counted repetitions in Perl mode' },
  { pattern: '*a', kind: 'repeat_argument', span: [0, 1] },
  { pattern: 'a|*', kind: 'repeat_argument', span: [2, 3] },
  { pattern: '(*)', kind: 'repeat_argument', span: [1, 2] },
  { pattern: '{2}', kind: 'repeat_argument', span: [0, 3], note: 'a well-formed {n} with nothing before it' },
  { pattern: '\\Q\\E*', kind: 'repeat_argument', span: [4, 5], note: 'an empty \\Q…\\E leaves nothing to repeat' },
  { pattern: 'a{1001}', kind: 'repeat_size', span: [1, 7], says: /1000|1,000/ },
  { pattern: 'a{2,1}', kind: 'repeat_size', span: [1, 6] },
  { pattern: 'a{100000}', kind: 'repeat_size', span: [1, 9] },
  { pattern: '(((x{7}){11}){13})', kind: 'repeat_size', span: [13, 17], note: 'RE2: nested counts multiply: 7·11·13 = 1001 > 1000' },
  { pattern: '(\\pL{100}){100}', kind: 'repeat_size', span: [10, 15], note: 'RE2: 100·100 > 1000, a syntax error before any size limit' },
  { pattern: '(?:a{1000}){1000}', kind: 'repeat_size', span: [11, 17] },
  // Escapes.
  { pattern: 'a\\', kind: 'trailing_backslash', span: [1, 2] },
  { pattern: '\\', kind: 'trailing_backslash', span: [0, 1] },
  { pattern: '\\8', kind: 'unsupported', span: [0, 2], says: /back-?reference/i, note: 'RE2: bad_escape; airlock names every \\1–\\9 a backreference' },
  { pattern: '\\q', kind: 'bad_escape', span: [0, 2] },
  { pattern: '\\Z', kind: 'bad_escape', span: [0, 2], note: 'RE2 has \\z, not \\Z' },
  { pattern: '\\xZZ', kind: 'bad_escape', span: [0, 4] },
  // Not linear, or meaningless over UTF-16: rejected as unsupported, naming the construct.
  { pattern: '\\1', kind: 'unsupported', span: [0, 2], says: /back-?reference/i, note: 'RE2: bad_escape' },
  { pattern: '(a)\\1', kind: 'unsupported', span: [3, 5], says: /back-?reference/i },
  { pattern: '(?P=n)', kind: 'unsupported', span: [0, 6], says: /back-?reference/i, note: 'RE2: bad_perl_op at (?P' },
  { pattern: '(?=a)', kind: 'unsupported', span: [0, 3], says: /look-?ahead/i, note: 'RE2: bad_perl_op, same span' },
  { pattern: '(?!a)', kind: 'unsupported', span: [0, 3], says: /look-?ahead/i },
  { pattern: '(?<=a)', kind: 'unsupported', span: [0, 4], says: /look-?behind/i },
  { pattern: '(?<!a)', kind: 'unsupported', span: [0, 4], says: /look-?behind/i },
  { pattern: 'a(?=b)', kind: 'unsupported', span: [1, 4], says: /look-?ahead/i, note: 'the example in RegexSyntaxError’s doc comment' },
  { pattern: '\\C', kind: 'unsupported', span: [0, 2], note: 'RE2 C++: any byte; Go: bad_escape; no meaning over UTF-16' },
  // Flags and groups.
  { pattern: '(?z)', kind: 'bad_perl_op', span: [0, 3] },
  { pattern: '(?i', kind: 'bad_perl_op', span: [0, 3] },
  { pattern: '(?', kind: 'bad_perl_op', span: [0, 2] },
  { pattern: '(?-)', kind: 'bad_perl_op', span: [0, 4], note: 'RE2: a negation must negate something' },
  { pattern: '(?P<n', kind: 'bad_named_capture', span: [0, 5] },
  { pattern: '(?P<x y>a)', kind: 'bad_named_capture', span: [0, 8] },
  { pattern: '(?P<>a)', kind: 'bad_named_capture', span: [0, 5] },
  { pattern: '(?<name', kind: 'bad_named_capture', span: [0, 7] },
  // A name must say which group it means: duplicates are rejected, as rust regex, Python and JavaScript do.
  { pattern: '(?P<n>a)(?P<n>b)', kind: 'bad_named_capture', span: [8, 14] },
];

/** Patterns RE2 accepts that a hand-written parser tends to reject. */
const VALID: readonly string[] = [
  '\\0',
  '\\12', // octal: two digits make it an escape, not a backreference
  '\\141',
  'a{,5}', // not a repetition: literal text
  '{',
  'x{2',
  'a{1001', // not a repetition either
  'a{1000}',
  '(a{1,30}){1,30}',
  '((((((((((x{2}){2}){2}){2}){2}){2}){2}){2}){2}))', // 2^9 = 512
  '[]a]',
  '[^]a]',
  '[a-]',
  '[-a]',
  '\\Q*+?{[\\E',
  '\\Qabc', // \Q without \E runs to the end
  '(?)', // RE2: an empty flag group
  '(?i)(?-i:a)',
  '(?i-s:a)',
  '(?<name>a)',
  '\\pL\\p{Greek}\\PL\\p{^Greek}\\pN',
  '[[:^alpha:][:digit:]]',
  '\\x{10FFFF}\\x41',
  '\\_\\-\\#',
  '(|a)()',
  '\\A\\z',
  'x*?a{2,}?',
  '[\\d\\D]',
  '\uD83D\uDE00+', // a surrogate pair is one character
  '[\uD83D\uDE00-\uD83D\uDE0E]',
];

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw, got none');
}

function expectSyntaxError(e: unknown, pattern: string): RegexSyntaxError {
  expect(isAirlockError(e), `not an AirlockError: ${String(e)}`).toBe(true);
  expect(e).toBeInstanceOf(RegexSyntaxError);
  const err = e as RegexSyntaxError;
  expect(err.code).toBe('regex_syntax');
  expect(err.pattern).toBe(pattern);
  expect(Number.isInteger(err.span.start) && Number.isInteger(err.span.end)).toBe(true);
  expect(0 <= err.span.start && err.span.start <= err.span.end && err.span.end <= pattern.length, `span ${JSON.stringify(err.span)} outside the pattern`).toBe(true);
  return err;
}

function expectCode(e: unknown, code: string): void {
  expect(isAirlockError(e), `not an AirlockError: ${String(e)}`).toBe(true);
  expect((e as { code: string }).code).toBe(code);
}

describe('invalid patterns: kind and span (RE2 semantics)', () => {
  it('has 25+ cases', () => expect(ROWS.length).toBeGreaterThanOrEqual(25));
  for (const row of ROWS) {
    it(`${JSON.stringify(row.pattern)} → ${row.kind} at ${row.span[0]}..${row.span[1]}${row.note === undefined ? '' : ` (${row.note})`}`, () => {
      const err = expectSyntaxError(
        caught(() => compile(row.pattern)),
        row.pattern,
      );
      expect({ kind: err.kind, span: [err.span.start, err.span.end] }).toEqual({ kind: row.kind, span: [...row.span] });
      // The message names the construct: it quotes the offending text and says what is wrong.
      const excerpt = row.pattern.slice(row.span[0], row.span[1]);
      if (excerpt !== '') expect(err.message).toContain(excerpt);
      if (row.says !== undefined) expect(err.message).toMatch(row.says);
    });
  }
});

describe('valid patterns that RE2 accepts', () => {
  for (const pattern of VALID) {
    it(JSON.stringify(pattern), () => {
      expect(() => compile(pattern)).not.toThrow();
    });
  }
  it('\\12 is octal (a newline), not a backreference', () => {
    expect(compile('\\12').find('a\nb')).toMatchObject({ start: 1, end: 2 });
  });
  it('a{,5} is literal text', () => {
    expect(compile('a{,5}').find('xa{,5}')).toMatchObject({ start: 1, end: 6 });
  });
});

describe('lone surrogates in a pattern are characters of their own value', () => {
  it('a lone high surrogate matches itself', () => {
    expect(compile('a\uD800').findAll('xa\uD800y').map((m) => [m.start, m.end])).toEqual([[1, 3]]);
  });
  it('… but never the first half of a pair', () => {
    expect(compile('a\uD800').findAll('a\uD800\uDC00')).toEqual([]);
    expect(compile('\uDC00').findAll('\uD800\uDC00')).toEqual([]);
  });
  it('a lone low surrogate, written or escaped', () => {
    expect(compile('\uDC00b').find('\uDC00b')).toMatchObject({ start: 0, end: 2 });
    expect(compile('\\x{DC00}b').find('x\uDC00b')).toMatchObject({ start: 1, end: 3 });
  });
});

describe('nesting limit', () => {
  it("'('×2000 + ')'×2000 → nest_limit, with a clear message", () => {
    const p = '('.repeat(2000) + ')'.repeat(2000);
    const err = expectSyntaxError(
      caught(() => compile(p)),
      p,
    );
    expect(err.kind).toBe('nest_limit');
    expect(err.message).toMatch(/nest|deep/i);
    expect(err.message).toMatch(/1000|1,000/);
    // The span points into the parentheses, past the allowed depth.
    expect(err.span.start).toBeGreaterThanOrEqual(900);
    expect(err.span.start).toBeLessThan(2000);
  });
  it('deep (?: nesting, and nesting through alternations, too', () => {
    const p1 = '(?:'.repeat(2000) + 'a' + ')'.repeat(2000);
    expect((caught(() => compile(p1)) as RegexSyntaxError).kind).toBe('nest_limit');
    let p2 = 'z';
    for (let i = 0; i < 2000; i++) p2 = `(?:a|${p2})`;
    expect((caught(() => compile(p2)) as RegexSyntaxError).kind).toBe('nest_limit');
  });
  it("'('×50000 fails cleanly (nest_limit, not a stack overflow)", () => {
    const p = '('.repeat(50_000);
    const e = caught(() => compile(p));
    expect(e).not.toBeInstanceOf(RangeError);
    expect((e as RegexSyntaxError).kind).toBe('nest_limit');
  });
  it('100 levels compile under the default limit', () => {
    expect(() => compile('('.repeat(100) + 'a' + ')'.repeat(100))).not.toThrow();
  });
  it('syntax.nestLimit is honoured', () => {
    const options: CompileOptions = { syntax: { nestLimit: 10 } };
    expect(() => compile('('.repeat(5) + 'a' + ')'.repeat(5), options)).not.toThrow();
    const p = '('.repeat(20) + 'a' + ')'.repeat(20);
    expect(expectSyntaxError(caught(() => compile(p, options)), p).kind).toBe('nest_limit');
  });
});

describe('pattern length limit', () => {
  it('a 100k-character pattern → pattern_too_long, naming the limit', () => {
    const p = 'a'.repeat(100_000);
    const err = expectSyntaxError(
      caught(() => compile(p)),
      p,
    );
    expect(err.kind).toBe('pattern_too_long');
    expect(err.message).toMatch(/65536|65,536|64 ?Ki?B?/i);
  });
  it('exactly 65536 code units is accepted (the documented default)', () => {
    expect(() => compile('a'.repeat(65_536))).not.toThrow();
  });
  it('the length check runs before parsing: 70000 × ) is too long, not an unexpected )', () => {
    const p = ')'.repeat(70_000);
    expect(expectSyntaxError(caught(() => compile(p)), p).kind).toBe('pattern_too_long');
  });
  it('syntax.maxPatternLength is honoured, at the boundary', () => {
    const options: CompileOptions = { syntax: { maxPatternLength: 10 } };
    expect(() => compile('a'.repeat(10), options)).not.toThrow();
    const p = 'a'.repeat(11);
    expect(expectSyntaxError(caught(() => compile(p, options)), p).kind).toBe('pattern_too_long');
  });
});

describe('program size limit → regex_too_big', () => {
  it('over nfa.sizeLimit', () => {
    const e = caught(() => compile('a{1000}', { nfa: { sizeLimit: 100 } }));
    expectCode(e, 'regex_too_big');
    expect(e).not.toBeInstanceOf(RegexSyntaxError);
    expect((e as Error).message).toMatch(/100\b/);
  });
  it('a class-heavy program over a small limit', () => {
    expectCode(
      caught(() => compile('\\pL{1000}', { nfa: { sizeLimit: 500 } })),
      'regex_too_big',
    );
  });
  it('over the default limit (1,000,000): 1001 × a{1000}', () => {
    const p = 'a{1000}'.repeat(1001);
    expect(p.length).toBeLessThan(65_536);
    const e = caught(() => compile(p));
    expectCode(e, 'regex_too_big');
    expect((e as Error).message).toMatch(/1000000|1,000,000|1_000_000|1e6/);
  });
  it('just under the limit compiles', () => {
    expect(() => compile('a{1000}', { nfa: { sizeLimit: 5000 } })).not.toThrow();
  });
  it('a set is limited as a whole', () => {
    const options: CompileOptions = { nfa: { sizeLimit: 10_000 } };
    expect(() => compileSet(['a{1000}'], options)).not.toThrow();
    expectCode(
      // Distinct patterns: a pattern given twice is compiled once.
      caught(() => compileSet(Array.from({ length: 20 }, (_, i) => `a{1000}${i}`), options)),
      'regex_too_big',
    );
  });
});

describe('sets name the bad pattern', () => {
  it('a syntax error at index 3 carries patternIndex 3', () => {
    const patterns = ['ok', 'fine', '\\d+', '(unclosed', 'x'];
    const err = expectSyntaxError(
      caught(() => compileSet(patterns)),
      '(unclosed',
    );
    expect(err.patternIndex).toBe(3);
    expect(err.kind).toBe('missing_paren');
    expect([err.span.start, err.span.end]).toEqual([0, 1]);
    expect(err.message).toMatch(/#3|index 3|pattern 3/);
  });
  it('the first bad pattern is the one reported', () => {
    const err = caught(() => compileSet(['a', 'b', '[', '(?=x)'])) as RegexSyntaxError;
    expect(err.patternIndex).toBe(2);
    expect(err.kind).toBe('missing_bracket');
  });
  it('a too-long pattern in a set carries its index', () => {
    const err = caught(() => compileSet(['a', 'b'.repeat(100_000)])) as RegexSyntaxError;
    expect(err.kind).toBe('pattern_too_long');
    expect(err.patternIndex).toBe(1);
  });
  it('a single compile has no patternIndex', () => {
    expect((caught(() => compile('(')) as RegexSyntaxError).patternIndex).toBeUndefined();
  });
});

describe('wrong argument types → invalid_argument', () => {
  const cases: readonly (readonly [string, () => unknown])[] = [
    ['compile(42)', () => compile(42 as unknown as string)],
    ['compile(null)', () => compile(null as unknown as string)],
    ['compile(undefined)', () => compile(undefined as unknown as string)],
    ["compile('a', { engine: 'turbo' })", () => compile('a', { engine: 'turbo' } as unknown as CompileOptions)],
    ["compile('a', { nfa: { sizeLimit: NaN } })", () => compile('a', { nfa: { sizeLimit: Number.NaN } })],
    ["compile('a', { syntax: { nestLimit: -5 } })", () => compile('a', { syntax: { nestLimit: -5 } })],
    ["compile('a', { dfa: { cacheCapacity: 'lots' } })", () => compile('a', { dfa: { cacheCapacity: 'lots' } } as unknown as CompileOptions)],
    ["compile('a', { engine: 'DFA' })", () => compile('a', { engine: 'DFA' } as unknown as CompileOptions)],
    ["compile('a', { dfa: { cacheCapacity: NaN } })", () => compile('a', { dfa: { cacheCapacity: Number.NaN } })],
    ["compile('a', { syntax: { maxPatternLength: NaN } })", () => compile('a', { syntax: { maxPatternLength: Number.NaN } })],
    ["compile('a', { syntax: { maxPatternLength: -1 } })", () => compile('a', { syntax: { maxPatternLength: -1 } })],
    ["compileSet('abc')", () => compileSet('abc' as unknown as string[])],
    ['compileSet([1])', () => compileSet([1] as unknown as string[])],
    ["compileSet(['a', null])", () => compileSet(['a', null] as unknown as string[])],
  ];
  for (const [name, fn] of cases) {
    it(name, () => expectCode(caught(fn), 'invalid_argument'));
  }
});

/**
 * Fail closed: an option value that is not rejected must not change what a search finds. (A cache of
 * NaN states that made every search return "no match" would let everything through a detector.)
 */
describe('odd option values are rejected or harmless, never a silent change of results', () => {
  const odd: readonly unknown[] = [0, 1, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 'lots', null];
  const variants: readonly ((v: unknown) => unknown)[] = [
    (v) => ({ dfa: { cacheCapacity: v } }),
    (v) => ({ engine: 'dfa', dfa: { cacheCapacity: v } }),
    (v) => ({ engine: 'dfa', dfa: { cacheCapacity: 16, maxClears: v } }),
    (v) => ({ nfa: { sizeLimit: v } }),
    (v) => ({ syntax: { maxPatternLength: v } }),
    (v) => ({ syntax: { nestLimit: v } }),
  ];
  for (const make of variants) {
    for (const v of odd) {
      const options = make(v) as CompileOptions;
      it(JSON.stringify(options, (_k, x: unknown) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x)), () => {
        let re: Regex;
        try {
          re = compile('(a+)+$', options);
        } catch (e) {
          expect(isAirlockError(e), String(e)).toBe(true);
          if (e instanceof RegexSyntaxError) expect(e.span.start >= 0 && e.span.start <= e.span.end && e.span.end <= e.pattern.length, `span ${JSON.stringify(e.span)}`).toBe(true);
          return;
        }
        expect(re.find('xaaaa')).toMatchObject({ start: 1, end: 5 });
        expect(re.findAll('aa!aaa').map((m) => [m.start, m.end])).toEqual([[3, 6]]);
        expect(compileSet(['(a+)+$', 'b'], options).scan('aab')).toEqual([{ pattern: 1, start: 2, end: 3 }]);
      });
    }
  }
});

/**
 * Parser fuzz: whatever the pattern, `compile` returns or throws an AirlockError (never a TypeError,
 * RangeError or the like), a syntax error's span lies inside the pattern, and a compiled regex searches
 * without throwing.
 */
describe('parser fuzz', () => {
  const pieces = [
    'a', 'b', 'Z', '0', '1', '7', '8', '_', ' ', '-', ',', ':', '<', '>', '=', '!', '#', '^', '$', '.', '|', '*', '+', '?',
    '(', ')', '[', ']', '{', '}', '\\', '(?', '(?i)', '(?P<n>', '(?<m>', '(?:', '{2}', '{1,3}', '{1000}', '{,2}', '\\d', '\\b',
    '\\B', '\\pL', '\\p{', 'Greek', '\\P', '\\x{', '\\x', '\\Q', '\\E', '\\z', '\\A', '[:alpha:]', '[[:', 'P', 'p', 'L',
    '\uD83D\uDE00', '\uD800', '\uDC00', 'é', 'K',
  ];
  const patternArb = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((xs) => xs.join(''));
  it('compile never throws anything but AirlockError; spans lie inside the pattern', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(patternArb, fc.string({ maxLength: 12 }), (pattern, text) => {
        let re: Regex;
        try {
          re = compile(pattern);
        } catch (e) {
          expect(isAirlockError(e), `compile(${JSON.stringify(pattern)}) threw ${String(e)}`).toBe(true);
          if (e instanceof RegexSyntaxError) {
            expect(e.pattern).toBe(pattern);
            expect(0 <= e.span.start && e.span.start <= e.span.end && e.span.end <= pattern.length).toBe(true);
          }
          return;
        }
        expect(() => re.findAll(text)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
