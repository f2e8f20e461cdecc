/**
 * {@link createStreamScanner}: a scanner fed a text chunk by chunk (an LLM's server-sent events, a
 * file, a log tail) that reports each finding once it can no longer change, and {@link scanChunks},
 * the same over an async iterable.
 *
 * How it works. The stream keeps a buffer: a left margin of text already settled (so context words
 * and `\b` before the cut still count) and the tail not settled yet. Every `batch` code units it
 * scans the buffer with the scanner itself, takes the findings before overlap resolution, and
 * settles up to a cut `c`:
 *
 * - `c` is at least {@link ScanWindow.size} before the end of the buffer, so every match that
 *   starts before `c` is complete and its right context is in the buffer;
 * - no finding crosses `c` (a finding that straddles the cut delays it to the finding's cluster),
 *   so every cluster of overlapping findings before `c` is whole and is resolved exactly as the
 *   whole-text scan resolves it;
 * - `c` never splits a surrogate pair, so each settled segment is well-formed text.
 *
 * The left margin kept after a cut is `size + 2 × match` long (the next scan may fall out of step
 * with the whole-text search at its left edge, for at most two matches' length, see point 2).
 * Memory stays flat: at most
 * {@link StreamScanner.maxBuffered} code units are held, whatever the length of the stream.
 *
 * The contract (tested in `test/detect/stream.test.ts` and `test/redact/stream.test.ts`): for any
 * chunking of a text, the findings of every update, concatenated, equal `scanner.scan(text)`
 * (overlap resolution included), provided that:
 * 1. every match (of any pattern, in the text or in one of its normalized or decoded views, mapped
 *    back to the text) spans at most {@link ScanWindow.match} code units; this always holds for
 *    patterns with an upper bound, and is the documented assumption for unbounded ones
 *    ({@link ScannerOptions.maxMatchLength});
 * 2. matches of one pattern do not chain: no run of overlapping or touching matches of one pattern
 *    (at any start, validated or not) is longer than {@link ScanWindow.match}, and no run of
 *    base64, hex or URL-encoded characters is either. The scanner's pattern search restarts at the
 *    left edge of each buffer (where `^` and `\b` may also hold when they do not in the whole
 *    text); inside a longer run it can fall out of step with the whole-text search
 *    (`[0-9a-f]{7}` in a 3,000-digit hex run finds other 7-digit pieces, and may leave gaps shorter
 *    than a match between them);
 * 3. no run of overlapping findings is longer than `2 × size + batch`. Past that, the stream cuts
 *    the run (a finding across the cut is split in two, both reported) and says so in `limits`.
 *
 * @module
 */
import { AirlockError } from '../errors/AirlockError.ts';
import { scannerInternals, type Scanner, type ScannerInternals } from './createScanner.ts';
import type { Finding } from './types.ts';

/** Options of {@link createStreamScanner}. */
export interface StreamScannerOptions {
  /**
   * How many code units to gather between scans. Each scan reads the left margin
   * (`size + 2 × match`) and the held tail (`size`) again, so a larger batch scans each code unit
   * fewer times (about `(2 × size + 2 × match + batch) / batch` times: twice with the default) and
   * holds more text. A smaller one settles text sooner.
   * @defaultValue `2 × scanner.window.size + 2 × scanner.window.match`
   */
  readonly batch?: number;
  /**
   * The file the stream comes from, as {@link ScanOptions.path}: detectors whose path rule does not
   * match it stay silent, as in a scan of the whole file. A path that a path-only detector matches
   * (a `.p12` keystore) is refused: that finding is the whole stream, which a stream cannot hold
   * back, so the file must be scanned whole.
   * @defaultValue unknown: every detector with patterns runs
   */
  readonly path?: string;
}

/** What one call to {@link StreamScanner.push} or {@link StreamScanner.end} settled. */
export interface StreamUpdate {
  /** Stream offset where the settled segment starts (where the previous one ended). */
  readonly start: number;
  /** Stream offset where it ends: the new {@link StreamScanner.settled}. */
  readonly end: number;
  /** The segment's text, `stream[start, end)`. Empty when nothing settled. */
  readonly text: string;
  /** The findings in the segment, in stream offsets, sorted by start: final, never revised. */
  readonly findings: readonly Finding[];
  /**
   * Limits hit while scanning the segment (as {@link ScanResult.limits}); when not empty, the
   * segment's findings may be incomplete and decisions built on them must fail closed.
   */
  readonly limits: readonly string[];
}

/** An incremental scanner over a stream of text. Not re-entrant; one per stream. */
export interface StreamScanner {
  /**
   * Appends the next chunk and settles what can be settled.
   * @throws {@link AirlockError} `invalid_chunk` when `chunk` is not a string (the stream's state is
   *   unchanged: what it accepted before is still held, and {@link StreamScanner.end} settles it)
   * @throws {@link AirlockError} `invalid_argument` after {@link StreamScanner.end}
   */
  push(chunk: string): StreamUpdate;
  /** Ends the stream: settles everything still held. Calling it again settles nothing. */
  end(): StreamUpdate;
  /** Code units received so far. */
  readonly received: number;
  /** Stream offset before which everything is settled: findings there never change. */
  readonly settled: number;
  /** Code units held in memory now: the left margin plus the tail not settled yet. */
  readonly buffered: number;
  /** The most code units {@link StreamScanner.buffered} can be between calls, whatever the stream. */
  readonly maxBuffered: number;
}

