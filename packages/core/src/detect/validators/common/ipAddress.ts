/**
 * IP addresses: IPv4 dotted quads and IPv6 in full, compressed (`::`) and IPv4-embedded forms.
 *
 * @module
 */
import type { CandidateContext } from '../../types.ts';
import { _isAlnum } from './digits.ts';

/**
 * Checks an IPv4 address in dotted-decimal form: four numbers 0–255, no leading zeros.
 *
 * @param value - the address
 * @returns whether it is a dotted-quad IPv4 address
 *
 * @example
 * ```ts
 * import { isIPv4 } from '@airlock/core';
 * isIPv4('192.168.10.1'); //=> true
 * isIPv4('192.168.010.1'); //=> false
 * isIPv4('256.1.1.1'); //=> false
 * ```
 */
export function isIPv4(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 4) return false;
  for (const p of parts) {
    if (p.length === 0 || p.length > 3 || (p.length > 1 && p[0] === '0')) return false;
    let n = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return false;
      n = n * 10 + (c - 0x30);
    }
    if (n > 255) return false;
  }
  return true;
}

/**
 * Checks an IPv6 address (RFC 4291 text forms): eight groups of 1–4 hex digits, or fewer with one
 * `::`, optionally ending in an IPv4 address. The unspecified address `::` alone is rejected, being
 * more often `::` in code than an address.
 *
 * @param value - the address, without brackets or zone
 * @returns whether it is an IPv6 address
 *
 * @example
 * ```ts
 * import { isIPv6 } from '@airlock/core';
 * isIPv6('2001:db8::8a2e:370:7334'); //=> true
 * isIPv6('::ffff:192.0.2.1'); //=> true
 * isIPv6('12:30:45'); //=> false
 * ```
 */
export function isIPv6(value: string): boolean {
  if (value === '::' || value.length > 45) return false;
  const halves = value.split('::');
  if (halves.length > 2) return false;
  let groups = 0;
  for (let h = 0; h < halves.length; h++) {
    const half = halves[h]!;
    if (half === '') continue;
    const parts = half.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const lastOfAll = h === halves.length - 1 && i === parts.length - 1;
      if (lastOfAll && p.includes('.')) {
        if (!isIPv4(p)) return false;
        groups += 2;
        continue;
      }
      if (p.length === 0 || p.length > 4) return false;
      for (let k = 0; k < p.length; k++) {
        const c = p.charCodeAt(k) | 0x20;
        if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false;
      }
      groups++;
    }
  }
  return halves.length === 2 ? groups <= 7 : groups === 8;
}

/**
 * Detector validator for IP addresses: the value must be an IPv4 or IPv6 address and stand alone,
 * not be part of a longer dotted number (`1.2.3.4.5`, a version string `v1.2.3.4`) or of a
 * longer colon-separated word (`Foo::bar`).
 *
 * @param value - the candidate
 * @param where - where it was found
 * @returns `true` for a standalone address, `false` otherwise
 *
 * @example
 * ```ts
 * import { ipAddressValidator } from '@airlock/core';
 * const at = (text: string, v: string) => ({ text, start: text.indexOf(v), end: text.indexOf(v) + v.length, matchStart: text.indexOf(v), matchEnd: text.indexOf(v) + v.length });
 * ipAddressValidator('10.0.0.1', at('host 10.0.0.1 up', '10.0.0.1')); //=> true
 * ipAddressValidator('1.2.3.4', at('version v1.2.3.4', '1.2.3.4')); //=> false
 * ```
 */
export function ipAddressValidator(value: string, where: CandidateContext): boolean {
  const before = where.text.charCodeAt(where.start - 1);
  const after = where.text.charCodeAt(where.end);
  const after2 = where.text.charCodeAt(where.end + 1);
  if (_isAlnum(before) || _isAlnum(after)) return false;
  // A dot that continues the value: part of a longer dotted sequence, or an IPv6 cut before its IPv4 tail.
  if (after === 0x2e && _isAlnum(after2)) return false;
  // IPv6 must not continue with a colon; IPv4 may (`10.0.0.1:8080`).
  if (value.includes(':')) return before !== 0x3a && after !== 0x3a && isIPv6(value);
  if (before === 0x2e) return false;
  return isIPv4(value);
}
