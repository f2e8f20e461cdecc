/**
 * Memory of `airlock redact -` on a long stdin (issue 7: "a huge stdin streams in bounded memory").
 * The real CLI process redacts a small and a large stream of the seeded ordinary corpus (1 MB of it,
 * repeated), written through a pipe with back-pressure; the child's peak resident memory (VmHWM, from
 * /proc, read when it exits) is compared between the two sizes in the same run. Bounded memory means
 * the large stream's peak is about the small one's, not 16× or 64× it.
 *
 * ```sh
 * pnpm --filter ./benchmarks bench:cli                      # 4 MB and 64 MB, --preset secrets
 * pnpm --filter ./benchmarks bench:cli -- --large 256 --preset recommended
 * ```
 *
 * Linux only (it reads /proc). The output is checked to have the stream's length order of magnitude,
 * so a run that died early does not pass for a small one.
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus, MB } from './corpus.ts';
import { option } from './args.ts';

const small = Number(option('--small', '4'));
const large = Number(option('--large', '64'));
const preset = option('--preset', 'secrets');

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'packages/node/src/bin.ts');
const TSX = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
const block = generateCorpus('ordinary', MB).text;

/** Peak resident memory (kB) of a process, from /proc; 0 once it is gone. */
function peakKb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

async function redact(mb: number): Promise<{ mb: number; peakMB: number; outMB: number; seconds: number }> {
  const child = spawn(process.execPath, ['--conditions=@airlock/source', '--import', TSX, BIN, 'redact', '--quiet', '--preset', preset, '-'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let out = 0;
  let peak = 0;
  child.stdout.on('data', (d: Buffer) => (out += d.length));
  // VmHWM is a high-water mark: polling keeps the last value read before the process exits.
  const poll = setInterval(() => (peak = Math.max(peak, peakKb(child.pid!))), 50);
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  const started = performance.now();
  for (let i = 0; i < mb; i++) {
    if (!child.stdin.write(block)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  const code = await done;
  clearInterval(poll);
  if (code !== 0 && code !== 1) throw new Error(`airlock redact exited with ${code}`);
  const outMB = out / MB;
  if (outMB < mb * 0.5) throw new Error(`airlock redact wrote ${outMB.toFixed(1)} MB for ${mb} MB of input`);
  return { mb, peakMB: peak / 1024, outMB, seconds: (performance.now() - started) / 1000 };
}

console.log(`airlock redact - (--preset ${preset}) on ${small} MB and ${large} MB of stdin (the ordinary corpus, repeated)\n`);
const a = await redact(small);
const b = await redact(large);
console.log('| stdin | peak resident memory | output | time |');
console.log('| --- | --- | --- | --- |');
for (const r of [a, b]) console.log(`| ${r.mb} MB | ${r.peakMB.toFixed(0)} MB | ${r.outMB.toFixed(1)} MB | ${r.seconds.toFixed(1)} s |`);
console.log(`\npeak memory, ${large} MB vs ${small} MB of input: ${(b.peakMB / a.peakMB).toFixed(2)}× (input ${(large / small).toFixed(0)}×)`);
