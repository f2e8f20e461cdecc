/**
 * `airlock restore [FILE|-] --vault FILE`: puts the values behind pseudonyms (`<PERSON_1>`, also
 * as a model rewrites them: `**<person_1>**`) back into a model's answer. Standard input is
 * restored as a stream (core's `restoreChunks`): a token split across chunks is restored as if it
 * had come whole.
 *
 * @module
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { restoreChunks } from '@airlock/core';
import { EXIT_CLEAN, UsageError, requireInput } from './args.ts';
import { runCommand } from './command.ts';
import { loadConfig } from './config.ts';
import { inputChunks, singleInput } from './inputs.ts';
import type { CliIo } from './io.ts';
import { openVault, parseVaultKey, VAULT_KEY_ENV } from './vaultFile.ts';

/** Usage text of `airlock restore`. */
export const RESTORE_USAGE: string = `Usage: airlock restore --vault FILE [options] [FILE|-]

Writes FILE (or standard input, as a stream) to stdout with the pseudonyms that
'airlock redact --vault FILE' made replaced by the original values.

Options:
  --vault FILE            the vault 'airlock redact --vault' wrote (required). The key is
                          read from $${VAULT_KEY_ENV} (hex or base64)
  --vault-key-env NAME    read the vault key from $NAME instead
  --scope NAME            the vault scope the pseudonyms were made in (default: default)
  --config FILE           read options from FILE (default: ./airlock.config.json if present)
  -h, --help              show this help

Exit codes: 0 done, 2 error (bad usage, unreadable input, missing vault, wrong key).
`;

/**
 * Runs `airlock restore` with the arguments after `restore`.
 *
 * @param args - command-line arguments, without `airlock restore`
 * @param io - where to read and print
 * @returns the exit code
 */
export async function restoreCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runCommand('restore', RESTORE_USAGE, io, async () => {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        vault: { type: 'string' },
        'vault-key-env': { type: 'string', default: VAULT_KEY_ENV },
        scope: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(RESTORE_USAGE);
      return EXIT_CLEAN;
    }
    requireInput(positionals, io);
    if (!values.vault) throw new UsageError('--vault FILE is required');
    if (positionals.length > 1) throw new UsageError('restore takes one FILE (or - for stdin)');
    const cwd = io.cwd ?? process.cwd();
    const { config } = await loadConfig(cwd, values.config);
    const input = await singleInput(positionals, cwd);
    const key = parseVaultKey(io.env ?? {}, values['vault-key-env']);
    const vault = await openVault(resolve(cwd, values.vault), key, false);
    const source = await inputChunks(input, io);
    for await (const piece of restoreChunks(source, vault, { scope: values.scope ?? config.redact?.scope ?? 'default' })) {
      io.stdout(piece);
      await io.drain?.();
    }
    return EXIT_CLEAN;
  });
}
