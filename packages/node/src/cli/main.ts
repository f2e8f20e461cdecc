/**
 * The `airlock` command: dispatches to subcommands.
 *
 * @module
 */
import { AUDIT_USAGE, auditCommand } from './auditCommand.ts';
import { EVAL_USAGE, evalCommand } from './evalCommand.ts';
import { INCIDENT_USAGE, incidentCommand } from './incidentCommand.ts';
import type { CliIo } from './io.ts';

/** Top-level usage text. */
export const USAGE: string = `Usage: airlock <command> [options]

Commands:
  eval FILE.jsonl...   score the detectors on labelled records (precision, recall, F1)
  audit verify|repair FILE
                       check an audit log file (chain, hashes, checkpoint, signature)
  incident list|show|advance|trigger|tick --store DIR
                       drive incidents kept in a directory of snapshots

Options:
  -h, --help           show this help (airlock <command> --help for a command's)
  -v, --version        print the version
`;

/** Options of {@link main}. */
export interface MainOptions {
  /** Printed by `--version`. */
  readonly version: string;
}

/**
 * Runs the `airlock` command line.
 *
 * @param argv - the arguments after the program name (`process.argv.slice(2)`)
 * @param io - where to print
 * @param options - the version to print for `--version`
 * @returns the exit code: 0 done, 1 failed, 2 bad usage (an unknown command included)
 *
 * @example
 * ```ts
 * import { memoryIo } from './io.ts';
 * const { io, out } = memoryIo();
 * await main(['--version'], io, { version: '1.2.3' }); //=> 0
 * out.stdout; //=> '1.2.3\n'
 * await main(['frobnicate'], io, { version: '1.2.3' }); //=> 2
 * out.stderr.split('\n')[0]; //=> "airlock: unknown command 'frobnicate'"
 * ```
 */
export async function main(argv: readonly string[], io: CliIo, options: MainOptions): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'eval':
      return evalCommand(rest, io);
    case 'audit':
      return auditCommand(rest, io);
    case 'incident':
      return incidentCommand(rest, io);
    case '-h':
    case '--help':
    case 'help':
      io.stdout(rest[0] === 'eval' ? EVAL_USAGE : rest[0] === 'audit' ? AUDIT_USAGE : rest[0] === 'incident' ? INCIDENT_USAGE : USAGE);
      return 0;
    case '-v':
    case '--version':
      io.stdout(`${options.version}\n`);
      return 0;
    case undefined:
      io.stderr(USAGE);
      return 2;
    default:
      io.stderr(`airlock: unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}
