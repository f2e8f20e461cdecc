/**
 * The record formats of `../shared/evaldata/re2-conformance` and the offset conversions they need.
 *
 * Two formats exist (see that folder's SOURCES.md):
 * - **RE2 search records** (`re2_search.jsonl`, `re2_exhaustive_every1000th.jsonl`, and the raw RE2 logs
 *   through {@link parseRe2Log}): a regexp, a text, and the expected spans in four modes.
 * - **Fowler records** (`fowler_*.jsonl`): AT&T POSIX `testregex` lines with byte offsets.
 *
 * Records are normalized here into {@link ConformanceRecord}, which is what `checkRecord` consumes.
 *
 * @module
 */

/** The four modes of RE2's search tests, in the order of RE2's log files and Go's `run` table. */
export type Re2Mode = 'full' | 'partial' | 'full_longest' | 'partial_longest';

/** {@link Re2Mode} in log order: full, partial, full_longest, partial_longest. */
export const RE2_MODES: readonly Re2Mode[] = ['full', 'partial', 'full_longest', 'partial_longest'];

/**
 * One expected span. An element is `null` when the byte offset it came from falls inside a UTF-8
 * sequence and so has no UTF-16 equivalent.
 */
export type ExpectedPair = readonly [number | null, number | null];

/**
 * The expected result of one mode: `null` for no match, else one entry per group (group 0 first),
 * `null` for a group that did not take part.
 */
export type ExpectedSpans = readonly (ExpectedPair | null)[] | null;

/** An RE2 search case: one regexp, one text, four modes. */
export interface Re2SearchRecord {
  readonly kind: 're2';
  /** Where the case comes from, e.g. `testdata/re2-search.txt#12`. */
  readonly id: string;
  /** RE2's test name, e.g. `InterestingUTF8.AB`, when known. */
  readonly section: string | undefined;
  readonly regexp: string;
  readonly text: string;
  /** Expected UTF-16 spans per mode. */
  readonly expected: Readonly<Record<Re2Mode, ExpectedSpans>>;
  /**
   * Why the case cannot be checked over UTF-16 (from the record's `notes`, or from Go's rules for raw
   * logs), or `undefined` when it is checked.
   */
  readonly skip: string | undefined;
  /** The record's `notes`, verbatim. */
  readonly notes: readonly string[];
}

/** A Fowler (AT&T `testregex`) case, as Go's `TestFowler` reads it. */
export interface FowlerRecord {
  readonly kind: 'fowler';
  readonly id: string;
  /** Field 1: the flag letters (`E`, `L`, `B`, `i`, `$`, …). */
  readonly flags: string;
  /** Field 2, with `SAME` resolved and, under `$`, C escapes expanded. */
  readonly pattern: string;
  /** Field 3, with `NULL` as `""` and, under `$`, C escapes expanded. */
  readonly text: string;
  /** Whether the pattern compiles. */
  readonly compiles: boolean;
  /** Whether it matches (meaningful when it compiles). */
  readonly matches: boolean;
  /**
   * Expected BYTE offsets, flattened as Go's `parseFowlerResult` gives them (`-1` for `?`), or `null`
   * when the outcome gives no positions.
   */
  readonly positions: readonly number[] | null;
}

/** A record in either format, or a line that could not be understood. */
export type ConformanceRecord = Re2SearchRecord | FowlerRecord | InvalidRecord;

/** A line that is not a record of a known format. Checking it always fails. */
export interface InvalidRecord {
  readonly kind: 'invalid';
  readonly id: string;
  readonly problem: string;
}

/**
 * The reason to skip a case, if its `notes` say it cannot be expressed over UTF-16 text, else
 * `undefined`. The converter writes two such notes: `\C` (one byte, which UTF-16 text does not have)
 * and `\B` on non-ASCII text (RE2 tests every byte position, including inside a UTF-8 sequence). Notes
 * that say anything else do not skip a case.
 */
export function utf16SkipReason(notes: readonly string[]): string | undefined {
  for (const note of notes) {
    if (note.includes('\\C')) return SKIP_BACKSLASH_C;
    if (note.includes('\\B')) return SKIP_BACKSLASH_B;
    if (/UTF-16|inside a UTF-8 sequence/i.test(note)) return SKIP_INSIDE_UTF8;
  }
  return undefined;
}

