/**
 * The token finder behind `restore` and its streaming forms: one left-to-right pass that finds
 * pseudonyms (`<PERSON_1>`, lightly reformatted) and encrypt tokens (`EMAIL_ADDRESS_ENC(n):…`).
 *
 * Every decision at a position depends only on the code unit before it and on a bounded stretch
 * after it (an opener, a name of at most {@link MAX_NAME} code units, a closer, or an encrypt
 * token's announced length). So the pass can stop where the text it has runs out and resume there
 * when more arrives, with the same result as a pass over the whole text: that is what makes the
 * streaming restore equal to the whole-text restore for every chunking.
 *
 * Cost: linear in the text. A name run is read once (runs longer than {@link MAX_NAME} are skipped
 * without a look-up), a wrapped attempt reads at most an opener, a name and a closer, and an
 * encrypt payload is base32, which a following token header (holding `_`, `(`) cannot extend.
 *
 * @module
 */

import { _ENC_SUFFIX } from '../operators/encrypt.ts';

/** Longest name (type plus number, `\_` escapes included) a token can have, in code units. @internal */
export const MAX_NAME = 256;

/** Openers and their closers, longest first (`&lt;` is HTML-escaped `<`). */
const WRAPPERS: readonly (readonly [string, string])[] = [
  ['&lt;', '&gt;'],
  ['<<', '>>'],
  ['[[', ']]'],
  ['{{', '}}'],
  ['<', '>'],
  ['[', ']'],
  ['{', '}'],
  ['(', ')'],
];
const OPENER_FIRST = new Set(WRAPPERS.map(([o]) => o[0]!));

/** One token found. @internal */
export interface TokenMatch {
  /** Start of the token as written, wrapper included. */
  readonly start: number;
  /** End of the token as written. */
  readonly end: number;
  /** What the token stands for. */
  readonly value: string;
  /** The token as written. */
  readonly token: string;
}

/** How tokens are resolved. @internal */
export interface TokenResolver {
  /** The value of a canonical pseudonym (`<PERSON_1>`), if the vault has it. */
  pseudonym(token: string): string | undefined;
  /**
   * The value of an encrypt token (`NAME_ENC(n):PAYLOAD`, upper case), or `undefined` to leave it;
   * may throw `decrypt_failed`. `undefined` when no key was given: encrypt tokens are not looked for.
   */
  readonly decrypt: ((token: string) => string | undefined) | undefined;
  /** Longest encrypt payload accepted, in code units. */
  readonly maxPayload: number;
  /** Called for a canonical-looking pseudonym in brackets that the vault does not have. */
  unresolved?(token: string): void;
}

/** @internal */
export interface ScanOutcome {
  readonly matches: TokenMatch[];
  /**
   * Everything before this index is decided: the text up to here can be emitted. Equal to
   * `text.length` when `final`.
   */
  readonly safe: number;
}

const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isBase32 = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 50 && c <= 55);
const BACKSLASH = 92;
const UNDERSCORE = 95;
const MORE = -1;


/**
 * End of the name run starting at `i` (word characters, and `\_` as markdown writes `_`), or
 * {@link MORE} when the text ends inside it and more may come.
 */
function runEnd(text: string, i: number, final: boolean): number {
  let j = i;
  for (;;) {
    if (j >= text.length) return final ? j : MORE;
    const c = text.charCodeAt(j);
    if (isWord(c)) j++;
    else if (c === BACKSLASH) {
      if (j + 1 >= text.length) return final ? j : MORE;
      if (text.charCodeAt(j + 1) !== UNDERSCORE) return j;
      j += 2;
    } else return j;
  }
}

/** Whether the code unit at `i` continues a name run from before it. */
function continuesRun(text: string, i: number): boolean {
  if (i === 0) return false;
  const p = text.charCodeAt(i - 1);
  return isWord(p) || (p === BACKSLASH && text.charCodeAt(i) === UNDERSCORE);
}

/** `NAME_n` with `\` removed, or undefined when the run is not shaped like a pseudonym's name. */
function pseudonymName(raw: string): string | undefined {
  const name = raw.replace(/\\/g, '');
  const u = name.lastIndexOf('_');
  if (u <= 0 || u === name.length - 1) return undefined;
  for (let k = u + 1; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c < 48 || c > 57) return undefined;
  }
  return name;
}

