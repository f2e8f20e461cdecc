/**
 * `airlock scan [PATH...|-]`: finds personal data and credentials in files, directories and stdin,
 * and prints the findings as text, JSON, JSON Lines or SARIF 2.1.0. Never prints a value.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import type { Finding } from '@airlock/core';
import { countOption, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, exitCodeOption, oneOf, scoreOption, requireInput } from './args.ts';
import { runCommand } from './command.ts';
import { loadConfig } from './config.ts';
import { createScanPool } from '../pool/pool.ts';
import type { PoolScannerOptions } from '../pool/tasks.ts';
import { buildScanner, colours, detectorsOf, scanOptions } from './engine.ts';
import { findingRecord, lineIndex, maskedPreview } from './findings.ts';
import { BinaryInput, readInput, resolveInputs, type Input } from './inputs.ts';
import type { CliIo } from './io.ts';
import { processFiles } from './processFiles.ts';
import { progressBar } from './progress.ts';
import { sarifBuilder } from './sarif.ts';

/** Usage text of `airlock scan`. */
export const SCAN_USAGE: string = `Usage: airlock scan [options] [PATH...|-]

Finds personal data and credentials in files, directories (walked, respecting .gitignore)
and standard input ('-', or no path). Prints each finding's type, place, score and level,
never its value (text output shows a masked preview). A file's name is given to the
detectors that have a path rule (a password in Terraform syntax counts only in .tf files);
a binary file is skipped unless its name alone is a finding (a .p12 or .pfx keystore).

Options:
  --format text|json|jsonl|sarif
                          text (default): for people, coloured on a terminal;
                          json: one {"input", "findings": [...]} object per input;
                          jsonl: one line per finding, {"input", ...finding};
                          sarif: one SARIF 2.1.0 log for every input
  --preset recommended|secrets|pii
                          detectors to run (default: recommended)
  --min-score N           drop findings scoring below N, in [0, 1]
  --explain               add each finding's explanation (pattern, validator, context word)
  --include GLOB          walk only files matching GLOB (repeatable)
  --exclude GLOB          skip files and directories matching GLOB (repeatable)
  --no-gitignore          do not read .gitignore files when walking directories
  --concurrency N         files read at once (default 4)
  --jobs N                scan on N worker threads (default 1); pays off with many files and
                          cores to spare (each worker compiles the scanner once)
  --no-progress           never draw the progress bar (it is drawn only on a terminal)
  --config FILE           read options from FILE (default: ./airlock.config.json if present)
  --exit-code-findings N  exit code when something is found (default 1)
  -h, --help              show this help

Exit codes: 0 nothing found, 1 (or --exit-code-findings) something found,
2 error (bad usage, missing file, unreadable directory, binary file named on the
command line, invalid config).
`;

type Format = 'text' | 'json' | 'jsonl' | 'sarif';

/**
 * Runs `airlock scan` with the arguments after `scan`.
 *
 * @param args - command-line arguments, without `airlock scan`
 * @param io - where to read and print
 * @param version - the version SARIF output names
 * @returns the exit code
 */
