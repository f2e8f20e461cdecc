/**
 * Where the CLI writes. Injected, so that commands can be run and tested without a terminal.
 *
 * @module
 */

/** The CLI's output channels. */
export interface CliIo {
  /** Receives the command's result (a report, help text). */
  stdout(text: string): void;
  /** Receives diagnostics: errors, warnings, `--errors` listings in JSON mode. */
  stderr(text: string): void;
}

/**
 * Output to the process's own stdout and stderr.
 *
 * @returns an {@link CliIo} writing to `process.stdout` and `process.stderr`
 *
 * @example
 * ```ts
 * typeof processIo().stdout; //=> 'function'
 * ```
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}

/**
 * Output collected in memory, for tests and for embedding the CLI.
 *
 * @returns the io and the text written to each channel so far
 *
 * @example
 * ```ts
 * const { io, out } = memoryIo();
 * io.stdout('a'); io.stderr('b'); io.stdout('c');
 * out; //=> { stdout: 'ac', stderr: 'b' }
 * ```
 */
export function memoryIo(): { io: CliIo; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  return { io: { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) }, out };
}
