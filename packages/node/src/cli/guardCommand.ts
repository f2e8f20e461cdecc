/**
 * `airlock guard [FILE|-] --policy FILE|preset --destination NAME`: one `guard()` call of core on
 * the text: the findings, the guards' objections (prompt injection, invisible text), the text's
 * level, the policy's decision for the destination, and the text to send when the decision is
 * `redact`.
 *
 * @module
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGuard, createRedactor, decide, isAirlockError, keep, type DestinationInput, type Guard, type GuardResult } from '@airlock/core';
import { EXIT_CLEAN, EXIT_FINDINGS, exitCodeOption, InputError, oneOf, scoreOption, UsageError, requireInput } from './args.ts';
import { openAuditFile } from './auditFile.ts';
import { runCommand } from './command.ts';
import { loadConfig } from './config.ts';
import { colours, detectorsOf, loadPolicy, POLICY_PRESETS, resolveDestination, SAMPLE_DESTINATIONS, scanOptions } from './engine.ts';
import { findingRecord, lineIndex, maskedPreview } from './findings.ts';
import { BinaryInput, readInput, singleInput } from './inputs.ts';
import type { CliIo } from './io.ts';
import { explain } from './scanCommand.ts';
import { openVault, parseVaultKey, saveVault, VAULT_KEY_ENV } from './vaultFile.ts';

/** Usage text of `airlock guard`. */
export const GUARD_USAGE: string = `Usage: airlock guard [options] --destination NAME [FILE|-]

Guards a text on its way to an AI destination: finds personal data, credentials, prompt
injections and hidden text in one scan, classifies the text (public < internal <
confidential < restricted), and asks the policy whether it may go to the destination:
allow, redact (then send the redacted text) or block.

Options:
  --destination NAME      where the text goes: a destination of the policy or the config,
                          or a sample one: ${SAMPLE_DESTINATIONS.map((d) => d.id).join(', ')}
  --policy FILE|PRESET    a policy file, or ${Object.keys(POLICY_PRESETS).join(', ')} (default: default)
  --format text|json      text (default): findings, level, decision, redacted text;
                          json: the decision, the findings' count and types
  --explain               show why each finding was reported, and every reason
  --direction input|output
                          input: a prompt going out (default); output: a model's answer
  --subject-regions A,B   where the data subjects are (ISO 3166 codes, EU, EEA)
  --vault FILE            keep the pseudonyms of a redaction in FILE, for 'airlock restore'
                          (key in $${VAULT_KEY_ENV})
  --vault-key-env NAME    read the vault key from $NAME instead
  --scope NAME            the vault scope (default: default)
  --preset recommended|secrets|pii
                          data detectors to run (default: recommended)
  --min-score N           ignore findings scoring below N, in [0, 1]
  --audit FILE            append the decision to the audit log FILE (created if missing, checked
                          when opened; verify it with airlock audit verify)
  --config FILE           read options from FILE (default: ./airlock.config.json if present)
  --exit-code-block N     exit code when the text is blocked (default 1)
  -h, --help              show this help

Exit codes: 0 allowed or redacted (the text may be sent; redacted: the redacted text),
1 (or --exit-code-block) blocked, 2 error (bad usage, unreadable input, invalid config
or policy, unknown destination).
`;

/**
 * Runs `airlock guard` with the arguments after `guard`.
 *
 * @param args - command-line arguments, without `airlock guard`
 * @param io - where to read and print
 * @returns the exit code
 */