export async function scanCommand(args: readonly string[], io: CliIo, version = 'unknown'): Promise<number> {
  return runCommand('scan', SCAN_USAGE, io, async () => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        preset: { type: 'string' },
        'min-score': { type: 'string' },
        explain: { type: 'boolean', default: false },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        'no-gitignore': { type: 'boolean', default: false },
        concurrency: { type: 'string' },
        jobs: { type: 'string' },
        'no-progress': { type: 'boolean', default: false },
        config: { type: 'string' },
        'exit-code-findings': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(SCAN_USAGE);
      return EXIT_CLEAN;
    }
    requireInput(positionals, io);
    const format: Format = oneOf('format', values.format, ['text', 'json', 'jsonl', 'sarif']);
    const minScore = scoreOption('min-score', values['min-score']);
    const flagExit = exitCodeOption('exit-code-findings', values['exit-code-findings']);
    const flagConcurrency = countOption('concurrency', values.concurrency);
    const jobs = countOption('jobs', values.jobs) ?? 1;
    const cwd = io.cwd ?? process.cwd();
    const loaded = await loadConfig(cwd, values.config);
    const { config } = loaded;
    const inputs = await resolveInputs(positionals, {
      cwd,
      include: values.include ?? config.include,
      exclude: values.exclude ?? config.exclude,
      gitignore: values['no-gitignore'] ? false : config.gitignore,
    });
    const flags = {
      ...(values.preset === undefined ? {} : { preset: values.preset }),
      ...(minScore === undefined ? {} : { minScore }),
      explain: values.explain,
    };
    const scanner = buildScanner(config, flags);
    // With --jobs N, texts are scanned on N worker threads, each compiling the same scanner from
    // plain options; reading, binary checks and output stay here, in input order.
    const pool =
      jobs > 1 && inputs.length > 1
        ? createScanPool({
            size: jobs,
            // The same options as `scanner`'s (scanOptions), as plain data for the workers.
            scanner: { preset: detectorsOf(config, flags).name as 'recommended' | 'secrets' | 'pii', ...(scanOptions(config, flags) as Omit<PoolScannerOptions, 'preset'>) },
          })
        : undefined;
    const exitFindings = flagExit ?? config.exitCodes?.findings ?? EXIT_FINDINGS;
    const named = new Set(positionals);
    const c = colours(io);
    const sarif = format === 'sarif' ? sarifBuilder({ version, detectors: scanner.detectors }) : undefined;
    const progress = progressBar(io, inputs.length, { enabled: !values['no-progress'] });

    type Scanned = { input: Input; text: string; findings: Finding[]; incomplete: readonly string[] } | { input: Input; skipped: string };
    const task = async (input: Input): Promise<Scanned> => {
      // Detectors with a path rule (a Terraform-only password, a .p12 keystore) read the file's name.
      const where = input.kind === 'file' ? { path: input.name } : {};
      let text: string;
      try {
        text = await readInput(input, io);
      } catch (error) {
        if (!(error instanceof BinaryInput)) throw error;
        // A binary file is not read, but its path alone can be a finding (a .p12 keystore).
        const byPath = input.kind === 'file' ? scanner.scan('', where) : [];
        return byPath.length > 0 ? { input, text: '', findings: byPath, incomplete: [] } : { input, skipped: error.message };
      }
      if (pool) {
        const result = await pool.scanText(text, where);
        return { input, text, findings: [...result.findings], incomplete: result.complete ? [] : ['a worker could not finish the scan'] };
      }
      const result = scanner.analyze(text, where);
      return { input, text, findings: result.findings, incomplete: result.complete ? [] : result.limits };
    };

    let total = 0;
    let filesWithFindings = 0;
    let scannedFiles = 0;
    let error = false;
    try {
      // Enough files in flight to keep every worker busy.
      const concurrency = Math.max(flagConcurrency ?? config.concurrency ?? 4, 2 * jobs);
      for await (const r of processFiles(inputs, task, { concurrency, onProgress: (d, t) => progress.update(d, t) })) {
        if ('skipped' in r) {
          progress.done();
          io.stderr(`airlock scan: ${r.skipped}\n`);
          if (named.has(r.input.name)) error = true;
          continue;
        }
        scannedFiles++;
        total += r.findings.length;
        if (r.findings.length > 0) filesWithFindings++;
        if (r.incomplete.length > 0) {
          progress.done();
          io.stderr(`airlock scan: ${r.input.name}: the scan is incomplete (${r.incomplete.join('; ')})\n`);
          error = true;
        }
        const name = r.input.kind === 'stdin' ? '-' : r.input.name;
        const lines = lineIndex(r.text);
        if (format === 'json') {
          io.stdout(`${JSON.stringify({ input: name, findings: r.findings.map((f) => findingRecord(f, lines)) }, null, 2)}\n`);
        } else if (format === 'jsonl') {
          for (const f of r.findings) io.stdout(`${JSON.stringify({ input: name, ...findingRecord(f, lines) })}\n`);
        } else if (format === 'sarif') {
          sarif!.add({ path: name, text: r.text, findings: r.findings });
        } else if (r.findings.length > 0) {
          progress.done();
          io.stdout(`${c.bold(c.underline(name === '-' ? 'stdin' : name))}\n`);
          for (const f of r.findings) {
            const at = lines.position(f.start);
            const level = f.level === 'restricted' ? c.red(f.level) : f.level === 'confidential' ? c.yellow(f.level) : c.dim(f.level);
            io.stdout(
              `  ${c.dim(`${at.line}:${at.column}`.padEnd(9))} ${c.bold(f.type.padEnd(26))} ${level.padEnd(13 + (level.length - f.level.length))} ` +
                `score ${f.score.toFixed(2)}  ${maskedPreview(r.text.slice(f.start, f.end), f.family)}  ${c.dim(f.detector)}\n`,
            );
            if (f.explanation) io.stdout(`            ${c.dim(explain(f))}\n`);
          }
        }
      }
    } finally {
      progress.done();
      await pool?.close();
    }
    if (sarif) io.stdout(`${JSON.stringify(sarif.log(), null, 2)}\n`);
    if (format === 'text') {
      const threads = pool ? ` (${pool.size} worker threads)` : '';
      io.stdout(
        total === 0
          ? `${c.green('No findings')} in ${scannedFiles} ${scannedFiles === 1 ? 'input' : 'inputs'}${threads}.\n`
          : `${total} ${total === 1 ? 'finding' : 'findings'} in ${filesWithFindings} of ${scannedFiles} ${scannedFiles === 1 ? 'input' : 'inputs'}${threads}.\n`,
      );
    }
    if (error) return EXIT_ERROR;
    return total > 0 ? exitFindings : EXIT_CLEAN;
  });
}

/** One line saying why a finding was reported. */
export function explain(f: Finding): string {
  const e = f.explanation;
  if (!e) return '';
  return [
    `pattern #${e.patternIndex}`,
    `score ${e.scoreBefore.toFixed(2)} -> ${e.scoreAfter.toFixed(2)}`,
    e.validation === true ? 'validated' : undefined,
    e.entropy === undefined ? undefined : `entropy ${e.entropy.toFixed(2)} bits/char`,
    e.contextWord ? `context word "${e.contextWord}"` : undefined,
    e.decodedFrom ? `decoded from ${e.decodedFrom}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}
