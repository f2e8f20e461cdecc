/**
 * `pnpm --filter ./benchmarks bench:redact`: what redaction and restore cost on the 1 MB ordinary
 * corpus (corpus.ts), on one core.
 *
 * - scan alone, then redact (scan + apply) with each operator: the operators' share of the work;
 * - apply alone on the scan's findings, per operator;
 * - restore of the pseudonymized text, whole and streamed in 64-code-unit chunks (the streaming
 *   restore re-reads only its held-back tail, so both should be close);
 * - vault serialize and deserialize with every pseudonym of the corpus.
 *
 * Each number is the median of 5 timed runs after one warm-up. Ratios are more stable than MB/s.
 */
import {
  createRedactor,
  createScanner,
  createVault,
  deserializeVault,
  encrypt,
  hash,
  mask,
  pseudonymize,
  recommended,
  replace,
  restore,
  restoreChunks,
  surrogate,
  type Operator,
} from '@airlock/core';
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
async function medianAsync(f: () => Promise<unknown>): Promise<number> {
  await f();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1]!;
}
const mbps = (units: number, ms: number): string => `${(units / MB / (ms / 1000)).toFixed(1)} MB/s`;

const { text } = generateCorpus('ordinary', MB);
const scanner = createScanner({ detectors: recommended() });
const findings = scanner.scan(text);
console.log(`corpus: ordinary, ${(text.length / MB).toFixed(0)} MB, ${findings.length} findings\n`);

const scanMs = median(() => scanner.scan(text));
console.log(`${'scan alone'.padEnd(28)} ${scanMs.toFixed(0).padStart(6)} ms  ${mbps(text.length, scanMs)}`);
const key = new Uint8Array(32).fill(7);
const OPERATORS: [string, () => Operator][] = [
  ['replace', () => replace()],
  ['mask (format-preserving)', () => mask({ preserveFormat: true })],
  ['hash', () => hash({ key })],
  ['encrypt', () => encrypt({ key })],
  ['pseudonymize', () => pseudonymize()],
  ['surrogate', () => surrogate({ key })],
];
for (const [name, make] of OPERATORS) {
  const redactor = createRedactor({ scanner, default: make() });
  const applyMs = median(() => redactor.apply(text, findings));
  const redactMs = median(() => redactor.redact(text));
  console.log(
    `${`redact, ${name}`.padEnd(28)} ${redactMs.toFixed(0).padStart(6)} ms  ${mbps(text.length, redactMs)}  (apply alone ${applyMs.toFixed(1)} ms, ${((applyMs / redactMs) * 100).toFixed(1)}% of redact)`,
  );
}

const vault = createVault();
const pseudonymized = createRedactor({ scanner, default: pseudonymize(), vault }).apply(text, findings).text;
const wholeMs = median(() => restore(pseudonymized, vault));
if (restore(pseudonymized, vault).text !== text) throw new Error('restore did not give the original back');
const chunks: string[] = [];
for (let i = 0; i < pseudonymized.length; i += 64) chunks.push(pseudonymized.slice(i, i + 64));
async function* source(): AsyncGenerator<string> {
  yield* chunks;
}
const streamMs = await medianAsync(async () => {
  let n = 0;
  for await (const c of restoreChunks(source(), vault)) n += c.length;
  return n;
});
console.log(`\n${'restore, whole text'.padEnd(28)} ${wholeMs.toFixed(0).padStart(6)} ms  ${mbps(pseudonymized.length, wholeMs)}  (${vault.entries().length} tokens in the vault)`);
console.log(`${'restore, 64-unit chunks'.padEnd(28)} ${streamMs.toFixed(0).padStart(6)} ms  ${mbps(pseudonymized.length, streamMs)}  (${(streamMs / wholeMs).toFixed(2)}× whole)`);

const vaultKey = new Uint8Array(32).fill(1);
const saved = vault.serialize(vaultKey);
const serializeMs = median(() => vault.serialize(vaultKey));
const openMs = median(() => deserializeVault(saved, vaultKey));
console.log(`\nvault of ${vault.entries().length} entries: serialize ${serializeMs.toFixed(1)} ms, deserialize ${openMs.toFixed(1)} ms, ${(saved.length / 1024).toFixed(0)} KB`);
