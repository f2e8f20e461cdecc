/**
 * Shared pieces of every command's argument handling: the usage error, checked option values and
 * the exit codes.
 *
 * @module
 */

/** Exit code of a run that found nothing (or allowed the text). */
export const EXIT_CLEAN = 0;
/** Default exit code when something was found (scan, redact) or the text was blocked (guard). */
export const EXIT_FINDINGS = 1;
/** Exit code of an error: bad usage, unreadable input, invalid config or policy. */
export const EXIT_ERROR = 2;

/** Bad command-line usage: printed with the command's usage text, exit code 2. */
export class UsageError extends Error {}

/**
 * A problem with the input, the config or the policy: printed as `airlock <command>: <message>`,
 * exit code 2.
 */
export class InputError extends Error {}

/** `value` if it is one of `allowed`, else a {@link UsageError} naming the option. */
export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be ${allowed.map((a) => `'${a}'`).join(', ')}, got '${value}'`);
  }
  return value as T;
}

/** An exit code given on the command line: a whole number in [0, 255]. */
export function exitCodeOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 255) throw new UsageError(`--${name} must be a whole number in [0, 255], got '${value}'`);
  return n;
}

/** A number in [0, 1] given on the command line. */
export function scoreOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0 && n <= 1)) throw new UsageError(`--${name} must be a number in [0, 1], got '${value}'`);
  return n;
}

/** A positive whole number given on the command line. */
export function countOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 1024) throw new UsageError(`--${name} must be a whole number in [1, 1024], got '${value}'`);
  return n;
}

/** Says what a file-system error means, in a few words. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ENOTDIR') return 'not a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * With no path, a command reads stdin; on a terminal that would wait for typing, so it is bad
 * usage instead (`-` still reads a terminal, on purpose).
 */
export function requireInput(positionals: readonly string[], io: { readonly tty?: { readonly stdin?: boolean } }): void {
  if (positionals.length === 0 && io.tty?.stdin === true) throw new UsageError("no input: give a path, or pipe text to standard input ('-')");
}
