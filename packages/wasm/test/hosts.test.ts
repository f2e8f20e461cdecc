/**
 * The component, run by two real hosts (Node through jco, Python through wasmtime), on a golden
 * corpus of PII, secrets, emoji, NUL bytes and lone surrogates, equals @airlock/core in Node:
 * findings (UTF-16 and UTF-8 offsets), redacted text, classifications, guard decisions and typed
 * errors. The expected values are computed here, in this run, by @airlock/core itself (scan and
 * redact directly; every step also through src/engine.ts in Node). Bad input across the boundary
 * gives a typed error variant from both hosts, never a trap.
 *
 * dist/airlock.wasm comes from `pnpm build` (CI builds first); it is built here when missing or
 * older than the sources it is built from (core's, this package's, the WIT world, the build script).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRedactor, createScanner, parsePolicy, recommended, type Finding } from '@airlock/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../src/engine.ts';
// @ts-expect-error -- a plain ES module of the Node host example, without types
import { runSteps } from '../hosts/node/steps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const component = join(root, 'dist', 'airlock.wasm');
const nodeMajor = Number(process.versions.node.split('.')[0]);
// Node 20 runs the QuickJS component's extended constant expressions only behind a flag.
const nodeFlags = nodeMajor < 22 ? ['--experimental-wasm-extended-const'] : [];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Step = { op: string; args: Json[] };
type Outcome = { ok?: Json; err?: Json; trap?: string };

// ---- the golden corpus ----

const CORPUS: readonly string[] = [
  'Contact Jane Doe at jane.doe@example.com or +1 (415) 555-0132. SSN 536-22-4519, card 4539 1488 0343 6467.',
  'deploy: AWS_ACCESS_KEY_ID=AKIA4QWERTYZ7XPLMN3B github=ghp_8kZq3VbN2xWc7LmP4sTd9FhJ6rYu1aEo5GiK ip 203.0.113.42',
  '😀 ping 👩‍💻 bob.smith@example.org 🎉 IBAN DE89 3704 0044 0532 0130 00 🇩🇪 done',
  'nul\u0000in the middle carol@example.net\u0000 and \u0000 card 4111 1111 1111 1111\u0000',
  '\ud800 lone high, then dave@example.com and a lone low \udfff at 10.1.2.3 \ud83d',
  '',
  'nothing sensitive here, just text about the weather in Paris',
];

const isWellFormed = (s: string) => !/\p{Surrogate}/u.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));
/** How a text crosses: a WIT string when it can, UTF-16 code units when it holds lone surrogates. */
const crossing = (s: string): Json =>
  isWellFormed(s) ? { tag: 'str', val: s } : { tag: 'utf16', val: Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)) };
const asUtf8 = (s: string): Json => ({ tag: 'utf8', val: [...Buffer.from(s, 'utf8')] });

const POLICY = JSON.stringify({
  version: 1,
  id: 'golden',
  destinations: [{ id: 'acme', provider: 'acme-ai', retention: 'standard', agreements: [], region: 'US' }],
  rules: [
    { id: 'golden.allow', action: 'allow' },
    { id: 'golden.secrets', action: 'redact', when: { entities: ['SECRET'] }, operators: { '*': { operator: 'remove' } } },
    { id: 'golden.personal', action: 'redact', when: { entities: ['*'] }, operators: { '*': { operator: 'pseudonymize' } } },
  ],
});

