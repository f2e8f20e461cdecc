/**
 * The checking logic of the conformance suites, shared by `run.ts`, `exhaustive.ts` and the vitest test.
 *
 * It follows Go's `regexp/exec_test.go`:
 * - **RE2 search records** (`testRE2`): `partial` finds with the regexp as given, `full` with
 *   `\A(?:RE)\z`; `*_longest` are the same with leftmost-longest matching. The whole match and every
 *   group must equal the expectation, with as many groups as it lists. Then `test()` must agree with it
 *   (Go's `MatchString` check).
 * - **Fowler records** (`testFowler`): only the `E` and `L` modes run. Go compiles with
 *   `syntax.POSIX | syntax.ClassNL` (plus `FoldCase` for the `i` flag) and leftmost-longest. POSIX
 *   lacks `OneLine`, so `^` and `$` match at line boundaries; it lacks `DotNL`, so `.` does not match
 *   `\n`; `ClassNL` lets `[^a]` match `\n`, as in RE2's default syntax. Here that is
 *   `{ longest: true, syntax: { multiLine: true, caseInsensitive: /i/ } }`, and `L` adds `literal: true`
 *   (Go uses `QuoteMeta`). Only as many groups as the expectation lists are compared.
 *
 * @module
 */
import type { CompileOptions, EngineChoice, Match } from '@airlock/core/regex';
import {
  fowlerByteWidth,
  posixDivergence,
  utf16IndexOfByte,
  type ConformanceRecord,
  type ExpectedSpans,
  type FowlerRecord,
  type Re2Mode,
  type Re2SearchRecord,
  RE2_MODES,
} from './formats.ts';

/** What the checks need of a compiled regex. `test` is checked when present. */
export interface CheckableRegex {
  find(text: string, from?: number): Match | null;
  test?(text: string, from?: number): boolean;
}

/** A `compile` function: the engine's, or an adapter's. Throws on an invalid pattern. */
export type CompileFn = (pattern: string, options: CompileOptions) => CheckableRegex;

/** The outcome of one check of one record in one mode. */
export interface CaseResult {
  /** The record's id. */
  readonly id: string;
  /**
   * `full`, `partial`, `full_longest`, `partial_longest`, `compile` (the regexp itself did not compile,
   * which fails every mode at once), `E` or `L` (Fowler), or `record` (the record could not be read).
   */
  readonly mode: string;
  readonly status: 'pass' | 'fail' | 'skip';
  /** The pattern given to `compile`. */
  readonly pattern: string;
  readonly text: string;
  /** The options given to `compile`, when it was called. */
  readonly options?: CompileOptions;
  /** What the record expects (UTF-16 offsets), for failures. */
  readonly expected?: unknown;
  /** What the engine returned, for failures. */
  readonly got?: unknown;
  /** Why the case was skipped, or what went wrong. */
  readonly reason?: string;
}

/** Options of {@link checkRecord}. */
export interface CheckOptions {
  /** Passed to `compile` as `engine`. */
  readonly engine?: EngineChoice;
  /** Reuses compiled regexes across records. */
  readonly cache?: CompileCache;
}

/** A compiled regex, or the error its compilation threw. */
type Compiled = { readonly regex: CheckableRegex } | { readonly error: unknown };

/**
 * Caches compiled regexes by pattern and options. Suites test each pattern against many texts in a row,
 * so a small cache that is cleared when full is enough.
 */
export class CompileCache {
  private readonly map = new Map<string, Compiled>();
  /** Number of calls to `compile`. */
  compiles = 0;

  /** @param capacity - entries kept before the cache is cleared */
  constructor(private readonly capacity = 512) {}

  /** Compiles `pattern` with `options`, or returns the earlier result. */
  get(compile: CompileFn, pattern: string, options: CompileOptions): Compiled {
    const key = `${JSON.stringify(options)}\u0000${pattern}`;
    let hit = this.map.get(key);
    if (hit === undefined) {
      this.compiles++;
      try {
        hit = { regex: compile(pattern, options) };
      } catch (error) {
        hit = { error };
      }
      if (this.map.size >= this.capacity) this.map.clear();
      this.map.set(key, hit);
    }
    return hit;
  }
}

/**
 * Checks one record against an engine. Never throws: a throw from the engine, or anything unexpected,
 * is a failed result.
 *
 * @returns one result per mode checked; a record passes when none of its results fails
 */
export function checkRecord(record: ConformanceRecord, compile: CompileFn, options: CheckOptions = {}): CaseResult[] {
  try {
    switch (record.kind) {
      case 're2':
        return checkRe2(record, compile, options);
      case 'fowler':
        return checkFowler(record, compile, options);
      case 'invalid':
        return [{ id: record.id, mode: 'record', status: 'fail', pattern: '', text: '', reason: record.problem }];
    }
  } catch (e) {
    return [{ id: record.id, mode: 'record', status: 'fail', pattern: '', text: '', reason: `checker threw: ${describeError(e)}` }];
  }
}

