/**
 * {@link readSpelledOut}: e-mail addresses written out to dodge filters (`john [at] example [dot]
 * com`) read as `john@example.com`, with an offset map back to the original.
 *
 * @module
 */
import { identityView, ViewBuilder, type TextView } from './view.ts';

/**
 * Where {@link readSpelledOut} may find a marker: an opening bracket, or the first of one to
 * {@link MAX_BLANKS} blanks before a bare `at` and a blank. A fixed pattern whose only repetition is
 * bounded, so the engine's search for it is linear; it lets the reader skip the words in between.
 */
const CANDIDATE = /[[({<]|(?<![ \t])[ \t]{1,3}[aA][tT][ \t]/g;

/** Longest local part (RFC 5321). Bounds the look-behind of each candidate. */
const MAX_LOCAL = 64;
/** Longest domain (RFC 1035). Bounds the look-ahead of each candidate. */
const MAX_DOMAIN = 253;
/** Longest domain label. */
const MAX_LABEL = 63;
/** Most blanks allowed on either side of a spelled-out marker. */
const MAX_BLANKS = 3;

const AT = 0x40;
const DOT = 0x2e;

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

function isLocalChar(c: number): boolean {
  // [A-Za-z0-9._%+-]
  return isAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

function isLabelChar(c: number): boolean {
  return isAlnum(c) || c === 0x2d;
}

/** Whether `s[i, i + word.length)` is the lowercase ASCII `word`, ignoring case. */
function wordAt(s: string, i: number, word: string): boolean {
  if (i + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) if ((s.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** End of the blanks starting at `i`, or -1 if there are more than {@link MAX_BLANKS}. */
function blanksEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isBlank(s.charCodeAt(j))) if (++j - i > MAX_BLANKS) return -1;
  return j;
}

/**
 * A marker in brackets at `i` (`[at]`, `(at)`, `{at}`, `<at>`, `[dot]`, …, `[@]`, `(.)`, blanks
 * allowed inside): the char it stands for and its end; undefined if there is none.
 */
function bracketed(s: string, i: number): { ch: number; end: number } | undefined {
  const open = s.charCodeAt(i);
  const close = open === 0x5b ? 0x5d : open === 0x28 ? 0x29 : open === 0x7b ? 0x7d : open === 0x3c ? 0x3e : -1;
  if (close < 0) return undefined;
  let j = blanksEnd(s, i + 1);
  if (j < 0) return undefined;
  let ch: number;
  if (wordAt(s, j, 'at')) (ch = AT), (j += 2);
  else if (wordAt(s, j, 'dot')) (ch = DOT), (j += 3);
  else if (s.charCodeAt(j) === AT || s.charCodeAt(j) === DOT) (ch = s.charCodeAt(j)), j++;
  else return undefined;
  j = blanksEnd(s, j);
  if (j < 0 || s.charCodeAt(j) !== close) return undefined;
  return { ch, end: j + 1 };
}

/** A bare word `at` / `dot` at `i`: blanks before (from `i`), the word, blanks after. */
function bare(s: string, i: number, word: string): number {
  const w = blanksEnd(s, i);
  if (w <= i || !wordAt(s, w, word)) return -1;
  const e = blanksEnd(s, w + word.length);
  return e > w + word.length ? e : -1;
}

/**
 * A dot separator at `i`: a literal `.`, a bracketed `[dot]` (with blanks around) or a bare
 * ` dot `. Returns its end, or -1.
 */
function separator(s: string, i: number): number {
  if (s.charCodeAt(i) === DOT) return i + 1;
  const j = blanksEnd(s, i);
  if (j < 0) return -1;
  const m = bracketed(s, j);
  if (m !== undefined && m.ch === DOT) {
    const e = blanksEnd(s, m.end);
    return e < 0 ? m.end : e;
  }
  return bare(s, i, 'dot');
}

/**
 * Reads a domain from `p`: labels joined by separators, at least two labels, the last one of two
 * letters or more, at most {@link MAX_DOMAIN} chars. Returns the domain's end and the separators to
 * rewrite as `.` (pairs of offsets), or undefined.
 */
function domain(s: string, p: number): { end: number; dots: number[] } | undefined {
  const dots: number[] = [];
  let pos = p;
  let labels = 0;
  let lastAlpha = false;
  let end = -1;
  for (;;) {
    let q = pos;
    let alpha = true;
    while (q < s.length && isLabelChar(s.charCodeAt(q))) {
      if (s.charCodeAt(q) < 0x41) alpha = false;
      if (++q - pos > MAX_LABEL || q - p > MAX_DOMAIN) return undefined;
    }
    // The words that spell markers are never labels: that keeps `a at b at c` from nesting.
    const len = q - pos;
    if (len === 0 || (len === 2 && wordAt(s, pos, 'at')) || (len === 3 && wordAt(s, pos, 'dot'))) {
      break;
    }
    labels++;
    lastAlpha = alpha && len >= 2;
    end = q;
    const sep = separator(s, q);
    if (sep < 0) break;
    if (s.charCodeAt(q) !== DOT) dots.push(q, sep);
    pos = sep;
  }
  // A separator after the last label led nowhere: it is not part of the domain.
  if (dots.length > 0 && dots[dots.length - 2] === end) dots.length -= 2;
  return labels >= 2 && lastAlpha ? { end, dots } : undefined;
}

/** Whether an e-mail local part ends at `e`: 1 to {@link MAX_LOCAL} local chars, not longer. */
function localPartBefore(s: string, e: number): boolean {
  let q = e;
  while (q > 0 && isLocalChar(s.charCodeAt(q - 1))) if (e - --q > MAX_LOCAL) return false;
  return q < e && isAlnum(s.charCodeAt(e - 1));
}

/**
 * Reads e-mail addresses spelled out to dodge filters, keeping a map back to the original offsets.
 *
 * - Markers in brackets always stand for their character: `[at]`, `(at)`, `{at}`, `<at>`, `[@]`
 *   become `@`; `[dot]`, `(dot)`, `{dot}`, `<dot>`, `(.)` become `.` (any case, blanks allowed
 *   inside and absorbed around).
 * - Bare words ` at ` and ` dot ` (any case, so ` AT `, ` DOT ` too) are rewritten only when the
 *   result is e-mail shaped: a local part before `at`, and after it a domain of two labels or more
 *   whose last label is two letters or more, labels joined by `.`, bracketed or bare dots.
 *
 * Linear time: each candidate looks at most 64 characters back and 253 ahead.
 *
 * @param source - the text, or a view of it (such as {@link normalizeForScan}'s) to build on
 * @returns a view whose offsets map to the original text; the input view itself when nothing was
 *   spelled out
 *
 * @example
 * ```ts
 * import { mapSpan, readSpelledOut } from '@airlock/core';
 * readSpelledOut('john [at] example [dot] com').text; //=> 'john@example.com'
 * readSpelledOut('mail john at example dot com now').text; //=> 'mail john@example.com now'
 * readSpelledOut('JOHN AT EXAMPLE DOT COM').text; //=> 'JOHN@EXAMPLE.COM'
 * readSpelledOut('meet at noon').changed; //=> false
 * const view = readSpelledOut('x john(at)ex(dot)org');
 * view.text; //=> 'x john@ex.org'
 * mapSpan(view, 2, 13); //=> { start: 2, end: 20 }
 * ```
 */
export function readSpelledOut(source: string | TextView): TextView {
  const parent = typeof source === 'string' ? identityView(source) : source;
  const s = parent.text;
  const n = s.length;
  const b = new ViewBuilder(parent);
  let run = 0;
  const emit = (a: number, e: number, ch: number): void => {
    b.copy(run, a);
    b.put(String.fromCharCode(ch), a, e);
    run = e;
  };
  const emitDomain = (d: { end: number; dots: number[] }): void => {
    for (let k = 0; k < d.dots.length; k += 2) emit(d.dots[k]!, d.dots[k + 1]!, DOT);
  };
  let i = 0;
  while (i < n) {
    // Jump to the next place where a marker may begin; nothing else in between can change.
    CANDIDATE.lastIndex = i;
    const next = CANDIDATE.exec(s);
    if (next === null) break;
    i = next.index;
    const c = s.charCodeAt(i);
    const m = c === 0x5b || c === 0x28 || c === 0x7b || c === 0x3c ? bracketed(s, i) : undefined;
    if (m !== undefined) {
      let a = i;
      while (a > run && isBlank(s.charCodeAt(a - 1))) a--;
      let e = m.end;
      while (e < n && isBlank(s.charCodeAt(e))) e++;
      emit(a, e, m.ch);
      i = e;
      if (m.ch === AT) {
        const d = domain(s, e);
        if (d !== undefined) {
          emitDomain(d);
          i = d.end;
        }
      }
      continue;
    }
    // A bare `at`: blanks, `at`, blanks, between a local part and a domain.
    if (isBlank(c) && i > 0 && !isBlank(s.charCodeAt(i - 1)) && i >= run) {
      const e = bare(s, i, 'at');
      if (e > 0 && localPartBefore(s, i)) {
        const d = domain(s, e);
        if (d !== undefined) {
          emit(i, e, AT);
          emitDomain(d);
          i = d.end;
          continue;
        }
      }
    }
    i++;
  }
  b.copy(run, n);
  return b.finish('spelled');
}
