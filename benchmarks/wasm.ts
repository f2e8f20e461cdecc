/**
 * `pnpm --filter ./benchmarks bench:wasm`: what the WebAssembly component (packages/wasm,
 * dist/airlock.wasm, QuickJS inside) costs next to @airlock/core in plain Node, measured in the
 * same run: per-call cost (a 2-character text), a 1 KB prompt (scan, redact, and a batch of 100
 * prompts in one call), and the 1 MB ordinary corpus (corpus.ts). The component runs in this very
 * process, through jco (V8 compiles the component's core wasm; QuickJS interprets airlock inside).
 *
 * Needs the built component (`pnpm build`, or `pnpm --filter @airlock/wasm build`).
 * Each number is the median of several timed runs after one warm-up; the 1 MB component scan is
 * timed once (it takes seconds). Ratios are more stable than absolute numbers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRedactor, createScanner, recommended } from '@airlock/core';
import { generateCorpus, MB } from './corpus.ts';

// Node 20 runs the component's extended constant expressions only behind a flag: re-run with it.
const FLAG = '--experimental-wasm-extended-const';
if (Number(process.versions.node.split('.')[0]) < 22 && !process.execArgv.includes(FLAG)) {
  const r = spawnSync(process.execPath, [FLAG, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const wasmPackage = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'wasm');
const component = join(wasmPackage, 'dist', 'airlock.wasm');
if (!existsSync(component)) {
  console.error(`${component} is missing: run \`pnpm --filter @airlock/wasm build\` first`);
  process.exit(1);
}

type Text = { tag: 'str'; val: string };
interface ComponentEngine {
  scan(text: Text): { findings: unknown[] };
  scanBatch(texts: Text[]): { tag: string }[];
  redact(text: Text): { text: Text };
}

// jco is a dependency of @airlock/wasm, not of the benchmarks: resolve it from there.
const jcoPath = createRequire(join(wasmPackage, 'package.json')).resolve('@bytecodealliance/jco');
const { transpile } = (await import(pathToFileURL(jcoPath).href)) as {
  transpile(bytes: Uint8Array, opts: object): Promise<{ files: Record<string, Uint8Array> }>;
};
const out = mkdtempSync(join(tmpdir(), 'airlock-bench-wasm-'));
let engine: ComponentEngine;
let instantiateMs: number;
try {
  const t0 = performance.now();
  const { files } = await transpile(readFileSync(component), { name: 'airlock', noTypescript: true, quiet: true });
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), bytes);
  }
  // jco writes ES modules with a .js extension.
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }');
  ({ engine } = (await import(pathToFileURL(join(out, 'airlock.js')).href)) as { engine: ComponentEngine });
  instantiateMs = performance.now() - t0;
} finally {
  rmSync(out, { recursive: true, force: true });
}

function median(f: () => unknown, runs: number): number {
  f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[runs >> 1]!;
}
const fmt = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : ms < 1000 ? `${ms.toFixed(2)} ms` : `${(ms / 1000).toFixed(2)} s`);
const mbps = (units: number, ms: number): string => `${(units / MB / (ms / 1000)).toFixed(3)} MB/s`;

const scanner = createScanner({ detectors: recommended() });
const redactor = createRedactor({ scanner });
const prompt = generateCorpus('ordinary', 1024, 0x1c0de).text;
const prompts = Array.from({ length: 100 }, (_, i) => generateCorpus('ordinary', 1024, 0x1c0de + i).text);
const big = generateCorpus('ordinary', MB).text;

// Same answers first: a benchmark of a component that disagrees with core would mean nothing.
const nodeCount = scanner.scan(prompt).length;
const wasmCount = engine.scan({ tag: 'str', val: prompt }).findings.length;
if (nodeCount !== wasmCount) throw new Error(`the component found ${wasmCount} findings in the 1 KB prompt, core ${nodeCount}`);

console.log(`component: ${component} (${(readFileSync(component).length / MB).toFixed(1)} MB), transpiled and instantiated by jco in ${fmt(instantiateMs)}`);
console.log(`1 KB prompt: ${nodeCount} findings; 1 MB ordinary corpus\n`);

const rows: [string, number, number, number?][] = [];
const row = (name: string, node: number, wasm: number, units?: number) => rows.push(units === undefined ? [name, node, wasm] : [name, node, wasm, units]);

row('per call: scan of "hi"', median(() => scanner.analyze('hi'), 200), median(() => engine.scan({ tag: 'str', val: 'hi' }), 20));
row('scan, 1 KB prompt', median(() => scanner.analyze(prompt), 200), median(() => engine.scan({ tag: 'str', val: prompt }), 20), prompt.length);
row('redact, 1 KB prompt', median(() => redactor.redact(prompt), 200), median(() => engine.redact({ tag: 'str', val: prompt }), 20), prompt.length);
const batchNode = median(() => prompts.map((p) => scanner.analyze(p)), 5);
const batchOneByOne = median(() => prompts.map((p) => engine.scan({ tag: 'str', val: p })), 3);
const batchWasm = median(() => engine.scanBatch(prompts.map((p) => ({ tag: 'str', val: p }))), 3);
row('100 × 1 KB, one call each', batchNode, batchOneByOne, 100 * 1024);
row('100 × 1 KB, one scan-batch call', batchNode, batchWasm, 100 * 1024);
const bigNode = median(() => scanner.analyze(big), 3);
const t0 = performance.now();
engine.scan({ tag: 'str', val: big });
row('scan, 1 MB corpus (component: 1 run)', bigNode, performance.now() - t0, big.length);

console.log(`${'case'.padEnd(40)} ${'Node'.padStart(11)} ${'component'.padStart(11)}  ratio   throughput (Node / component)`);
for (const [name, node, wasm, units] of rows) {
  const tp = units === undefined ? '' : `${mbps(units, node)} / ${mbps(units, wasm)}`;
  console.log(`${name.padEnd(40)} ${fmt(node).padStart(11)} ${fmt(wasm).padStart(11)}  ${(wasm / node).toFixed(1).padStart(5)}×  ${tp}`);
}
const saved = (batchOneByOne - batchWasm) / 100;
console.log(`\nscan-batch vs one call per prompt: ${saved >= 0 ? 'saves' : 'costs'} ${fmt(Math.abs(saved))} per prompt (the per-call cost above bounds what a batch can save).`);
