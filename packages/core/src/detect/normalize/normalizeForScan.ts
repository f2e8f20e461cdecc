/**
 * {@link normalizeForScan}: NFKC, invisible characters dropped, confusable spaces made plain, with
 * an offset map back to the original.
 *
 * @module
 */
import { unicodeClass } from '../../regex/unicode/index.ts';
import { _viewLength, _viewSlice, identityView, ViewBuilder, type TextView } from './view.ts';

/**
 * Whether code point `cp` is invisible and dropped: zero-width space, joiners (U+200B–U+200D),
 * LRM/RLM (U+200E, U+200F), word joiner and invisible operators (U+2060–U+2064, and the unassigned
 * U+2065), BOM / zero-width no-break space (U+FEFF), soft hyphen (U+00AD), combining grapheme joiner
 * (U+034F), Arabic letter mark (U+061C), Mongolian vowel separator and free variation selectors
 * (U+180B–U+180F), bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069),
 * Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), variation selectors (U+FE00–U+FE0F,
 * U+E0100–U+E01EF) and tag characters (U+E0000–U+E007F).
 * @internal
 */
export function isInvisible(cp: number): boolean {
  if (cp < 0x2000) {
    return cp === 0xad || cp === 0x34f || cp === 0x61c || (cp >= 0x180b && cp <= 0x180f) || cp === 0x115f || cp === 0x1160;
  }
  if (cp <= 0x206f) {
    return (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2069);
  }
  if (cp < 0xfe00) return cp === 0x3164;
  if (cp <= 0xffff) return cp <= 0xfe0f || cp === 0xfeff || cp === 0xffa0;
  return cp >= 0xe0000 && cp <= 0xe01ef && (cp <= 0xe007f || cp >= 0xe0100);
}

/**
 * What a confusable space or line separator becomes: `' '` for no-break, en/em/thin/hair and other
 * fixed-width spaces (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000), `'\n'` for the line
 * and paragraph separators (U+2028, U+2029); `undefined` for anything else.
 * @internal
 */
export function plainSpace(cp: number): string | undefined {
  if (cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000) {
    return ' ';
  }
  return cp === 0x2028 || cp === 0x2029 ? '\n' : undefined;
}

let marks: readonly number[] | undefined;

/**
 * Whether `cp` continues the cluster before it for NFKC purposes: a combining mark (`\p{M}`), a
 * Hangul medial or final jamo, or a halfwidth katakana voicing mark (which NFKC turns into a
 * combining mark). Normalizing each cluster on its own keeps offsets mappable; clusters never
 * interact under NFKC except in rare cases (some compositions across starters) that it misses.
 */
