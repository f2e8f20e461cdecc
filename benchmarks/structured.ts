/**
 * `pnpm --filter ./benchmarks bench:structured`: what walking a JSON value costs on top of scanning
 * its text. Seeded records (a customer with contact fields, an address, notes and tags, some with an
 * e-mail, phone, card or SSN) are redacted three ways with the full default catalog:
 *
 * - `scan JSON text`: one `scanner.scan` over `JSON.stringify(records)`: the floor (no redaction, no
 *   shape kept, no keys as context);
 * - `redactValue, keys as context`: the default; every string under a key is scanned with its label;
 * - `redactValue, keysAsContext: false`: every string scanned alone;
 * - `walk only`: `redactValue` with a redactor that finds nothing without scanning: the cost of the
 *   walk itself (copying, paths, bookkeeping).
 *
 * Throughput is in MB of string content (UTF-16 code units of every string value, / 2^20) per second,
 * the median of 5 timed runs after 2 warm-ups.
 *
 * @module
 */
import { performance } from 'node:perf_hooks';
import { createRedactor, createScanner, recommended, redactValue, type RedactorLike, type RedactResult } from '@airlock/core';
import { median } from './stats.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const WORDS = ['order', 'shipped', 'customer', 'called', 'about', 'the', 'invoice', 'delivery', 'address', 'was', 'late', 'refund', 'please', 'thanks'];

function records(n: number): unknown[] {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const sentence = (k: number): string => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  return Array.from({ length: n }, (_, i) => ({
    id: i,
    name: pick(['Jane Doe', 'John Smith', 'Ana Lima', 'Wei Chen']),
    email: r() < 0.5 ? `user${i}@example.com` : '',
    phone: r() < 0.3 ? '+44 20 7946 0958' : '',
    ssn: r() < 0.1 ? '401558812' : '',
    address: { street: `${Math.floor(r() * 900) + 1} Main Street`, city: pick(['Springfield', 'Leeds', 'Lyon']), zip: '12345' },
    notes: r() < 0.2 ? `${sentence(12)} card 4111 1111 1111 1111 ${sentence(6)}` : sentence(20),
    tags: [pick(['vip', 'new', 'churn']), pick(['eu', 'us'])],
    active: r() < 0.8,
  }));
}

function stringLength(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + stringLength(x), 0);
  if (typeof v === 'object' && v !== null) return Object.values(v).reduce((n: number, x) => n + stringLength(x), 0);
  return 0;
}

function time(run: () => unknown): number {
  for (let i = 0; i < 2; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times) / 1000;
}

const scanner = createScanner({ detectors: recommended() });
const redactor = createRedactor({ scanner });
// A redactor that scans nothing: what the walk itself costs.
const nothing = (text: string): RedactResult => ({ text, findings: [], complete: true, items: [], limits: [] });
const identity: RedactorLike = { scanner, apply: nothing, redact: nothing };

const data = records(5000);
const json = JSON.stringify(data);
const mb = stringLength(data) / 2 ** 20;
console.log(`${data.length} records, ${(mb * 1024).toFixed(0)} KB of string content, ${(json.length / 1024).toFixed(0)} KB of JSON text`);
const rows: [string, number][] = [
  ['scan JSON text', time(() => scanner.scan(json))],
  ['redactValue, keys as context', time(() => redactValue(data, redactor))],
  ['redactValue, keysAsContext: false', time(() => redactValue(data, redactor, { keysAsContext: false }))],
  ['walk only', time(() => redactValue(data, identity, { keysAsContext: false }))],
];
const floor = rows[0]![1];
for (const [name, s] of rows) console.log(`${name.padEnd(36)} ${(mb / s).toFixed(2).padStart(8)} MB/s  ${(s * 1000).toFixed(1).padStart(8)} ms  ×${(s / floor).toFixed(2)}`);
