/**
 * {@link TextView}: a text derived from the caller's text (normalized, spelled-out forms read,
 * encoded runs decoded) together with a compact map from derived offsets back to the original.
 *
 * The map is a list of segments. Each segment covers a run of derived code units and is either
 * one-to-one (derived unit `d + k` comes from original unit `o + k`) or atomic (every derived unit
 * of the run comes from the whole original span `[o, oEnd)`, as when `ﬁ` becomes `fi` or a base64
 * run becomes its text). Original characters that were dropped (zero-width characters) belong to no
 * segment. Segments are ordered by derived offset and, because every transformation here preserves
 * order, by original offset too; a lookup is a binary search, O(log segments).
 *
 * @module
 */

import type { Span } from '../../errors/RegexSyntaxError.ts';

/**
 * A text derived from an original text, with the map back to the original's UTF-16 offsets.
 * Build one with {@link normalizeForScan}, {@link readSpelledOut}, {@link decodeEncodedRuns} or
 * {@link deriveViews}; map a span with {@link mapSpan}.
 */
export interface TextView {
  /** The derived text, the one to scan. */
  readonly text: string;
  /** Length of the original text: every mapped offset is in `[0, originalLength]`. */
  readonly originalLength: number;
  /**
   * `false` when `text` is the original text itself and offsets map to themselves. The common case;
   * such a view holds no map.
   */
  readonly changed: boolean;
  /**
   * How `text` was derived, as the steps joined by `>`: `normalize`, `spelled`, `base64`,
   * `base64url`, `url`, `hex` (`'base64>url'` is URL-encoded text found inside decoded base64).
   * Empty when nothing changed. Meant for `Explanation.decodedFrom`.
   */
  readonly decodedFrom: string;
  /**
   * The map, four numbers per segment: derived start, original start, original end, and 1 when the
   * segment is one-to-one (0 when atomic). A segment ends where the next begins (the last at
   * `text.length`).
   * @internal
   */
  readonly segments: Int32Array;
}

const NO_SEGMENTS: Int32Array = /*@__PURE__*/ new Int32Array(0);

/**
 * The parts of a built view whose text has not been joined yet (see {@link ViewBuilder.finish}),
 * with their start offsets once a slice has asked for them.
 */
interface Pieces {
  readonly parts: readonly string[];
  readonly length: number;
  starts?: Int32Array;
}
const pieces = /*@__PURE__*/ new WeakMap<TextView, Pieces>();

/**
 * The length of `view.text`, without joining the text of a view that has not been read yet.
 * @internal
 */
export function _viewLength(view: TextView): number {
  return pieces.get(view)?.length ?? view.text.length;
}

/**
 * Calls `visit` with the pieces of `view.text.slice(a, b)` (`0 <= a <= b <= length`), in order,
 * each with its offset in the view: the view's parts while its text has not been joined, else the
 * one slice. A scan reads a derived view only around what changed, and joining a whole long text
 * is a fresh copy of it (about 8 ms per MB of two-byte text on the machines measured).
 */
function eachPiece(view: TextView, a: number, b: number, visit: (piece: string, at: number) => void): void {
  const p = pieces.get(view);
  if (!p) {
    visit(view.text.slice(a, b), a);
    return;
  }
  let starts = p.starts;
  if (!starts) {
    starts = new Int32Array(p.parts.length + 1);
    for (let k = 0; k < p.parts.length; k++) starts[k + 1] = starts[k]! + p.parts[k]!.length;
    p.starts = starts;
  }
  for (let k = lastAtOrBefore(starts, p.parts.length, 1, a); k < p.parts.length && starts[k]! < b; k++) {
    const from = Math.max(a, starts[k]!);
    const to = Math.min(b, starts[k + 1]!);
    if (to > from) visit(p.parts[k]!.slice(from - starts[k]!, to - starts[k]!), from);
  }
}

/**
 * `view.text.slice(a, b)`, without joining the text of a view that has not been read yet.
 * @internal
 */
export function _viewSlice(view: TextView, a: number, b: number): string {
  let out = '';
  eachPiece(view, a, b, (piece) => (out += piece));
  return out;
}