/**
 * Finds tokens from `from` on. Non-final: stops at the first position that needs text past the
 * end, and says so in `safe`.
 * @internal
 */
export function _scanTokens(text: string, from: number, final: boolean, resolver: TokenResolver): ScanOutcome {
  const matches: TokenMatch[] = [];
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    // 1. A wrapped pseudonym: <PERSON_1>, [person_1], &lt;PERSON_1&gt;, { PERSON_1 } …
    if (OPENER_FIRST.has(text[i]!)) {
      const r = wrapped(text, i, final, resolver);
      if (r === MORE) return { matches, safe: i };
      if (r) {
        matches.push(r);
        i = r.end;
        continue;
      }
    }
    // 2. A name run starting here: a bare pseudonym (exact case), or an encrypt token.
    if (isLetter(c) && !continuesRun(text, i)) {
      const j = runEnd(text, i, final);
      if (j === MORE) {
        if (n - i <= MAX_NAME) return { matches, safe: i };
        i = n; // longer than any name, whatever follows: skip what we have (no token starts inside a run)
        continue;
      }
      if (j - i <= MAX_NAME) {
        const r = bare(text, i, j, final, resolver);
        if (r === MORE) return { matches, safe: i };
        if (r) {
          matches.push(r);
          i = r.end;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  return { matches, safe: n };
}

function wrapped(text: string, i: number, final: boolean, resolver: TokenResolver): TokenMatch | undefined | typeof MORE {
  const n = text.length;
  for (const [open, close] of WRAPPERS) {
    if (!text.startsWith(open, i)) {
      // The text ends inside what may be this opener.
      if (!final && n - i < open.length && open.startsWith(text.slice(i))) return MORE;
      continue;
    }
    let p = i + open.length;
    if (p < n && text[p] === ' ') p++;
    if (p >= n) return final ? undefined : MORE;
    if (!isLetter(text.charCodeAt(p))) continue;
    const j = runEnd(text, p, final);
    if (j === MORE) return n - p <= MAX_NAME ? MORE : undefined;
    if (j - p > MAX_NAME) continue;
    let q = j;
    if (q < n && text[q] === ' ') q++;
    if (n - q < close.length && !final && close.startsWith(text.slice(q))) return MORE;
    if (!text.startsWith(close, q)) continue;
    const name = pseudonymName(text.slice(p, j));
    if (name === undefined) continue;
    const token = `<${name.toUpperCase()}>`;
    const value = resolver.pseudonym(token);
    const end = q + close.length;
    if (value !== undefined) return { start: i, end, value, token: text.slice(i, end) };
    resolver.unresolved?.(token);
    return undefined;
  }
  return undefined;
}

function bare(text: string, i: number, j: number, final: boolean, resolver: TokenResolver): TokenMatch | undefined | typeof MORE {
  const n = text.length;
  const raw = text.slice(i, j);
  // An encrypt token: NAME_ENC(n):PAYLOAD.
  if (resolver.decrypt && j < n && text[j] === '(' && raw.replace(/\\/g, '').toUpperCase().endsWith(_ENC_SUFFIX)) {
    let k = j + 1;
    let len = 0;
    while (k < n && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57 && len <= resolver.maxPayload) len = len * 10 + text.charCodeAt(k++) - 48;
    if (k >= n || (text[k] === ')' && k + 1 >= n)) return final ? undefined : MORE;
    if (k === j + 1 || len > resolver.maxPayload || text[k] !== ')' || text[k + 1] !== ':') return undefined;
    const start = k + 2;
    let e = start;
    while (e < n && e - start < len && isBase32(text.charCodeAt(e))) e++;
    if (e - start < len) return e >= n && !final ? MORE : undefined;
    const name = raw.replace(/\\/g, '').toUpperCase();
    const token = text.slice(i, e);
    const value = resolver.decrypt(`${name}(${len}):${text.slice(start, e).toUpperCase()}`);
    return value === undefined ? undefined : { start: i, end: e, value, token };
  }
  if (j >= n && !final) return MORE;
  // A bare pseudonym, only as the vault writes it (upper case): `person_1` may be a variable name.
  const name = pseudonymName(raw);
  if (name === undefined || name !== name.toUpperCase()) return undefined;
  const value = resolver.pseudonym(`<${name}>`);
  return value === undefined ? undefined : { start: i, end: j, value, token: raw };
}
