/**
 * {@link macAddress}: MAC (EUI-48) hardware addresses.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { CandidateContext, Detector } from '../../types.ts';

/**
 * A MAC address stands alone: not six groups cut out of a longer colon-, dash- or dot-separated
 * run. A separator that no hex digit continues is punctuation (`device 00:1a:2b:3c:4d:5e.`).
 */
function standalone(_value: string, where: CandidateContext): boolean | undefined {
  const { text, start, end } = where;
  const sep = (c: string | undefined): boolean => c === ':' || c === '-' || c === '.';
  const hex = (c: string | undefined): boolean => c !== undefined && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
  return (sep(text[start - 1]) && hex(text[start - 2])) || (sep(text[end]) && hex(text[end + 1])) ? false : undefined;
}

/**
 * Detects MAC addresses: six hex pairs separated by colons or dashes (`00:1a:2b:3c:4d:5e`), or
 * Cisco's three dotted groups of four (`001a.2b3c.4d5e`).
 *
 * @returns the detector (type `MAC_ADDRESS`)
 *
 * @example
 * ```ts
 * import { createScanner, macAddress } from '@airlock/core';
 * const scanner = createScanner({ detectors: [macAddress()] });
 * scanner.scan('hw 00:1A:2B:3C:4D:5E').map((f) => [f.type, f.start, f.end]); //=> [['MAC_ADDRESS', 3, 20]]
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function macAddress(): Detector {
  return defineDetector({
    id: 'mac-address',
    type: 'MAC_ADDRESS',
    patterns: [
      '(?i)\\b[0-9a-f]{2}(?::[0-9a-f]{2}){5}\\b',
      '(?i)\\b[0-9a-f]{2}(?:-[0-9a-f]{2}){5}\\b',
      '(?i)\\b[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}\\b',
    ],
    validators: [standalone],
    score: 0.6,
    context: { words: ['mac', 'ether', 'hwaddr', 'bssid', 'device', 'hardware'] },
    level: 'internal',
    category: 'network',
    regimes: ['gdpr'],
    description: 'MAC (EUI-48) address.',
    samples: {
      positive: [
        { text: 'hw 00:1A:2B:3C:4D:5E', value: '00:1A:2B:3C:4D:5E' },
        'ether a4-5e-60-e8-1f-3b',
        'Cisco 001a.2b3c.4d5e',
        { text: 'the printer is 3c:22:fb:91:0e:7a.', value: '3c:22:fb:91:0e:7a' },
      ],
      negative: ['at 12:30:45', '00:1A:2B:3C:4D', '00:1A:2B:3C:4D:5E:6F', '7F:00:1A:2B:3C:4D:5E', 'GG:1A:2B:3C:4D:5E'],
    },
  });
}