/**
 * A view of `text` that changes nothing: the derived text is `text`, every offset maps to itself.
 *
 * @param text - the original text
 * @returns an unchanged view, holding no map
 *
 * @example
 * ```ts
 * import { identityView, mapSpan } from '@airlock/core';
 * const view = identityView('hello');
 * view.changed; //=> false
 * mapSpan(view, 1, 3); //=> { start: 1, end: 3 }
 * ```
 */
export function identityView(text: string): TextView {
  return { text, originalLength: text.length, changed: false, decodedFrom: '', segments: NO_SEGMENTS };
}

/**
 * The last `k` in `[0, count)` whose key `keys[k * stride]` is at most `x` (keys ascend), or 0 when
 * none is: for segments (four numbers each, keyed by derived start) and for a view's parts.
 */
function lastAtOrBefore(keys: Int32Array, count: number, stride: number, x: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keys[mid * stride]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index (in segments, not numbers) of the segment holding derived offset `i`; -1 if none. */
function segmentAt(segments: Int32Array, i: number): number {
  const count = segments.length >> 2;
  return count === 0 ? -1 : lastAtOrBefore(segments, count, 4, i);
}

/**
 * The original offset where derived unit `i` begins (`i < view.text.length`).
 * @internal
 */
export function originalStartAt(view: TextView, i: number): number {
  if (!view.changed) return i;
  const k = segmentAt(view.segments, i) << 2;
  const s = view.segments;
  return s[k + 3] === 1 ? s[k + 1]! + (i - s[k]!) : s[k + 1]!;
}

/**
 * The original offset where derived unit `i` ends (`i < view.text.length`).
 * @internal
 */
export function originalEndAt(view: TextView, i: number): number {
  if (!view.changed) return i + 1;
  const k = segmentAt(view.segments, i) << 2;
  const s = view.segments;
  return s[k + 3] === 1 ? s[k + 1]! + (i - s[k]!) + 1 : s[k + 2]!;
}

/**
 * Maps a span of the derived text to the smallest span of the original text that covers it.
 *
 * Offsets are clamped to `[0, view.text.length]`, and `end` is raised to `start` if it is smaller.
 * An empty span maps to the empty span where the derived position begins in the original.
 *
 * @param view - the view the span was found in
 * @param start - derived start, inclusive
 * @param end - derived end, exclusive
 * @returns the original span, in UTF-16 offsets of the original text
 *
 * @example
 * ```ts
 * import { mapSpan, normalizeForScan } from '@airlock/core';
 * const view = normalizeForScan('a\u200Bb ﬁx');
 * view.text; //=> 'ab fix'
 * mapSpan(view, 0, 2); //=> { start: 0, end: 3 }
 * mapSpan(view, 3, 4); //=> { start: 4, end: 5 }
 * ```
 */
export function mapSpan(view: TextView, start: number, end: number): Span {
  const n = _viewLength(view);
  const s = start > 0 ? (start < n ? Math.floor(start) : n) : 0;
  const e = end > s ? (end < n ? Math.ceil(end) : n) : s;
  if (!view.changed) return { start: s, end: e };
  if (e > s) return { start: originalStartAt(view, s), end: originalEndAt(view, e - 1) };
  const p = s < n ? originalStartAt(view, s) : n > 0 ? originalEndAt(view, n - 1) : 0;
  return { start: p, end: p };
}

/**
 * Builds a view over a parent view, left to right: copy ranges of the parent's text, put
 * replacement strings for ranges of it, skip ranges. Offsets passed in are the parent's derived
 * offsets; the builder translates them to original offsets as it goes, so views compose. Calls must
 * come in increasing parent offset order, which lets the walk over the parent's segments advance a
 * cursor instead of searching: O(parent segments + calls) in all.
 * @internal
 */
export class ViewBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  /** Allocated on the first segment: most builders of a scan find nothing to change. */
  private segs: Int32Array = NO_SEGMENTS;
  private count = 0;
  /** Parent segment the cursor is at. */
  private cursor = 0;
  /** Parent offset up to which the parent's text has been consumed. */
  private consumed = 0;
  /** Whether anything but a plain copy of all of the parent happened. */
  private edited = false;
  /**
   * Until the first edit, copies only move this mark: `parent.text[0, deferred)` is copied when
   * something is put or skipped, and never when nothing is (the parent itself is the result).
   */
  private deferred = 0;

  /** @param parent - the view the offsets passed in refer to */
  constructor(private readonly parent: TextView) {}

  /** Length of the derived text built so far. */
  get size(): number {
    return this.length + this.deferred;
  }

  /** Appends `parent.text[a, b)` unchanged. */
  copy(a: number, b: number): void {
    if (b <= a) return;
    if (!this.edited && a === this.deferred && a === this.consumed) {
      this.deferred = this.consumed = b;
      return;
    }
    this.flushDeferred();
    this.append(a, b);
  }

  /** {@link ViewBuilder.copy}, done now. */
  private append(a: number, b: number): void {
    this.note(a, b);
    this.parts.push(_viewSlice(this.parent, a, b));
    const p = this.parent;
    if (!p.changed) {
      this.push(this.length, a, b, 1);
      this.length += b - a;
      return;
    }
    // Split the copied range along the parent's segments.
    const s = p.segments;
    const count = s.length >> 2;
    let k = this.seek(a);
    let d = a;
    while (d < b) {
      const segEnd = k + 1 < count ? s[(k + 1) << 2]! : _viewLength(p);
      const upto = segEnd < b ? segEnd : b;
      const base = k << 2;
      if (s[base + 3] === 1) {
        const o = s[base + 1]! + (d - s[base]!);
        this.push(this.length, o, o + (upto - d), 1);
      } else {
        this.push(this.length, s[base + 1]!, s[base + 2]!, 0);
      }
      this.length += upto - d;
      d = upto;
      if (d >= segEnd) k++;
    }
    this.cursor = k < count ? k : count - 1;
  }

  /** Appends `text` in place of `parent.text[a, b)`; each of its units maps to all of `[a, b)`. */
  put(text: string, a: number, b: number): void {
    this.flushDeferred();
    this.note(a, b);
    this.edited = true;
    if (text.length === 0) return;
    let o0: number;
    let o1: number;
    if (!this.parent.changed) {
      o0 = a;
      o1 = b;
    } else if (b > a) {
      o0 = this.startAt(a);
      o1 = this.endAt(b - 1);
    } else {
      o0 = o1 = mapSpan(this.parent, a, a).start;
    }
    this.parts.push(text);
    this.push(this.length, o0, o1, 0);
    this.length += text.length;
  }

  /** Drops `parent.text[a, b)`. */
  skip(a: number, b: number): void {
    this.flushDeferred();
    this.note(a, b);
    this.edited = true;
  }

  /**
   * The view built, with `step` appended to the parent's `decodedFrom` (unless `merge` and it is
   * already the last step); the parent itself if nothing changed.
   */
  finish(step: string, merge = false): TextView {
    // Copies never edit: with no edit so far, the view is the parent.
    if (!this.edited) return this.parent;
    const n = _viewLength(this.parent);
    if (this.consumed < n) this.copy(this.consumed, n);
    const prev = this.parent.decodedFrom;
    const again = merge && (prev === step || prev.endsWith(`>${step}`));
    const from = prev === '' ? step : again ? prev : `${prev}>${step}`;
    // The text is joined when it is first read: a scan reads only around the changes of the view
    // it scans (through _viewSlice), while each step that builds on a view reads all of it.
    let text: string | undefined;
    const view: TextView = {
      get text(): string {
        if (text === undefined) {
          text = pieces.get(view)!.parts.join('');
          pieces.delete(view); // the parts hold slices of the parent's text: let them go
        }
        return text;
      },
      originalLength: this.parent.originalLength,
      changed: true,
      decodedFrom: from,
      segments: this.segs.slice(0, this.count << 2),
    };
    pieces.set(view, { parts: this.parts, length: this.length });
    return view;
  }

  /** Copies the deferred prefix (see {@link ViewBuilder.deferred}) before anything else is added. */
  private flushDeferred(): void {
    const d = this.deferred;
    if (d === 0) return;
    this.deferred = 0;
    this.consumed = 0;
    this.append(0, d);
  }

  /** Tracks gaps (which count as edits) and keeps calls in order. */
  private note(a: number, b: number): void {
    if (a !== this.consumed) this.edited = true;
    if (b > this.consumed) this.consumed = b;
  }

  private seek(i: number): number {
    const s = this.parent.segments;
    const count = s.length >> 2;
    let k = this.cursor;
    if (k >= count || s[k << 2]! > i) k = segmentAt(s, i);
    while (k + 1 < count && s[(k + 1) << 2]! <= i) k++;
    this.cursor = k;
    return k;
  }

  private startAt(i: number): number {
    const k = this.seek(i) << 2;
    const s = this.parent.segments;
    return s[k + 3] === 1 ? s[k + 1]! + (i - s[k]!) : s[k + 1]!;
  }

  private endAt(i: number): number {
    const k = this.seek(i) << 2;
    const s = this.parent.segments;
    return s[k + 3] === 1 ? s[k + 1]! + (i - s[k]!) + 1 : s[k + 2]!;
  }

  /** Appends a segment, merging it into the last one when the two continue each other. */
  private push(d: number, o0: number, o1: number, oneToOne: number): void {
    if (this.count > 0) {
      const last = (this.count - 1) << 2;
      const s = this.segs;
      if (oneToOne === 1 && s[last + 3] === 1 && s[last + 2] === o0) {
        s[last + 2] = o1;
        return;
      }
      if (oneToOne === 0 && s[last + 3] === 0 && s[last + 1] === o0 && s[last + 2] === o1) return;
    }
    if ((this.count + 1) << 2 > this.segs.length) {
      const grown = new Int32Array(Math.max(64, this.segs.length * 2));
      grown.set(this.segs);
      this.segs = grown;
    }
    const at = this.count << 2;
    this.segs[at] = d;
    this.segs[at + 1] = o0;
    this.segs[at + 2] = o1;
    this.segs[at + 3] = oneToOne;
    this.count++;
  }
}

