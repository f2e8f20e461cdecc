/**
 * `airlock redact [FILE|-]`: writes the redacted text, and only that, to stdout. What was found
 * goes to stderr as a summary, or to a JSON file with `--report`. Standard input is redacted as a
 * stream (core's `redactChunks`): output is written as soon as it can no longer change, it equals
 * whole-text redaction however the input is chunked, and memory stays bounded.
 *
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createRedactor, isAirlockError, redactChunks, type Finding, type Operator, type RedactResult } from '@airlock/core';
import { describeFsError, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, exitCodeOption, InputError, scoreOption, UsageError, requireInput } from './args.ts';
import { openAuditFile } from './auditFile.ts';
import { runCommand } from './command.ts';
import { loadConfig } from './config.ts';
import { buildScanner, operatorOf, OPERATORS } from './engine.ts';
import { inputChunks, singleInput } from './inputs.ts';
import type { CliIo } from './io.ts';
import { openVault, parseVaultKey, saveVault, VAULT_KEY_ENV } from './vaultFile.ts';

/** Usage text of `airlock redact`. */
export const REDACT_USAGE: string = `Usage: airlock redact [options] [FILE|-]

Writes FILE (or standard input) to stdout with personal data and credentials redacted.
Only the redacted text goes to stdout; a summary of what was found goes to stderr, or a
JSON report to --report FILE. Standard input is processed as a stream: output appears as
soon as it is settled and equals the redaction of the whole text.

Options:
  --operator ${Object.keys(OPERATORS).join('|')}
                          what replaces each finding (default: replace, as <EMAIL_ADDRESS>;
                          pseudonymize, as <EMAIL_ADDRESS_1>, when --vault is given)
  --operators TYPE=OP,... an operator per entity type or family, e.g. SECRET=remove
  --vault FILE            keep pseudonyms in FILE (created if missing, updated after the run)
                          so that 'airlock restore --vault FILE' puts the values back.
                          The key is read from $${VAULT_KEY_ENV} (hex or base64, >= 16 bytes)
  --vault-key-env NAME    read the vault key from $NAME instead
  --scope NAME            the vault scope, e.g. one per conversation (default: default)
  --report FILE           write what was found (types, offsets, scores, never values) as JSON
  --quiet                 no summary on stderr
  --preset recommended|secrets|pii
                          detectors to run (default: recommended)
  --min-score N           ignore findings scoring below N, in [0, 1]
  --audit FILE            append each redaction (types, offsets, operators; never a value) to
                          the audit log FILE
  --config FILE           read options from FILE (default: ./airlock.config.json if present)
  --exit-code-findings N  exit code when something was redacted (default 1)
  -h, --help              show this help

Exit codes: 0 nothing found, 1 (or --exit-code-findings) something was redacted,
2 error (bad usage, unreadable or binary input, invalid config, bad vault key, a scan
that could not finish: the text after the last settled segment is then withheld).
`;

/**
 * Runs `airlock redact` with the arguments after `redact`.
 *
 * @param args - command-line arguments, without `airlock redact`
 * @param io - where to read and print
 * @returns the exit code
 */