export async function guardCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runCommand('guard', GUARD_USAGE, io, async () => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        destination: { type: 'string' },
        policy: { type: 'string' },
        format: { type: 'string', default: 'text' },
        explain: { type: 'boolean', default: false },
        direction: { type: 'string', default: 'input' },
        'subject-regions': { type: 'string' },
        vault: { type: 'string' },
        'vault-key-env': { type: 'string', default: VAULT_KEY_ENV },
        scope: { type: 'string' },
        preset: { type: 'string' },
        'min-score': { type: 'string' },
        config: { type: 'string' },
        'exit-code-block': { type: 'string' },
        audit: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(GUARD_USAGE);
      return EXIT_CLEAN;
    }
    requireInput(positionals, io);
    const format = oneOf('format', values.format, ['text', 'json']);
    const direction = oneOf('direction', values.direction, ['input', 'output']);
    const minScore = scoreOption('min-score', values['min-score']);
    const flagExit = exitCodeOption('exit-code-block', values['exit-code-block']);
    if (positionals.length > 1) throw new UsageError('guard takes one FILE (or - for stdin)');
    const cwd = io.cwd ?? process.cwd();
    const loaded = await loadConfig(cwd, values.config);
    const { config } = loaded;
    const destinationId = values.destination ?? config.guard?.destination;
    if (!destinationId) throw new UsageError('--destination NAME is required (or guard.destination in the config)');
    const { name: policyName, policy } = values.policy !== undefined ? await loadPolicy(values.policy, cwd) : await loadPolicy(config.guard?.policy ?? 'default', loaded.dir);
    const destination = resolveDestination(destinationId, policy, loaded);
    const subjectRegions = values['subject-regions']?.split(',').map((r) => r.trim()).filter(Boolean) ?? config.guard?.subjectRegions;
    const flags = { ...(values.preset === undefined ? {} : { preset: values.preset }), ...(minScore === undefined ? {} : { minScore }), explain: values.explain };
    const input = await singleInput(positionals, cwd);
    const key = values.vault ? parseVaultKey(io.env ?? {}, values['vault-key-env']) : undefined;
    const vault = values.vault && key ? await openVault(resolve(cwd, values.vault), key, true) : undefined;
    const text = await readInput(input, io).catch((error: unknown) => {
      throw error instanceof BinaryInput ? error.refused() : error;
    });

    const audit = values.audit === undefined ? undefined : openAuditFile(values.audit, cwd);
    let g: Guard;
    try {
      g = createGuard({
        ...(audit ? { audit: audit.log } : {}),
        policy,
        detectors: detectorsOf(config, flags).detectors,
        scan: scanOptions(config, flags),
        ...(vault ? { vault } : {}),
        scope: values.scope ?? config.redact?.scope ?? 'default',
      });
    } catch (error) {
      audit?.close();
      if (isAirlockError(error)) throw new InputError(`cannot build the guard: ${error.message}`);
      throw error;
    }
    let r: ReturnType<Guard['guard']>;
    try {
      // With --audit, the decision is in the log before it is printed; a log that refuses it blocks.
      r = g.guard(text, { destination, direction, ...(subjectRegions ? { subjectRegions } : {}), ...(input.kind === 'file' ? { path: input.name } : {}) });
    } finally {
      audit?.close();
    }
    if (vault && key && values.vault && r.action === 'redact') await saveVault(resolve(cwd, values.vault), vault, key);

    const name = input.kind === 'stdin' ? '-' : input.name;
    const lines = lineIndex(text);
    if (format === 'json') {
      const types: Record<string, number> = {};
      for (const f of r.report.sensitive) types[f.type] = (types[f.type] ?? 0) + 1;
      io.stdout(
        `${JSON.stringify(
          {
            input: name,
            destination: r.decision.destination,
            policy: policyName,
            policyDigest: r.decision.policyDigest,
            direction,
            action: r.action,
            level: r.decision.level,
            sentLevel: r.decision.sentLevel,
            rules: r.decision.rules,
            reasons: r.decision.reasons,
            guards: r.report.reasons.map((reason) => reason.code),
            injectionScore: r.report.injection.score,
            complete: r.report.complete,
            findings: { count: r.report.sensitive.length, types },
            ...(values.explain ? { details: r.report.sensitive.map((f) => findingRecord(f, lines)) } : {}),
            ...(r.action === 'redact' && r.text !== undefined ? { redactedText: r.text } : {}),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      printText(io, r, { name, text, policyName, explain: values.explain, guard: g, destination, subjectRegions });
    }
    return r.action === 'block' ? (flagExit ?? config.exitCodes?.block ?? EXIT_FINDINGS) : EXIT_CLEAN;
  });
}

function printText(
  io: CliIo,
  r: GuardResult,
  o: { name: string; text: string; policyName: string; explain: boolean; guard: Guard; destination: DestinationInput; subjectRegions: readonly string[] | undefined },
): void {
  const c = colours(io);
  const lines = lineIndex(o.text);
  const out = (s = ''): void => io.stdout(`${s}\n`);
  out(`${c.bold('airlock guard')} ${o.name === '-' ? 'stdin' : o.name} → ${c.bold(o.destination.id)} (policy ${o.policyName})`);
  out();
  const sensitive = r.report.sensitive;
  out(c.bold(`Findings (${sensitive.length}):`));
  if (sensitive.length === 0) out('  none');
  for (const f of sensitive) {
    const at = lines.position(f.start);
    out(`  ${c.dim(`${at.line}:${at.column}`.padEnd(8))} ${f.type.padEnd(24)} ${f.level.padEnd(13)} score ${f.score.toFixed(2)}  ${maskedPreview(o.text.slice(f.start, f.end), f.family)}`);
    if (o.explain && f.explanation) out(`           ${c.dim(`${f.detector}: ${explain(f)}`)}`);
  }
  if (r.report.reasons.length > 0) {
    out();
    out(c.bold('Guards:'));
    for (const reason of r.report.reasons) out(`  ${c.red(reason.code)}: ${reason.message}`);
  }
  out();
  const action = r.action === 'block' ? c.red(c.bold('block')) : r.action === 'redact' ? c.yellow(c.bold('redact')) : c.green(c.bold('allow'));
  out(`${c.bold('Level:')}     ${r.decision.level}${r.action === 'redact' ? ` (${r.decision.sentLevel} once redacted)` : ''}${r.report.complete ? '' : ` (incomplete scan: ${r.report.limits.join('; ')})`}`);
  out(`${c.bold('Decision:')}  ${action} for ${o.destination.id} (${r.decision.rules.join(', ')})`);
  const reasons = o.explain ? r.decision.reasons : r.decision.reasons.slice(0, 3);
  for (const reason of reasons) out(`  - ${reason}`);
  if (reasons.length < r.decision.reasons.length) out(c.dim(`  … ${r.decision.reasons.length - reasons.length} more (--explain)`));
  if (r.action === 'redact' && r.text !== undefined) {
    out();
    out(c.bold(`Redacted text (what may be sent to ${o.destination.id}):`));
    out(indent(r.text));
  } else if (r.action === 'block' && r.decision.rules.every((rule) => rule.startsWith('airlock.guard.'))) {
    // Blocked by the guards alone: show what the policy's redaction would have sent, marked as not sent.
    const preview = policyRedaction(r, o);
    if (preview !== undefined) {
      out();
      out(c.bold(`Redacted text (the policy's redaction for ${o.destination.id}; not sent, since the guards block):`));
      out(indent(preview));
    }
  }
}

/** What the policy alone would send (its `redact` decision applied), without the guards' objections. */
function policyRedaction(r: GuardResult, o: { text: string; guard: Guard; destination: DestinationInput; subjectRegions: readonly string[] | undefined }): string | undefined {
  const d = decide({
    findings: r.report.sensitive,
    complete: r.report.complete,
    destination: o.destination,
    policy: o.guard.policy,
    text: o.text,
    detectors: o.guard.scanner.detectors,
    ...(o.subjectRegions ? { subjectRegions: o.subjectRegions } : {}),
  });
  if (d.action === 'allow') return o.text;
  if (d.action !== 'redact') return undefined;
  const redactor = createRedactor({ scanner: o.guard.scanner, vault: o.guard.redactor.vault, scope: o.guard.redactor.scope, operators: d.operators ?? {}, default: keep() });
  return redactor.apply(o.text, r.report.sensitive).text;
}

const indent = (text: string): string => text.replace(/^(?=.)/gm, '  ').replace(/\n$/, '');
