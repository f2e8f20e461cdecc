/**
 * {@link cryptoWallet}: Bitcoin and Ethereum addresses.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { CandidateContext, Detector, ValidationResult } from '../../types.ts';
import { ethereumChecksum, isBitcoinAddress } from '../../validators/common/cryptoAddress.ts';

/** Bitcoin addresses must check out; Ethereum ones must when they carry an EIP-55 checksum. */
function validateWallet(value: string, _where: CandidateContext): ValidationResult {
  return value.startsWith('0x') ? ethereumChecksum(value) : isBitcoinAddress(value);
}

/**
 * Detects cryptocurrency wallet addresses: Bitcoin P2PKH/P2SH (Base58Check, checksum verified),
 * SegWit (bech32/bech32m, checksum verified) and Ethereum (`0x` and 40 hex digits; a mixed-case
 * address must match its EIP-55 checksum, a single-case one keeps the base score).
 *
 * @returns the detector (type `CRYPTO_WALLET`)
 *
 * @example
 * ```ts
 * import { createScanner, cryptoWallet } from '@airlock/core';
 * const scanner = createScanner({ detectors: [cryptoWallet()] });
 * scanner.scan('send to 16WbhB6AEdHGQWtvXUtwF9Jh342Rp1Qbrw').map((f) => [f.type, f.score]); //=> [['CRYPTO_WALLET', 1]]
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function cryptoWallet(): Detector {
  return defineDetector({
    id: 'crypto-wallet',
    type: 'CRYPTO_WALLET',
    patterns: [
      '\\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\\b',
      '\\b(?:bc|tb)1[02-9ac-hj-np-z]{11,71}\\b',
      '\\b(?:BC|TB)1[02-9AC-HJ-NP-Z]{11,71}\\b',
      '\\b0x[0-9a-fA-F]{40}\\b',
    ],
    validators: [validateWallet],
    score: 0.6,
    validScore: 1,
    context: { words: ['wallet', 'bitcoin', 'btc', 'ethereum', 'eth', 'address', 'crypto', 'send'] },
    level: 'confidential',
    category: 'financial',
    regimes: ['gdpr'],
    description: 'Bitcoin or Ethereum address with a valid checksum.',
    samples: {
      positive: [
        { text: 'send to 16WbhB6AEdHGQWtvXUtwF9Jh342Rp1Qbrw please', value: '16WbhB6AEdHGQWtvXUtwF9Jh342Rp1Qbrw' },
        'multisig 37CcciabnXbeVgbMeaZXfmfdBaK9QNHdeJ',
        { text: 'segwit: bc1qqq93vgfvxapy6krrdeucfru65kcth3k38l2pk9', value: 'bc1qqq93vgfvxapy6krrdeucfru65kcth3k38l2pk9' },
        'taproot bc1pqqrsu9guyv4rzwplgex4gkmzd9c8wl593jfe4gdg47mtm3xt6tvs67xn3w',
        { text: 'ETH 0x7C1a0d2B9E4F8a3b6C5D4e3f2A1B0C9D8e7f6A5B', value: '0x7C1a0d2B9E4F8a3b6C5D4e3f2A1B0C9D8e7f6A5B' },
        'eth wallet 0x7c1a0d2b9e4f8a3b6c5d4e3f2a1b0c9d8e7f6a5b',
      ],
      negative: [
        'send to 16WbhB6AEdHGQWtvXUtwF9Jh342Rp1Qbrx',
        'bc1qqq93vgfvxapy6krrdeucfru65kcth3k38l2pk8',
        '0x7C1a0d2B9E4F8a3b6C5D4e3f2A1B0C9D8e7f6A5b',
        'commit 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b',
      ],
    },
  });
}
