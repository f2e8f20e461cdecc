/**
 * Command-line options of the benchmark scripts: `--name value` pairs after the script's name.
 *
 * @module
 */

const argv = process.argv.slice(2);

/** The value after `--name` on the command line, or `fallback` when it is absent. */
export function option(name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
}
