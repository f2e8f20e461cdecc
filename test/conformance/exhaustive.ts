/**
 * RE2's exhaustive suite: `pnpm tsx test/conformance/exhaustive.ts [options]`
 *
 * Streams `../shared/evaldata/re2-conformance/raw/re2-exhaustive.txt.gz` (5,716,884 cases; the folder can
 * be moved with `$AIRLOCK_CONFORMANCE_DIR`, as for `pnpm test:conformance`), parses RE2's
 * log format itself (see `re2log.ts`), converts byte offsets to UTF-16, and checks every case in all four
 * modes with the same `checkRecord` as `pnpm conformance`. Skips exactly what Go's `testRE2` skips
 * (`\C`; `\B` on non-ASCII text), plus any offset inside a UTF-8 sequence, each with its reason.
 *
 * Options:
 * - `--every N`: check only every Nth case (case index % N == 0; `--every 1000` is the JSONL sample)
 * - `--limit N`: stop after N checked cases
 * - `--engine auto|pikevm|dfa`: passed to `compile`
 * - `--max-failures N`: failures listed (default 20)
 * - `--file PATH`: another RE2 log (`.txt` or `.txt.gz`)
 * - `--verify-sample [PATH]`: no engine; check the parse against `re2_exhaustive_every1000th.jsonl`
 * - `--quiet`: no progress lines
 *
 * Prints progress to stderr, then per-section results, skip reasons, the first failures, and the last
 * line `N passed, N failed`. Exits 1 on any failure.
 *
 * @module
 */
import { basename, join } from 'node:path';
import { checkRecord, CompileCache } from './check.ts';
import { loadCompile, parseEngine } from './engine.ts';
import { forEachRe2LogCase } from './re2log.ts';
import { conformanceDataDir, formatFailure, Tally } from './suite.ts';
import { verifySample } from './verify.ts';
import type { EngineChoice } from '@airlock/core/regex';

const DEFAULT_LOG = join(conformanceDataDir(), 'raw', 're2-exhaustive.txt.gz');
const DEFAULT_SAMPLE = join(conformanceDataDir(), 're2_exhaustive_every1000th.jsonl');
/** Cases in the default log, for the progress percentage. */
const EXHAUSTIVE_CASES = 5_716_884;

interface Args {
  every: number;
  limit: number;
  engine: EngineChoice | undefined;
  maxFailures: number;
  file: string;
  verify: string | undefined;
  quiet: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { every: 1, limit: Infinity, engine: undefined, maxFailures: 20, file: DEFAULT_LOG, verify: undefined, quiet: false };
  const count = (flag: string, v: string | undefined): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--every') args.every = count(a, argv[++i]);
    else if (a === '--limit') args.limit = count(a, argv[++i]);
    else if (a === '--max-failures') args.maxFailures = count(a, argv[++i]);
    else if (a === '--engine') args.engine = parseEngine(argv[++i]);
    else if (a === '--file') args.file = argv[++i] ?? DEFAULT_LOG;
    else if (a === '--quiet' || a === '-q') args.quiet = true;
    else if (a === '--verify-sample') {
      const next = argv[i + 1];
      args.verify = next !== undefined && !next.startsWith('--') ? (i++, next) : DEFAULT_SAMPLE;
    } else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

async function runVerify(args: Args): Promise<number> {
  const started = Date.now();
  const report = await verifySample(args.file, args.verify as string, { maxMismatches: args.maxFailures });
  for (const m of report.mismatches) console.log(`  MISMATCH ${m}`);
  console.log(
    `verify-sample: parsed ${report.parsed} cases of ${basename(args.file)} in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `compared ${report.compared} of ${report.sampleRecords} sample records; ${report.mismatchCount} mismatches`,
  );
  const ok = report.mismatchCount === 0 && (args.file !== DEFAULT_LOG || report.parsed === EXHAUSTIVE_CASES);
  if (args.file === DEFAULT_LOG && report.parsed !== EXHAUSTIVE_CASES) console.log(`  expected ${EXHAUSTIVE_CASES} cases`);
  console.log(`${ok ? report.compared : 0} passed, ${ok ? 0 : Math.max(1, report.mismatchCount)} failed`);
  return ok ? 0 : 1;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.verify !== undefined) return runVerify(args);

  const { compile, module } = await loadCompile();
  const cache = new CompileCache(64);
  const total = new Tally(args.maxFailures);
  const sections = new Map<string, Tally>();
  const started = Date.now();
  let lastProgress = started;
  let parsed = 0;
  let checked = 0;
  const expectedCases = args.file === DEFAULT_LOG ? EXHAUSTIVE_CASES : undefined;
  const progress = (section: string): void => {
    const secs = (Date.now() - started) / 1000;
    const pct = expectedCases ? ` (${((100 * parsed) / expectedCases).toFixed(1)}%)` : '';
    process.stderr.write(
      `  ${parsed.toLocaleString('en-US')} cases read${pct}, ${checked.toLocaleString('en-US')} checked: ` +
        `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped; ` +
        `${Math.round(checked / Math.max(secs, 0.001)).toLocaleString('en-US')} cases/s; ${section}\n`,
    );
  };
  if (!args.quiet) process.stderr.write(`exhaustive: ${args.file} against ${module}${args.engine ? ` (engine ${args.engine})` : ''}\n`);

  try {
    await forEachRe2LogCase(args.file, basename(args.file), (c) => {
      parsed++;
      if (c.index % args.every !== 0) return true;
      if (checked >= args.limit) return false;
      checked++;
      const results = checkRecord(c.record, compile, { cache, ...(args.engine ? { engine: args.engine } : {}) });
      total.add(results);
      const section = c.record.section ?? '(no section)';
      let t = sections.get(section);
      if (t === undefined) sections.set(section, (t = new Tally(0)));
      t.add(results);
      if (!args.quiet && (checked & 1023) === 0 && Date.now() - lastProgress > 5000) {
        lastProgress = Date.now();
        progress(section);
      }
      return true;
    });
  } catch (e) {
    console.log(`  cannot read ${args.file}: ${(e as Error).message}`);
    total.add([{ id: basename(args.file), mode: 'record', status: 'fail', pattern: '', text: '', reason: (e as Error).message }]);
  }

  const secs = (Date.now() - started) / 1000;
  console.log(`${basename(args.file)}: ${total.summary()} (${checked} cases checked of ${parsed} read, ${cache.compiles} compiles, ${secs.toFixed(1)} s)`);
  for (const [name, t] of sections) console.log(`  ${name}: ${t.summary()}`);
  for (const [reason, n] of total.skipReasons) console.log(`  skipped ${n}: ${reason}`);
  for (const f of total.failures) console.log(`  ${formatFailure(f)}`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
  },
);