function continues(cp: number): boolean {
  if (cp < 0x300) return false;
  if ((cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff) || cp === 0xff9e || cp === 0xff9f) return true;
  const m = (marks ??= unicodeClass('M') ?? []);
  let lo = 0;
  let hi = (m.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < m[mid * 2]!) hi = mid - 1;
    else if (cp > m[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The code point at `i` and its length in units; a lone surrogate is read as itself. */
function codePoint(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c & 0xfc00) === 0xd800 && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if ((d & 0xfc00) === 0xdc00) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * Code units from U+00A0 up: where every invisible character and confusable space begins. A fixed
 * class, so the engine's search for it cannot backtrack; it skips ASCII text far faster than a
 * loop over `charCodeAt`.
 */
const HIGH = /[^\0-\x9f]/g;

/** Any code unit above U+007F: NFKC and the steps here leave ASCII text alone. */
const NON_ASCII = /[^\0-\x7f]/;

/** The position of the next code unit at or after `i` that is U+00A0 or above, or `text.length`. */
function nextHigh(text: string, i: number): number {
  HIGH.lastIndex = i;
  return HIGH.exec(text)?.index ?? text.length;
}

/** Whether the text has anything {@link dropAndSpace} would change. One pass, no allocation. */
function hasInvisibleOrSpace(text: string): boolean {
  for (let i = nextHigh(text, 0); i < text.length; i = nextHigh(text, i + 1)) {
    const c = text.charCodeAt(i);
    // Every supplementary invisible (tags, variation selectors supplement) has high surrogate U+DB40.
    const cp = c === 0xdb40 ? codePoint(text, i) : c;
    if (isInvisible(cp) || plainSpace(cp) !== undefined) return true;
  }
  return false;
}

/** First step: drop invisible characters and make confusable spaces plain. */
function dropAndSpace(parent: TextView): TextView {
  const text = parent.text;
  const b = new ViewBuilder(parent);
  let run = 0;
  for (let i = nextHigh(text, 0); i < text.length; i = nextHigh(text, i)) {
    const cp = codePoint(text, i);
    const len = cp > 0xffff ? 2 : 1;
    const space = isInvisible(cp) ? '' : plainSpace(cp);
    if (space !== undefined) {
      b.copy(run, i);
      if (space === '') b.skip(i, i + len);
      else b.put(space, i, i + len);
      run = i + len;
    }
    i += len;
  }
  b.copy(run, text.length);
  return b.finish('normalize');
}

/** Chunks of about this many code units that NFKC leaves alone are skipped whole. */
const CHUNK = 2048;

/**
 * Second step: NFKC, one cluster (a starter and what continues it) at a time. The text is first
 * cut into chunks that end before an ASCII character (a starter that nothing composes with), and a
 * chunk that the engine's NFKC leaves alone, most of them in a text with a few odd characters, is
 * skipped without looking at its clusters.
 */
function nfkcByCluster(parent: TextView): TextView {
  // The parent is read a chunk at a time (_viewSlice): when it is the view that dropped invisible
  // characters, its whole text is never joined.
  const n = _viewLength(parent);
  const b = new ViewBuilder(parent);
  let run = 0;
  let i = 0;
  while (i < n) {
    let end = Math.min(n, i + CHUNK);
    let chunk = _viewSlice(parent, i, end);
    // Extend the chunk to the next ASCII character (or the end), a little at a time.
    while (end < n) {
      const more = _viewSlice(parent, end, Math.min(n, end + 64));
      let k = 0;
      while (k < more.length && more.charCodeAt(k) >= 0x80) k++;
      chunk += more.slice(0, k);
      end += k;
      if (k < more.length) break;
    }
    if (chunk.normalize('NFKC') === chunk) {
      i = end;
      continue;
    }
    // Clusters end at the next starter, and the chunk ends before one (or at the text's end).
    const at = i;
    const m = chunk.length;
    let j = 0;
    while (j < m) {
      const c = chunk.charCodeAt(j);
      // ASCII starter with no mark after it: NFKC leaves it alone (marks start at U+0300).
      if (c < 0x80 && (j + 1 >= m || chunk.charCodeAt(j + 1) < 0x300)) {
        j++;
        continue;
      }
      const start = j;
      j += codePoint(chunk, j) > 0xffff ? 2 : 1;
      while (j < m) {
        const cp = codePoint(chunk, j);
        if (!continues(cp)) break;
        j += cp > 0xffff ? 2 : 1;
      }
      const cluster = chunk.slice(start, j);
      const folded = cluster.normalize('NFKC');
      if (folded !== cluster) {
        b.copy(run, at + start);
        b.put(folded, at + start, at + j);
        run = at + j;
      }
    }
    i = end;
  }
  b.copy(run, n);
  return b.finish('normalize', true);
}

/**
 * Normalizes a text against evasion before scanning, keeping a map back to the original offsets.
 *
 * Drops invisible characters (zero-width space and joiners, word joiner, BOM, soft hyphen, bidi
 * controls, variation selectors, tag characters, Hangul fillers), turns confusable spaces into
 * `' '` (and U+2028/U+2029 into `'\n'`), then applies NFKC one cluster at a time (a starter and
 * the combining marks after it), so fullwidth forms, ligatures, superscripts, circled digits and
 * the like fold to their plain forms while each derived character still maps to the characters it
 * came from.
 *
 * The common case (nothing to change) costs one pass over the text plus the engine's NFKC over
 * chunks of it, and allocates nothing but the chunks and the returned view, whose `changed` is
 * `false`. Otherwise the cost is linear in the text.
 *
 * @param source - the original text (any string, lone surrogates included; they are kept as they
 *   are), or a view of it to build on
 * @returns the normalized view; `changed` is `false` when the text was already normal
 *
 * @example
 * ```ts
 * import { mapSpan, normalizeForScan } from '@airlock/core';
 * normalizeForScan('plain text').changed; //=> false
 * const view = normalizeForScan('ｊｏｈｎ\u200B@ｅｘ.com');
 * view.text; //=> 'john@ex.com'
 * view.decodedFrom; //=> 'normalize'
 * mapSpan(view, 0, 4); //=> { start: 0, end: 4 }
 * mapSpan(view, 4, 5); //=> { start: 5, end: 6 }
 * ```
 */
export function normalizeForScan(source: string | TextView): TextView {
  const root = typeof source === 'string' ? identityView(source) : source;
  const text = root.text;
  if (!NON_ASCII.test(text)) return root;
  const stripped = hasInvisibleOrSpace(text) ? dropAndSpace(root) : root;
  // Dropping an invisible between a letter and its mark can make a text that was NFKC stop being so.
  // nfkcByCluster checks the text a chunk at a time and returns `stripped` if no chunk changes: the
  // whole text normalized at once would be a second copy of it (about 8 ms per MB, mostly fresh
  // memory), only to compare.
  return nfkcByCluster(stripped);
}
