/**
 * `airlock audit verify FILE` and `airlock audit repair FILE`: check an audit log file (the
 * {@link fileAuditSink} / `exportLog()` format) with core's `verifyLog`, alone or against a
 * checkpoint and its signer's public key; remove a torn final line.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AirlockError, isAirlockError, verifyLog, type AuditCheckpoint, type AuditVerification } from '@airlock/core';
import { repairAuditFile, verifyAuditFile } from '../audit/fileSink.ts';
import { fileError } from '../fileError.ts';
import { UsageError } from './args.ts';
import { runCommand } from './command.ts';
import type { CliIo } from './io.ts';

/** Usage text of `airlock audit`. */
export const AUDIT_USAGE: string = `Usage: airlock audit verify FILE [--checkpoint FILE] [--public-key HEX] [--format text|json]
       airlock audit repair FILE

verify  checks an audit log file (JSON Lines, as written by the file audit sink or exportLog()):
        every record canonical, numbered from 0, chained by hash; against a checkpoint (a JSON
        file with size, root, at and signature) the log must extend it; with the signer's
        Ed25519 public key (64 hex digits) the checkpoint's signature must verify. A signed
        checkpoint without --public-key is reported as unverified (not valid).
repair  removes an incomplete final line (left by a crash in the middle of a write) and nothing
        else. Run it only while no process writes to the log; verify afterwards.

Options:
  --checkpoint FILE     a checkpoint the log must extend
  --public-key HEX      the signer's public key, 64 hex digits (needs --checkpoint)
  --format text|json    output format (default: text)
  -h, --help            show this help

Exit codes (verify): 0 valid; 1 tampered or invalid (problems found, a torn final line
(audit_torn), a line that is not a record (audit_malformed)); 2 error (bad usage, a file that
cannot be read, a malformed checkpoint or public key).
Exit codes (repair): 0 done (whether or not there was a line to remove), 2 error.
`;

/**
 * Runs `airlock audit` with the arguments after `audit`.
 *
 * @param args - command-line arguments, without `airlock audit`
 * @param io - where to print
 * @returns the exit code: 0 valid, 1 tampered or invalid, 2 error or bad usage
 *
 * @example
 * On the command line (reads files, so this block is not run by the example tests):
 * ```sh
 * pnpm airlock audit verify audit.jsonl --checkpoint cp.json --public-key 3b6a27bc…  --format json
 * ```
 *
 * @example
 * ```ts
 * import { memoryIo } from './io.ts';
 * const { io, out } = memoryIo();
 * await auditCommand(['verify'], io); //=> 2
 * out.stderr.split('\n')[0]; //=> 'airlock audit: verify needs one FILE'
 * ```
 */
