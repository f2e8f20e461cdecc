/**
 * What each detector of the default catalog costs on its own: for every detector of
 * `recommended()`, a scanner holding only that detector scans 256 KB of the seeded ordinary corpus
 * (normalization off, after warm-up), and the table gives its time per KB, the candidates it
 * scored (pattern matches passed to validators) and the findings it kept, most expensive first,
 * with the total. The point is to find the detectors whose per-candidate work (validators, group
 * extraction, refine) is out of line with the rest (issue 3).
 *
 * ```sh
 * npx tsx --conditions=@airlock/source benchmarks/detector-cost.ts            # 256 KB, 5 timed runs
 * npx tsx --conditions=@airlock/source benchmarks/detector-cost.ts --kb 1024 --runs 9 --top 20
 * npx tsx --conditions=@airlock/source benchmarks/detector-cost.ts --only phone-number,url
 * ```
 *
 * @module
 */
import { createScanner, recommended } from '@airlock/core';
import { generateCorpus } from './corpus.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  const n = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const kb = arg('--kb', 256);
const runs = arg('--runs', 5);
const warmup = arg('--warmup', 5);
const top = arg('--top', Infinity);
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1]!.split(',')) : undefined;

const { text } = generateCorpus('ordinary', kb * 1024);

interface Row {
  readonly id: string;
  readonly usPerKb: number;
  readonly candidates: number;
  readonly findings: number;
}

const rows: Row[] = [];
for (const detector of recommended()) {
  if (only && !only.has(detector.id)) continue;
  const scanner = createScanner({ detectors: [detector], normalize: false });
  // V8 needs a few scans before a detector's validators are optimized; the first also builds the
  // lazy DFA's states.
  for (let i = 0; i < warmup; i++) scanner.scan(text);
  const times: number[] = [];
  let findings = 0;
  scanner.resetStats();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    findings = scanner.scan(text).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1]!;
  rows.push({ id: detector.id, usPerKb: (median * 1000) / kb, candidates: Math.round(scanner.stats().candidates / runs), findings });
}
rows.sort((a, b) => b.usPerKb - a.usPerKb);

const total = rows.reduce((s, r) => s + r.usPerKb, 0);
const pad = (s: string | number, n: number, left = false): string => (left ? String(s).padEnd(n) : String(s).padStart(n));
console.log(`Node ${process.version}; ${rows.length} detectors, each alone, over ${kb} KB of the ordinary corpus; median of ${runs} runs after ${warmup} warm-up scans`);
console.log(`${pad('detector', 40, true)} ${pad('µs/KB', 9)} ${pad('MB/s', 8)} ${pad('cand.', 7)} ${pad('found', 6)}`);
for (const r of rows.slice(0, top)) {
  console.log(`${pad(r.id, 40, true)} ${pad(r.usPerKb.toFixed(1), 9)} ${pad((1e6 / 1024 / r.usPerKb).toFixed(0), 8)} ${pad(r.candidates, 7)} ${pad(r.findings, 6)}`);
}
console.log(`${pad('total (sum of the detectors alone)', 40, true)} ${pad(total.toFixed(1), 9)} ${pad((1e6 / 1024 / total).toFixed(1), 8)}`);