/**
 * The ranges of a view's text that differ from the original, in derived offsets, as a flat list
 * `[start0, end0, start1, end1, …]` in increasing order: atomic segments (decoded runs) whole, and
 * inside one-to-one segments the code units that changed. Linear in the text.
 * @internal
 */
export function changedRanges(view: TextView, original: string): number[] {
  const out: number[] = [];
  if (!view.changed) return out;
  const s = view.segments;
  const n = _viewLength(view);
  const push = (a: number, b: number): void => {
    if (out.length > 0 && out[out.length - 1]! >= a) out[out.length - 1] = Math.max(out[out.length - 1]!, b);
    else out.push(a, b);
  };
  let prevEnd = 0; // original end of the previous segment
  for (let k = 0; k < s.length; k += 4) {
    const ds = s[k]!;
    const de = k + 4 < s.length ? s[k + 4]! : n;
    const os = s[k + 1]!;
    const oe = s[k + 2]!;
    // Original text dropped between segments (an invisible character): the units on both sides of
    // the junction changed neighbours.
    if (os !== prevEnd && n > 0) push(Math.max(0, ds - 1), Math.min(n, ds + 1));
    prevEnd = oe;
    if (de <= ds) continue;
    if (s[k + 3] !== 1 || de - ds !== oe - os) {
      push(ds, de);
      continue;
    }
    // Most one-to-one segments are plain copies: a native comparison settles them.
    // A piece at a time: a long segment's pieces are not joined into one string to compare.
    eachPiece(view, ds, de, (piece, at) => {
      const o = os + (at - ds);
      if (piece === original.slice(o, o + piece.length)) return;
      for (let i = 0; i < piece.length; i++) {
        if (piece.charCodeAt(i) !== original.charCodeAt(o + i)) push(at + i, at + i + 1);
      }
    });
  }
  return out;
}