/** Skip reason: the regexp uses `\C`, which matches one byte. */
export const SKIP_BACKSLASH_C = '\\C matches a single byte: not expressible over UTF-16 (Go skips it)';
/** Skip reason: `\B` on non-ASCII text, which RE2 tests at every byte position. */
export const SKIP_BACKSLASH_B = '\\B on non-ASCII text: RE2 tests byte positions inside UTF-8 sequences (Go skips it)';
/** Skip reason: an expected offset falls inside a UTF-8 sequence. */
export const SKIP_INSIDE_UTF8 = 'expected offset inside a UTF-8 sequence: not expressible in UTF-16';

/**
 * Normalizes one parsed JSON line. Never throws: a line of no known format becomes an
 * {@link InvalidRecord}.
 *
 * @param value - the parsed JSON
 * @param fallbackId - the id to use when the record has none, e.g. `file.jsonl:12`
 */
export function toRecord(value: unknown, fallbackId: string): ConformanceRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'invalid', id: fallbackId, problem: 'not a JSON object' };
  }
  const o = value as Record<string, unknown>;
  const id = typeof o['id'] === 'string' ? o['id'] : fallbackId;
  if ('expected_utf16' in o) return toRe2Record(o, id);
  if ('expect' in o && 'pattern' in o) return toFowlerRecord(o, id);
  return { kind: 'invalid', id, problem: 'neither an RE2 search record (expected_utf16) nor a Fowler record (pattern, expect)' };
}

function toRe2Record(o: Record<string, unknown>, id: string): ConformanceRecord {
  const { regexp, text, expected_utf16: exp } = o;
  if (typeof regexp !== 'string' || typeof text !== 'string') {
    return { kind: 'invalid', id, problem: 'regexp and text must be strings' };
  }
  if (typeof exp !== 'object' || exp === null) return { kind: 'invalid', id, problem: 'expected_utf16 must be an object' };
  const expected = {} as Record<Re2Mode, ExpectedSpans>;
  for (const mode of RE2_MODES) {
    const spans = (exp as Record<string, unknown>)[mode];
    if (!isExpectedSpans(spans)) return { kind: 'invalid', id, problem: `expected_utf16.${mode} is not null or a list of [start,end]|null` };
    expected[mode] = spans;
  }
  const notes = Array.isArray(o['notes']) ? o['notes'].filter((n): n is string => typeof n === 'string') : [];
  const section = typeof o['section'] === 'string' ? o['section'] : undefined;
  return { kind: 're2', id, section, regexp, text, expected, skip: utf16SkipReason(notes), notes };
}

function isExpectedSpans(v: unknown): v is ExpectedSpans {
  if (v === null) return true;
  if (!Array.isArray(v) || v.length === 0) return false;
  return v.every(
    (g) =>
      g === null ||
      (Array.isArray(g) && g.length === 2 && g.every((x) => x === null || (typeof x === 'number' && Number.isInteger(x) && x >= 0))),
  );
}

function toFowlerRecord(o: Record<string, unknown>, id: string): ConformanceRecord {
  const { pattern, text, flags, expect } = o;
  if (typeof pattern !== 'string' || typeof text !== 'string' || typeof flags !== 'string') {
    return { kind: 'invalid', id, problem: 'pattern, text and flags must be strings' };
  }
  if (typeof expect !== 'object' || expect === null) return { kind: 'invalid', id, problem: 'expect must be an object' };
  const e = expect as Record<string, unknown>;
  if (typeof e['compiles'] !== 'boolean') return { kind: 'invalid', id, problem: 'expect.compiles must be a boolean' };
  const compiles = e['compiles'];
  const matches = e['matches'] === true;
  let positions: number[] | null = null;
  const groups = e['groups'];
  if (compiles && matches && groups !== null && groups !== undefined) {
    if (!Array.isArray(groups)) return { kind: 'invalid', id, problem: 'expect.groups must be a list of pairs' };
    positions = [];
    for (const g of groups) {
      if (!Array.isArray(g) || g.length !== 2 || !g.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= -1)) {
        return { kind: 'invalid', id, problem: `bad group ${JSON.stringify(g)} in expect.groups` };
      }
      positions.push(g[0] as number, g[1] as number);
    }
  }
  return { kind: 'fowler', id, flags, pattern, text, compiles, matches, positions };
}

/**
 * Maps byte offsets of `text`'s UTF-8 encoding to UTF-16 indices: entry `b` is the UTF-16 index of
 * byte `b`, or `-1` when byte `b` is inside a multi-byte sequence. The table has one entry past the end.
 * A lone surrogate counts as 3 bytes, as WTF-8 encodes it.
 *
 * @param text - the text
 * @param byteWidth - overrides the UTF-8 width of a code point (see {@link fowlerByteWidth})
 */