/** Empty update at `at`. */
const nothing = (at: number): StreamUpdate => ({ start: at, end: at, text: '', findings: [], limits: [] });

/**
 * Creates an incremental scanner over a stream of text. Feed it chunks with `push`, then call
 * `end`; each call returns the segment it settled, with its findings in stream offsets.
 *
 * See the module documentation for how far it holds text back and for the exact contract: the
 * findings of all updates equal `scanner.scan(wholeText)` for any chunking, under the documented
 * bounds.
 *
 * @param scanner - a scanner made by {@link createScanner}
 * @param options - how much to gather between scans
 * @returns the stream scanner
 * @throws {@link AirlockError} `invalid_argument` when `scanner` was not made by `createScanner`,
 *   `batch` is not a positive integer, or `path` is not a string or names a file whose name alone
 *   is a finding
 *
 * @example
 * ```ts
 * import { createScanner, createStreamScanner, usSsn } from '@airlock/core';
 * const scanner = createScanner({ detectors: [usSsn()], normalize: false });
 * const stream = createStreamScanner(scanner);
 * stream.push('my ssn is 234-5').findings; //=> []
 * stream.push('6-7891, thanks').findings; //=> []
 * const last = stream.end();
 * last.findings.map((f) => [f.type, f.start, f.end]); //=> [['US_SSN', 10, 21]]
 * last.text; //=> 'my ssn is 234-56-7891, thanks'
 * ```
 */
export function createStreamScanner(scanner: Scanner, options: StreamScannerOptions = {}): StreamScanner {
  const parts: ScannerInternals | undefined = typeof scanner === 'object' && scanner !== null ? scannerInternals(scanner) : undefined;
  if (!parts) throw new AirlockError('invalid_argument', 'createStreamScanner needs a scanner made by createScanner');
  const path = options.path;
  if (path !== undefined) {
    if (typeof path !== 'string') throw new AirlockError('invalid_argument', 'path must be a string');
    const whole = parts.wholeTextDetectors(path);
    if (whole.length > 0) {
      throw new AirlockError('invalid_argument', `${path}: the name alone is a finding (${whole.join(', ')}), over the whole file; scan it whole rather than as a stream`);
    }
  }
  const size = Math.max(1, scanner.window.size);
  // The settled text kept on the left: the pattern search restarts at its left edge, where it may
  // find a match the whole-text search does not (a piece of a run, or `^` at the edge), and fall
  // out of step for a run of matches after it (contract, point 2: at most `match` each); a finding
  // after the margin has its match, context and normalization reach past that.
  const margin = size + 2 * scanner.window.match;
  // By default a scan settles about as much as it reads again (the margin and the held tail).
  const batch = options.batch ?? margin + size;
  if (typeof batch !== 'number' || !Number.isInteger(batch) || batch < 1) {
    throw new AirlockError('invalid_argument', 'batch must be a positive integer');
  }
  // Past this many unsettled code units, a run of overlapping findings is cut (contract, point 3).
  const forceAt = 2 * size + batch;
  const maxBuffered = margin + forceAt + batch + 1;

  let buf = ''; // stream[base, base + buf.length)
  let base = 0;
  let settled = 0;
  let scannedTo = 0; // stream offset of the buffer's end at the last scan
  let ended = false;
  // Pieces of findings split by a forced cut, still to be reported after it.
  let carry: Finding[] = [];

  /** Scans the buffer and settles what it can; everything when `final`. */
  const settle = (final: boolean): StreamUpdate => {
    const end = base + buf.length;
    scannedTo = end;
    if (end === settled) return nothing(settled);
    const { found, limits } = parts.collect(buf, path);
    // Findings that start before `settled` were reported (or dropped) already.
    const candidates: Finding[] = [];
    for (const f of found) if (f.start + base >= settled) candidates.push(shift(f, base));
    candidates.sort((a, b) => a.start - b.start || a.end - b.end);
    let cut = end;
    if (!final) {
      cut = cutBefore(candidates, end - size, settled);
      if (cut > settled && isInsidePair(buf, cut - base)) cut--;
      if (cut <= settled) {
        if (end - settled <= forceAt) return nothing(settled);
        cut = end - size;
        if (isInsidePair(buf, cut - base)) cut--;
        limits.push(`stream: a run of overlapping findings longer than ${forceAt} code units was cut at offset ${cut}; findings across the cut were split`);
      }
    }
    const segment: Finding[] = carry;
    carry = [];
    for (const f of candidates) {
      if (f.start >= cut) break;
      if (f.end <= cut) segment.push(f);
      else {
        // Only after a forced cut: the finding is reported in two pieces.
        segment.push({ ...f, end: cut });
        carry.push({ ...f, start: cut });
      }
    }
    const findings = segment.length > 1 ? parts.resolve(segment) : segment;
    const text = buf.slice(settled - base, cut - base);
    const start = settled;
    settled = cut;
    // Keep a left margin of settled text: context words and `\b` before the next findings.
    const keepFrom = Math.max(base, settled - margin);
    buf = buf.slice(keepFrom - base);
    base = keepFrom;
    return { start, end: cut, text, findings, limits: unique(limits) };
  };

  const push = (chunk: string): StreamUpdate => {
    if (ended) throw new AirlockError('invalid_argument', 'push after end: the stream has ended');
    if (typeof chunk !== 'string') {
      throw new AirlockError('invalid_chunk', `a stream chunk must be a string, got ${chunk === null ? 'null' : typeof chunk}`);
    }
    // A large chunk is taken a batch at a time, so the buffer never holds more than a batch unscanned.
    const updates: StreamUpdate[] = [];
    let at = 0;
    while (at < chunk.length) {
      const room = scannedTo + batch - (base + buf.length);
      const take = Math.min(chunk.length - at, Math.max(1, room));
      buf += chunk.slice(at, at + take);
      at += take;
      if (base + buf.length - scannedTo >= batch) updates.push(settle(false));
    }
    return merge(updates, settled);
  };

  const end = (): StreamUpdate => {
    if (ended) return nothing(settled);
    ended = true;
    const update = settle(true);
    buf = '';
    base = settled;
    return update;
  };

  return {
    push,
    end,
    get received() {
      return base + buf.length;
    },
    get settled() {
      return settled;
    },
    get buffered() {
      return buf.length;
    },
    maxBuffered,
  };
}

