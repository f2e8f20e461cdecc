#!/usr/bin/env node
/**
 * The `airlock` command. Subcommands live in ./cli.
 *
 * @module
 */
process.stderr.write('airlock: no commands yet\n');
process.exitCode = 2;
