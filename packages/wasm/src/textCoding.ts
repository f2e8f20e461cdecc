/**
 * UTF-8 `TextEncoder` and `TextDecoder` for QuickJS, which has neither: @airlock/core uses them
 * (hashes of policies and audit records, the vault's keys). Installed only where missing, so in Node
 * the built-ins stay. Same results as the WHATWG ones for UTF-8: a lone surrogate encodes as U+FFFD,
 * malformed bytes decode as U+FFFD (or throw a TypeError with `fatal`).
 *
 * @module
 */

/**
 * UTF-8 bytes of `s` (lone surrogates as U+FFFD, as `TextEncoder` does).
 *
 * @example
 * ```ts
 * import { encodeUtf8 } from './textCoding.ts';
 * [...encodeUtf8('é\ud800')]; //=> [0xc3, 0xa9, 0xef, 0xbf, 0xbd]
 * ```
 */
export function encodeUtf8(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

/**
 * Strict UTF-8 decoding: returns the string, or the offset of the first malformed byte (an
 * overlong form, a surrogate, a code point above U+10FFFF, a truncated sequence). With `replace`,
 * each malformed sequence decodes as U+FFFD instead.
 *
 * @example
 * ```ts
 * import { decodeUtf8 } from './textCoding.ts';
 * decodeUtf8([0x61, 0xc3, 0xa9]); //=> 'aé'
 * decodeUtf8([0x61, 0xc0, 0xaf]); //=> 1
 * decodeUtf8([0x61, 0xff], true); //=> 'a\ufffd'
 * ```
 */
export function decodeUtf8(bytes: ArrayLike<number>, replace = false): string | number {
  const units: number[] = [];
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let cp = need === 0 ? b : need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07;
    let len = 1;
    let ok = need >= 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
      else {
        cp = (cp << 6) | (c & 0x3f);
        len++;
      }
    }
    if (ok && (cp < [0, 0x80, 0x800, 0x10000][need]! || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) {
      ok = false;
      len = 1;
    }
    if (!ok) {
      if (!replace) return i;
      cp = 0xfffd;
      len = Math.max(1, len);
    }
    if (cp >= 0x10000) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    i += len;
    if (units.length >= 8192) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}

class Utf8Encoder {
  readonly encoding = 'utf-8';
  encode(s = ''): Uint8Array {
    return encodeUtf8(String(s));
  }
}

class Utf8Decoder {
  readonly encoding = 'utf-8';
  readonly fatal: boolean;
  constructor(label = 'utf-8', options: { fatal?: boolean } = {}) {
    if (!/^utf-?8$/i.test(label)) throw new RangeError(`TextDecoder: only utf-8 is supported here, got '${label}'`);
    this.fatal = options.fatal === true;
  }
  decode(input?: ArrayBufferView | ArrayBuffer): string {
    if (input === undefined) return '';
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const r = decodeUtf8(start === 0 ? bytes : bytes.subarray(start), !this.fatal);
    if (typeof r === 'number') throw new TypeError(`TextDecoder: malformed UTF-8 at byte ${r + start}`);
    return r;
  }
}

const g = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown };
g.TextEncoder ??= Utf8Encoder;
g.TextDecoder ??= Utf8Decoder;
