/**
 * {@link decodeEncodedRuns}: base64, base64url, hex and URL-encoded runs decoded in place, with an
 * offset map back to the original.
 *
 * @module
 */
import { identityView, ViewBuilder, type TextView } from './view.ts';

/** Options of {@link decodeEncodedRuns}. */
export interface DecodeOptions {
  /**
   * Shortest base64 or hex run tried, in characters (padding excluded).
   * @defaultValue 16
   */
  readonly minLength?: number;
  /**
   * Most UTF-16 code units decoded in all, over every layer. Runs that would go over it are left
   * encoded and the result says `limited`. The default is more than two layers can produce (a
   * layer shrinks its runs to 3/4 at most, so two layers produce at most 3/4 + 9/16 of the text):
   * it only binds with a deeper {@link DecodeOptions.maxDepth}.
   * @defaultValue twice the length of the text
   */
  readonly maxDecoded?: number;
  /**
   * Decoding layers: 2 decodes the text, then decodes once more what the first layer decoded (base64
   * inside base64, URL-encoding inside base64, …). At most 4.
   * @defaultValue 2
   */
  readonly maxDepth?: number;
}

/** What {@link decodeEncodedRuns} returns. */
export interface DecodeResult {
  /** The text with every decodable run decoded in place; the input view itself when there was none. */
  readonly view: TextView;
  /** How many runs were decoded, over all layers. */
  readonly runs: number;
  /** Whether {@link DecodeOptions.maxDecoded} or {@link DecodeOptions.maxDepth} left something undecoded. */
  readonly limited: boolean;
}

/** Base64 digit of each ASCII char (both alphabets), or -1. */
const B64: Int8Array = /*@__PURE__*/ (() => {
  const t = new Int8Array(128).fill(-1);
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < 64 - 2; i++) t[a.charCodeAt(i)] = i;
  t[0x2b] = t[0x2d] = 62; // + -
  t[0x2f] = t[0x5f] = 63; // / _
  return t;
})();

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1;
}

/**
 * Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF, nothing truncated) to a
 * string; undefined if `bytes[0, n)` is not UTF-8.
 * @internal
 */
export function decodeUtf8(bytes: Uint8Array, n: number): string | undefined {
  const units = new Uint16Array(n);
  let k = 0;
  let i = 0;
  while (i < n) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      units[k++] = b0;
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) (need = 1), (cp = b0 & 0x1f);
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      cp = b0 & 0x0f;
      if (b0 === 0xe0) lo = 0xa0; // overlong
      if (b0 === 0xed) hi = 0x9f; // surrogates
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      cp = b0 & 0x07;
      if (b0 === 0xf0) lo = 0x90; // overlong
      if (b0 === 0xf4) hi = 0x8f; // past U+10FFFF
    } else return undefined;
    if (i + need >= n) return undefined; // truncated
    for (let j = 1; j <= need; j++) {
      const b = bytes[i + j]!;
      if (b < (j === 1 ? lo : 0x80) || b > (j === 1 ? hi : 0xbf)) return undefined;
      cp = (cp << 6) | (b & 0x3f);
    }
    i += need + 1;
    if (cp > 0xffff) {
      units[k++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[k++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else units[k++] = cp;
  }
  let out = '';
  for (let s = 0; s < k; s += 4096) out += String.fromCharCode(...units.subarray(s, Math.min(k, s + 4096)));
  return out;
}

/**
 * Whether decoded text reads as text: not empty, and at most one code unit in 20 a control
 * character (C0 but tab, LF and CR; DEL; C1) or U+FFFD.
 * @internal
 */
export function isMostlyPrintable(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return text.length > 0 && bad * 20 <= text.length;
}

/** Decodes `s[a, b)` as base64 of either alphabet (no padding inside). */
function base64Bytes(s: string, a: number, b: number): { bytes: Uint8Array; n: number } {
  const bytes = new Uint8Array(((b - a) * 3) >> 2);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = a; i < b; i++) {
    acc = ((acc << 6) | B64[s.charCodeAt(i)]!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (acc >> bits) & 0xff;
    }
  }
  return { bytes, n };
}

function hexBytes(s: string, a: number, b: number): Uint8Array {
  const bytes = new Uint8Array((b - a) >> 1);
  for (let i = a, k = 0; i < b; i += 2, k++) bytes[k] = (hexValue(s.charCodeAt(i)) << 4) | hexValue(s.charCodeAt(i + 1));
  return bytes;
}

