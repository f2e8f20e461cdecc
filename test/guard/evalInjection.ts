/**
 * Measures the prompt-injection heuristics on labelled records: precision, recall and F1 of
 * `inspect()`'s `injection.detected` at a threshold (default 0.5, the guard's default).
 *
 * Usage:
 *   pnpm eval:injection [--threshold N] [--kinds a,b] [--errors N] [--json] FILE.jsonl...
 *
 * Each line of a file is `{"text": "...", "label": "injection" | "benign"}` (other fields are
 * ignored; blank lines are skipped). Only the injection detectors run: the measure is of the
 * heuristics, not of the data detectors.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createScanner, inspectResult, INJECTION_KINDS, promptInjectionDetectors, type InjectionKind, type Scanner } from '@airlock/core';

/** One labelled record. */
export interface InjectionRecord {
  readonly text: string;
  readonly label: 'injection' | 'benign';
}

/** What {@link evaluateInjection} returns. */
export interface InjectionEvaluation {
  readonly records: number;
  readonly threshold: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Records flagged per kind (a record can count under several). */
  readonly byKind: Readonly<Record<string, number>>;
  /** The first misses and false alarms, for reading. */
  readonly falseNegativeTexts: readonly string[];
  readonly falsePositiveTexts: readonly string[];
}

/** Parses one JSONL line; throws naming the line when it is not a record. */
export function parseRecord(line: string, where: string): InjectionRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new Error(`${where}: not JSON (${(e as Error).message})`);
  }
  const r = value as Partial<InjectionRecord>;
  if (typeof r !== 'object' || r === null || typeof r.text !== 'string') throw new Error(`${where}: "text" must be a string`);
  if (r.label !== 'injection' && r.label !== 'benign') throw new Error(`${where}: "label" must be "injection" or "benign"`);
  return { text: r.text, label: r.label };
}

/** Scores the heuristics on records. */
export function evaluateInjection(
  records: Iterable<InjectionRecord>,
  options: { threshold?: number; kinds?: readonly InjectionKind[]; keepErrors?: number } = {},
): InjectionEvaluation {
  const threshold = options.threshold ?? 0.5;
  const keep = options.keepErrors ?? 0;
  const scanner: Scanner = createScanner({ detectors: promptInjectionDetectors(options.kinds ? { kinds: options.kinds } : {}) });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let n = 0;
  const byKind: Record<string, number> = {};
  const misses: string[] = [];
  const alarms: string[] = [];
  for (const r of records) {
    n++;
    const report = inspectResult(r.text, scanner.analyze(r.text), { scanner, injectionThreshold: threshold, validation: false });
    const flagged = report.injection.detected;
    for (const kind of new Set(report.injection.signals.map((s) => s.kind))) byKind[kind] = (byKind[kind] ?? 0) + 1;
    if (r.label === 'injection') {
      if (flagged) tp++;
      else {
        fn++;
        if (misses.length < keep) misses.push(r.text);
      }
    } else if (flagged) {
      fp++;
      if (alarms.length < keep) alarms.push(r.text);
    } else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    records: n, threshold, truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn,
    precision, recall, f1, byKind, falseNegativeTexts: misses, falsePositiveTexts: alarms,
  };
}

function* readRecords(files: readonly string[]): Generator<InjectionRecord> {
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (line.length > 0) yield parseRecord(line, `${file}:${i + 1}`);
    }
  }
}

function format(e: InjectionEvaluation): string {
  const pct = (x: number): string => (x * 100).toFixed(1) + '%';
  const lines = [
    `records     ${e.records}  (injection ${e.truePositives + e.falseNegatives}, benign ${e.falsePositives + e.trueNegatives})`,
    `threshold   ${e.threshold}`,
    `precision   ${pct(e.precision)}  (TP ${e.truePositives}, FP ${e.falsePositives})`,
    `recall      ${pct(e.recall)}  (TP ${e.truePositives}, FN ${e.falseNegatives})`,
    `F1          ${pct(e.f1)}`,
    `flagged by kind: ${Object.entries(e.byKind).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
  ];
  if (e.falseNegativeTexts.length > 0) lines.push('', 'missed injections:', ...e.falseNegativeTexts.map((t) => `  ${JSON.stringify(t.slice(0, 200))}`));
  if (e.falsePositiveTexts.length > 0) lines.push('', 'false alarms:', ...e.falsePositiveTexts.map((t) => `  ${JSON.stringify(t.slice(0, 200))}`));
  return lines.join('\n') + '\n';
}

function main(argv: readonly string[]): number {
  const files: string[] = [];
  let threshold: number | undefined;
  let kinds: InjectionKind[] | undefined;
  let keepErrors = 0;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--threshold') threshold = Number(value());
    else if (a === '--kinds') kinds = value().split(',') as InjectionKind[];
    else if (a === '--errors') keepErrors = Number(value());
    else if (a === '--json') json = true;
    else if (a === '--') continue;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write(`usage: pnpm eval:injection [--threshold N] [--kinds ${INJECTION_KINDS.join(',')}] [--errors N] [--json] FILE.jsonl...\n`);
    return 2;
  }
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new Error('--threshold must be a number in [0, 1]');
  const result = evaluateInjection(readRecords(files), { ...(threshold !== undefined ? { threshold } : {}), ...(kinds ? { kinds } : {}), keepErrors });
  process.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : format(result));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`eval:injection: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
