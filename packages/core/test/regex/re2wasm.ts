/**
 * re2-wasm as an oracle, within the limits where it is correct and safe.
 *
 * - Offsets: re2-wasm reports UTF-8 byte offsets, equal to UTF-16 offsets only on ASCII text. Callers
 *   pass ASCII texts only; {@link re2wasmFind} throws on anything else.
 * - Groups: `exec` gives each group's text, not its span. Comparisons are by text (and `undefined` for a
 *   group that took no part).
 * - Memory: every `new RE2()` leaks WASM memory unless its embind wrapper is deleted, and the heap is
 *   fixed at 16 MB: about 6,400 small compiles, or as few as 70 of `(?i)\pL\p{Greek}`, exhaust it and
 *   abort the module for the rest of the worker. Compiles are kept in a small cache (shrinking retries
 *   the same pattern often) and deleted on eviction; {@link MAX_COMPILES} per test file is a hard stop.
 * - Speed: classes as large as `\pL` take over 100 ms to compile in re2-wasm; tests feed it only
 *   cheap Unicode classes.
 * - Hangs: a `g`-flag loop on a pattern that matches empty never ends. The `g` flag is never used.
 *
 * @module
 */
import { RE2 } from 're2-wasm';
import type { GlobalFlags } from './arbitraries.ts';
import { runs } from './harness.ts';

/** The most compiles one test file (one worker, one WASM heap) may do. */
export const MAX_COMPILES: number = runs(3000);

/** How many compiled regexes stay alive at once. */
const CACHE_SIZE = 16;

let compiles = 0;
const cache = new Map<string, RE2 | Error>();

/** How many patterns this worker has compiled with re2-wasm. */
export function re2wasmCompiles(): number {
  return compiles;
}

/** Frees the WASM side of a compiled regex. `wrapper` is private in re2-wasm's types but is an embind object. */
function free(re: RE2): void {
  (re as unknown as { wrapper: { delete(): void } }).wrapper.delete();
}

/** re2-wasm flags for global flags: always `u` (re2-wasm refuses to run without it), never `g`. */
export function re2wasmFlags(flags: GlobalFlags): string {
  return `u${flags.caseInsensitive ? 'i' : ''}${flags.multiLine ? 'm' : ''}${flags.dotAll ? 's' : ''}`;
}

/** A compiled re2-wasm regex, or the error it raised. Cached: shrinking retries the same pattern often. */
export function re2wasmCompile(pattern: string, flags: string): RE2 | Error {
  const key = `${flags}/${pattern}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Refresh its place, so that the regex in use is never the one evicted.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  if (compiles >= MAX_COMPILES) {
    throw new Error(`re2-wasm compile budget (${MAX_COMPILES}) spent: lower numRuns, or the WASM heap runs out`);
  }
  compiles++;
  let value: RE2 | Error;
  try {
    value = new RE2(pattern, flags);
  } catch (e) {
    value = e instanceof Error ? e : new Error(String(e));
  }
  cache.set(key, value);
  if (cache.size > CACHE_SIZE) {
    // Map iterates in insertion order: the first key is the oldest.
    const [oldKey, oldValue] = cache.entries().next().value as [string, RE2 | Error];
    cache.delete(oldKey);
    if (!(oldValue instanceof Error)) free(oldValue);
  }
  return value;
}

/** re2-wasm's leftmost-first match: span plus group texts. */
export interface Re2WasmMatch {
  readonly start: number;
  readonly end: number;
  readonly groups: readonly (string | undefined)[];
}

const ASCII = /^[\x00-\x7F]*$/;

/** The first match of a compiled re2-wasm regex in an ASCII text. */
export function re2wasmFind(re: RE2, text: string): Re2WasmMatch | null {
  if (!ASCII.test(text)) throw new Error('re2-wasm offsets are UTF-8 offsets: ASCII texts only');
  // Neither `g` nor `y` is set, so `exec` searches from 0 and does not touch `lastIndex`.
  const m = re.exec(text);
  if (m === null) return null;
  const whole = m[0] ?? '';
  return { start: m.index, end: m.index + whole.length, groups: m.slice(1) };
}

/** What differs between re2-wasm's match and another's (span and group texts), or `null`. */
export function diffRe2Wasm(
  expected: Re2WasmMatch | null,
  actual: { readonly start: number; readonly end: number; readonly groups: readonly (string | undefined)[] } | null,
  ignoreGroups: ReadonlySet<number> = new Set(),
): string | null {
  const show = (m: typeof actual): string =>
    m === null ? 'null' : `${m.start}..${m.end} [${m.groups.map((g) => (g === undefined ? '-' : JSON.stringify(g))).join(' ')}]`;
  if (expected === null || actual === null) return expected === actual ? null : `expected ${show(expected)}, got ${show(actual)}`;
  if (expected.start !== actual.start || expected.end !== actual.end) return `span: expected ${show(expected)}, got ${show(actual)}`;
  if (expected.groups.length !== actual.groups.length) return `group count: expected ${show(expected)}, got ${show(actual)}`;
  for (let i = 0; i < expected.groups.length; i++) {
    if (ignoreGroups.has(i + 1)) continue;
    if (expected.groups[i] !== actual.groups[i]) return `group ${i + 1}: expected ${show(expected)}, got ${show(actual)}`;
  }
  return null;
}
