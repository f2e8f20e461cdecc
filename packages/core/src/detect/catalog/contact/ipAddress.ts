/**
 * {@link ipAddress}: IPv4 and IPv6 addresses.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { Detector } from '../../types.ts';
import { ipAddressValidator } from '../../validators/common/ipAddress.ts';

/**
 * Detects IP addresses: IPv4 dotted quads and IPv6 in full, compressed (`2001:db8::1`, `::1`) and
 * IPv4-embedded (`::ffff:192.0.2.1`) forms. Addresses inside longer dotted numbers or version
 * strings are rejected.
 *
 * @returns the detector (type `IP_ADDRESS`)
 *
 * @example
 * ```ts
 * import { createScanner, ipAddress } from '@airlock/core';
 * const scanner = createScanner({ detectors: [ipAddress()] });
 * const text = 'from 203.0.113.9 and 2001:db8::8a2e:370:7334';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['203.0.113.9', '2001:db8::8a2e:370:7334']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function ipAddress(): Detector {
  return defineDetector({
    id: 'ip-address',
    type: 'IP_ADDRESS',
    patterns: [
      '\\b(?:[0-9]{1,3}\\.){3}[0-9]{1,3}\\b',
      '(?i)\\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}',
      '(?i)::[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6}',
      '(?i)(?:\\b[0-9a-f]{1,4}|:)(?::[0-9a-f]{0,4}){1,6}:(?:[0-9]{1,3}\\.){3}[0-9]{1,3}\\b',
    ],
    validators: [ipAddressValidator],
    score: 0.6,
    validScore: 0.85,
    context: { words: ['ip', 'ipv4', 'ipv6', 'address', 'host', 'server', 'client', 'from', 'src', 'dst'] },
    level: 'internal',
    category: 'network',
    regimes: ['gdpr'],
    description: 'IPv4 or IPv6 address.',
    samples: {
      positive: [
        { text: 'from 203.0.113.9:443', value: '203.0.113.9' },
        { text: 'peer 2001:db8::8a2e:370:7334 up', value: '2001:db8::8a2e:370:7334' },
        { text: 'loopback ::1', value: '::1' },
        { text: 'mapped ::ffff:192.0.2.1 here', value: '::ffff:192.0.2.1' },
        'fe80:0:0:0:202:b3ff:fe1e:8329',
        'dns 8.8.4.4',
      ],
      negative: ['version 1.2.3.4.5', 'at 12:30:45', 'std::vector', 'Foo::bar', '999.1.1.1', 'mac 00:1a:2b:3c:4d:5e', '10.0.0.256'],
    },
  });
}
