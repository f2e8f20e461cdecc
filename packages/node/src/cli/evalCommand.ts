/**
 * `airlock eval FILE.jsonl...`: scans labelled records with a preset and prints precision, recall and
 * F1 per entity type, and secret recall and false-positive rate. The scoring itself is
 * `../eval/evaluate.ts`; this file reads files, runs the scanner and prints.
 *
 * @module
 */
import { open, readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createScanner, detectorsFromJson, isAirlockError, pii, recommended, secrets, type Detector, type Scanner } from '@airlock/core';
import { EvalInputError } from '../eval/EvalInputError.ts';
import { evaluate } from '../eval/evaluate.ts';
import { formatErrors, formatJson, formatTable } from '../eval/format.ts';
import { parseLine } from '../eval/parseRecord.ts';
import type { EvalRecord, MatchMode, ScoredRecord } from '../eval/types.ts';
import { UsageError } from './args.ts';
import { runCommand } from './command.ts';
import type { CliIo } from './io.ts';

const PRESETS: Readonly<Record<string, () => Detector[]>> = { recommended, secrets, pii, none: () => [] };

/** Usage text of `airlock eval`. */
export const EVAL_USAGE: string = `Usage: airlock eval [options] FILE.jsonl...

Scores the detectors on span-labelled records and prints precision, recall and F1 per
entity type, and secret recall and false-positive rate. Reads the PII format
{text, entities:[{start,end,type}], annotated_types?} and the secrets format
{text, expect, rule, secrets?:[{start,end}], meta:{generated, file_path?}}, told apart per
record. A record's meta.file_path is scanned as the text's path, as a scan of that file would be
(detectors with a path rule, such as pkcs12-file, depend on it).

Options:
  --format table|json     output format (default: table)
  --match overlap|exact   how a finding's span must agree with a label's (default: overlap)
  --preset recommended|secrets|pii|none
                          detectors to run (default: recommended)
  --detectors FILE.json   also run the detectors defined in FILE.json (an array of detector
                          definitions, or {"detectors": [...]}); repeatable. With --preset none,
                          only these run
  --min-score N           drop findings scoring below N, in [0, 1] (default: the scanner's, 0.5)
  --types A,B             report only these PII types
  --errors N              also print the first N false negatives and N false positives
                          (on stderr with --format json)
  -h, --help              show this help

A finding matches a label when the spans agree and the finding's type or family equals the
label's type; findings and labels are paired one-to-one, best pair first. An unmatched finding
is counted under its type if the input labels that type, else under its family if the input
labels that, else under its type.

Exit codes: 0 done, 1 unreadable input, 2 bad usage.
`;

/**
 * Runs `airlock eval` with the arguments after `eval`.
 *
 * @param args - command-line arguments, without `airlock eval`
 * @param io - where to print
 * @returns the exit code: 0 done, 1 unreadable input (missing file, bad line), 2 bad usage
 *
 * @example
 * On the command line (reads files, so this block is not run by the example tests):
 * ```sh
 * pnpm airlock eval --format json --types EMAIL_ADDRESS,PERSON data/pii.jsonl data/secrets.jsonl
 * pnpm airlock eval --preset none --detectors my-detectors.json --errors 20 data/pii.jsonl
 * ```
 *
 * @example
 * ```ts
 * import { memoryIo } from './io.ts';
 * const { io, out } = memoryIo();
 * await evalCommand(['--match', 'sideways', 'x.jsonl'], io); //=> 2
 * out.stderr.split('\n')[0]; //=> "airlock eval: --match must be 'overlap' or 'exact', got 'sideways'"
 * ```
 */
