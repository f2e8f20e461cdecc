/**
 * The frame every command runs in: parse the arguments, print usage on bad usage, turn input
 * errors into one line on stderr, and return the exit code.
 *
 * @module
 */
import { EXIT_ERROR, InputError, UsageError } from './args.ts';
import type { CliIo } from './io.ts';

/**
 * Runs `body`, mapping {@link UsageError} (and `parseArgs`'s `TypeError`s) to the usage text and
 * {@link InputError} to its message, both with exit code 2.
 */
export async function runCommand(name: string, usage: string, io: CliIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && (error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`airlock ${name}: ${error.message}\n\n${usage}`);
      return EXIT_ERROR;
    }
    if (error instanceof InputError) {
      io.stderr(`${error.message.split('\n').map((line) => `airlock ${name}: ${line}`).join('\n')}\n`);
      return EXIT_ERROR;
    }
    throw error;
  }
}
