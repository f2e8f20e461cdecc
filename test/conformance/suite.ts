/**
 * Running a whole file of conformance records, and reporting on it: shared by `run.ts`,
 * `exhaustive.ts` and the vitest test.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRecord, CompileCache, recordStatus, type CaseResult, type CheckOptions, type CompileFn } from './check.ts';
import { toRecord, type ConformanceRecord } from './formats.ts';
import { parseRe2Log, readLines } from './re2log.ts';

/**
 * The folder of the RE2 conformance data, found as `.ci/conformance` finds it: `$AIRLOCK_CONFORMANCE_DIR`,
 * else `test/conformance/data` if the suites are ever vendored, else `../shared/evaldata/re2-conformance`
 * beside the repo.
 */
export function conformanceDataDir(): string {
  const fromEnv = process.env['AIRLOCK_CONFORMANCE_DIR'];
  if (fromEnv) return resolve(fromEnv);
  const here = fileURLToPath(new URL('.', import.meta.url));
  const vendored = join(here, 'data');
  if (existsSync(join(vendored, 're2_search.jsonl'))) return vendored;
  return resolve(here, '../../../shared/evaldata/re2-conformance');
}

/** Which format a file is read as. */
export type FileFormat = 'jsonl' | 're2-log';

/** `re2-log` for RE2's raw logs (`*.txt`, `*.txt.gz`), `jsonl` for everything else. */
export function fileFormat(path: string): FileFormat {
  return /\.txt(\.gz)?$/.test(path) ? 're2-log' : 'jsonl';
}

/**
 * Reads a file's records. JSON Lines are read one record a line (a line that does not parse becomes an
 * invalid record, which fails, rather than stopping the run); RE2 logs go through `parseRe2Log`.
 */
export async function* readRecords(path: string): AsyncGenerator<ConformanceRecord> {
  const name = basename(path);
  if (fileFormat(path) === 're2-log') {
    for await (const c of parseRe2Log(readLines(path), name)) yield c.record;
    return;
  }
  let lineno = 0;
  for await (const line of readLines(path)) {
    lineno++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      yield { kind: 'invalid', id: `${name}:${lineno}`, problem: `not JSON: ${(e as Error).message}` };
      continue;
    }
    yield toRecord(value, `${name}:${lineno}`);
  }
}

/** Counts of records by outcome, the reasons for skips, and the first failures. */
export class Tally {
  passed = 0;
  failed = 0;
  skipped = 0;
  /** Skip reasons and how many records each skipped. */
  readonly skipReasons: Map<string, number> = new Map();
  /** The first failed results, at most `maxFailures`. */
  readonly failures: CaseResult[] = [];

  /** @param maxFailures - how many failed results to keep */
  constructor(readonly maxFailures = 20) {}

  /** Adds one record's results. */
  add(results: readonly CaseResult[]): void {
    const status = recordStatus(results);
    if (status === 'pass') {
      this.passed++;
    } else if (status === 'skip') {
      this.skipped++;
      const reason = results[0]?.reason ?? 'skipped';
      this.skipReasons.set(reason, (this.skipReasons.get(reason) ?? 0) + 1);
    } else {
      this.failed++;
      for (const r of results) {
        if (r.status === 'fail' && this.failures.length < this.maxFailures) this.failures.push(r);
      }
    }
  }

  /** Adds another tally's counts (and failures, up to this one's limit). */
  merge(other: Tally): void {
    this.passed += other.passed;
    this.failed += other.failed;
    this.skipped += other.skipped;
    for (const [k, v] of other.skipReasons) this.skipReasons.set(k, (this.skipReasons.get(k) ?? 0) + v);
    for (const f of other.failures) if (this.failures.length < this.maxFailures) this.failures.push(f);
  }

  /** `P passed, F failed, S skipped`. */
  summary(): string {
    return `${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`;
  }
}

/** Options of {@link runFile}. */
export interface RunFileOptions extends CheckOptions {
  /** How many failed results to keep for the report. */
  readonly maxFailures?: number;
  /** Called after each record, e.g. for progress. */
  readonly onRecord?: (record: ConformanceRecord, results: readonly CaseResult[]) => void;
}

/**
 * Checks every record of a file. Never throws because of a record; a file that cannot be read or an RE2
 * log that goes out of sync counts as one failure (and ends that file).
 */
export async function runFile(path: string, compile: CompileFn, options: RunFileOptions = {}): Promise<Tally> {
  const tally = new Tally(options.maxFailures);
  const check: CheckOptions = { cache: options.cache ?? new CompileCache(), ...(options.engine ? { engine: options.engine } : {}) };
  try {
    for await (const record of readRecords(path)) {
      const results = checkRecord(record, compile, check);
      tally.add(results);
      options.onRecord?.(record, results);
    }
  } catch (e) {
    tally.add([{ id: basename(path), mode: 'record', status: 'fail', pattern: '', text: '', reason: `cannot read: ${(e as Error).message}` }]);
  }
  return tally;
}

/** One failed result on one line: id, mode, pattern, text, options, expected, got, reason (JSON). */
export function formatFailure(r: CaseResult): string {
  const parts = [`FAIL ${r.id} [${r.mode}]`];
  if (r.pattern !== '' || r.mode !== 'record') parts.push(`pattern=${JSON.stringify(r.pattern)}`, `text=${truncate(JSON.stringify(r.text))}`);
  if (r.options !== undefined) parts.push(`options=${JSON.stringify(r.options)}`);
  if (r.expected !== undefined) parts.push(`expected=${JSON.stringify(r.expected)}`);
  if (r.got !== undefined) parts.push(`got=${JSON.stringify(r.got)}`);
  if (r.reason !== undefined) parts.push(`(${r.reason})`);
  return parts.join(' ');
}

function truncate(s: string): string {
  return s.length > 200 ? `${s.slice(0, 197)}...` : s;
}

/** The report lines of one file: the summary, the skip reasons and the first failures. */
export function reportLines(label: string, tally: Tally, quiet: boolean): string[] {
  const lines = [`${label}: ${tally.summary()}`];
  if (quiet) return lines;
  for (const [reason, n] of tally.skipReasons) lines.push(`  skipped ${n}: ${reason}`);
  for (const f of tally.failures) lines.push(`  ${formatFailure(f)}`);
  const unshown = tally.failed - new Set(tally.failures.map((f) => f.id)).size;
  if (unshown > 0) lines.push(`  … and ${unshown} more failed records`);
  return lines;
}
