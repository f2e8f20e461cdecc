/**
 * Comparison helpers shared by the differential and agreement tests: native `RegExp` adapters, match
 * diffs that say what differs, and the reference merge of per-pattern matches for sets.
 *
 * @module
 */
import type { Match, SetMatch } from '../../src/regex/api.ts';

/** A capture span, or `undefined` when the group did not take part. */
export type Span = readonly [number, number] | undefined;

/** A match in the engine's shape, built by an oracle. */
export interface OracleMatch {
  readonly start: number;
  readonly end: number;
  readonly groups: readonly Span[];
}

/** Options of {@link diffMatch}. */
export interface DiffOptions {
  /** 1-based group numbers not to compare. */
  readonly ignoreGroups?: ReadonlySet<number>;
  /** Compare only the whole-match span. */
  readonly spanOnly?: boolean;
}

/** A readable rendering of a match. */
export function showMatch(m: OracleMatch | Match | null): string {
  if (m === null) return 'null';
  const groups = m.groups.map((g) => (g === undefined ? '-' : `${g[0]}..${g[1]}`));
  return `${m.start}..${m.end}${groups.length > 0 ? ` [${groups.join(' ')}]` : ''}`;
}

/**
 * What differs between an expected and an actual match, or `null` when they agree.
 * @param expected - the oracle's match
 * @param actual - the engine's match
 */
export function diffMatch(expected: OracleMatch | Match | null, actual: OracleMatch | Match | null, options: DiffOptions = {}): string | null {
  if (expected === null || actual === null) {
    return expected === actual ? null : `expected ${showMatch(expected)}, got ${showMatch(actual)}`;
  }
  if (expected.start !== actual.start || expected.end !== actual.end) {
    return `span: expected ${showMatch(expected)}, got ${showMatch(actual)}`;
  }
  if (options.spanOnly === true) return null;
  if (expected.groups.length !== actual.groups.length) {
    return `group count: expected ${expected.groups.length}, got ${actual.groups.length}`;
  }
  for (let i = 0; i < expected.groups.length; i++) {
    if (options.ignoreGroups?.has(i + 1) === true) continue;
    const e = expected.groups[i];
    const a = actual.groups[i];
    const same = e === undefined || a === undefined ? e === a : e[0] === a[0] && e[1] === a[1];
    if (!same) return `group ${i + 1}: expected ${showMatch(expected)}, got ${showMatch(actual)}`;
  }
  return null;
}

/** What differs between two lists of matches, or `null` when they agree. */
export function diffMatchList(
  expected: readonly (OracleMatch | Match)[],
  actual: readonly (OracleMatch | Match)[],
  options: DiffOptions = {},
): string | null {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const d = diffMatch(expected[i] ?? null, actual[i] ?? null, options);
    if (d !== null) {
      const show = (ms: readonly (OracleMatch | Match)[]): string => `[${ms.map(showMatch).join(', ')}]`;
      return `match #${i}: ${d}\n  expected ${show(expected)}\n  got      ${show(actual)}`;
    }
  }
  return null;
}

/**
 * Throws an error that names the case when `diff` is not `null`. fast-check prints the message of the
 * shrunk counterexample.
 */
export function check(diff: string | null, context: Record<string, unknown>): void {
  if (diff === null) return;
  const parts = Object.entries(context).map(([k, v]) => `  ${k}: ${typeof v === 'string' ? JSON.stringify(v) : stringify(v)}`);
  throw new Error(`${diff}\n${parts.join('\n')}`);
}

function stringify(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x instanceof Set ? [...(x as Set<unknown>)] : x === undefined ? '<undefined>' : x));
}

/**
 * A run count, scaled by the environment variable `AIRLOCK_FC_SCALE` (default 1), for longer bug hunts:
 * `AIRLOCK_FC_SCALE=20 pnpm vitest run packages/core/test/regex`.
 */
export function runs(n: number): number {
  const scale = Number(process.env['AIRLOCK_FC_SCALE'] ?? '1');
  return Number.isFinite(scale) && scale > 0 ? Math.max(1, Math.round(n * scale)) : n;
}

// ---------------------------------------------------------------------------------------------------
// Native RegExp
// ---------------------------------------------------------------------------------------------------

function toOracle(m: RegExpExecArray): OracleMatch {
  const indices = m.indices;
  if (indices === undefined) throw new Error('native RegExp without the d flag');
  const whole = indices[0];
  if (whole === undefined) throw new Error('native match without span');
  const groups: Span[] = [];
  for (let i = 1; i < indices.length; i++) {
    const g = indices[i];
    groups.push(g === undefined ? undefined : [g[0], g[1]]);
  }
  return { start: whole[0], end: whole[1], groups };
}

