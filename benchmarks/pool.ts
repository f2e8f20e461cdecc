/**
 * `pnpm --filter ./benchmarks bench:pool`: the worker pool of @airlock/node on many files, with 1
 * worker and with 2 workers, in the same run (issue 7: at least 1.8× on 2 cores).
 *
 * - 100 files of 100 KB (UTF-16 code units) of the ordinary corpus (corpus.ts, 20 distinct seeds),
 *   written to a temporary directory; each task reads a file in the worker and scans it with the
 *   recommended catalog (`scanFiles(paths, 'scan', { pool })`).
 * - Each pool is started and warmed up first with one untimed pass (every worker compiles its
 *   scanner and fills its lazy DFA caches; the first pass was seen to be 20-40% slower): the
 *   number is throughput on many files, not start-up.
 * - The CPU time of the process (worker threads included) over the wall time says how many cores
 *   a pass really had: about 1 and 2 on an idle machine.
 * - Rounds alternate 1 worker and 2 workers (so a busy phase of a shared machine hits both); the
 *   median of the rounds is reported, with the ratio of the medians.
 *
 * Options: --files N (100), --kb N (100), --rounds N (3). The recommended catalog scans well under
 * 1 MB/s per core on a busy machine, so 200 files × 200 KB (--files 200 --kb 200) takes many minutes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createScanPool, scanFiles, type ScanPool } from '../packages/node/src/index.ts';
import { generateCorpus } from './corpus.ts';
import { median } from './stats.ts';

const { values } = parseArgs({ options: { files: { type: 'string', default: '100' }, kb: { type: 'string', default: '100' }, rounds: { type: 'string', default: '3' } } });
const FILES = Number(values.files);
const SIZE = Number(values.kb) * 1024;
const ROUNDS = Number(values.rounds);

const dir = mkdtempSync(join(tmpdir(), 'airlock-bench-pool-'));
try {
  const contents = Array.from({ length: Math.min(20, FILES) }, (_, i) => generateCorpus('ordinary', SIZE, 0x5eed + i).text);
  const paths = Array.from({ length: FILES }, (_, i) => {
    const path = join(dir, `f${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, contents[i % contents.length]!);
    return path;
  });
  const totalMB = (contents[0]!.length * FILES) / 2 ** 20;
  console.log(`pool: ${FILES} files × ${values.kb} KB (${totalMB.toFixed(0)} MB), recommended catalog; ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)}\n`);

  const pass = async (pool: ScanPool): Promise<{ ms: number; findings: number; cores: number }> => {
    const cpu0 = process.cpuUsage(); // the process's CPU time, worker threads included
    const t0 = performance.now();
    let findings = 0;
    for await (const o of scanFiles(paths, 'scan', { pool })) {
      if (!o.ok) throw new Error(`${o.path}: ${o.error.code}: ${o.error.message}`);
      findings += o.result.findings.length;
    }
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { ms, findings, cores: (cpu.user + cpu.system) / 1000 / ms };
  };

  const pools = new Map<number, ScanPool>();
  for (const size of [1, 2]) {
    const pool = createScanPool({ size, scanner: { preset: 'recommended' } });
    pools.set(size, pool);
    await pass(pool); // untimed: every worker compiles its scanner and fills its lazy DFA caches
  }
  const times = new Map<number, number[]>([[1, []], [2, []]]);
  let found = -1;
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of [1, 2]) {
      const { ms, findings, cores } = await pass(pools.get(size)!);
      if (found !== -1 && findings !== found) throw new Error(`the ${size}-worker pass found ${findings} findings, another pass ${found}`);
      found = findings;
      times.get(size)!.push(ms);
      console.log(`round ${round + 1}, ${size} worker${size > 1 ? 's' : ' '}: ${ms.toFixed(0).padStart(6)} ms  ${(totalMB / (ms / 1000)).toFixed(1).padStart(6)} MB/s  (CPU time / wall time: ${cores.toFixed(2)} cores)`);
    }
  }
  await Promise.all([...pools.values()].map((p) => p.close()));
  const one = median(times.get(1)!);
  const two = median(times.get(2)!);
  console.log(`\nmedian: 1 worker ${one.toFixed(0)} ms, 2 workers ${two.toFixed(0)} ms; speed-up ${(one / two).toFixed(2)}× (goal ≥ 1.8× on 2 idle cores); ${found} findings per pass`);
  console.log(`load average after: ${loadavg()[0]!.toFixed(1)} (other processes share these cores: the ratio is only meaningful on an idle machine)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
