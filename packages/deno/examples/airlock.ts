/**
 * A small airlock command line for Deno, over the helpers of `@airlock/deno`:
 *
 * ```sh
 * deno run --allow-read examples/airlock.ts scan FILE|-...   # one JSON line per input: { path, findings, complete }
 * deno run --allow-read examples/airlock.ts redact [FILE|-]  # the redacted text on stdout; stdin when no FILE or -
 * cat chat.txt | deno run examples/airlock.ts redact         # stdin is redacted as it flows
 * ```
 *
 * Exit codes: 0 nothing found, 1 something found (`scan`), 2 an error (a missing file, a file that
 * is not UTF-8, bad usage). For the full CLI (SARIF, policies, directories), use `airlock` from
 * `@airlock/node`.
 *
 * @module
 */
import { createRedactor, type Finding, isAirlockError, pipeRedacted, redactFileStream, scanBytes, scanFile } from '@airlock/deno';

const USAGE = 'usage: airlock.ts scan FILE|-... | airlock.ts redact [FILE|-]\n';
const encoder = new TextEncoder();
const stderr = (text: string): void => void Deno.stderr.writeSync(encoder.encode(text));

async function scan(paths: readonly string[]): Promise<number> {
  if (paths.length === 0) return usage();
  let found = false;
  for (const path of paths) {
    // stdin is scanned as it flows; a stream that cannot be scanned completely throws (fail closed).
    const { findings, complete } = path === '-' ? { findings: await Array.fromAsync(scanBytes(Deno.stdin.readable, { source: 'stdin' })), complete: true } : await scanFile(path);
    // An incomplete scan counts as a finding: it may have missed one.
    found ||= findings.length > 0 || !complete;
    const spans = findings.map(({ type, start, end, score, detector }: Finding) => ({ type, start, end, score, detector }));
    console.log(JSON.stringify({ path, findings: spans, complete }));
  }
  return found ? 1 : 0;
}

async function redact(args: readonly string[]): Promise<number> {
  if (args.length > 1) return usage();
  const path = args[0] ?? '-';
  const redactor = createRedactor();
  if (path === '-') {
    await pipeRedacted(Deno.stdin.readable, Deno.stdout.writable, redactor, { source: 'stdin' });
  } else {
    const text = await redactFileStream(path, redactor);
    await text.pipeThrough(new TextEncoderStream()).pipeTo(Deno.stdout.writable);
  }
  return 0;
}

function usage(): number {
  stderr(USAGE);
  return 2;
}

async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === 'scan') return await scan(rest);
    if (command === 'redact') return await redact(rest);
    return usage();
  } catch (error) {
    // Errors with a stable code (airlock's), or the file system's (Deno.errors.NotFound, ...).
    const code = isAirlockError(error) ? ` [${error.code}]` : '';
    stderr(`airlock: ${error instanceof Error ? error.message : String(error)}${code}\n`);
    return 2;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