export function utf16IndexOfByte(text: string, byteWidth: (codePoint: number) => number = utf8Width): Int32Array {
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    bytes += byteWidth(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  const map = new Int32Array(bytes + 1).fill(-1);
  let b = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    map[b] = i;
    b += byteWidth(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  map[b] = text.length;
  return map;
}

/** The number of bytes UTF-8 (WTF-8 for lone surrogates) takes for a code point. */
export function utf8Width(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * The byte width of a code point in a Fowler text. The `.dat` files are ASCII; non-ASCII characters only
 * come from C escapes expanded under the `$` flag. Go's `strconv.Unquote` turns `\xHH` into ONE raw byte
 * (invalid UTF-8 when HH ≥ 0x80, which Go's regexp reads as one U+FFFD rune of width 1), and the converter
 * writes that byte as the character U+00HH. So under `$`, U+0080–U+00FF count as one byte (the only such
 * case in the data is basic.dat:80, `\x01\xff`); everything else counts as UTF-8.
 */
export function fowlerByteWidth(flags: string): (codePoint: number) => number {
  if (!flags.includes('$')) return utf8Width;
  return (cp) => (cp >= 0x80 && cp <= 0xff ? 1 : utf8Width(cp));
}

/**
 * Constructs whose meaning differs between Go's `syntax.POSIX` parser (what `TestFowler` compiles with)
 * and RE2's Perl-style syntax (what airlock parses). An empty list means the pattern reads the same in
 * both. Under POSIX, Go rejects Perl escapes (`\d \b \A \z \Q \pL`…) and `(?`, rejects `-` in the middle
 * of a class (`[a-b-c]`), and accepts stacked repetition (`a**` as `(a*)*`, `a*?` as `(a*)?`), where
 * RE2 syntax accepts the first three and reads `a*?` as lazy and rejects `a**`.
 *
 * Only used to explain failures: a record is never skipped because of it.
 */
export function posixDivergence(pattern: string): string[] {
  const found: string[] = [];
  const n = pattern.length;
  let i = 0;
  let lastWasRepeat = false;
  while (i < n) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const d = pattern[i + 1] ?? '';
      if ('AbBCdDsSwWzQEpP'.includes(d) && d !== '') found.push(`\\${d} (a Perl escape: POSIX syntax rejects it)`);
      i += 2;
      lastWasRepeat = false;
      continue;
    }
    if (c === '[') {
      i = scanClass(pattern, i, found);
      lastWasRepeat = false;
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?') {
      found.push('(? (a Perl group or flag: POSIX syntax rejects it)');
      i += 2;
      lastWasRepeat = false;
      continue;
    }
    const repeatEnd = c === '*' || c === '+' || c === '?' ? i + 1 : c === '{' ? countedRepeatEnd(pattern, i) : -1;
    if (repeatEnd > 0) {
      if (lastWasRepeat) {
        found.push(`stacked repetition ${JSON.stringify(pattern.slice(i, repeatEnd))} (POSIX: a repetition of the repetition; RE2: lazy or an error)`);
      }
      lastWasRepeat = true;
      i = repeatEnd;
      continue;
    }
    lastWasRepeat = false;
    i += 1;
  }
  return found;
}

/** The index after a valid `{n}`, `{n,}` or `{n,m}` at `i`, or -1 (then `{` is a literal). */
function countedRepeatEnd(p: string, i: number): number {
  const m = /^\{\d+(,\d*)?\}/.exec(p.slice(i));
  return m ? i + m[0].length : -1;
}

/** Scans a class starting at `[`; returns the index after it and records divergences. */
function scanClass(p: string, start: number, found: string[]): number {
  let i = start + 1;
  if (p[i] === '^') i++;
  let first = true;
  while (i < p.length && (p[i] !== ']' || first)) {
    if (p[i] === '-' && !first && p[i + 1] !== ']') found.push('- inside a class, not first or last (POSIX syntax rejects it)');
    first = false;
    if (p.startsWith('[:', i)) {
      const close = p.indexOf(':]', i + 2);
      if (close >= 0) {
        i = close + 2;
        continue;
      }
    }
    i = scanClassChar(p, i, found);
    if (p[i] === '-' && p[i + 1] !== ']' && i + 1 < p.length) i = scanClassChar(p, i + 1, found);
  }
  return i + 1;
}

function scanClassChar(p: string, i: number, found: string[]): number {
  if (p[i] !== '\\') return i + 1;
  const d = p[i + 1] ?? '';
  if ('dDsSwWpP'.includes(d) && d !== '') found.push(`\\${d} in a class (a Perl class: POSIX syntax rejects it)`);
  return i + 2;
}