function steps(): Step[] {
  const s: Step[] = [];
  // Default configuration (snapshotted at build time): scan and redact with `replace`.
  for (const t of CORPUS) s.push({ op: 'scan', args: [crossing(t)] });
  for (const t of CORPUS.filter(isWellFormed)) s.push({ op: 'scan', args: [asUtf8(t)] });
  s.push({ op: 'scan-batch', args: [CORPUS.map(crossing)] });
  for (const t of CORPUS) s.push({ op: 'redact', args: [crossing(t)] });
  s.push({ op: 'redact-batch', args: [[asUtf8(CORPUS[0]!), { tag: 'utf8', val: [0x61, 0xff] }, crossing(CORPUS[4]!)]] });
  // Invalid UTF-8: a bad lead byte, a truncated sequence, an overlong form, an encoded surrogate.
  for (const bytes of [[0x61, 0xc3, 0x28], [0x61, 0x62, 0xe2, 0x82], [0xc0, 0xaf], [0x20, 0xed, 0xa0, 0x80]]) {
    s.push({ op: 'scan', args: [{ tag: 'utf8', val: bytes }] });
  }
  // Invalid configurations: each refused, and the previous configuration stays.
  for (const config of [{ preset: 'nope' }, { 'min-score': 2 }, { policy: 'not a policy' }, { policy: '{"version":1,"rules":7}' }, { 'max-input-bytes': 0 }, { 'now-ms': -1 }, { destination: 'nowhere' }]) {
    s.push({ op: 'configure', args: [config] });
  }
  s.push({ op: 'scan', args: [crossing(CORPUS[0]!)] });
  // A documented limit: max-input-bytes, counted as the text crosses.
  s.push({ op: 'configure', args: [{ 'max-input-bytes': 64 }] });
  for (const t of [{ tag: 'str', val: 'a'.repeat(65) }, { tag: 'str', val: 'é'.repeat(33) }, { tag: 'utf8', val: Array(65).fill(0x61) }, { tag: 'utf16', val: Array(33).fill(0x61) }, { tag: 'str', val: 'a'.repeat(64) }]) {
    s.push({ op: 'scan', args: [t] });
  }
  // Policy, destination, pseudonyms: classify, guard, redact and restore.
  s.push({ op: 'configure', args: [{ operator: 'pseudonymize', policy: POLICY, destination: 'acme', 'now-ms': 1_700_000_000_000 }] });
  for (const t of CORPUS) s.push({ op: 'classify', args: [crossing(t)] });
  for (const t of CORPUS) s.push({ op: 'guard', args: [crossing(t), null] });
  s.push({ op: 'guard', args: [crossing(CORPUS[0]!), 'nowhere'] });
  s.push({ op: 'guard-batch', args: [CORPUS.map(crossing), 'acme'] });
  for (const t of CORPUS) s.push({ op: 'redact', args: [crossing(t)] });
  s.push({ op: 'restore', args: [crossing('Dear <PERSON_1>, I wrote to <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_99>.')] });
  return s;
}

// ---- what @airlock/core says, in Node ----

const bytesAt = (s: string, i: number) => Buffer.byteLength(s.slice(0, i), 'utf8');
const span = (s: string, start: number, end: number) => ({ start, end, 'start-byte': bytesAt(s, start), 'end-byte': bytesAt(s, end) });
const finding = (s: string, f: Finding) => ({
  'entity-type': f.type,
  family: f.family,
  span: span(s, f.start, f.end),
  score: f.score,
  detector: f.detector,
  level: f.level,
});
/** A text as the hosts print it: a string, or UTF-16 code units when it is not valid Unicode (or came so). */
const textOut = (s: string, utf16: boolean): Json => (utf16 || !isWellFormed(s) ? Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)) : s);

function coreScan(t: string): Json {
  const r = createScanner({ detectors: recommended() }).analyze(t);
  return { findings: r.findings.map((f) => finding(t, f)), complete: r.complete, limits: [...r.limits] };
}
function coreRedact(t: string): Json {
  const r = createRedactor({ scanner: createScanner({ detectors: recommended() }) }).redact(t);
  return {
    text: textOut(r.text, !isWellFormed(t)),
    items: r.items.map((i) => ({ finding: finding(t, i.finding), operator: i.operator, 'replacement-span': span(r.text, i.start, i.end), replacement: i.replacement })),
    complete: r.complete,
    limits: [...r.limits],
  };
}