export async function redactCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runCommand('redact', REDACT_USAGE, io, async () => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        operator: { type: 'string' },
        operators: { type: 'string' },
        vault: { type: 'string' },
        'vault-key-env': { type: 'string', default: VAULT_KEY_ENV },
        scope: { type: 'string' },
        report: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        preset: { type: 'string' },
        'min-score': { type: 'string' },
        config: { type: 'string' },
        'exit-code-findings': { type: 'string' },
        audit: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(REDACT_USAGE);
      return EXIT_CLEAN;
    }
    if (positionals.length > 1) throw new UsageError('redact takes one FILE (or - for stdin)');
    requireInput(positionals, io);
    const minScore = scoreOption('min-score', values['min-score']);
    const flagExit = exitCodeOption('exit-code-findings', values['exit-code-findings']);
    const cwd = io.cwd ?? process.cwd();
    const { config } = await loadConfig(cwd, values.config);

    const byType: Record<string, Operator> = {};
    for (const [type, name] of Object.entries(config.redact?.operators ?? {})) byType[type] = operatorOf(name, `redact.operators.${type}`);
    for (const pair of values.operators?.split(',').filter((p) => p.trim() !== '') ?? []) {
      const [type, name] = pair.split('=').map((s) => s.trim());
      if (!type || !name) throw new UsageError(`--operators takes TYPE=OPERATOR pairs, got '${pair}'`);
      byType[type] = operatorOf(name, `--operators ${type}`);
    }
    const defaultName = values.operator ?? config.redact?.operator ?? (values.vault ? 'pseudonymize' : 'replace');
    const fallback = operatorOf(defaultName, '--operator');

    const input = await singleInput(positionals, cwd);
    const key = values.vault ? parseVaultKey(io.env ?? {}, values['vault-key-env']) : undefined;
    const vault = values.vault && key ? await openVault(resolve(cwd, values.vault), key, true) : undefined;
    const scanner = buildScanner(config, {
      ...(values.preset === undefined ? {} : { preset: values.preset }),
      ...(minScore === undefined ? {} : { minScore }),
    });
    const audit = values.audit === undefined ? undefined : openAuditFile(values.audit, cwd);
    const redactor = createRedactor({
      ...(audit ? { audit: audit.log } : {}),
      scanner,
      operators: byType,
      default: fallback,
      ...(vault ? { vault } : {}),
      scope: values.scope ?? config.redact?.scope ?? 'default',
    });

    const source = await inputChunks(input, io);

    // What was found, in input offsets: each segment's findings shifted by the text before it.
    const counts = new Map<string, number>();
    const found: (Omit<Finding, 'explanation'> & { operator: string })[] = [];
    let consumed = 0;
    const tracking = {
      scanner,
      apply(text: string, findings: readonly Finding[]): RedactResult {
        const result = redactor.apply(text, findings);
        for (const item of result.items) {
          const f = item.finding;
          counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
          if (values.report) {
            found.push({ type: f.type, family: f.family, start: f.start + consumed, end: f.end + consumed, score: f.score, detector: f.detector, level: f.level, operator: item.operator });
          }
        }
        consumed += text.length;
        return result;
      },
    };

    let failure: string | undefined;
    try {
      // Detectors with a path rule read the file's name, as `airlock scan` gives it.
      for await (const piece of redactChunks(source, tracking, input.kind === 'file' ? { path: input.name } : {})) {
        io.stdout(piece);
        await io.drain?.();
      }
    } catch (error) {
      if (!isAirlockError(error)) throw error;
      failure = `${error.code}: ${error.message}`;
    } finally {
      audit?.close();
      if (vault && key && values.vault) await saveVault(resolve(cwd, values.vault), vault, key);
    }

    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    if (values.report) {
      const report = { input: input.name, complete: failure === undefined, redacted: total, counts: Object.fromEntries(counts), findings: found };
      try {
        await writeFile(resolve(cwd, values.report), `${JSON.stringify(report, null, 2)}\n`);
      } catch (error) {
        throw new InputError(`cannot write report ${values.report}: ${describeFsError(error)}`);
      }
    }
    if (!values.quiet) {
      const list = [...counts].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ×${n}`).join(', ');
      io.stderr(`airlock redact: ${total === 0 ? 'nothing to redact' : `redacted ${total}: ${list}`}${values.vault ? ` (pseudonyms kept in ${values.vault})` : ''}\n`);
    }
    if (failure) {
      io.stderr(`airlock redact: stopped, the rest of the input is withheld: ${failure}\n`);
      return EXIT_ERROR;
    }
    return total > 0 ? (flagExit ?? config.exitCodes?.findings ?? EXIT_FINDINGS) : EXIT_CLEAN;
  });
}

