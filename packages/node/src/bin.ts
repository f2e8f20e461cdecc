#!/usr/bin/env node
/**
 * The `airlock` executable: runs {@link main} with the process's arguments and sets the exit code.
 * The commands themselves live in ./cli.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { processIo } from './cli/io.ts';
import { main } from './cli/main.ts';

// src/bin.ts and dist/bin.js both sit one level below the package root.
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

const io = processIo();
// A reader that goes away (`airlock redact big.log | head`) ends the run quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
main(process.argv.slice(2), io, { version: version() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.stderr(`airlock: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
