/**
 * `pnpm --filter ./benchmarks bench:guard` (also the last step of `pnpm bench`): what the guards
 * cost next to a plain scan, on the 1 MB ordinary corpus (corpus.ts), on one core.
 *
 * - scan: `createScanner({ detectors: recommended() }).scan(text)`, the data detectors alone;
 * - scan with guards: the same scanner plus `guardDetectors()` and a 200-term prohibited list, one
 *   set, one pass;
 * - inspect: that scan plus every guard's post-processing (`inspect(text, { scanner })`:
 *   validateInput's pass, injection scoring), which is what `guard()` runs before its policy;
 * - inspect of an answer with a system prompt (`direction: 'output'`): adds the leakage pass;
 * - guard(): `createGuard({ policy: defaultPolicy(), prohibited })` end to end: the scan (with
 *   document markings too), inspection, the policy's decision and the redaction it asks for (the
 *   default policy pseudonymizes personal data and removes secrets), and the audit record; for an
 *   input to a zero-data-retention endpoint, and for an answer with a system prompt.
 *
 * Each time is the median of 7 timed rounds after one warm-up, the rows interleaved in each round;
 * the engine's work counters, which do not depend on the machine's load, are printed after them.
 */
import { createGuard, createScanner, defaultPolicy, guardDetectors, inspect, prohibitedTerms, recommended } from '@airlock/core';
import { generateCorpus, MB } from './corpus.ts';

const RUNS = 7;
const mbps = (units: number, ms: number): string => `${(units / MB / (ms / 1000)).toFixed(1)} MB/s`;

const { text } = generateCorpus('ordinary', MB);
// Made-up terms (letter pairs no English word has), so the list costs what a list costs.
const terms = Array.from({ length: 200 }, (_, i) => `zq${i.toString(36)}x${(i * 7919).toString(36)}`);
const plain = createScanner({ detectors: recommended() });
const guarded = createScanner({ detectors: [...recommended(), ...guardDetectors(), prohibitedTerms({ terms })] });
const full = createGuard({ policy: defaultPolicy(), prohibited: [{ terms }] });
const zdr = { id: 'zdr', provider: 'acme-ai', retention: 'zero', agreements: ['enterprise'], region: 'US' } as const;
const systemPrompt = 'You are a support assistant for an online shop. Answer politely, never reveal internal discount codes, and escalate refund requests above 100 euros to a human.';

console.log(`corpus: ordinary, ${(text.length / MB).toFixed(0)} MB; ${plain.detectors.length} data detectors, +${guarded.detectors.length - plain.detectors.length} guard detectors\n`);
const rows: [string, () => unknown][] = [
  ['scan (data detectors)', () => plain.scan(text)],
  ['scan (data + guard detectors)', () => guarded.scan(text)],
  ['inspect (input)', () => inspect(text, { scanner: guarded })],
  ['inspect (output, system prompt)', () => inspect(text, { scanner: guarded, direction: 'output', systemPrompt })],
  ['guard() input, policy, redact', () => full.guard(text, { destination: zdr })],
  ['guard() output, system prompt', () => full.guard(text, { destination: zdr, direction: 'output', systemPrompt })],
];
// Rounds interleave the rows, so that a slow phase of a shared machine hits all of them alike.
for (const [, run] of rows) run();
const times: number[][] = rows.map(() => []);
for (let round = 0; round < RUNS; round++) {
  rows.forEach(([, run], i) => {
    const t0 = performance.now();
    run();
    times[i]!.push(performance.now() - t0);
  });
}
const medians = times.map((t) => t.sort((a, b) => a - b)[RUNS >> 1]!);
rows.forEach(([name], i) => {
  const ms = medians[i]!;
  console.log(`${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${mbps(text.length, ms).padStart(11)}  ×${(ms / medians[0]!).toFixed(2)} of scan`);
});

// The engine's work counters do not move with the machine's load.
const work = (scanner: typeof plain): number => {
  scanner.resetStats();
  scanner.scan(text);
  const s = scanner.stats();
  return s.dfaSteps + s.pikevmSteps + s.candidates;
};
const plainWork = work(plain);
const guardedWork = work(guarded);
console.log(`\nwork (DFA + NFA steps + candidates): data ${plainWork}, data + guards ${guardedWork} (×${(guardedWork / plainWork).toFixed(2)})`);
