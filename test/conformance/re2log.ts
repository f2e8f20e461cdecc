/**
 * A reader of RE2's raw test logs (`re2-search.txt`, `re2-exhaustive.txt.gz`), the format Go's
 * `regexp/exec_test.go` `testRE2` reads:
 *
 * ```
 * # comment
 * TestName                  (a line starting with A-Z: the section)
 * strings
 * "abc"                     (Go double-quoted strings, one per line)
 * regexps
 * "[a-z]+"                  (a regexp, then one result line per string)
 * 0-3;0-3;0-3;0-3           (full; partial; full_longest; partial_longest)
 * -;-;-;-                   (- is no match; pairs are space-separated, - for an unset group)
 * ```
 *
 * Offsets in the log are byte offsets into the UTF-8 text; they are converted to UTF-16 here. Cases are
 * yielded as {@link Re2SearchRecord}s with `skip` set exactly where Go's `testRE2` skips: regexps that
 * contain `\C`, and regexps whose source contains `\B` run on a text that is not all ASCII. Any other case
 * whose expected offset falls inside a UTF-8 sequence is also skipped, with its own reason.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import {
  RE2_MODES,
  SKIP_BACKSLASH_B,
  SKIP_BACKSLASH_C,
  SKIP_INSIDE_UTF8,
  type ExpectedPair,
  type ExpectedSpans,
  type Re2Mode,
  type Re2SearchRecord,
} from './formats.ts';

/** Expected byte spans of one mode, as in the log: `null` for no match, `null` for an unset group. */
export type ByteSpans = readonly (readonly [number, number] | null)[] | null;

/** A case of a raw log: the record to check plus what the log says in bytes. */
export interface Re2LogCase {
  /** 0-based index of the case in the file (the converter's `#N`). */
  readonly index: number;
  /** Number of `strings` stanzas seen so far (the converter's `block`). */
  readonly block: number;
  readonly record: Re2SearchRecord;
  /** The expected results in bytes, as logged. */
  readonly expectedBytes: Readonly<Record<Re2Mode, ByteSpans>>;
}

/** A log line that breaks the format. Like Go's `t.Fatalf`, it stops the parse. */
export class Re2LogFormatError extends Error {
  override name: string = 'Re2LogFormatError';
}

/**
 * Reads a text file in batches of lines, gunzipping `*.gz`. Decodes UTF-8 strictly (an invalid byte throws
 * rather than silently becoming U+FFFD) and strips a trailing `\r`, as Go's `bufio.ScanLines` does.
 * Batches keep the per-line cost low: the exhaustive log has 5.8 million lines.
 */
