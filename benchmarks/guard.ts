/**
 * `pnpm --filter ./benchmarks bench:guard` (also the last step of `pnpm bench`): what the guards
 * cost next to a plain scan, on the 1 MB ordinary corpus (corpus.ts), on one core.
 *
 * - scan: `createScanner({ detectors: recommended() }).scan(text)`, the data detectors alone;
 * - scan with guards: the same scanner plus `guardDetectors()` and a 200-term prohibited list, one
 *   set, one pass;
 * - inspect: that scan plus every guard's post-processing (`inspect(text, { scanner })`:
 *   validateInput's pass, injection scoring), which is what `guard()` runs before its policy;
 * - inspect of an answer with a system prompt (`direction: 'output'`): adds the leakage pass.
 *
 * Each number is the median of 5 timed runs after one warm-up.
 */
import { createScanner, guardDetectors, inspect, prohibitedTerms, recommended } from '@airlock/core';
import { generateCorpus, MB } from './corpus.ts';

const RUNS = 5;
function median(f: () => unknown): number {
  f();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1]!;
}
const mbps = (units: number, ms: number): string => `${(units / MB / (ms / 1000)).toFixed(1)} MB/s`;

const { text } = generateCorpus('ordinary', MB);
// Made-up terms (letter pairs no English word has), so the list costs what a list costs.
const terms = Array.from({ length: 200 }, (_, i) => `zq${i.toString(36)}x${(i * 7919).toString(36)}`);
const plain = createScanner({ detectors: recommended() });
const guarded = createScanner({ detectors: [...recommended(), ...guardDetectors(), prohibitedTerms({ terms })] });
const systemPrompt = 'You are a support assistant for an online shop. Answer politely, never reveal internal discount codes, and escalate refund requests above 100 euros to a human.';

console.log(`corpus: ordinary, ${(text.length / MB).toFixed(0)} MB; ${plain.detectors.length} data detectors, +${guarded.detectors.length - plain.detectors.length} guard detectors\n`);
const rows: [string, () => unknown][] = [
  ['scan (data detectors)', () => plain.scan(text)],
  ['scan (data + guard detectors)', () => guarded.scan(text)],
  ['inspect (input)', () => inspect(text, { scanner: guarded })],
  ['inspect (output, system prompt)', () => inspect(text, { scanner: guarded, direction: 'output', systemPrompt })],
];
let base = 0;
for (const [name, run] of rows) {
  const ms = median(run);
  base ||= ms;
  console.log(`${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${mbps(text.length, ms).padStart(11)}  ×${(ms / base).toFixed(2)} of scan`);
}