/** Compiles a native regex for {@link nativeFind}; `flags` must hold `u` and `d`. */
export function nativeRegex(source: string, flags: string): RegExp {
  return new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
}

/** Whether `i` falls between the two halves of a surrogate pair. */
export function insidePair(text: string, i: number): boolean {
  const hi = text.charCodeAt(i - 1);
  const lo = text.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/**
 * The first native match at or after `from` (which must be a code-point boundary: with the `u` flag,
 * V8 moves a `lastIndex` inside a surrogate pair back to the pair's start).
 *
 * V8 (Node 20) deviates from ECMA-262 here: with the `u` flag its scan also tries the positions inside
 * surrogate pairs, where it reads neither half, so a pattern that starts with an assertion can match
 * there (`/\B/gu` on `a😂` gives 2 and 3; the spec's loop, which moves by `AdvanceStringIndex`, gives
 * only 3). Such a match is empty, so skipping it and searching on from the pair's end is exactly the
 * specified result.
 */
export function nativeFind(re: RegExp, text: string, from = 0): OracleMatch | null {
  re.lastIndex = from;
  for (;;) {
    const m = re.exec(text);
    if (m === null) return null;
    if (!insidePair(text, m.index)) return toOracle(m);
    re.lastIndex = m.index + 1;
  }
}

/**
 * Every native match of a global `u` loop (`String.prototype.matchAll`), without V8's matches inside
 * surrogate pairs (see {@link nativeFind}). After such a match V8 resumes at the pair's end, where the
 * specified loop would have gone on searching, so dropping it leaves the specified result.
 */
export function nativeFindAll(source: string, flags: string, text: string): OracleMatch[] {
  return [...text.matchAll(nativeRegex(source, flags))].filter((m) => !insidePair(text, m.index)).map(toOracle);
}

/** The text of each group, as re2-wasm reports them; `undefined` for a group that took no part. */
export function groupTexts(text: string, m: OracleMatch | Match): (string | undefined)[] {
  return m.groups.map((g) => (g === undefined ? undefined : text.slice(g[0], g[1])));
}

// ---------------------------------------------------------------------------------------------------
// Sets
// ---------------------------------------------------------------------------------------------------

/** The matches a set must report: every pattern's own `findAll`, ordered by start, then pattern index. */
export function mergeSetMatches(perPattern: readonly (readonly { readonly start: number; readonly end: number }[])[]): SetMatch[] {
  const out: SetMatch[] = [];
  perPattern.forEach((ms, pattern) => {
    for (const m of ms) out.push({ pattern, start: m.start, end: m.end });
  });
  // Array.prototype.sort is stable, so equal keys keep each pattern's own order (ES2019).
  return out.sort((a, b) => a.start - b.start || a.pattern - b.pattern);
}

/** What differs between two set results, or `null`. */
export function diffSetMatches(expected: readonly SetMatch[], actual: readonly SetMatch[]): string | null {
  const show = (m: SetMatch | undefined): string => (m === undefined ? 'nothing' : `p${m.pattern}@${m.start}..${m.end}`);
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    if (e?.pattern !== a?.pattern || e?.start !== a?.start || e?.end !== a?.end) {
      return `set match #${i}: expected ${show(e)}, got ${show(a)}\n  expected [${expected.map(show).join(', ')}]\n  got      [${actual.map(show).join(', ')}]`;
    }
  }
  return null;
}

/** The code-point boundaries of a text (0 and `text.length` included). */
export function codePointBoundaries(text: string): number[] {
  const out = [0];
  let i = 0;
  for (const ch of text) {
    i += ch.length;
    out.push(i);
  }
  return out;
}

/** What a call did: returned a value, or threw (kept as the error's `code`, or its name). */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly message: string };

/** Runs `fn` and records its {@link Outcome}. */
export function outcome<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
    const name = e instanceof Error ? e.name : typeof e;
    return { ok: false, error: code ?? name, message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * `n` code units of seeded pseudo-prose: `words` drawn by a linear congruential generator, joined by
 * spaces, with a full stop after some (the same text on every run).
 */
export function prose(n: number, words: readonly string[]): string {
  let x = 12345;
  let s = '';
  while (s.length < n) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += words[x % words.length] + (x % 7 === 0 ? '. ' : ' ');
  }
  return s.slice(0, n);
}