export async function* readLineBatches(path: string): AsyncGenerator<string[]> {
  const file = createReadStream(path);
  let stream: NodeJS.ReadableStream = file;
  if (path.endsWith('.gz')) {
    const gunzip = createGunzip();
    file.on('error', (e) => gunzip.destroy(e)); // pipe() does not forward errors
    stream = file.pipe(gunzip);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  for await (const chunk of stream as AsyncIterable<Uint8Array>) {
    const lines = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = lines.pop() as string;
    yield lines.map(stripCR);
  }
  rest += decoder.decode();
  if (rest !== '') yield [stripCR(rest)];
}

/** {@link readLineBatches}, one line at a time. */
export async function* readLines(path: string): AsyncGenerator<string> {
  for await (const batch of readLineBatches(path)) yield* batch;
}

function stripCR(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * Parses an RE2 log, following Go's `testRE2` line by line. Feed it every line with {@link Re2LogParser.line},
 * then call {@link Re2LogParser.end}. Format errors throw a {@link Re2LogFormatError}, as Go's
 * `t.Fatalf` stops its test.
 */
export class Re2LogParser {
  private lineno = 0;
  private section: string | undefined;
  private block = 0;
  private strings: DecodedText[] = [];
  private inStrings = false;
  private regexp: string | undefined;
  private regexpSkip: string | undefined;
  private hasBackslashB = false;
  /** Index into `strings` of the next text to pair with a result line. */
  private next = 0;
  /** Index of the next case. */
  private index = 0;

  /** @param source - a name for ids and error messages, e.g. `re2-exhaustive.txt.gz` */
  constructor(private readonly source: string) {}

  private fail(msg: string): never {
    throw new Re2LogFormatError(`${this.source}:${this.lineno}: ${msg}`);
  }

  /** Reads one line; returns the case it completes, if any. */
  line(line: string): Re2LogCase | undefined {
    this.lineno++;
    if (line === '') this.fail('unexpected blank line');
    const c = line.charCodeAt(0);
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) return this.results(line);
    if (c === 0x23 /* # */) return undefined;
    if (c >= 0x41 && c <= 0x5a /* A-Z */) {
      this.section = line;
      return undefined;
    }
    if (line === 'strings') {
      this.checkInputUsed('before strings');
      this.strings = [];
      this.inStrings = true;
      this.block++;
      this.regexp = undefined;
      return undefined;
    }
    if (line === 'regexps') {
      this.inStrings = false;
      return undefined;
    }
    if (c === 0x22 /* " */) {
      let bytes: Uint8Array;
      try {
        bytes = goUnquote(line);
      } catch (e) {
        this.fail(`unquote ${line}: ${(e as Error).message}`);
      }
      if (this.inStrings) {
        this.strings.push(decodeGoUtf8(bytes));
        return undefined;
      }
      this.checkInputUsed(`before ${line}`);
      const regexp = decodeGoUtf8(bytes).text;
      this.regexp = regexp;
      this.regexpSkip = containsBackslashC(regexp) ? SKIP_BACKSLASH_C : undefined;
      this.hasBackslashB = regexp.includes('\\B');
      this.next = 0;
      return undefined;
    }
    return this.fail(`out of sync: ${line}`);
  }

  /** Ends the log; throws if strings are left unpaired. */
  end(): void {
    this.checkInputUsed('at EOF');
  }

  private checkInputUsed(where: string): void {
    if (this.regexp !== undefined && this.next !== this.strings.length) {
      this.fail(`out of sync: have ${this.strings.length - this.next} strings left ${where}`);
    }
  }

  private results(line: string): Re2LogCase {
    const regexp = this.regexp;
    if (regexp === undefined) return this.fail('out of sync: results before any regexp');
    const text = this.strings[this.next++];
    if (text === undefined) return this.fail('out of sync: no input remaining');
    const results = line.split(';');
    if (results.length !== RE2_MODES.length) this.fail(`have ${results.length} test results, want ${RE2_MODES.length}`);
    let bytes: ByteSpans[];
    try {
      bytes = results.map(parseResult);
    } catch (e) {
      return this.fail((e as Error).message);
    }
    const [full = null, partial = null, fullLongest = null, partialLongest = null] = bytes;
    const expectedBytes = { full, partial, full_longest: fullLongest, partial_longest: partialLongest };
    let expected: Record<Re2Mode, ExpectedSpans> = expectedBytes;
    let insideUtf8 = false;
    const utf16At = text.utf16At;
    if (utf16At !== null) {
      const u = bytes.map((b) => toUtf16(b, utf16At));
      insideUtf8 = u.some((spans) => spans?.some((p) => p !== null && (p[0] === null || p[1] === null)));
      expected = { full: u[0] ?? null, partial: u[1] ?? null, full_longest: u[2] ?? null, partial_longest: u[3] ?? null };
    }
    let skip = this.regexpSkip;
    if (skip === undefined && this.hasBackslashB && !text.ascii) skip = SKIP_BACKSLASH_B;
    if (skip === undefined && insideUtf8) skip = SKIP_INSIDE_UTF8;
    const index = this.index++;
    const record: Re2SearchRecord = {
      kind: 're2',
      id: `${this.source}#${index}`,
      section: this.section,
      regexp,
      text: text.text,
      expected,
      skip,
      notes: [],
    };
    return { index, block: this.block, record, expectedBytes };
  }
}

/**
 * Parses an RE2 log given as lines (see {@link Re2LogParser}).
 *
 * @param lines - the file's lines
 * @param source - a name for ids and error messages
 */
export async function* parseRe2Log(lines: AsyncIterable<string> | Iterable<string>, source: string): AsyncGenerator<Re2LogCase> {
  const parser = new Re2LogParser(source);
  for await (const line of lines) {
    const c = parser.line(line);
    if (c !== undefined) yield c;
  }
  parser.end();
}

/**
 * Parses an RE2 log file and calls `onCase` for each case, synchronously within each batch of lines
 * (much faster than an async generator per case). `onCase` may return `false` to stop.
 */
export async function forEachRe2LogCase(path: string, source: string, onCase: (c: Re2LogCase) => boolean | void): Promise<void> {
  const parser = new Re2LogParser(source);
  for await (const batch of readLineBatches(path)) {
    for (const line of batch) {
      const c = parser.line(line);
      if (c !== undefined && onCase(c) === false) return;
    }
  }
  parser.end();
}

/**
 * Parses one result of a log line, as Go's `parseResult`: `-` is no match, else space-separated
 * `lo-hi` pairs with `-` for an unset group.
 */
export function parseResult(res: string): ByteSpans {
  if (res === '-') return null;
  const out: ([number, number] | null)[] = [];
  const n = res.length;
  let i = 0;
  for (;;) {
    if (res.charCodeAt(i) === 0x2d /* - */ && (i + 1 === n || res.charCodeAt(i + 1) === 0x20)) {
      out.push(null);
      i += 1;
    } else {
      const start = i;
      let lo = 0;
      let hi = 0;
      let c = res.charCodeAt(i);
      if (!(c >= 0x30 && c <= 0x39)) throw new Error(`invalid pair in ${res}`);
      for (; c >= 0x30 && c <= 0x39; c = res.charCodeAt(++i)) lo = lo * 10 + (c - 0x30);
      if (c !== 0x2d) throw new Error(`invalid pair ${res.slice(start).split(' ')[0]}`);
      c = res.charCodeAt(++i);
      if (!(c >= 0x30 && c <= 0x39)) throw new Error(`invalid pair ${res.slice(start).split(' ')[0]}`);
      for (; c >= 0x30 && c <= 0x39; c = res.charCodeAt(++i)) hi = hi * 10 + (c - 0x30);
      if (lo > hi) throw new Error(`invalid pair ${res.slice(start, i)}`);
      out.push([lo, hi]);
    }
    if (i === n) return out;
    if (res.charCodeAt(i) !== 0x20 || i + 1 === n) throw new Error(`invalid result ${res}`);
    i++;
  }
}

function toUtf16(spans: ByteSpans, utf16At: Int32Array): ExpectedSpans {
  if (spans === null) return null;
  return spans.map((p): ExpectedPair | null => {
    if (p === null) return null;
    const s = utf16At[p[0]] ?? -1;
    const e = utf16At[p[1]] ?? -1;
    return [s < 0 ? null : s, e < 0 ? null : e];
  });
}

/** Whether a regexp uses the escape `\C` (outside `\Q…\E`), which Go refuses to compile. */
export function containsBackslashC(re: string): boolean {
  for (let i = 0; i < re.length; i++) {
    if (re[i] !== '\\') continue;
    const d = re[i + 1];
    if (d === 'C') return true;
    if (d === 'Q') {
      const end = re.indexOf('\\E', i + 2);
      if (end < 0) return false;
      i = end + 1;
      continue;
    }
    i++; // skip the escaped character
  }
  return false;
}

/** A Go string decoded to UTF-16, with the map from its byte offsets to UTF-16 indices. */
export interface DecodedText {
  readonly text: string;
  /** Whether every byte is ASCII (Go's `isSingleBytes`). */
  readonly ascii: boolean;
  /**
   * `utf16At[b]` is the UTF-16 index of byte `b`, or -1 inside a sequence; one entry past the end.
   * `null` when the text is ASCII (the identity).
   */
  readonly utf16At: Int32Array | null;
}

/**
 * Decodes bytes as Go's regexp reads them: UTF-8, where each byte of an invalid sequence is one rune
 * U+FFFD of width 1 (`utf8.DecodeRune`). Offsets of such a byte map to the U+FFFD that stands for it.
 */
export function decodeGoUtf8(bytes: Uint8Array): DecodedText {
  let ascii = true;
  for (const b of bytes) {
    if (b >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return { text: String.fromCharCode(...bytes), ascii, utf16At: null };
  const utf16At = new Int32Array(bytes.length + 1).fill(-1);
  let text = '';
  let i = 0;
  while (i < bytes.length) {
    utf16At[i] = text.length;
    const [cp, width] = decodeRune(bytes, i);
    text += String.fromCodePoint(cp);
    i += width;
  }
  utf16At[bytes.length] = text.length;
  return { text, ascii, utf16At };
}

/** Go's `utf8.DecodeRune`: `[rune, width]`, `[0xFFFD, 1]` for an invalid or short sequence. */
function decodeRune(b: Uint8Array, i: number): [number, number] {
  const b0 = b[i] as number;
  if (b0 < 0x80) return [b0, 1];
  const cont = (k: number): number => {
    const x = b[i + k];
    return x !== undefined && (x & 0xc0) === 0x80 ? x & 0x3f : -1;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    const c1 = cont(1);
    if (c1 >= 0) return [((b0 & 0x1f) << 6) | c1, 2];
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    const c1 = cont(1);
    const c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) {
      const cp = ((b0 & 0x0f) << 12) | (c1 << 6) | c2;
      if (cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff)) return [cp, 3];
    }
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    const c1 = cont(1);
    const c2 = cont(2);
    const c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
      const cp = ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
      if (cp >= 0x10000 && cp <= 0x10ffff) return [cp, 4];
    }
  }
  return [0xfffd, 1];
}

