/**
 * The conformance runner: `pnpm conformance [options] FILE...`
 *
 * Checks airlock's regex engine against the records of each file (the formats of
 * `../shared/evaldata/re2-conformance`, detected record by record: RE2 search records and Fowler
 * records in JSON Lines; RE2's raw logs, `*.txt` or `*.txt.gz`, are parsed directly). Prints for each
 * file `FILE: P passed, F failed, S skipped`, the skip reasons and the first failures, then the totals
 * as the last line, `N passed, N failed`. Exits 1 on any failure.
 *
 * Options:
 * - `--quiet`: only the summary lines
 * - `--max-failures N`: failures listed per file (default 20)
 * - `--engine auto|pikevm|dfa`: passed to `compile` as `engine`
 *
 * @module
 */
import { CompileCache } from './check.ts';
import { loadCompile, parseEngine } from './engine.ts';
import { reportLines, runFile, Tally } from './suite.ts';
import type { EngineChoice } from '@airlock/core/regex';

interface Args {
  files: string[];
  quiet: boolean;
  maxFailures: number;
  engine: EngineChoice | undefined;
}

const USAGE = 'usage: pnpm conformance [--quiet] [--max-failures N] [--engine auto|pikevm|dfa] FILE.jsonl...';

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { files: [], quiet: false, maxFailures: 20, engine: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--quiet' || flag === '-q') args.quiet = true;
    else if (flag === '--max-failures') {
      args.maxFailures = Number(value());
      if (!Number.isInteger(args.maxFailures) || args.maxFailures < 0) throw new Error('--max-failures needs a whole number');
    } else if (flag === '--engine') args.engine = parseEngine(value());
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    } else if (flag.startsWith('--')) throw new Error(`unknown option ${flag}`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new Error('no files given');
  return args;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { compile } = await loadCompile();
  const total = new Tally(0);
  const cache = new CompileCache();
  for (const file of args.files) {
    const tally = await runFile(file, compile, {
      cache,
      maxFailures: args.maxFailures,
      ...(args.engine ? { engine: args.engine } : {}),
    });
    total.merge(tally);
    for (const line of reportLines(file, tally, args.quiet)) console.log(line);
  }
  if (total.skipped > 0) console.log(`${total.skipped} skipped (reasons above)`);
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
