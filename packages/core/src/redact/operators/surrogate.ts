/**
 * {@link surrogate}: a realistic fake of the same kind, the same for the same value.
 *
 * @module
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { Finding } from '../../detect/types.ts';
import { mod97 } from '../../detect/validators/common/iban.ts';
import { luhn } from '../../detect/validators/common/luhn.ts';
import type { Operator } from '../types.ts';
import { _key, _options } from './_check.ts';

/** Options of {@link surrogate}. */
export interface SurrogateOptions {
  /**
   * The key the fakes are derived from (HMAC-SHA-256), at least 16 bytes. The same value gets the
   * same fake under one key, and an unrelated fake under another: give each tenant its own key.
   */
  readonly key: Uint8Array;
}

/**
 * A deterministic stream of random numbers, seeded by HMAC-SHA-256(key, type, value): blocks of
 * HMAC(seed, counter). Unbiased by rejection.
 */
class Prng {
  private block: Uint8Array = new Uint8Array(0);
  private at = 0;
  private counter = 0;
  constructor(private readonly seed: Uint8Array) {}
  private byte(): number {
    if (this.at >= this.block.length) {
      this.block = hmac(sha256, this.seed, Uint8Array.of(this.counter >>> 24, this.counter >>> 16, this.counter >>> 8, this.counter));
      this.counter++;
      this.at = 0;
    }
    return this.block[this.at++]!;
  }
  /** An integer in [0, n), n ≤ 65536. */
  int(n: number): number {
    const limit = 65536 - (65536 % n);
    for (;;) {
      const x = (this.byte() << 8) | this.byte();
      if (x < limit) return x % n;
    }
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }
}

const FIRST = 'Alex Avery Blake Casey Dana Drew Eden Ellis Emery Finley Harper Hayden Jamie Jordan Kai Kendall Lane Logan Marlo Morgan Noel Parker Quinn Reese Riley Robin Rowan Sage Sawyer Skyler Taylor Tatum'.split(' ');
const LAST = 'Abbott Barlow Calder Dalton Ellery Fairley Garrow Hadley Ingram Jessop Kestrel Lowell Marston Norwood Oakley Pember Quill Radley Selwyn Thorne Upton Vance Whitlow Yardley'.split(' ');

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isUpper = (c: string): boolean => c >= 'A' && c <= 'Z';
const isLower = (c: string): boolean => c >= 'a' && c <= 'z';

/** Random characters of the same class (digit, upper, lower) where the value has them; the rest kept. */
function shape(value: string, rng: Prng): string {
  let out = '';
  for (const c of value) {
    if (isDigit(c)) out += String(rng.int(10));
    else if (isUpper(c)) out += String.fromCharCode(65 + rng.int(26));
    else if (isLower(c)) out += String.fromCharCode(97 + rng.int(26));
    else out += c;
  }
  return out;
}

/** Puts `digits` into the digit positions of `format`, in order; other characters are kept. */
function fillDigits(format: string, digits: string): string {
  let i = 0;
  let out = '';
  for (const c of format) out += isDigit(c) && i < digits.length ? digits[i++]! : c;
  return out;
}

const digitCount = (s: string): number => [...s].filter(isDigit).length;
const randomDigits = (n: number, rng: Prng): string => Array.from({ length: n }, () => String(rng.int(10))).join('');

function card(value: string, rng: Prng): string {
  const n = digitCount(value);
  if (n < 12) return shape(value, rng);
  // Same scheme digit and length; the last digit is the one that makes the Luhn checksum hold.
  const first = [...value].find(isDigit)!;
  const body = first + randomDigits(n - 2, rng);
  let check = 0;
  while (!luhn(body + check)) check++;
  return fillDigits(value, body + check);
}

function phone(value: string, rng: Prng): string {
  const digits = [...value].filter(isDigit).join('');
  const plus = value.trimStart().startsWith('+');
  // North America: 555-0100..0199 is reserved for fiction.
  if ((digits.length === 10 && !plus) || (digits.length === 11 && digits[0] === '1')) {
    const area = String(2 + rng.int(8)) + randomDigits(2, rng);
    return fillDigits(value, (digits.length === 11 ? '1' : '') + area + '5550' + '1' + randomDigits(2, rng));
  }
  // United Kingdom: Ofcom reserves 07700 900000..900999 for drama.
  if ((plus && digits.startsWith('44') && digits.length === 12) || (!plus && digits.length === 11 && digits.startsWith('07'))) {
    return fillDigits(value, (plus ? '44' : '0') + '7700900' + randomDigits(3, rng));
  }
  // Elsewhere: keep what looks like the country or trunk prefix, randomize the subscriber number.
  const keep = plus ? Math.min(2, digits.length) : 1;
  return fillDigits(value, digits.slice(0, keep) + randomDigits(digits.length - keep, rng));
}

