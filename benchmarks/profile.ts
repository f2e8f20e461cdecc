/**
 * Where a catalog scan spends its time: runs the recommended catalog over the seeded ordinary
 * corpus under V8's sampling profiler (after warm-up scans, so the DFAs' states are built) and
 * prints the share of the scan's samples spent inside each stage, children included:
 *
 * - the multi-pattern set (`matches`: candidate passes, starts and ends of matches);
 * - the evasion views (`_deriveScanView`: NFKC, spelled-out addresses, decoding);
 * - candidate scoring (`scoreCandidate`: validators, entropy, placeholders, context words);
 * - capture-group extraction (`groupSpan`);
 * - the capitalised-run detectors' refinement (`namesInRun`, `placesInRun`).
 *
 * The stages do not add up to 100%: the rest is the scanner's own loop, overlap resolution and
 * the collector. Shares move less than times on a noisy machine, but a sampling profile still
 * varies by a few points between runs.
 *
 * ```sh
 * npx tsx --conditions=@airlock/source benchmarks/profile.ts            # 1 MB, 12 scans
 * npx tsx --conditions=@airlock/source benchmarks/profile.ts --kb 256 --scans 25 --normalize off
 * ```
 *
 * @module
 */
import { Session } from 'node:inspector/promises';
import { createScanner } from '@airlock/core';
import { generateCorpus } from './corpus.ts';
import { option } from './args.ts';

const kb = Number(option('--kb', '1024'));
const scans = Number(option('--scans', '12'));
const normalize = option('--normalize', 'on') !== 'off';

const STAGES: readonly (readonly [string, readonly string[]])[] = [
  ['multi-pattern set', ['matches']],
  ['evasion views', ['_deriveScanView']],
  ['candidate scoring', ['scoreCandidate']],
  ['capture groups', ['groupSpan']],
  ['capitalised-run refinement', ['namesInRun', 'placesInRun']],
];

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}

const { text } = generateCorpus('ordinary', kb * 1024);
const scanner = createScanner(normalize ? {} : { normalize: false });
for (let i = 0; i < 4; i++) scanner.scan(text);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 500 });
await session.post('Profiler.start');
const t0 = performance.now();
for (let i = 0; i < scans; i++) scanner.scan(text);
const ms = (performance.now() - t0) / scans;
const { profile } = await session.post('Profiler.stop');
session.disconnect();

const nodes = new Map<number, ProfileNode>();
const parent = new Map<number, number>();
for (const n of profile.nodes as ProfileNode[]) {
  nodes.set(n.id, n);
  for (const c of n.children ?? []) parent.set(c, n.id);
}
/**
 * The function names on the stack of a sample, leaf first, and whether the scanner is on it: its
 * source file, `createScanner.ts`, which is why the command runs with the source condition.
 */
const stackOf = (id: number): { names: string[]; inScan: boolean } => {
  const names: string[] = [];
  let inScan = false;
  for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
    const { functionName, url } = nodes.get(x)!.callFrame;
    names.push(functionName);
    if (url.includes('createScanner')) inScan = true;
  }
  return { names, inScan };
};
const samples = profile.samples ?? [];
const deltas = profile.timeDeltas ?? [];
let scanTime = 0;
const stageTime = new Map<string, number>();
samples.forEach((id, k) => {
  const { names: stack, inScan } = stackOf(id);
  if (!inScan) return;
  const dt = deltas[k] ?? 0;
  scanTime += dt;
  for (const [stage, names] of STAGES) if (names.some((n) => stack.includes(n))) stageTime.set(stage, (stageTime.get(stage) ?? 0) + dt);
});

console.log(`Node ${process.version}; recommended catalog, normalize ${normalize ? 'on' : 'off'}; ${kb} KB of the ordinary corpus; ${scans} profiled scans, ${ms.toFixed(0)} ms each under the profiler`);
for (const [stage] of STAGES) {
  const share = scanTime > 0 ? (100 * (stageTime.get(stage) ?? 0)) / scanTime : 0;
  console.log(`${stage.padEnd(28)} ${share.toFixed(1).padStart(5)}%`);
}
