/**
 * Reading a UTF-16 string as code points, and the context that assertions look at.
 *
 * A surrogate pair is one code point. A lone surrogate (a high surrogate not followed by a low one,
 * or a low surrogate not preceded by a high one) is read as a code point of its own value
 * (0xD800–0xDFFF): `.` and negated classes match it, `[\x{D800}-\x{DFFF}]` matches it, and it is
 * never a word character. A search never starts or ends between the two halves of a pair.
 *
 * @module
 */

/** Whether a UTF-16 code unit is an ASCII word character `[0-9A-Za-z_]`. */
export function isWordUnit(u: number): boolean {
  return (u >= 0x61 ? u <= 0x7a : u >= 0x41 ? u <= 0x5a || u === 0x5f : u >= 0x30 && u <= 0x39);
}

/** The code point at `i` (`i < text.length`), combining a valid surrogate pair. */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c & 0xfc00) === 0xd800 && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if ((d & 0xfc00) === 0xdc00) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that ends at `i` (`i > 0`), combining a valid surrogate pair. */
export function codePointBefore(text: string, i: number): number {
  const d = text.charCodeAt(i - 1);
  if ((d & 0xfc00) === 0xdc00 && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if ((c & 0xfc00) === 0xd800) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** Whether `i` falls between the two halves of a valid surrogate pair. */
export function insidePair(text: string, i: number): boolean {
  return (
    i > 0 &&
    i < text.length &&
    (text.charCodeAt(i) & 0xfc00) === 0xdc00 &&
    (text.charCodeAt(i - 1) & 0xfc00) === 0xd800
  );
}

/** Whether assertion `look` (a LOOK id) holds at position `i` of `text`. */
export function lookHolds(look: number, text: string, i: number): boolean {
  switch (look) {
    case 0:
      return i === 0;
    case 1:
      return i === text.length;
    case 2:
      return i === 0 || text.charCodeAt(i - 1) === 0x0a;
    case 3:
      return i === text.length || text.charCodeAt(i) === 0x0a;
    case 4:
    case 5: {
      const before = i > 0 && isWordUnit(text.charCodeAt(i - 1));
      const after = i < text.length && isWordUnit(text.charCodeAt(i));
      return (before !== after) === (look === 4);
    }
    default:
      return false;
  }
}

/** The position after an empty match at `p`: one code point further on. */
export function advance(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if ((c & 0xfc00) === 0xd800 && p + 1 < text.length && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00) return p + 2;
  return p + 1;
}
