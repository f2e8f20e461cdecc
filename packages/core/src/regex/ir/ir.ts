/**
 * The intermediate representation of a pattern: what a pattern means, with its syntax compiled away.
 *
 * - Flags are gone: `(?i)` has become case-folded classes, `(?s)` a wider class for `.`, `(?m)` a
 *   line anchor instead of a text anchor, `(?U)` swapped greediness.
 * - Every literal is a {@link IrClass} of one code point (or of its case-fold orbit).
 * - Classes are sorted, non-overlapping, non-adjacent inclusive code point ranges.
 *
 * Build nodes only with the constructors below; they keep these invariants.
 *
 * @module
 */

/** The largest code point. */
export const MAX_CODE_POINT = 0x10ffff;

/**
 * Zero-width assertions. `\b` and `\B` use RE2's ASCII word characters `[0-9A-Za-z_]`.
 * `start_line`/`end_line` match at `\n` boundaries as well as at the ends of the text.
 */
export type Look = 'start_text' | 'end_text' | 'start_line' | 'end_line' | 'word_boundary' | 'not_word_boundary';

/** Matches the empty string. */
export interface IrEmpty {
  readonly kind: 'empty';
}
/**
 * Matches one code point in `ranges`: a flat array `[lo0, hi0, lo1, hi1, …]` of inclusive bounds,
 * sorted, non-overlapping and non-adjacent. An empty array never matches.
 */
export interface IrClass {
  readonly kind: 'class';
  readonly ranges: readonly number[];
}
/** A zero-width assertion. */
export interface IrLook {
  readonly kind: 'look';
  readonly look: Look;
}
/** `sub` repeated `min` to `max` times (`max === -1`: no upper bound). */
export interface IrRepeat {
  readonly kind: 'repeat';
  readonly sub: Ir;
  readonly min: number;
  readonly max: number;
  readonly greedy: boolean;
}
/** A capture group; `index` counts from 1 in order of the opening parenthesis. */
export interface IrCapture {
  readonly kind: 'capture';
  readonly index: number;
  readonly name: string | undefined;
  readonly sub: Ir;
}
/** Two or more nodes in sequence. */
export interface IrConcat {
  readonly kind: 'concat';
  readonly subs: readonly Ir[];
}
/** Two or more alternatives, the earlier preferred under leftmost-first. */
export interface IrAlt {
  readonly kind: 'alt';
  readonly subs: readonly Ir[];
}

/** A node of the intermediate representation. */
export type Ir = IrEmpty | IrClass | IrLook | IrRepeat | IrCapture | IrConcat | IrAlt;

/** A parsed and translated pattern. */
export interface IrPattern {
  /** The pattern's meaning. */
  readonly ir: Ir;
  /** The number of capture groups, not counting the implicit group 0. */
  readonly captureCount: number;
  /** `captureNames[i]` is the name of group `i` (index 0 is the whole match and is always `undefined`). */
  readonly captureNames: readonly (string | undefined)[];
}

const EMPTY: IrEmpty = { kind: 'empty' };

/** The node that matches the empty string. */
export function empty(): IrEmpty {
  return EMPTY;
}

/** A class of the given ranges; `ranges` need not be sorted or merged. */
export function cls(ranges: readonly number[]): IrClass {
  return { kind: 'class', ranges: canonicalRanges(ranges) };
}

/** A class of one code point. */
export function codePoint(c: number): IrClass {
  return { kind: 'class', ranges: [c, c] };
}

/** A zero-width assertion. */
export function look(l: Look): IrLook {
  return { kind: 'look', look: l };
}

/** A repetition. `max === -1` means unbounded. */
export function repeat(sub: Ir, min: number, max: number, greedy: boolean): Ir {
  if (max === 0) return EMPTY;
  if (min === 1 && max === 1) return sub;
  if (sub.kind === 'empty') return EMPTY;
  return { kind: 'repeat', sub, min, max, greedy };
}

/** A capture group. */
export function capture(index: number, name: string | undefined, sub: Ir): IrCapture {
  return { kind: 'capture', index, name, sub };
}

/** A sequence; flattens nested sequences and drops empty nodes. */
export function concat(subs: readonly Ir[]): Ir {
  const out: Ir[] = [];
  for (const s of subs) {
    if (s.kind === 'empty') continue;
    if (s.kind === 'concat') out.push(...s.subs);
    else out.push(s);
  }
  if (out.length === 0) return EMPTY;
  if (out.length === 1) return out[0]!;
  return { kind: 'concat', subs: out };
}

/** An alternation; flattens nested alternations. Order is kept: it decides leftmost-first priority. */
export function alt(subs: readonly Ir[]): Ir {
  const out: Ir[] = [];
  for (const s of subs) {
    if (s.kind === 'alt') out.push(...s.subs);
    else out.push(s);
  }
  if (out.length === 0) return { kind: 'class', ranges: [] };
  if (out.length === 1) return out[0]!;
  return { kind: 'alt', subs: out };
}

/** Sorts and merges flat inclusive ranges `[lo, hi, …]`. */
export function canonicalRanges(ranges: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < ranges.length; i += 2) pairs.push([ranges[i]!, ranges[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    if (lo > hi) continue;
    const n = out.length;
    if (n > 0 && lo <= out[n - 1]! + 1) {
      if (hi > out[n - 1]!) out[n - 1] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

/** The complement of canonical ranges within `[0, MAX_CODE_POINT]`. */
export function negateRanges(ranges: readonly number[]): number[] {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    if (ranges[i]! > next) out.push(next, ranges[i]! - 1);
    next = ranges[i + 1]! + 1;
  }
  if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
  return out;
}
