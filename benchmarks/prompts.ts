/**
 * What a long-running process (an AI gateway, an editor plugin) pays per prompt: one default
 * scanner scans a stream of distinct prompts cut from the seeded corpus, in order, and the table
 * gives, for successive blocks of the stream, the median time per prompt, the DFA states built per
 * prompt (the lazy automata learn as they read: a union that keeps building states on every new
 * prompt is split, see `regex/meta/iterate.ts`) and the cost per character against a warm scan of
 * 1 MB of the same corpus, measured in the same process at the end.
 *
 * ```sh
 * npx tsx --conditions=@airlock/source benchmarks/prompts.ts                 # 1,024 prompts of 4 KB
 * npx tsx --conditions=@airlock/source benchmarks/prompts.ts --kb 1 --prompts 4096
 * ```
 *
 * @module
 */
import { createScanner } from '@airlock/core';
import { option } from './args.ts';
import { generateCorpus } from './corpus.ts';
import { median } from './stats.ts';

const kb = Number(option('--kb', '4'));
const count = Number(option('--prompts', '1024'));
const seed = Number(option('--seed', String(0x5eed)));

const size = kb * 1024;
const stream = generateCorpus('ordinary', size * count, seed + 1).text;
const prompts = Array.from({ length: count }, (_, i) => stream.slice(i * size, (i + 1) * size));
const scanner = createScanner();

const ms: number[] = [];
const built: number[] = [];
for (const prompt of prompts) {
  scanner.resetStats();
  const t = performance.now();
  scanner.scan(prompt);
  ms.push(performance.now() - t);
  built.push(scanner.stats().dfaStatesBuilt);
}

// The baseline: 1 MB of the same kind of text, scanned warm by the same scanner.
const big = generateCorpus('ordinary', 1 << 20, seed).text;
scanner.scan(big);
const bigMs: number[] = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  scanner.scan(big);
  bigMs.push(performance.now() - t);
}
const nsPerCharBig = (median(bigMs) * 1e6) / big.length;

console.log(`airlock prompt stream — Node ${process.version}; default catalog; ${count} distinct ${kb} KB prompts in one process`);
console.log(`  ${'prompts'.padEnd(14)} ${'ms/prompt'.padStart(10)} ${'states/prompt'.padStart(14)} ${'ns/char'.padStart(8)} ${'× 1 MB'.padStart(7)}`);
const edges = [0, 1, 16, 128, 512, count].filter((e, i, a) => e <= count && (i === 0 || e > a[i - 1]!));
for (let b = 0; b + 1 < edges.length; b++) {
  const [from, to] = [edges[b]!, edges[b + 1]!];
  const m = median(ms.slice(from, to));
  const s = median(built.slice(from, to));
  const ns = (m * 1e6) / size;
  console.log(`  ${`${from + 1}–${to}`.padEnd(14)} ${m.toFixed(2).padStart(10)} ${String(s).padStart(14)} ${ns.toFixed(0).padStart(8)} ${(ns / nsPerCharBig).toFixed(1).padStart(6)}×`);
}
console.log(`  warm 1 MB scan: ${median(bigMs).toFixed(0)} ms, ${nsPerCharBig.toFixed(0)} ns/char`);
