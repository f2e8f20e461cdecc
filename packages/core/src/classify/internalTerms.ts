/**
 * {@link internalTerms}: an organisation's internal vocabulary (project code names, internal
 * hostnames, private address ranges) as detectors that run in the scanner's single pass.
 *
 * @module
 */
import { escapeLiteral } from '../detect/createScanner.ts';
import { defineDetector } from '../detect/defineDetector.ts';
import { ipAddress } from '../detect/catalog/contact/ipAddress.ts';
import type { CandidateContext, Detector, SensitivityLevel } from '../detect/types.ts';
import { LEVELS } from '../detect/defineDetector.ts';
import { ipAddressValidator } from '../detect/validators/common/ipAddress.ts';
import { DetectorDefinitionError } from '../errors/DetectorDefinitionError.ts';
import { _bounded } from './documentMarkings.ts';

/** The family of every internal term's type. */
export const INTERNAL_FAMILY = 'INTERNAL';

/**
 * The private address ranges: RFC 1918 for IPv4 (`10.0.0.0/8`, `172.16.0.0/12`, `192.168.0.0/16`)
 * and RFC 4193 unique local addresses for IPv6 (`fc00::/7`). Pass them as
 * {@link InternalTermsOptions.networks} to report private addresses as internal.
 */
export const PRIVATE_NETWORKS: readonly string[] = Object.freeze(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7']);

/** Options of {@link internalTerms}. */
export interface InternalTermsOptions {
  /**
   * Words and phrases that are internal (project code names, product names before launch, team
   * names), matched literally as whole words: type `INTERNAL_TERM`.
   */
  readonly terms?: readonly string[];
  /**
   * Internal hostnames, matched case-insensitively: type `INTERNAL_HOSTNAME`. A name that starts with
   * a dot or `*.` (`.corp.example.com`, `*.corp.example.com`) stands for that domain and every host
   * under it; any other name for that host only.
   */
  readonly hostnames?: readonly string[];
  /**
   * Address ranges in CIDR notation (`10.0.0.0/8`, `fd00::/8`, or one address): IPv4 and IPv6
   * addresses inside them are reported as type `INTERNAL_IP_ADDRESS`. {@link PRIVATE_NETWORKS} lists
   * the private ranges.
   */
  readonly networks?: readonly string[];
  /**
   * Match {@link InternalTermsOptions.terms} with their case as given.
   * @defaultValue false
   */
  readonly caseSensitive?: boolean;
  /**
   * The level of everything these detectors find.
   * @defaultValue 'internal'
   */
  readonly level?: SensitivityLevel;
}

/**
 * Detects an organisation's internal vocabulary: one detector per kind of option given, each of the
 * family `INTERNAL` and of level `internal` by default:
 *
 * - `internal-term` (`INTERNAL_TERM`): the {@link InternalTermsOptions.terms}, escaped (they are
 *   text, never patterns) and matched as whole words;
 * - `internal-hostname` (`INTERNAL_HOSTNAME`): the {@link InternalTermsOptions.hostnames};
 * - `internal-ip-address` (`INTERNAL_IP_ADDRESS`): addresses in the {@link InternalTermsOptions.networks}.
 *
 * A private address is internal information but not personal data: reporting it as
 * `INTERNAL_IP_ADDRESS` keeps it out of rules for personal data (GDPR), where the catalog's
 * `IP_ADDRESS` would count. Both detectors see the same address at the same level and score it
 * alike; put these detectors before the catalog in the scanner (`[...internalTerms(o),
 * ...recommended()]`) so that this one wins the tie.
 *
 * Each detector carries samples made from the options (every term and hostname as a positive), so
 * the test that runs every detector on its samples also checks your configuration.
 *
 * @param options - terms, hostnames, networks, case sensitivity, level
 * @returns the detectors (none when no option has entries)
 * @throws {@link DetectorDefinitionError} naming the offending option (`terms[2]`, `networks[0]`)
 *
 * @example
 * ```ts
 * import { createScanner, internalTerms, PRIVATE_NETWORKS } from '@airlock/core';
 * const detectors = internalTerms({ terms: ['Project Falcon'], hostnames: ['.corp.example.com'], networks: PRIVATE_NETWORKS });
 * const scanner = createScanner({ detectors });
 * const text = 'project falcon ships from build7.corp.example.com (10.1.2.3), not 8.8.8.8';
 * scanner.scan(text).map((f) => [f.type, text.slice(f.start, f.end)]);
 * //=> [['INTERNAL_TERM', 'project falcon'], ['INTERNAL_HOSTNAME', 'build7.corp.example.com'], ['INTERNAL_IP_ADDRESS', '10.1.2.3']]
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function internalTerms(options: InternalTermsOptions): Detector[] {
  if (typeof options !== 'object' || options === null) throw new DetectorDefinitionError('options', 'must be an object');
  const level = options.level ?? 'internal';
  if (!LEVELS.includes(level)) throw new DetectorDefinitionError('level', `must be one of ${LEVELS.join(', ')}`);
  if (options.caseSensitive !== undefined && typeof options.caseSensitive !== 'boolean') throw new DetectorDefinitionError('caseSensitive', 'must be a boolean');
  const terms = strings(options.terms, 'terms');
  const hostnames = strings(options.hostnames, 'hostnames');
  const networks = strings(options.networks, 'networks').map((cidr, i) => {
    const n = parseCidr(cidr);
    if (!n) throw new DetectorDefinitionError(`networks[${i}]`, 'must be an IPv4 or IPv6 address or range in CIDR notation, such as "10.0.0.0/8"');
    return n;
  });
  const common = { family: INTERNAL_FAMILY, level, category: 'internal' as const, score: 0.9 };
  const out: Detector[] = [];
  if (terms.length > 0) {
    const flags = options.caseSensitive === true ? '' : '(?i)';
    const find = (text: string): boolean => terms.some((t) => boundedIndex(text, t, options.caseSensitive === true));
    out.push(
      defineDetector({
        ...common,
        id: 'internal-term',
        type: 'INTERNAL_TERM',
        patterns: [`${flags}(?:${terms.map((t) => _bounded(escapeLiteral(t), t)).join('|')})`],
        description: 'An internal term (code name, unreleased product, team).',
        samples: {
          positive: terms.map((t) => ({ text: `about ${t} today`, value: t })),
          negative: ['nothing internal here', ...terms.filter((t) => /^\w.*\w$/.test(t)).map((t) => `x${t}x`)].filter((s) => !find(s)),
        },
      }),
    );
  }
  if (hostnames.length > 0) {
    const alternatives = hostnames.map((h, i) => {
      const domain = h.replace(/^\*?\./, '');
      if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(domain)) {
        throw new DetectorDefinitionError(`hostnames[${i}]`, 'must be a hostname such as "build.corp.example.com", or ".corp.example.com" for a whole domain');
      }
      return domain === h ? escapeLiteral(domain) : `(?:[a-z0-9-]+\\.)*${escapeLiteral(domain)}`;
    });
    const example = (h: string): string => (h.startsWith('.') || h.startsWith('*.') ? `build1${h.replace(/^\*/, '')}` : h);
    out.push(
      defineDetector({
        ...common,
        id: 'internal-hostname',
        type: 'INTERNAL_HOSTNAME',
        patterns: [`(?i)\\b(?:${alternatives.join('|')})\\b`],
        // A name continued by a hyphen or label is another host (`x-build.corp` is not `build.corp`).
        validators: [(_v: string, w: CandidateContext) => !/[A-Za-z0-9.-]/.test(w.text[w.start - 1] ?? ' ') && !/[A-Za-z0-9-]/.test(w.text[w.end] ?? ' ')],
        description: 'An internal hostname or a host in an internal domain.',
        samples: {
          positive: hostnames.map((h) => ({ text: `ssh ${example(h)} now`, value: example(h) })),
          negative: ['no host here', ...hostnames.map((h) => `x${h.replace(/^\*?\./, '')}`)],
        },
      }),
    );
  }
  if (networks.length > 0) {
    const inside = (value: string): boolean => {
      const bytes = parseAddress(value);
      return bytes !== undefined && networks.some((n) => contains(n, bytes));
    };
    const first = (n: Network): string => formatAddress(n.bytes.map((b, i) => (i === n.bytes.length - 1 ? b | 1 : b)));
    const outside = ['203.0.113.7', '2001:db8::7', '198.51.100.7'].filter((a) => !inside(a));
    out.push(
      defineDetector({
        ...common,
        id: 'internal-ip-address',
        type: 'INTERNAL_IP_ADDRESS',
        patterns: ipAddress().patterns,
        validators: [ipAddressValidator, (value: string) => inside(value)],
        score: 1,
        description: 'An IP address in an internal range.',
        samples: {
          positive: networks.map((n) => ({ text: `host ${first(n)} down`, value: first(n) })),
          negative: outside.map((a) => `peer ${a} up`),
        },
      }),
    );
  }
  return out;
}

function strings(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new DetectorDefinitionError(field, 'must be an array of strings');
  return value.map((v, i) => {
    if (typeof v !== 'string' || v.trim() === '') throw new DetectorDefinitionError(`${field}[${i}]`, 'must be a non-empty string');
    if (v.length > 256) throw new DetectorDefinitionError(`${field}[${i}]`, 'must be at most 256 characters long');
    return v.trim();
  });
}

/** Whether `term` occurs in `text` with the boundaries {@link _bounded} puts around it. */
function boundedIndex(text: string, term: string, caseSensitive: boolean): boolean {
  const t = caseSensitive ? text : text.toLowerCase();
  const w = caseSensitive ? term : term.toLowerCase();
  const word = /[A-Za-z0-9_]/;
  for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
    const before = !word.test(w[0]!) || !word.test(t[i - 1] ?? ' ');
    const after = !word.test(w[w.length - 1]!) || !word.test(t[i + w.length] ?? ' ');
    if (before && after) return true;
  }
  return false;
}

interface Network {
  readonly bytes: readonly number[];
  readonly prefix: number;
}

function parseCidr(cidr: string): Network | undefined {
  const [address, prefix, ...rest] = cidr.split('/');
  if (rest.length > 0 || address === undefined) return undefined;
  const bytes = parseAddress(address);
  if (!bytes) return undefined;
  const bits = prefix === undefined ? bytes.length * 8 : /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1;
  if (bits < 0 || bits > bytes.length * 8) return undefined;
  return { bytes, prefix: bits };
}

function contains(n: Network, bytes: readonly number[]): boolean {
  if (bytes.length !== n.bytes.length) return false;
  for (let bit = 0; bit < n.prefix; bit += 8) {
    const take = Math.min(8, n.prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((bytes[bit / 8]! & mask) !== (n.bytes[bit / 8]! & mask)) return false;
  }
  return true;
}

/** An IPv4 (4 bytes) or IPv6 (16 bytes) address, or `undefined`. */
function parseAddress(s: string): number[] | undefined {
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(s)) {
    const parts = s.split('.').map(Number);
    return parts.every((p) => p <= 255) ? parts : undefined;
  }
  if (!/^[0-9A-Fa-f:.]+$/.test(s) || s.length > 45) return undefined;
  let tail: number[] = [];
  let text = s;
  const v4 = /:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (v4) {
    const b = parseAddress(v4[1]!);
    if (!b) return undefined;
    tail = b;
    text = s.slice(0, v4.index + 1) + '0:0';
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string): number[] | undefined => {
    if (h === '') return [];
    const out: number[] = [];
    for (const g of h.split(':')) {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !rest) return undefined;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const words = [...head, ...new Array<number>(missing).fill(0), ...rest];
  const bytes = words.flatMap((w) => [w >> 8, w & 0xff]);
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

function formatAddress(bytes: readonly number[]): string {
  if (bytes.length === 4) return bytes.join('.');
  const words: string[] = [];
  for (let i = 0; i < 16; i += 2) words.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return words.join(':');
}
