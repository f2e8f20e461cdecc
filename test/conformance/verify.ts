/**
 * Checks our reading of RE2's raw exhaustive log against the converted sample
 * (`re2_exhaustive_every1000th.jsonl`, every 1000th case): case `k * 1000` of our parse must have the
 * same section, block, regexp, text, byte and UTF-16 expectations, and skip status as sample record `k`.
 * It needs no engine.
 *
 * @module
 */
import { RE2_MODES, utf16SkipReason } from './formats.ts';
import { forEachRe2LogCase, readLines } from './re2log.ts';

/** The outcome of {@link verifySample}. */
export interface VerifyReport {
  /** Cases parsed from the log. */
  readonly parsed: number;
  /** Sample records compared. */
  readonly compared: number;
  /** Sample records in the sample file. */
  readonly sampleRecords: number;
  /** One line per disagreement (the first `maxMismatches`). */
  readonly mismatches: readonly string[];
  /** Total disagreements. */
  readonly mismatchCount: number;
}

/** Options of {@link verifySample}. */
export interface VerifyOptions {
  /** The sample's stride. @defaultValue 1000 */
  readonly every?: number;
  /** Stop after this many cases of the log (for a quick check). @defaultValue all */
  readonly limit?: number;
  /** @defaultValue 20 */
  readonly maxMismatches?: number;
}

/**
 * Parses the raw log at `logPath` and compares every `every`-th case with the sample at `samplePath`.
 */
export async function verifySample(logPath: string, samplePath: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  const every = options.every ?? 1000;
  const limit = options.limit ?? Infinity;
  const maxMismatches = options.maxMismatches ?? 20;
  const sample = new Map<number, Record<string, unknown>>();
  for await (const line of readLines(samplePath)) {
    if (line.trim() === '') continue;
    const rec = JSON.parse(line) as Record<string, unknown>;
    const m = /#(\d+)$/.exec(String(rec['id']));
    if (!m) throw new Error(`sample record without a #index id: ${String(rec['id'])}`);
    sample.set(Number(m[1]), rec);
  }
  const mismatches: string[] = [];
  let mismatchCount = 0;
  const mismatch = (msg: string): void => {
    mismatchCount++;
    if (mismatches.length < maxMismatches) mismatches.push(msg);
  };
  let parsed = 0;
  let compared = 0;
  await forEachRe2LogCase(logPath, 'log', (c) => {
    if (c.index >= limit) return false;
    parsed++;
    if (c.index % every !== 0) return true;
    const want = sample.get(c.index);
    if (want === undefined) {
      mismatch(`#${c.index}: no sample record`);
      return true;
    }
    compared++;
    const r = c.record;
    const notes = Array.isArray(want['notes']) ? (want['notes'] as string[]) : [];
    const checks: [string, unknown, unknown][] = [
      ['section', r.section, want['section']],
      ['block', c.block, want['block']],
      ['regexp', r.regexp, want['regexp']],
      ['text', r.text, want['text']],
      ['skip', r.skip, utf16SkipReason(notes)],
    ];
    for (const mode of RE2_MODES) {
      checks.push([`expected_utf8_bytes.${mode}`, c.expectedBytes[mode], (want['expected_utf8_bytes'] as Record<string, unknown>)[mode]]);
      checks.push([`expected_utf16.${mode}`, r.expected[mode], (want['expected_utf16'] as Record<string, unknown>)[mode]]);
    }
    for (const [what, ours, theirs] of checks) {
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
        mismatch(`#${c.index} ${what}: parsed ${JSON.stringify(ours)}, sample has ${JSON.stringify(theirs)}`);
      }
    }
    return true;
  });
  const sampleRecords = sample.size;
  if (limit === Infinity && compared !== sampleRecords) mismatch(`compared ${compared} cases but the sample has ${sampleRecords} records`);
  return { parsed, compared, sampleRecords, mismatches, mismatchCount };
}