export async function evalCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runCommand('eval', EVAL_USAGE, io, async () => {
    const options = parseOptions(args);
    if (options.help) {
      io.stdout(EVAL_USAGE);
      return 0;
    }
    // Read and check every record before compiling anything: bad input is reported at once.
    const records: EvalRecord[] = [];
    let detectors: Detector[];
    try {
      for (const file of options.files) {
        const before = records.length;
        for await (const record of readRecords(file)) records.push(record);
        if (records.length === before) throw new EvalInputError(`${file}: no records (the file is empty)`);
      }
      detectors = [...PRESETS[options.preset]!()];
      for (const file of options.detectors) detectors.push(...(await readDetectors(file)));
    } catch (error) {
      if (!(error instanceof EvalInputError)) throw error;
      io.stderr(`airlock eval: ${error.message}\n`);
      return 1;
    }
    if (detectors.length === 0) io.stderr(`airlock eval: warning: no detectors to run (preset '${options.preset}' is empty); nothing will be found\n`);
    let scanner: Scanner;
    try {
      scanner = createScanner({ detectors, ...(options.minScore === undefined ? {} : { minScore: options.minScore }) });
    } catch (error) {
      if (!isAirlockError(error)) throw error;
      io.stderr(`airlock eval: cannot build the scanner: ${clip(error.message, 400)}\n`);
      return 1;
    }
    const scored: ScoredRecord[] = records.map((record) => ({
      record,
      findings: scanner.scan(record.text, record.kind === 'secret' && record.path !== undefined ? { path: record.path } : {}),
    }));

    const report = evaluate(scored, { match: options.match, errors: options.errors, ...(options.types ? { types: options.types } : {}) });
    const errors = formatErrors(report.errors);
    if (options.format === 'json') {
      io.stdout(`${formatJson(report)}\n`);
      if (errors) io.stderr(errors);
    } else {
      const header =
        `preset ${options.preset}${options.detectors.length > 0 ? ` + ${options.detectors.join(', ')}` : ''} (${detectors.length} detectors), match ${options.match}` +
        `${options.minScore === undefined ? '' : `, min score ${options.minScore}`}${options.types ? `, types ${options.types.join(',')}` : ''}`;
      io.stdout(formatTable(report, { header }));
      if (errors) io.stdout(`\nFirst errors:\n${errors}`);
    }
    return 0;
  });
}

function parseOptions(args: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'table' },
      match: { type: 'string', default: 'overlap' },
      preset: { type: 'string', default: 'recommended' },
      'min-score': { type: 'string' },
      types: { type: 'string' },
      errors: { type: 'string', default: '0' },
      detectors: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[]): T => {
    if (!(allowed as readonly string[]).includes(value)) {
      throw new UsageError(`--${name} must be ${allowed.map((a) => `'${a}'`).join(' or ')}, got '${value}'`);
    }
    return value as T;
  };
  const format = oneOf('format', values.format, ['table', 'json']);
  const match: MatchMode = oneOf('match', values.match, ['overlap', 'exact']);
  const preset = oneOf('preset', values.preset, Object.keys(PRESETS));
  let minScore: number | undefined;
  if (values['min-score'] !== undefined) {
    minScore = Number(values['min-score']);
    if (values['min-score'].trim() === '' || !(minScore >= 0 && minScore <= 1)) {
      throw new UsageError(`--min-score must be a number in [0, 1], got '${values['min-score']}'`);
    }
  }
  const errors = Number(values.errors);
  if (!/^\d+$/.test(values.errors) || !Number.isSafeInteger(errors)) throw new UsageError(`--errors must be a whole number, got '${values.errors}'`);
  let types: string[] | undefined;
  if (values.types !== undefined) {
    types = values.types.split(',').map((t) => t.trim()).filter((t) => t !== '');
    if (types.length === 0) throw new UsageError('--types needs at least one type, as in --types EMAIL_ADDRESS,PERSON');
  }
  if (!values.help && positionals.length === 0) throw new UsageError('no input files');
  return { format, match, preset, minScore, errors, types, help: values.help, files: positionals, detectors: values.detectors };
}

/** The records of one JSON Lines file, in order, each with its file and line. */
async function* readRecords(file: string): AsyncGenerator<EvalRecord> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new EvalInputError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  try {
    let line = 0;
    try {
      for await (const text of handle.readLines({ encoding: 'utf8', autoClose: false })) {
        line++;
        const record = parseLine(text, { file, line });
        if (record) yield record;
      }
    } catch (error) {
      if (error instanceof EvalInputError) throw error;
      throw new EvalInputError(`cannot read ${file}: ${describeFsError(error)}`);
    }
  } finally {
    await handle.close();
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Detector definitions from a JSON file (see `detectorsFromJson` in `@airlock/core`). */
async function readDetectors(file: string): Promise<Detector[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new EvalInputError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  try {
    return detectorsFromJson(text);
  } catch (error) {
    if (!isAirlockError(error)) throw error;
    throw new EvalInputError(`${file}: ${clip(error.message, 400)}`);
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
