/**
 * fast-check arbitraries for streaming tests: texts of filler words with planted entities (e-mail
 * addresses, Luhn-valid card numbers, SSNs, phone numbers, IP addresses, AWS keys, JWTs,
 * and evasive forms: full-width digits, zero-width characters, base64, spelled-out addresses),
 * all generated here, and chunkings of a text (cut points at any code unit, so surrogate pairs
 * split too).
 *
 * Every planted entity is shorter than 200 code units and is separated from the next by filler,
 * so the texts meet the streaming contract's bounds (see `src/detect/stream.ts`) by construction.
 */
import fc from 'fast-check';
import { luhn } from '../../src/detect/validators/common/luhn.ts';

const digit = fc.integer({ min: 0, max: 9 });
const digits = (n: number): fc.Arbitrary<string> => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
const lower = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''));
const word = (min: number, max: number): fc.Arbitrary<string> => fc.array(lower, { minLength: min, maxLength: max }).map((c) => c.join(''));

/** Appends the Luhn check digit to `body`. */
export function withLuhn(body: string): string {
  let check = 0;
  while (!luhn(body + check)) check++;
  return body + check;
}

const email = fc.tuple(word(2, 10), word(3, 10), fc.constantFrom('com', 'org', 'net', 'io')).map(([u, d, t]) => `${u}@${d}.${t}`);
const card = fc
  .tuple(fc.constantFrom('4', '51', '37'), digits(13), fc.constantFrom('', ' ', '-'))
  .map(([prefix, rest, sep]) => {
    const n = withLuhn((prefix + rest).slice(0, prefix === '37' ? 14 : 15));
    return sep === '' ? n : n.match(/.{1,4}/g)!.join(sep);
  });
const ssn = fc
  .tuple(fc.integer({ min: 1, max: 899 }).filter((a) => a !== 666), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
  .map(([a, g, s]) => `${String(a).padStart(3, '0')}-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`);
const phone = fc
  .tuple(fc.integer({ min: 201, max: 989 }), fc.integer({ min: 200, max: 999 }), digits(4), fc.boolean())
  .map(([a, b, c, paren]) => (paren ? `(${a}) ${b}-${c}` : `+1 ${a}-${b}-${c}`));
const ip = fc.tuple(fc.integer({ min: 1, max: 223 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 })).map((p) => p.join('.'));
const base32 = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.split(''));
const aws = fc.array(base32, { minLength: 16, maxLength: 16 }).map((c) => `AKIA${c.join('')}`);
const b64url = (s: string): string => btoa(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const jwt = fc
  .tuple(word(3, 8), fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }), fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'.split('')), { minLength: 43, maxLength: 43 }))
  .map(([sub, iat, sig]) => `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(JSON.stringify({ sub, iat }))}.${sig.join('')}`);
/** Evasive forms: found only through normalization or decoding. */
const fullWidth = (s: string): string => s.replace(/[0-9a-z]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));
const evasive = fc.oneof(
  ssn.map(fullWidth),
  email.map((e) => e.replace('@', '\u200B@\u200B')),
  email.map((e) => btoa(e)),
  email.map((e) => e.replace('@', ' [at] ').replace(/\.(?=[a-z]+$)/, ' [dot] ')),
);

/** One planted entity, with a context word before it now and then. */
export const entityArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(email, card, ssn, phone, ip, aws, jwt, evasive),
    fc.constantFrom('', '', 'ssn ', 'card: ', 'phone ', 'email ', 'key=', 'token: '),
  )
  .map(([e, ctx]) => ctx + e);

/** Filler between entities: words, punctuation, line breaks, accents and emoji (surrogate pairs). */
const filler = fc
  .array(fc.oneof({ weight: 6, arbitrary: word(1, 9) }, { weight: 1, arbitrary: fc.constantFrom('café', 'naïve', '😀', '—', 'Ωmega', '\n', '.', ',', '2024') }), {
    minLength: 1,
    maxLength: 30,
  })
  .map((ws) => ws.join(' '));

/** Texts of about `minLength` code units or more: filler with planted entities. */
export function plantedTextArb(minLength: number, maxLength = minLength * 2): fc.Arbitrary<string> {
  const pieces = Math.max(2, Math.ceil(maxLength / 90));
  return fc
    .array(fc.tuple(filler, entityArb), { minLength: Math.max(1, Math.floor(minLength / 110)), maxLength: pieces })
    .map((ps) => ps.map(([f, e]) => `${f} ${e} `).join(''));
}

/** Ways to cut a text of `length` code units into chunks: random cut points, 1-unit chunks, or one chunk. */
export function chunkingArb(length: number): fc.Arbitrary<number[]> {
  return fc.oneof(
    fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 60 }).map((cuts) => cuts.filter((c) => c < length).sort((a, b) => a - b)),
    fc.integer({ min: 1, max: 4000 }).map((size) => Array.from({ length: Math.ceil(length / size) - 1 }, (_, i) => (i + 1) * size)),
    fc.constant(Array.from({ length: Math.max(0, length - 1) }, (_, i) => i + 1)),
  );
}

/** The chunks of `text` at the cut points. */
export function chunksOf(text: string, cuts: readonly number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const c of cuts) {
    out.push(text.slice(at, c));
    at = c;
  }
  out.push(text.slice(at));
  return out;
}
