/**
 * The `airlock` command: dispatches to subcommands.
 *
 * @module
 */
import { AUDIT_USAGE, auditCommand } from './auditCommand.ts';
import { EVAL_USAGE, evalCommand } from './evalCommand.ts';
import { GUARD_USAGE, guardCommand } from './guardCommand.ts';
import { INCIDENT_USAGE, incidentCommand } from './incidentCommand.ts';
import type { CliIo } from './io.ts';
import { REDACT_USAGE, redactCommand } from './redactCommand.ts';
import { RESTORE_USAGE, restoreCommand } from './restoreCommand.ts';
import { SCAN_USAGE, scanCommand } from './scanCommand.ts';

/** Top-level usage text. */
export const USAGE: string = `Usage: airlock <command> [options]

Commands:
  scan [PATH...|-]     find personal data and credentials (text, json, jsonl, sarif)
  redact [FILE|-]      write the text redacted to stdout (streams stdin)
  restore [FILE|-]     put pseudonyms back into a model's answer (--vault)
  guard [FILE|-]       classify a text and decide if it may go to a destination (--destination)
  eval FILE.jsonl...   score the detectors on labelled records (precision, recall, F1)
  audit verify|repair FILE
                       check an audit log file (chain, hashes, checkpoint, signature)
  incident list|show|advance|trigger|tick --store DIR
                       drive incidents kept in a directory of snapshots
  help COMMAND         show a command's help

Options:
  -h, --help           show this help (airlock <command> --help for a command's)
  -v, --version        print the version

Exit codes: 0 clean, 1 findings (scan, redact) or blocked (guard), 2 error.
`;

/** Options of {@link main}. */
export interface MainOptions {
  /** Printed by `--version`, and named in SARIF output. */
  readonly version: string;
}

/** A subcommand: how to run it, and its help text. */
interface Command {
  readonly run: (args: readonly string[], io: CliIo, options: MainOptions) => Promise<number>;
  readonly usage: string;
}

/** Every subcommand, by name. A new command is one entry here. */
const COMMANDS: Readonly<Record<string, Command>> = {
  scan: { run: (args, io, options) => scanCommand(args, io, options.version), usage: SCAN_USAGE },
  redact: { run: (args, io) => redactCommand(args, io), usage: REDACT_USAGE },
  restore: { run: (args, io) => restoreCommand(args, io), usage: RESTORE_USAGE },
  guard: { run: (args, io) => guardCommand(args, io), usage: GUARD_USAGE },
  eval: { run: (args, io) => evalCommand(args, io), usage: EVAL_USAGE },
  audit: { run: (args, io) => auditCommand(args, io), usage: AUDIT_USAGE },
  incident: { run: (args, io) => incidentCommand(args, io), usage: INCIDENT_USAGE },
};

/**
 * Runs the `airlock` command line.
 *
 * @param argv - the arguments after the program name (`process.argv.slice(2)`)
 * @param io - where to read and print
 * @param options - the version to print for `--version`
 * @returns the exit code: 0 clean, 1 findings (scan, redact) or blocked (guard), 2 error or bad
 *   usage (an unknown command included)
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
  const found = command === undefined ? undefined : Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (found) return found.run(rest, io, options);
  switch (command) {
    case '-h':
    case '--help':
    case 'help': {
      const topic = rest[0];
      if (topic !== undefined && !Object.hasOwn(COMMANDS, topic)) {
        io.stderr(`airlock: unknown command '${topic}'\n\n${USAGE}`);
        return 2;
      }
      io.stdout(topic === undefined ? USAGE : COMMANDS[topic]!.usage);
      return 0;
    }
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