/** `pass`, `fail` or `skip` for a whole record: it fails if any result fails, is skipped if all are. */
export function recordStatus(results: readonly CaseResult[]): 'pass' | 'fail' | 'skip' {
  if (results.some((r) => r.status === 'fail')) return 'fail';
  if (results.length > 0 && results.every((r) => r.status === 'skip')) return 'skip';
  return 'pass';
}

function compileOptions(longest: boolean, options: CheckOptions, syntax?: CompileOptions['syntax']): CompileOptions {
  return {
    longest,
    ...(syntax === undefined ? {} : { syntax }),
    ...(options.engine === undefined ? {} : { engine: options.engine }),
  };
}

function compileWith(compile: CompileFn, options: CheckOptions, pattern: string, opts: CompileOptions): Compiled {
  if (options.cache) return options.cache.get(compile, pattern, opts);
  try {
    return { regex: compile(pattern, opts) };
  } catch (error) {
    return { error };
  }
}

function checkRe2(record: Re2SearchRecord, compile: CompileFn, options: CheckOptions): CaseResult[] {
  const { id, regexp, text } = record;
  const skip = record.skip;
  if (skip !== undefined) {
    return RE2_MODES.map((mode): CaseResult => ({ id, mode, status: 'skip', pattern: regexp, text, reason: skip }));
  }
  for (const mode of RE2_MODES) {
    const spans = record.expected[mode];
    if (spans?.some((p) => p !== null && (p[0] === null || p[1] === null))) {
      return [
        {
          id,
          mode,
          status: 'fail',
          pattern: regexp,
          text,
          expected: spans,
          reason: 'an expected offset falls inside a UTF-8 sequence, but the record has no note that says to skip it',
        },
      ];
    }
  }
  // Go compiles the regexp first; if that fails, the whole case fails once.
  const partialOpts = compileOptions(false, options);
  const partial = compileWith(compile, options, regexp, partialOpts);
  if ('error' in partial) {
    return [
      {
        id,
        mode: 'compile',
        status: 'fail',
        pattern: regexp,
        text,
        options: partialOpts,
        expected: record.expected,
        got: { error: describeError(partial.error) },
        reason: 'the regexp did not compile',
      },
    ];
  }
  const full = `\\A(?:${regexp})\\z`;
  return RE2_MODES.map((mode) => {
    const longest = mode === 'full_longest' || mode === 'partial_longest';
    const pattern = mode === 'full' || mode === 'full_longest' ? full : regexp;
    const opts = compileOptions(longest, options);
    return checkSpans(id, mode, pattern, text, opts, compileWith(compile, options, pattern, opts), record.expected[mode]);
  });
}

function checkSpans(
  id: string,
  mode: Re2Mode,
  pattern: string,
  text: string,
  opts: CompileOptions,
  compiled: Compiled,
  expected: ExpectedSpans,
): CaseResult {
  const base = { id, mode, pattern, text, options: opts, expected };
  if ('error' in compiled) {
    return { ...base, status: 'fail', got: { error: describeError(compiled.error) }, reason: 'did not compile' };
  }
  let got: unknown;
  try {
    got = spansOf(compiled.regex.find(text));
  } catch (e) {
    return { ...base, status: 'fail', got: { error: describeError(e) }, reason: 'find threw' };
  }
  if (!sameJson(got, expected)) return { ...base, status: 'fail', got };
  const test = compiled.regex.test;
  if (test !== undefined) {
    let matched: unknown;
    try {
      matched = test.call(compiled.regex, text);
    } catch (e) {
      return { ...base, status: 'fail', got: { error: describeError(e) }, reason: 'test threw' };
    }
    if (matched !== (expected !== null)) {
      return { ...base, status: 'fail', got: { test: matched }, reason: `find() is right but test() returned ${String(matched)}` };
    }
  }
  return { id, mode, status: 'pass', pattern, text };
}