/** Budget shared by the layers of one call. */
interface Budget {
  left: number;
  limited: boolean;
  runs: number;
}

/** UTF-8 length of the code point starting at `i` of `s`, and its UTF-16 length. */
function utf8Length(s: string, i: number): { bytes: number; units: number } {
  const c = s.charCodeAt(i);
  if (c < 0x80) return { bytes: 1, units: 1 };
  if (c < 0x800) return { bytes: 2, units: 1 };
  if ((c & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return { bytes: 4, units: 2 };
  return { bytes: 3, units: 1 };
}

/**
 * One layer: decodes the runs of `parent.text`, in place. When `regions` is given (sorted pairs of
 * offsets), only runs that overlap one are tried: what the previous layer decoded, since the rest
 * was tried there already.
 */
/** Whether code unit `c` can be part of an encoded run: the base64 alphabet (hex digits in it) or `%`. */
function isRunUnit(c: number): boolean {
  return c < 0x80 && (B64[c]! >= 0 || c === 0x25);
}

function layer(
  parent: TextView,
  regions: readonly number[] | undefined,
  minLength: number,
  budget: Budget,
): { view: TextView; decoded: number[] } {
  const s = parent.text;
  const n = s.length;
  const b = new ViewBuilder(parent);
  const decoded: number[] = [];
  const kinds: string[] = [];
  let run = 0;
  let r = 0;
  const overlaps = (a: number, e: number): boolean => {
    if (regions === undefined) return true;
    while (r < regions.length && regions[r + 1]! <= a) r += 2;
    return r < regions.length && regions[r]! < e;
  };
  const fits = (units: number): boolean => {
    if (units <= budget.left) return true;
    budget.limited = true;
    return false;
  };
  const took = (kind: string, from: number): void => {
    decoded.push(from, b.size);
    if (!kinds.includes(kind)) kinds.push(kind);
    budget.runs++;
  };
  let i = 0;
  while (i < n) {
    if (regions !== undefined) {
      // Only a run that overlaps what the layer before decoded can be new: skip to the next such
      // region, backing up to the start of the run that may reach into it.
      while (r < regions.length && regions[r + 1]! <= i) r += 2;
      if (r >= regions.length) break;
      if (i < regions[r]!) {
        let k = regions[r]!;
        while (k > i && isRunUnit(s.charCodeAt(k - 1))) k--;
        i = k;
      }
    }
    const c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < n && hexValue(s.charCodeAt(i + 1)) >= 0 && hexValue(s.charCodeAt(i + 2)) >= 0) {
      // Consecutive %XX groups: one byte string, so multi-byte characters decode whole.
      let j = i;
      while (j + 2 < n && s.charCodeAt(j) === 0x25 && hexValue(s.charCodeAt(j + 1)) >= 0 && hexValue(s.charCodeAt(j + 2)) >= 0) j += 3;
      const groups = (j - i) / 3;
      if (overlaps(i, j) && fits(groups)) {
        const bytes = new Uint8Array(groups);
        for (let g = 0; g < groups; g++) bytes[g] = (hexValue(s.charCodeAt(i + 3 * g + 1)) << 4) | hexValue(s.charCodeAt(i + 3 * g + 2));
        const text = decodeUtf8(bytes, groups);
        if (text !== undefined && isMostlyPrintable(text)) {
          b.copy(run, i);
          const from = b.size;
          // URL-encoding maps precisely: each character to the %XX groups of its bytes.
          for (let u = 0, byte = 0; u < text.length; ) {
            const { bytes: w, units } = utf8Length(text, u);
            b.put(text.slice(u, u + units), i + 3 * byte, i + 3 * (byte + w));
            u += units;
            byte += w;
          }
          run = j;
          budget.left -= text.length;
          took('url', from);
        }
      }
      i = j;
      continue;
    }
    if (c < 0x80 && B64[c]! >= 0) {
      let j = i;
      let std = false;
      let url = false;
      let hex = true;
      for (; j < n; j++) {
        const d = s.charCodeAt(j);
        if (d >= 0x80 || B64[d]! < 0) break;
        if (d === 0x2b || d === 0x2f) std = true;
        else if (d === 0x2d || d === 0x5f) url = true;
        else if (hex && hexValue(d) < 0) hex = false;
      }
      const len = j - i;
      if (len >= minLength && overlaps(i, j)) {
        let text: string | undefined;
        let kind = 'hex';
        let end = j;
        if (hex && !std && !url && len % 2 === 0 && fits(len >> 1)) text = decodeUtf8(hexBytes(s, i, j), len >> 1);
        if (text === undefined || !isMostlyPrintable(text)) {
          text = undefined;
          let p = j;
          while (p < n && s.charCodeAt(p) === 0x3d && p - j < 3) p++;
          const pad = p - j;
          const padded = pad === 0 ? len % 4 !== 1 : pad < 3 && (len + pad) % 4 === 0;
          if (!(std && url) && padded && fits((len * 3) >> 2)) {
            const { bytes, n: count } = base64Bytes(s, i, j);
            text = decodeUtf8(bytes, count);
            kind = url ? 'base64url' : 'base64';
            end = p;
          }
        }
        if (text !== undefined && isMostlyPrintable(text)) {
          // A base64 character carries bits of two bytes, and a finding inside the decoded text
          // may be any part of it: the whole run is the smallest span that surely holds it, and
          // the unit to redact (redacting part of a run leaves the rest of the secret decodable).
          b.copy(run, i);
          const from = b.size;
          b.put(text, i, end);
          run = end;
          budget.left -= text.length;
          took(kind, from);
          i = end;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  b.copy(run, n);
  return { view: b.finish(kinds.join('+')), decoded };
}

/**
 * Decodes the base64, base64url, hex and URL-encoded runs of a text in place, keeping a map back to
 * the original offsets.
 *
 * - base64 / base64url: a maximal run of the alphabet, {@link DecodeOptions.minLength} characters
 *   or more, then at most two `=` that make the length a multiple of 4 (no padding: any length but
 *   4k + 1); mixing `+/` with `-_` is not base64. Every decoded character maps to the whole run:
 *   nothing more precise holds, since base64 characters straddle bytes.
 * - hex: a run of hex digits of even length, `minLength` or more; also maps to the whole run.
 * - URL encoding: consecutive `%XX` groups, any number; each decoded character maps to exactly
 *   the groups of its bytes.
 *
 * A run is decoded only when its bytes are UTF-8 and the text reads as text (at most one control
 * character in 20); otherwise it is left as it is. What a layer decoded is decoded again, up to
 * {@link DecodeOptions.maxDepth} layers. Linear time: each layer reads its text once, and all
 * layers together decode at most {@link DecodeOptions.maxDecoded} code units.
 *
 * @param source - the text, or a view of it (such as {@link normalizeForScan}'s) to build on
 * @param options - limits
 * @returns the decoded view, how many runs were decoded, and whether a limit was hit
 *
 * @example
 * ```ts
 * import { decodeEncodedRuns, mapSpan } from '@airlock/core';
 * const { view, runs } = decodeEncodedRuns('key: am9obkBleGFtcGxlLmNvbQ== ok');
 * view.text; //=> 'key: john@example.com ok'
 * [runs, view.decodedFrom]; //=> [1, 'base64']
 * mapSpan(view, 5, 9); //=> { start: 5, end: 29 }
 * const url = decodeEncodedRuns('to=john%40example.com').view;
 * url.text; //=> 'to=john@example.com'
 * mapSpan(url, 7, 8); //=> { start: 7, end: 10 }
 * decodeEncodedRuns('no runs here').view.changed; //=> false
 * ```
 */
export function decodeEncodedRuns(source: string | TextView, options: DecodeOptions = {}): DecodeResult {
  const root = typeof source === 'string' ? identityView(source) : source;
  const minLength = Math.max(4, options.minLength ?? 16);
  const maxDepth = Math.min(4, Math.max(0, options.maxDepth ?? 2));
  const budget: Budget = { left: Math.max(0, options.maxDecoded ?? 2 * root.text.length), limited: false, runs: 0 };
  let view = root;
  let regions: number[] | undefined;
  for (let depth = 0; depth < maxDepth; depth++) {
    const next = layer(view, regions, minLength, budget);
    if (next.view === view) break;
    view = next.view;
    regions = next.decoded;
    if (depth + 1 === maxDepth) {
      // Say so when the last layer left something that looks decodable.
      const probe: Budget = { left: budget.left, limited: false, runs: 0 };
      if (layer(view, regions, minLength, probe).view !== view) budget.limited = true;
    }
  }
  return { view, runs: budget.runs, limited: budget.limited };
}
