/**
 * Measures what the compromise recognizer adds: scores the recommended catalog alone and with the
 * recognizer on span-labelled PII files (presidio-research's by default), in the same run, and
 * prints F1 per entity type for both.
 *
 * ```sh
 * pnpm --filter @airlock/example-ner-compromise eval                   # ../../../shared/evaldata/presidio-research/*.jsonl
 * pnpm --filter @airlock/example-ner-compromise eval -- my-labels.jsonl
 * ```
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createScanner, evaluate, parseLine, type EvalRecord, type ScoredRecord } from '@airlock/node';
import { compromiseRecognizer } from './src/compromiseRecognizer.ts';

const DEFAULT_DIR = resolve(import.meta.dirname, '../../../shared/evaldata/presidio-research');
const given = process.argv.slice(2).filter((a) => a !== '--');
const files = given.length > 0 ? given : existsSync(DEFAULT_DIR) ? readdirSync(DEFAULT_DIR).filter((f) => f.endsWith('.jsonl')).map((f) => join(DEFAULT_DIR, f)) : [];
if (files.length === 0) {
  console.error(`no input: give FILE.jsonl..., or put presidio-research at ${DEFAULT_DIR}`);
  process.exit(2);
}

const records: EvalRecord[] = [];
for (const file of files) {
  readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
    const record = parseLine(text, { file, line: i + 1 });
    if (record) records.push(record);
  });
}

const alone = createScanner();
const withNer = createScanner({ recognizers: [compromiseRecognizer()] });
const scoredAlone: ScoredRecord[] = records.map((record) => ({ record, findings: alone.scan(record.text) }));
const scoredWith: ScoredRecord[] = [];
let incomplete = 0;
for (const record of records) {
  const result = await withNer.scanAsync(record.text);
  if (!result.complete) incomplete++;
  scoredWith.push({ record, findings: result.findings });
}

const a = evaluate(scoredAlone).pii ?? {};
const b = evaluate(scoredWith).pii ?? {};
const f1 = (s: { f1: number | null } | undefined): string => (s?.f1 == null ? '—' : s.f1.toFixed(3));
console.log(`${records.length} records from ${files.length} file(s)${incomplete > 0 ? `; ${incomplete} scans incomplete` : ''}\n`);
console.log(`${'type'.padEnd(16)} ${'catalog'.padStart(8)} ${'+ compromise'.padStart(13)}`);
for (const type of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
  console.log(`${type.padEnd(16)} ${f1(a[type]).padStart(8)} ${f1(b[type]).padStart(13)}`);
}