/** A match as RE2's logs write it: group 0 first, `null` for an unset group. */
function spansOf(m: Match | null): ExpectedSpans {
  if (m === null) return null;
  return [[m.start, m.end], ...m.groups.map((g) => (g === undefined ? null : ([g[0], g[1]] as const)))];
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function checkFowler(record: FowlerRecord, compile: CompileFn, options: CheckOptions): CaseResult[] {
  const { id, flags, text } = record;
  const results: CaseResult[] = [];
  const caseInsensitive = flags.includes('i');
  // Go runs the test once per capital letter of the flags it supports: E and L.
  for (const c of flags) {
    if (c !== 'E' && c !== 'L') continue;
    const literal = c === 'L';
    const syntax = { multiLine: true, ...(caseInsensitive ? { caseInsensitive } : {}), ...(literal ? { literal } : {}) };
    const opts = compileOptions(true, options, syntax);
    const pattern = record.pattern;
    const divergence = literal ? [] : posixDivergence(pattern);
    const explain = (reason: string): string =>
      divergence.length === 0 ? reason : `${reason}; NOTE: Go's POSIX syntax reads this pattern differently: ${divergence.join(', ')}`;
    const base = { id, mode: c, pattern, text, options: opts };
    const compiled = compileWith(compile, options, pattern, opts);
    if ('error' in compiled) {
      if (!record.compiles) {
        results.push(
          isRegexSyntaxError(compiled.error)
            ? { ...base, status: 'pass' }
            : { ...base, status: 'fail', expected: 'RegexSyntaxError', got: { error: describeError(compiled.error) }, reason: explain('threw, but not a RegexSyntaxError') },
        );
      } else {
        results.push({ ...base, status: 'fail', expected: 'compiles', got: { error: describeError(compiled.error) }, reason: explain('did not compile') });
      }
      continue;
    }
    if (!record.compiles) {
      results.push({ ...base, status: 'fail', expected: 'RegexSyntaxError', got: 'compiled', reason: explain('should not compile') });
      continue;
    }
    results.push(checkFowlerMatch(record, compiled.regex, base, explain));
  }
  if (results.length === 0) {
    results.push({ id, mode: flags, status: 'skip', pattern: record.pattern, text, reason: SKIP_NOT_ERE });
  }
  return results;
}

/** Skip reason of Fowler lines with neither `E` nor `L` among their flags (BRE-only lines). */
export const SKIP_NOT_ERE = "no E or L flag: Go's TestFowler runs only the E (ERE) and L (literal) lines";

function checkFowlerMatch(
  record: FowlerRecord,
  regex: CheckableRegex,
  base: { id: string; mode: string; pattern: string; text: string; options: CompileOptions },
  explain: (reason: string) => string,
): CaseResult {
  const { text } = record;
  const expected = record.matches ? expectedFowlerSpans(record) : null;
  let have: Match | null;
  try {
    have = regex.find(text);
  } catch (e) {
    return { ...base, status: 'fail', expected, got: { error: describeError(e) }, reason: 'find threw' };
  }
  if (regex.test !== undefined) {
    let matched: unknown;
    try {
      matched = regex.test(text);
    } catch (e) {
      return { ...base, status: 'fail', expected, got: { error: describeError(e) }, reason: 'test threw' };
    }
    if (matched !== (have !== null)) {
      return { ...base, status: 'fail', expected, got: { find: spansOf(have), test: matched }, reason: 'test() and find() disagree' };
    }
  }
  if ((have !== null) !== record.matches) {
    return { ...base, status: 'fail', expected, got: fowlerSpans(have, null), reason: explain(record.matches ? 'no match' : 'matched') };
  }
  if (have === null || expected === null) return { ...base, status: 'pass' };
  // Go truncates what it found to the groups the expectation lists, then compares.
  const got = fowlerSpans(have, expected.length);
  if (!sameJson(got, expected)) return { ...base, status: 'fail', expected, got, reason: explain('wrong spans') };
  return { ...base, status: 'pass' };
}

/** The expected Fowler positions as UTF-16 `[start, end]` pairs, `[-1, -1]` for an unset group. */
function expectedFowlerSpans(record: FowlerRecord): (readonly [number, number])[] | null {
  const pos = record.positions;
  if (pos === null) return null;
  const map = utf16IndexOfByte(record.text, fowlerByteWidth(record.flags));
  const at = (b: number): number => {
    if (b < 0) return -1;
    const u = map[b];
    if (u === undefined || u < 0) throw new Error(`Fowler byte offset ${b} is not on a character boundary of ${JSON.stringify(record.text)}`);
    return u;
  };
  const pairs: (readonly [number, number])[] = [];
  for (let k = 0; k + 1 < pos.length; k += 2) pairs.push([at(pos[k] as number), at(pos[k + 1] as number)]);
  return pairs;
}

/** A match as Go's flattened index list, regrouped in pairs, truncated to `limit` pairs. */
function fowlerSpans(m: Match | null, limit: number | null): (readonly [number, number])[] | null {
  if (m === null) return null;
  const all: (readonly [number, number])[] = [[m.start, m.end], ...m.groups.map((g) => (g === undefined ? ([-1, -1] as const) : ([g[0], g[1]] as const)))];
  return limit === null ? all : all.slice(0, limit);
}

/** Whether `e` is airlock's RegexSyntaxError (checked by its stable code, so copies and adapters work). */
export function isRegexSyntaxError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'regex_syntax';
}

/** A short description of a thrown value: its name, code/kind and message. */
export function describeError(e: unknown): string {
  if (e instanceof Error) {
    const extra = e as Error & { code?: unknown; kind?: unknown };
    const tags = [extra.code, extra.kind].filter((x) => typeof x === 'string').join('/');
    return `${e.name}${tags ? `(${tags})` : ''}: ${e.message}`;
  }
  return String(e);
}
