/**
 * `pnpm bench:stream`: streaming redaction (issue 4). Two measurements, in one run:
 *
 * 1. **Throughput.** The full default catalog (`createScanner({ detectors: recommended() })`) over the
 *    seeded ordinary 1 MB corpus of `corpus.ts`, three ways on the same text, runs interleaved:
 *    `scanner.scan(text)` on the whole text (the baseline), `createStreamScanner` fed the text in
 *    chunks, and `redactChunks` (each finding replaced by `<TYPE>`) fed the same chunks. Ratios are
 *    against the baseline of this run. The stream's findings are compared with the whole-text scan's.
 * 2. **Memory.** `redactChunks` over a generated stream of 1 GB (2^30 UTF-16 code units): chunks of 1
 *    to 64 Ki code units, produced lazily by walking a 4 MB pool of the ordinary corpus, output
 *    counted and dropped. The live JavaScript heap (`process.memoryUsage().heapUsed` right after a
 *    collection) and the RSS are sampled every 16 MB of input; the peak heap must stay under 100 MB.
 *    The long stream runs the 20 typical detectors of `detectors.ts` (the full catalog scans at about
 *    1 MB/s today, which would make 1 GB take most of an hour); `--full` runs the full catalog.
 *
 * Options: `--quick` (a 64 MB stream), `--size MB` (stream size), `--full` (full catalog for the
 * long stream), `--chunk N` (chunk size of the throughput runs, code units; default 1024), `--runs N`
 * (timed runs, default 5), `--json FILE`.
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRedactor, createScanner, createStreamScanner, recommended, redactChunks, type Finding, type Scanner, type StreamRedactor } from '@airlock/core';
import { generateCorpus, MB, mulberry32 } from './corpus.ts';
import { median } from './stats.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = args.includes('--quick');
const streamMB = Number(flag('--size')) || (quick ? 64 : 1024);
const chunkSize = Number(flag('--chunk')) || 1024;
const runs = Number(flag('--runs')) || 5;
const jsonOut = flag('--json');
const fullLong = args.includes('--full');
const HEAP_LIMIT_MB = 100;

const gc = (globalThis as { gc?: () => void }).gc;

/** The benchmark's redactor: the real one, each finding becoming `<TYPE>` (its default operator). */
function typeRedactor(scanner: Scanner): StreamRedactor {
  return createRedactor({ scanner });
}

function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function streamScan(scanner: Scanner, parts: readonly string[]): Finding[] {
  const s = createStreamScanner(scanner);
  const out: Finding[] = [];
  for (const p of parts) out.push(...s.push(p).findings);
  out.push(...s.end().findings);
  return out;
}

async function streamRedact(redactor: StreamRedactor, parts: readonly string[]): Promise<number> {
  async function* source(): AsyncGenerator<string> {
    yield* parts;
  }
  let n = 0;
  for await (const out of redactChunks(source(), redactor)) n += out.length;
  return n;
}

/** The 20 typical detectors of `detectors.ts`, for the long stream (the full catalog scans at ~1 MB/s today). */
const TWENTY = [
  'email-address', 'phone-number', 'credit-card', 'iban-code', 'ip-address', 'us-ssn', 'url', 'date-of-birth',
  'mac-address', 'uk-nino', 'aws-access-token', 'aws-secret-access-key', 'github-pat', 'gitlab-pat', 'slack-bot-token',
  'stripe-access-token', 'private-key-block', 'json-web-token', 'password-assignment', 'database-connection-password',
];