function ssn(value: string, rng: Prng): string {
  if (digitCount(value) !== 9) return shape(value, rng);
  // Area 9xx is never issued as an SSN, and groups 00–49 are outside the ITIN ranges.
  return fillDigits(value, '9' + randomDigits(2, rng) + String(rng.int(5)) + randomDigits(6, rng));
}

function person(value: string, rng: Prng): string {
  const words = value.trim().split(/\s+/).length;
  const name = words <= 1 ? rng.pick(FIRST) : `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
  return value === value.toUpperCase() && value !== value.toLowerCase() ? name.toUpperCase() : name;
}

function email(rng: Prng): string {
  // example.com, .net and .org are reserved for documentation (RFC 2606): mail never reaches anyone.
  return `${rng.pick(FIRST).toLowerCase()}.${rng.pick(LAST).toLowerCase()}${rng.int(100)}@example.${rng.pick(['com', 'net', 'org'])}`;
}

function iban(value: string, rng: Prng): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 5 || !isUpper(compact[0]!) || !isUpper(compact[1]!)) return shape(value, rng);
  const country = compact.slice(0, 2);
  const bban = shape(compact.slice(4), rng).toUpperCase();
  const check = String(98 - mod97(bban + country + '00')).padStart(2, '0');
  const fake = country + check + bban;
  // Back into the value's grouping.
  let i = 0;
  let out = '';
  for (const c of value) out += /\s/.test(c) ? c : fake[i++]!;
  return out;
}

function ip(value: string, rng: Prng): string {
  if (value.includes(':')) return `2001:db8::${rng.int(65536).toString(16)}`; // RFC 3849 documentation prefix
  // RFC 5737 documentation networks.
  return `${rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${1 + rng.int(254)}`;
}

/**
 * Replaces the value with a realistic fake of the same kind, derived from the value and the key, so
 * that the same value always gets the same fake: a model sees plausible data and can still tell
 * mentions apart. Where a reserved range exists the fake lies in it, so it reaches nobody:
 *
 * - `CREDIT_CARD`: same length, grouping and first digit; passes Luhn.
 * - `EMAIL_ADDRESS`: a name at `example.com`, `.net` or `.org` (RFC 2606).
 * - `PHONE_NUMBER`: North American numbers in 555-0100…0199, UK numbers in 07700 900xxx (both
 *   reserved for fiction), others with the same prefix and grouping.
 * - `US_SSN`: area 9xx, group 00–49: looks like an SSN, is neither a valid SSN nor an ITIN.
 * - `PERSON`: a first name, or first and last name, from a list of invented-sounding names.
 * - `IBAN_CODE`: same country, length and grouping, valid mod-97 check digits.
 * - `IP_ADDRESS`: in the documentation networks (RFC 5737, RFC 3849).
 * - `URL`: a page of `example.com`.
 * - anything else: each digit replaced by a digit and each ASCII letter by a letter of the same
 *   case; other characters kept.
 *
 * Surrogates are one-way: they are not kept in the vault and {@link restore} does not undo them
 * (use {@link pseudonymize} or {@link encrypt} for that).
 *
 * @param options - the key
 * @returns the operator
 * @throws {@link AirlockError} `invalid_operator` when the key is missing or shorter than 16 bytes
 *
 * @example
 * ```ts
 * import { createRedactor, luhn, surrogate } from '@airlock/core';
 * const redactor = createRedactor({ default: surrogate({ key: new Uint8Array(32).fill(9) }) });
 * const out = redactor.redact('card 4111 1111 1111 1111').text;
 * luhn(out.slice(5)); //=> true
 * out === 'card 4111 1111 1111 1111'; //=> false
 * redactor.redact('card 4111 1111 1111 1111').text === out; //=> true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function surrogate(options: SurrogateOptions): Operator {
  const key = _key('surrogate', _options('surrogate', options).key, { min: 16 });
  return {
    kind: 'surrogate',
    apply(value: string, finding: Finding): string {
      const rng = new Prng(hmac(sha256, key, utf8ToBytes(`${finding.type}\u0000${value}`)));
      switch (finding.type) {
        case 'CREDIT_CARD':
          return card(value, rng);
        case 'EMAIL_ADDRESS':
          return email(rng);
        case 'PHONE_NUMBER':
          return phone(value, rng);
        case 'US_SSN':
          return ssn(value, rng);
        case 'PERSON':
          return person(value, rng);
        case 'IBAN_CODE':
          return iban(value, rng);
        case 'IP_ADDRESS':
          return ip(value, rng);
        case 'URL':
          return `https://example.com/${rng.pick(LAST).toLowerCase()}/${rng.int(10000)}`;
        default:
          return shape(value, rng);
      }
    },
  };
}