const encoder = new TextEncoder();

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34 };

/**
 * Go's `strconv.Unquote` for a double-quoted string, returning the bytes of the Go string: `\xHH` and
 * octal `\ooo` give one raw byte each (possibly invalid UTF-8), `\u`/`\U` and raw characters give UTF-8.
 * Throws on anything Go rejects.
 */
export function goUnquote(quoted: string): Uint8Array {
  if (quoted.length < 2 || quoted[0] !== '"' || quoted[quoted.length - 1] !== '"') throw new Error('not a double-quoted string');
  const s = quoted.slice(1, -1);
  if (s.includes('\n')) throw new Error('newline in string');
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const ch = s[i] as string;
    if (ch === '"') throw new Error('unescaped " in string');
    const code = s.charCodeAt(i);
    if (code < 0x80 && ch !== '\\') {
      out.push(code);
      i++;
      continue;
    }
    if (ch !== '\\') {
      const cp = s.codePointAt(i) as number;
      const w = cp > 0xffff ? 2 : 1;
      for (const b of encoder.encode(s.slice(i, i + w))) out.push(b);
      i += w;
      continue;
    }
    const e = s[i + 1];
    if (e === undefined) throw new Error('trailing backslash');
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out.push(simple);
      i += 2;
    } else if (e === 'x') {
      out.push(hex(s, i + 2, 2));
      i += 4;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const cp = hex(s, i + 2, n);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw new Error(`invalid code point in \\${e}`);
      for (const b of encoder.encode(String.fromCodePoint(cp))) out.push(b);
      i += 2 + n;
    } else if (e >= '0' && e <= '7') {
      const oct = s.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(oct)) throw new Error('invalid octal escape');
      const v = parseInt(oct, 8);
      if (v > 255) throw new Error('octal escape out of range');
      out.push(v);
      i += 4;
    } else {
      throw new Error(`invalid escape \\${e}`);
    }
  }
  return Uint8Array.from(out);
}

function hex(s: string, at: number, n: number): number {
  const digits = s.slice(at, at + n);
  if (digits.length !== n || !/^[0-9a-fA-F]+$/.test(digits)) throw new Error('invalid hex escape');
  return parseInt(digits, 16);
}