/**
 * Scans an async iterable of text chunks and yields each finding, in stream offsets, as soon as it
 * is settled. The findings, in order, are those of `scanner.scan` on the whole text under the
 * bounds of {@link createStreamScanner}.
 *
 * @param scanner - a scanner made by {@link createScanner}
 * @param source - the chunks (a `ReadableStream<string>` is an async iterable in Node and Deno)
 * @param options - as for {@link createStreamScanner}
 * @returns the findings, settled in order
 * @throws {@link AirlockError} `invalid_chunk` (from the iteration) on a chunk that is not a
 *   string, after yielding every finding settled before it
 * @throws {@link AirlockError} `incomplete_scan` when a limit kept part of the text from being
 *   scanned completely (fail closed), after yielding every finding settled before it
 *
 * @example
 * ```ts
 * import { createScanner, emailAddress, scanChunks } from '@airlock/core';
 * const scanner = createScanner({ detectors: [emailAddress()], maxMatchLength: 64 });
 * async function* chunks() { yield 'write to jo'; yield 'hn@example.'; yield 'com today'; }
 * const found = [];
 * for await (const f of scanChunks(scanner, chunks())) found.push([f.type, f.start, f.end]);
 * found; //=> [['EMAIL_ADDRESS', 9, 25]]
 * ```
 */
export async function* scanChunks(scanner: Scanner, source: AsyncIterable<string>, options?: StreamScannerOptions): AsyncGenerator<Finding, void, undefined> {
  const stream = createStreamScanner(scanner, options);
  for await (const chunk of source) yield* checked(stream.push(chunk));
  yield* checked(stream.end());
}

/** The update's findings, or an `incomplete_scan` error when a limit was hit. */
function checked(update: StreamUpdate): readonly Finding[] {
  if (update.limits.length > 0) {
    throw new AirlockError('incomplete_scan', `the scan of stream offsets ${update.start}–${update.end} was incomplete: ${update.limits.join('; ')}`);
  }
  return update.findings;
}

/**
 * The latest cut at or before `limit` (and after `floor`) that no finding crosses; `floor` when
 * there is none. `findings` are sorted by start.
 */
function cutBefore(findings: readonly Finding[], limit: number, floor: number): number {
  // Walk the clusters of overlapping findings; a cut is allowed anywhere outside their interiors.
  let cut = limit;
  let clusterStart = -1;
  let clusterEnd = -1;
  for (const f of findings) {
    if (f.start >= limit) break;
    if (f.start < clusterEnd) clusterEnd = Math.max(clusterEnd, f.end);
    else {
      clusterStart = f.start;
      clusterEnd = f.end;
    }
  }
  if (clusterStart >= 0 && clusterStart < limit && clusterEnd > limit) cut = clusterStart;
  return cut > floor ? cut : floor;
}

/** Whether offset `i` of `text` falls between the two halves of a surrogate pair. */
function isInsidePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(i) & 0xfc00) === 0xdc00;
}

function shift(f: Finding, by: number): Finding {
  return by === 0 ? f : { ...f, start: f.start + by, end: f.end + by };
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/** Consecutive updates as one. */
function merge(updates: readonly StreamUpdate[], at: number): StreamUpdate {
  const some = updates.filter((u) => u.end > u.start || u.limits.length > 0);
  if (some.length === 0) return nothing(at);
  if (some.length === 1) return some[0]!;
  return {
    start: some[0]!.start,
    end: some[some.length - 1]!.end,
    text: some.map((u) => u.text).join(''),
    findings: some.flatMap((u) => u.findings),
    limits: unique(some.flatMap((u) => u.limits)),
  };
}