async function main(): Promise<void> {
  if (!gc) console.log('(run with --expose-gc: the memory samples need a collection first)');
  const scanner = createScanner({ detectors: recommended() });
  const long = fullLong ? scanner : createScanner({ detectors: recommended().filter((d) => TWENTY.includes(d.id)) });
  const redactor = typeRedactor(scanner);
  const corpus = generateCorpus('ordinary', MB);
  const text = corpus.text;
  const parts = chunks(text, chunkSize);
  const w = scanner.window;
  console.log(`airlock streaming benchmark — Node ${process.version}; full catalog, ${scanner.detectors.length} detectors`);
  console.log(`window: match ${w.match} + context ${w.context} + normalize ${w.normalize} = ${w.size} code units; ` +
    `${w.unbounded.length} detectors unbounded (counted at maxMatchLength); stream holds at most ${createStreamScanner(scanner).maxBuffered} code units`);

  // 1. Throughput, runs interleaved.
  const whole = scanner.scan(text);
  const streamed = streamScan(scanner, parts);
  const same = JSON.stringify(whole) === JSON.stringify(streamed);
  await streamRedact(redactor, parts); // warm-up
  const times = { whole: [] as number[], stream: [] as number[], redact: [] as number[] };
  for (let r = 0; r < runs; r++) {
    gc?.();
    let t = performance.now();
    scanner.scan(text);
    times.whole.push(performance.now() - t);
    gc?.();
    t = performance.now();
    streamScan(scanner, parts);
    times.stream.push(performance.now() - t);
    gc?.();
    t = performance.now();
    await streamRedact(redactor, parts);
    times.redact.push(performance.now() - t);
  }
  const mbps = (ms: number): number => text.length / MB / (ms / 1000);
  const base = mbps(median(times.whole));
  console.log(`\nthroughput on ${corpus.name} (${chunkSize}-unit chunks, median of ${runs} runs):`);
  console.log(`  whole-text scan (baseline)       ${base.toFixed(2).padStart(8)} MB/s`);
  for (const [name, key] of [['stream scan', 'stream'], ['stream redaction (redactChunks)', 'redact']] as const) {
    const m = mbps(median(times[key]));
    console.log(`  ${name.padEnd(32)} ${m.toFixed(2).padStart(8)} MB/s  (${(m / base).toFixed(2)}× the whole-text scan)`);
  }
  console.log(`  stream findings equal the whole-text scan's: ${same ? 'yes' : 'NO'} (${whole.length} findings)`);

  // 2. Memory over a long stream, generated lazily.
  const pool = generateCorpus('ordinary', 4 * MB, 0xfeed).text;
  const total = streamMB * MB;
  const rng = mulberry32(7);
  let heapPeak = 0;
  let rssPeak = 0;
  let nextSample = 0;
  // Live memory: a collection first, so garbage not yet collected does not count.
  const trace: number[] = []; // live heap at each sample, MB
  const sample = (): void => {
    gc?.();
    const m = process.memoryUsage();
    trace.push(m.heapUsed / MB);
    heapPeak = Math.max(heapPeak, m.heapUsed);
    rssPeak = Math.max(rssPeak, m.rss);
  };
  async function* lazy(): AsyncGenerator<string> {
    let sent = 0;
    let at = 0;
    while (sent < total) {
      const n = Math.min(total - sent, 1 + Math.floor(rng() * 65536), pool.length - at);
      yield pool.slice(at, at + n);
      sent += n;
      at = at + n >= pool.length ? 0 : at + n;
      if (sent >= nextSample) {
        sample();
        nextSample += 16 * MB;
      }
    }
  }
  gc?.();
  const heapStart = process.memoryUsage().heapUsed;
  sample();
  const t0 = performance.now();
  let out = 0;
  for await (const piece of redactChunks(lazy(), typeRedactor(long))) out += piece.length;
  const seconds = (performance.now() - t0) / 1000;
  sample();
  const heapMB = heapPeak / MB;
  console.log(`\nmemory while redacting a ${streamMB} MB stream with ${fullLong ? 'the full catalog' : `${long.detectors.length} typical detectors`} (${(total / MB / seconds).toFixed(2)} MB/s, ${seconds.toFixed(0)} s, ${(out / MB).toFixed(0)} MB out):`);
  console.log(`  heap in use: ${(heapStart / MB).toFixed(1)} MB at the start (4 MB pool and compiled catalog included), peak ${heapMB.toFixed(1)} MB`);
  const eighths = Array.from({ length: 9 }, (_, i) => trace[Math.min(trace.length - 1, Math.round((i * (trace.length - 1)) / 8))]!.toFixed(1));
  console.log(`  heap at each eighth of the stream: ${eighths.join(', ')} MB`);
  console.log(`  RSS peak: ${(rssPeak / MB).toFixed(1)} MB (the process's, including what the 1 MB throughput runs left)`);
  console.log(`  goal: peak heap < ${HEAP_LIMIT_MB} MB: ${heapMB < HEAP_LIMIT_MB ? 'PASS' : 'FAIL'}`);
  if (jsonOut) {
    writeFileSync(jsonOut, JSON.stringify({ node: process.version, window: w, chunkSize, times, wholeMBps: base, same, streamMB, seconds, heapStartMB: heapStart / MB, heapPeakMB: heapMB, rssPeakMB: rssPeak / MB, heapTraceMB: trace }, null, 2));
  }
  if (!(heapMB < HEAP_LIMIT_MB)) process.exitCode = 1;
}

await main();