export async function auditCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runCommand('audit', AUDIT_USAGE, io, async () => {
    const options = parseOptions(args);
    if (options.help) {
      io.stdout(AUDIT_USAGE);
      return 0;
    }
    const { file, format } = options;
    const fail = (exit: 1 | 2, code: string, message: string): number => {
      if (format === 'json') io.stdout(`${JSON.stringify({ file, ok: false, error: { code, message } })}\n`);
      else io.stderr(`airlock audit: ${message}\n`);
      return exit;
    };

    if (options.action === 'repair') {
      try {
        const repair = repairAuditFile(file);
        if (format === 'json') io.stdout(`${JSON.stringify({ file, ...repair })}\n`);
        else io.stdout(repair.removedBytes === 0 ? `${file}: nothing to repair (the last line is complete)\n` : `${file}: removed an incomplete final line of ${repair.removedBytes} bytes; now ${repair.size} bytes. Verify it.\n`);
        return 0;
      } catch (error) {
        if (!isAirlockError(error)) throw error;
        return fail(2, error.code, error.message);
      }
    }

    // Inputs other than the log: any problem with them is an error (2), not a verdict on the log.
    let checkpoint: AuditCheckpoint | undefined;
    let publicKey: Uint8Array | undefined;
    try {
      if (options.checkpoint !== undefined) checkpoint = await readCheckpoint(options.checkpoint);
      if (options.publicKey !== undefined) publicKey = parseKey(options.publicKey);
    } catch (error) {
      if (!isAirlockError(error)) throw error;
      return fail(2, error.code, error.message);
    }

    let report: AuditVerification;
    try {
      report = await verifyAuditFile(file, { ...(checkpoint ? { checkpoint } : {}), ...(publicKey ? { publicKey } : {}) });
    } catch (error) {
      if (!isAirlockError(error)) throw error;
      // A log that cannot be parsed is not a valid log (1); one that cannot be read is an error (2).
      return fail(error.code === 'audit_torn' || error.code === 'audit_malformed' ? 1 : 2, error.code, error.message);
    }

    const checked = checkpoint && { size: checkpoint.size, signed: checkpoint.signature !== undefined, signatureChecked: publicKey !== undefined };
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ file, ok: report.ok, size: report.size, root: report.root, ...(checked ? { checkpoint: checked } : {}), problems: report.problems })}\n`);
    } else if (report.ok) {
      const against = checkpoint ? `; extends the checkpoint of ${checkpoint.size} records${publicKey ? ', whose signature is valid' : ' (unsigned)'}` : '; no checkpoint: a cut at the end could not be seen';
      io.stdout(`${file}: valid, ${report.size} records, root ${report.root}${against}\n`);
    } else {
      io.stdout(`${file}: INVALID (${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}), ${report.size} records\n`);
      for (const p of report.problems) io.stdout(`  ${p.seq === undefined ? 'log' : `record ${p.seq}`}: ${p.code}: ${p.message}\n`);
    }
    return report.ok ? 0 : 1;
  });
}

function parseOptions(args: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      checkpoint: { type: 'string' },
      'public-key': { type: 'string' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be 'text' or 'json', got '${values.format}'`);
  const format: 'text' | 'json' = values.format;
  if (values.help) return { help: true, action: 'verify', file: '', format } as const;
  const [action, ...files] = positionals;
  if (action !== 'verify' && action !== 'repair') {
    throw new UsageError(action === undefined ? 'missing subcommand (verify or repair)' : `unknown subcommand '${action}' (verify or repair)`);
  }
  if (files.length !== 1) throw new UsageError(`${action} needs one FILE`);
  if (action === 'repair' && (values.checkpoint !== undefined || values['public-key'] !== undefined)) {
    throw new UsageError('repair takes no --checkpoint or --public-key');
  }
  if (values['public-key'] !== undefined && values.checkpoint === undefined) {
    throw new UsageError('--public-key checks a checkpoint’s signature: give --checkpoint FILE too');
  }
  return { help: false, action, file: files[0]!, format, checkpoint: values.checkpoint, publicKey: values['public-key'] } as const;
}

async function readCheckpoint(path: string): Promise<AuditCheckpoint> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw fileError(`cannot read the checkpoint ${path}`, error);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return malformed(path, 'is not JSON');
  }
  // verifyLog checks the checkpoint's shape before anything else; on an empty log it does only that.
  try {
    verifyLog('', { checkpoint: value as AuditCheckpoint });
  } catch (error) {
    if (isAirlockError(error) && error.code === 'audit_malformed') return malformed(path, `is not a checkpoint (${error.message})`);
    throw error;
  }
  return value as AuditCheckpoint;
}

function malformed(path: string, what: string): never {
  throw new AirlockError('audit_malformed', `the checkpoint ${path} ${what}`);
}

function parseKey(hex: string): Uint8Array {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new AirlockError('invalid_argument', `--public-key must be 64 hex digits (a 32-byte Ed25519 key), got ${hex.length} characters`);
  }
  return Uint8Array.from(hex.match(/../g)!, (b) => parseInt(b, 16));
}
