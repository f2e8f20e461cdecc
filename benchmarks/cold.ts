/**
 * What a fresh process pays before its scanner is warm: the cost a command-line run, a serverless
 * function or a newly loaded page sees. Each round starts a new Node process that creates the
 * default scanner and scans a series of different 4 KB prompts from the seeded corpus, timing each;
 * then it scans the first prompt again, warm. The parent prints the medians over the rounds:
 *
 * - `createScanner()` (defining the default catalog and compiling its set);
 * - the first prompt, the second, and the tenth (the lazy automata build the states each new text
 *   needs, so the first few texts cost most);
 * - the first prompt again, warm, the baseline of the ratios.
 *
 * Module loading is not counted: it depends on the bundler and the runtime, not on airlock.
 *
 * ```sh
 * npx tsx --conditions=@airlock/source benchmarks/cold.ts             # 5 rounds
 * npx tsx --conditions=@airlock/source benchmarks/cold.ts --rounds 9 --kb 16 --seed 1000
 * ```
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createScanner } from '@airlock/core';
import { option } from './args.ts';
import { generateCorpus } from './corpus.ts';
import { median } from './stats.ts';

const kb = Number(option('--kb', '4'));
const rounds = Number(option('--rounds', '5'));
const seed = Number(option('--seed', String(0x5eed)));
const PROMPTS = 10;

interface Round {
  readonly createMs: number;
  /** Each prompt's first scan, in order. */
  readonly promptMs: readonly number[];
  /** The first prompt scanned again at the end. */
  readonly warmMs: number;
}

function child(): void {
  const texts = Array.from({ length: PROMPTS }, (_, i) => generateCorpus('ordinary', kb * 1024, seed + i).text);
  const t0 = performance.now();
  const scanner = createScanner();
  const createMs = performance.now() - t0;
  const promptMs = texts.map((t) => {
    const s = performance.now();
    scanner.scan(t);
    return performance.now() - s;
  });
  // Warm: the median of several scans of the first prompt.
  const warm: number[] = [];
  for (let i = 0; i < 7; i++) {
    const s = performance.now();
    scanner.scan(texts[0]!);
    warm.push(performance.now() - s);
  }
  const round: Round = { createMs, promptMs, warmMs: median(warm) };
  process.stdout.write(JSON.stringify(round));
}

function parent(): void {
  const self = fileURLToPath(import.meta.url);
  const results: Round[] = [];
  for (let r = 0; r < rounds; r++) {
    const out = execFileSync(process.execPath, [...process.execArgv, self, '--child', '--kb', String(kb), '--seed', String(seed)], { encoding: 'utf8' });
    results.push(JSON.parse(out) as Round);
  }
  const create = median(results.map((r) => r.createMs));
  const prompt = (i: number): number => median(results.map((r) => r.promptMs[i]!));
  const warm = median(results.map((r) => r.warmMs));
  const row = (what: string, ms: number): string => `  ${what.padEnd(38)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / warm).toFixed(0).padStart(5)}× warm`;
  console.log(`airlock cold start — Node ${process.version}; default catalog; ${kb} KB prompts; median of ${rounds} fresh processes`);
  console.log(row('createScanner()', create));
  console.log(row('first prompt', prompt(0)));
  console.log(row('second prompt (a different text)', prompt(1)));
  console.log(row(`${PROMPTS}th prompt`, prompt(PROMPTS - 1)));
  console.log(row('first prompt again, warm', warm));
  const total = create + results.map((r) => r.promptMs.reduce((a, b) => a + b, 0)).sort((a, b) => a - b)[results.length >> 1]!;
  console.log(`  create and the first ${PROMPTS} prompts: ${total.toFixed(0)} ms, ${(total / (warm * PROMPTS)).toFixed(0)}× ${PROMPTS} warm scans`);
}

if (process.argv.includes('--child')) child();
else parent();
