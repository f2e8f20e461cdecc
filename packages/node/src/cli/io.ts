/**
 * Where the CLI reads and writes. Injected, so that commands can be run and tested without a
 * terminal.
 *
 * @module
 */

/** The CLI's input and output channels. */
export interface CliIo {
  /** Receives the command's result (a report, help text, redacted text). */
  stdout(text: string): void;
  /** Receives diagnostics: errors, warnings, summaries, notices. */
  stderr(text: string): void;
  /**
   * Resolves once stdout can take more (its buffer drained), so that a long stream keeps memory
   * bounded. Absent: writes never wait.
   */
  readonly drain?: () => Promise<void>;
  /** The standard input as text chunks, in order, as they arrive. Absent: no standard input. */
  readonly stdin?: () => AsyncIterable<string>;
  /** Whether stdin, stdout and stderr are terminals (colour, progress bars). Absent: none. */
  readonly tty?: { readonly stdin?: boolean; readonly stdout: boolean; readonly stderr: boolean };
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`, `AIRLOCK_VAULT_KEY`). Absent: none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The working directory, where `airlock.config.json` is looked for. Absent: `process.cwd()`. */
  readonly cwd?: string;
}

/**
 * Input and output of the process itself: its stdin, stdout, stderr, environment and directory.
 *
 * @returns an {@link CliIo} over `process`
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
    drain: () =>
      process.stdout.writableNeedDrain
        ? new Promise<void>((resolve) => {
            const done = (): void => {
              process.stdout.off('drain', done);
              process.stdout.off('close', done);
              process.stdout.off('error', done);
              resolve();
            };
            process.stdout.once('drain', done).once('close', done).once('error', done);
          })
        : Promise.resolve(),
    stdin: () => {
      process.stdin.setEncoding('utf8');
      return process.stdin as AsyncIterable<string>;
    },
    tty: { stdin: process.stdin.isTTY === true, stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Output collected in memory, for tests and for embedding the CLI.
 *
 * @param stdin - the text standard input gives, if any
 * @returns the io and the text written to each channel so far
 *
 * @example
 * ```ts
 * const { io, out } = memoryIo();
 * io.stdout('a'); io.stderr('b'); io.stdout('c');
 * out; //=> { stdout: 'ac', stderr: 'b' }
 * ```
 */
export function memoryIo(stdin?: string): { io: CliIo; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    ...(stdin === undefined
      ? {}
      : {
          stdin: async function* () {
            yield stdin;
          },
        }),
  };
  return { io, out };
}
