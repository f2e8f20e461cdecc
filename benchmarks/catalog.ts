/**
 * How the set scales with the number of patterns (issue 3: a catalog of several hundred detectors in
 * one set, ≥ 100 MB/s on one core, and 20 patterns → the full catalog costing at most 2×).
 *
 * Usage, from the repository root:
 * `npx tsx --conditions=@airlock/source benchmarks/catalog.ts [--rules FILE] [--runs N] [--kind ordinary|adversarial]`
 *
 * The pattern sets: the first 20 of the benchmark's PII and secret patterns, all 32 of them, the
 * gitleaks rules (a JSON-lines file with a `regex` field per rule; by default
 * `/work/shared/evaldata/gitleaks/gitleaks_rules.jsonl`, skipped if absent), and the 32 plus the
 * gitleaks rules. For each: compile time, the first scan of 1 MB (it builds the lazy DFAs' states),
 * then the median of `--runs` scans (default 7) with the sets' runs interleaved round by round, the
 * work counters of one steady scan, and each set's time over the 20-pattern set's.
 *
 * Only airlock runs: the gitleaks rules use inline flags (`(?i)`) that Node 20's `RegExp` lacks.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { compileSet, type RegexSet } from '@airlock/core/regex';
import { generateCorpus, MB } from './corpus.ts';
import { PATTERN_SOURCES } from './patterns.ts';
import { option } from './args.ts';
import { median } from './stats.ts';

const rulesFile = option('--rules', '/work/shared/evaldata/gitleaks/gitleaks_rules.jsonl');
const runs = Math.max(1, Number(option('--runs', '7')));
const kind = option('--kind', 'ordinary') as 'ordinary' | 'adversarial';

const gitleaks: string[] = existsSync(rulesFile)
  ? readFileSync(rulesFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { regex?: unknown }).regex)
      .filter((r): r is string => typeof r === 'string')
  : [];

const sets: { name: string; sources: readonly string[] }[] = [
  { name: 'pii-20', sources: PATTERN_SOURCES.slice(0, 20) },
  { name: 'pii-32', sources: PATTERN_SOURCES },
];
if (gitleaks.length > 0) {
  sets.push({ name: `gitleaks-${gitleaks.length}`, sources: gitleaks });
  sets.push({ name: `pii+gitleaks-${32 + gitleaks.length}`, sources: [...PATTERN_SOURCES, ...gitleaks] });
} else console.log(`(no gitleaks rules at ${rulesFile}: only the PII sets run)`);

const { text } = generateCorpus(kind, MB);
const compiled: { name: string; set: RegexSet; compileMs: number; firstMs: number; matches: number; times: number[] }[] = [];
for (const { name, sources } of sets) {
  let t = performance.now();
  const set = compileSet(sources);
  const compileMs = performance.now() - t;
  t = performance.now();
  const matches = set.scan(text).length;
  const firstMs = performance.now() - t;
  set.scan(text); // warm-up
  compiled.push({ name, set, compileMs, firstMs, matches, times: [] });
}
for (let r = 0; r < runs; r++) {
  for (const c of compiled) {
    const t = performance.now();
    c.set.scan(text);
    c.times.push(performance.now() - t);
  }
}
const base = median(compiled[0]!.times);
console.log(`${kind} 1 MB, ${runs} runs each, interleaved; Node ${process.version}`);
console.log('| set | patterns | compile ms | first scan ms | MB/s (median) | vs pii-20 | matches | DFA steps | states built | cache clears | gave up | Pike VM steps |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
compiled.forEach((c, i) => {
  c.set.resetStats();
  c.set.scan(text);
  const s = c.set.stats();
  const med = median(c.times);
  console.log(
    `| ${c.name} | ${sets[i]!.sources.length} | ${c.compileMs.toFixed(0)} | ${c.firstMs.toFixed(0)} | ${(1000 / med).toFixed(1)} | ` +
      `${(med / base).toFixed(2)}× | ${c.matches} | ${s.dfaSteps} | ${s.dfaStatesBuilt} | ${s.dfaCacheClears} | ${s.dfaGaveUp} | ${s.pikevmSteps} |`,
  );
});
