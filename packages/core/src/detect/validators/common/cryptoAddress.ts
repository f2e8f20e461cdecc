/**
 * Cryptocurrency addresses: Bitcoin (Base58Check P2PKH/P2SH, bech32/bech32m SegWit) and Ethereum
 * (EIP-55 mixed-case checksum).
 *
 * @module
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bech32, bech32m, createBase58check } from '@scure/base';

const base58check = /*@__PURE__*/ createBase58check(sha256);

/**
 * Checks a Bitcoin address: a Base58Check P2PKH (`1…`) or P2SH (`3…`) address with a valid
 * double-SHA-256 checksum, or a SegWit address (`bc1…`, testnet `tb1…`) whose bech32 (version 0) or
 * bech32m (version 1 and later) checksum and program length hold.
 *
 * @param value - the address
 * @returns whether it is a valid Bitcoin address
 *
 * @example
 * ```ts
 * import { isBitcoinAddress } from '@airlock/core';
 * isBitcoinAddress('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'); //=> true
 * isBitcoinAddress('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3'); //=> false
 * ```
 */
export function isBitcoinAddress(value: string): boolean {
  const c = value[0];
  if (c === '1' || c === '3') {
    try {
      const bytes = base58check.decode(value);
      return bytes.length === 21 && bytes[0] === (c === '1' ? 0x00 : 0x05);
    } catch {
      return false;
    }
  }
  const lower = value.toLowerCase();
  if (lower !== value && value.toUpperCase() !== value) return false; // bech32 forbids mixed case
  if (!lower.startsWith('bc1') && !lower.startsWith('tb1')) return false;
  const version = BECH32_CHARSET.indexOf(lower[3] ?? '');
  if (version < 0 || version > 16) return false;
  const decoded = (version === 0 ? bech32 : bech32m).decodeUnsafe(lower, 90);
  if (!decoded || decoded.words[0] !== version) return false;
  const program = (version === 0 ? bech32 : bech32m).fromWordsUnsafe(decoded.words.slice(1));
  if (!program || program.length < 2 || program.length > 40) return false;
  return version !== 0 || program.length === 20 || program.length === 32;
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/**
 * Checks an Ethereum address's EIP-55 checksum. All-lowercase and all-uppercase addresses carry no
 * checksum: for them the answer is `undefined` (cannot tell).
 *
 * @param value - `0x` and 40 hex digits
 * @returns `true` when the mixed case matches the checksum, `false` when it does not or the value is
 *   not `0x` and 40 hex digits, `undefined` when the address has no checksum
 *
 * @example
 * ```ts
 * import { ethereumChecksum } from '@airlock/core';
 * ethereumChecksum('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'); //=> true
 * ethereumChecksum('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD'); //=> false
 * ethereumChecksum('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed'); //=> undefined
 * ```
 */
export function ethereumChecksum(value: string): boolean | undefined {
  if (value.length !== 42 || value[0] !== '0' || (value[1] !== 'x' && value[1] !== 'X')) return false;
  const hex = value.slice(2);
  let lowerCount = 0;
  let upperCount = 0;
  const ascii = new Uint8Array(40);
  for (let i = 0; i < 40; i++) {
    let c = hex.charCodeAt(i);
    if (c >= 0x41 && c <= 0x46) {
      upperCount++;
      c |= 0x20;
    } else if (c >= 0x61 && c <= 0x66) lowerCount++;
    else if (!(c >= 0x30 && c <= 0x39)) return false;
    ascii[i] = c;
  }
  if (lowerCount === 0 || upperCount === 0) return undefined;
  const hash = keccak_256(ascii);
  for (let i = 0; i < 40; i++) {
    const c = hex.charCodeAt(i);
    if (c <= 0x39) continue;
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    if ((c <= 0x46) !== nibble >= 8) return false;
  }
  return true;
}