function runHost(command: string, args: string[], input: Step[]): Outcome[] {
  const r = spawnSync(command, args, { cwd: root, input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}: ${r.error?.message ?? ''}\n${r.stderr}`);
  return (JSON.parse(r.stdout) as { results: Outcome[] }).results;
}

const STEPS = steps();
let reference: Outcome[];
let work: string;

/** The newest modification time under `path`. */
function newest(path: string): number {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((t, name) => Math.max(t, newest(join(path, name))), 0) : stat.mtimeMs;
}

beforeAll(() => {
  const sources = [join(root, '../core/src'), join(root, 'src'), join(root, 'wit'), join(root, 'scripts')];
  if (!existsSync(component) || Math.max(...sources.map(newest)) > statSync(component).mtimeMs) {
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`building the component failed:\n${r.stderr}`);
  }
  work = mkdtempSync(join(tmpdir(), 'airlock-wasm-'));
  reference = runSteps(engine, STEPS) as Outcome[];
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the engine in Node (the reference the hosts are held to)', () => {
  it('scans and redacts as @airlock/core does, with UTF-8 offsets that Buffer agrees with', () => {
    // Every scan and redact under the default configuration: the steps before the first configure.
    const defaults = STEPS.slice(0, STEPS.findIndex((step) => step.op === 'configure'));
    const texts = defaults.map((step, i) => ({ step, out: reference[i]! }));
    let checked = 0;
    for (const { step, out } of texts.filter(({ step }) => step.op === 'scan' || step.op === 'redact')) {
      const arg = step.args[0] as { tag: string; val: string | number[] };
      if (arg.tag === 'utf8' && out.err !== undefined) continue; // the invalid-UTF-8 steps: checked below
      const t = typeof arg.val === 'string' ? arg.val : arg.tag === 'utf8' ? Buffer.from(arg.val).toString('utf8') : String.fromCharCode(...arg.val);
      expect(out, `${step.op} ${JSON.stringify(t)}`).toEqual({ ok: step.op === 'scan' ? coreScan(t) : coreRedact(t) });
      checked++;
    }
    // 7 texts scanned as they cross, the 6 valid-Unicode ones also as UTF-8 bytes, 7 redacted.
    expect(checked).toBe(CORPUS.length * 3 - 1);
  });

  it('finds something in every sensitive text of the corpus (the comparison is not over empty results)', () => {
    // The first five texts hold personal data or secrets; the empty text holds nothing.
    const scans = reference.slice(0, CORPUS.length) as { ok: { findings: Json[] } }[];
    expect(scans.map((r) => r.ok.findings.length > 0).slice(0, 6)).toEqual([true, true, true, true, true, false]);
    // Every finding's type, so that a corpus text that stopped being detected shows here.
    expect(scans[2]!.ok.findings.map((f) => (f as { 'entity-type': string })['entity-type'])).toEqual(expect.arrayContaining(['EMAIL_ADDRESS', 'IBAN_CODE']));
  });

  it('the golden policy is a valid policy', () => {
    expect(parsePolicy(JSON.parse(POLICY)).destinations.map((d) => d.id)).toEqual(['acme']);
  });

  it('answers bad input with typed errors', () => {
    const errs = reference.filter((r) => r.err !== undefined).map((r) => (r.err as { tag: string }).tag);
    expect(new Set(errs)).toEqual(new Set(['invalid-utf8', 'invalid-config', 'input-too-large']));
    expect(reference.some((r) => r.trap !== undefined)).toBe(false);
  });
});

describe.each([
  ['Node, through jco', () => runHost(process.execPath, [...nodeFlags, 'hosts/node/host.mjs', component, join(work, 'jco')], STEPS)],
  ['Python, through wasmtime', () => runHost('python3', ['hosts/python/host.py', component, '--cwasm', join(work, 'airlock.cwasm')], STEPS)],
])('the component from %s', (_name, run) => {
  let results: Outcome[];
  beforeAll(() => {
    results = run();
  }, 300_000);

  it('gives @airlock/core results on the golden corpus, step by step', () => {
    expect(results).toHaveLength(STEPS.length);
    for (let i = 0; i < STEPS.length; i++) expect(results[i], `step ${i}: ${JSON.stringify(STEPS[i]).slice(0, 120)}`).toEqual(reference[i]);
  });

  it('returns typed errors for invalid UTF-8, an oversized input and invalid configurations, never a trap', () => {
    const tags = (op: string, tag: string) => results.filter((r, i) => STEPS[i]!.op === op && (r.err as { tag?: string } | undefined)?.tag === tag);
    expect(tags('scan', 'invalid-utf8').map((r) => r.err)).toEqual([
      { tag: 'invalid-utf8', val: 1 },
      { tag: 'invalid-utf8', val: 2 },
      { tag: 'invalid-utf8', val: 0 },
      { tag: 'invalid-utf8', val: 1 },
    ]);
    expect(tags('configure', 'invalid-config')).toHaveLength(7);
    expect(tags('scan', 'input-too-large').map((r) => r.err)).toEqual([
      { tag: 'input-too-large', val: 65 },
      { tag: 'input-too-large', val: 66 },
      { tag: 'input-too-large', val: 65 },
      { tag: 'input-too-large', val: 66 },
    ]);
    expect(results.filter((r) => r.trap !== undefined)).toEqual([]);
  });
});
