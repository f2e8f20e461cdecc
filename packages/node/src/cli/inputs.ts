/**
 * What a command reads: files, directories (walked, respecting `.gitignore` files, filtered by
 * `--include` and `--exclude` globs) and standard input (`-`). Text is UTF-8; a file with a NUL
 * byte in its first 8 KB, or that is not valid UTF-8, is binary and skipped with a notice.
 *
 * @module
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { describeFsError, InputError } from './args.ts';

/** One input: standard input, or a file (named as the user gave it, or as found under a directory). */
export type Input = { readonly kind: 'stdin'; readonly name: '-' } | { readonly kind: 'file'; readonly name: string; readonly path: string };

/** How directories are walked. */
export interface WalkOptions {
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
  /** Globs a file under a directory must match (relative to the directory given); none: every file. */
  readonly include?: readonly string[] | undefined;
  /** Globs of files and directories to skip. */
  readonly exclude?: readonly string[] | undefined;
  /**
   * Whether `.gitignore` files are respected.
   * @defaultValue true
   */
  readonly gitignore?: boolean | undefined;
}

/**
 * Turns the command line's paths into inputs, in order: `-` (or nothing) is stdin, a file is
 * itself (whatever the globs say: it was named), a directory is every file under it that the
 * globs and `.gitignore` files let through, sorted. `.git` directories are never entered.
 *
 * @throws {@link InputError} for a path that does not exist or a directory that cannot be read
 */
export async function resolveInputs(paths: readonly string[], options: WalkOptions): Promise<Input[]> {
  if (paths.length === 0) return [{ kind: 'stdin', name: '-' }];
  const out: Input[] = [];
  for (const name of paths) {
    if (name === '-') {
      out.push({ kind: 'stdin', name: '-' });
      continue;
    }
    const path = resolve(options.cwd, name);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new InputError(`cannot read ${name}: ${describeFsError(error)}`);
    }
    if (info.isDirectory()) out.push(...(await walk(name, path, options)));
    else out.push({ kind: 'file', name, path });
  }
  return out;
}

async function walk(name: string, root: string, options: WalkOptions): Promise<Input[]> {
  const include = options.include && options.include.length > 0 ? picomatch([...options.include], { dot: true }) : undefined;
  const exclude = options.exclude && options.exclude.length > 0 ? picomatch([...options.exclude], { dot: true }) : undefined;
  const useGitignore = options.gitignore !== false;
  const found: Input[] = [];
  // Each level carries the .gitignore rules of the directories above it, with their directory.
  const visit = async (dir: string, rules: readonly { readonly base: string; readonly ig: Ignore }[]): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw new InputError(`cannot read directory ${shown(dir)}: ${describeFsError(error)}`);
    }
    let here = rules;
    if (useGitignore && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      const text = await readFile(join(dir, '.gitignore'), 'utf8').catch(() => '');
      here = [...rules, { base: dir, ig: ignore().add(text) }];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name === '.git') continue;
      const full = join(dir, entry.name);
      const rel = toPosix(relative(root, full));
      const isDir = entry.isDirectory();
      if (here.some(({ base, ig }) => ig.ignores(toPosix(relative(base, full)) + (isDir ? '/' : '')))) continue;
      if (exclude && (exclude(rel) || (isDir && exclude(`${rel}/`)))) continue;
      if (isDir) await visit(full, here);
      else if (entry.isFile() && (!include || include(rel))) found.push({ kind: 'file', name: shown(full), path: full });
    }
  };
  const shown = (full: string): string => {
    const rel = relative(root, full);
    return rel === '' ? name : join(name, rel);
  };
  await visit(root, []);
  return found;
}

const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));

/** A file that is not text; `message` is the notice of a skipped file. */
export class BinaryInput extends Error {
  /** The file as named. */
  readonly file: string;
  /** Why it is binary. */
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: skipped, binary file (${reason})`);
    this.file = file;
    this.reason = reason;
  }
  /** The error of a command that needs this one file's text. */
  refused(): InputError {
    return new InputError(`${this.file}: binary file (${this.reason}); airlock reads UTF-8 text`);
  }
}

/**
 * Reads a file as UTF-8 text.
 *
 * @throws {@link BinaryInput} when it has a NUL byte in its first 8 KB or is not valid UTF-8;
 *   {@link InputError} when it cannot be read
 */
export async function readText(input: Input & { kind: 'file' }): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input.path);
  } catch (error) {
    throw new InputError(`cannot read ${input.name}: ${describeFsError(error)}`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new BinaryInput(input.name, 'a NUL byte in the first 8 KB');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BinaryInput(input.name, 'not valid UTF-8');
  }
}

/** The whole of standard input as text (for commands that need all of it: scan, guard). */
export async function readStdin(io: { readonly stdin?: () => AsyncIterable<string> }): Promise<string> {
  let text = '';
  if (io.stdin) for await (const chunk of io.stdin()) text += chunk;
  return text;
}

/** Reads an input whole: stdin, or a file as UTF-8 text (see {@link readText}). */
export async function readInput(input: Input, io: { readonly stdin?: () => AsyncIterable<string> }): Promise<string> {
  return input.kind === 'stdin' ? readStdin(io) : readText(input);
}

/**
 * The one input of a command that reads one text (redact, restore, guard): `-` or nothing is
 * stdin, else a file.
 *
 * @throws {@link InputError} when the file does not exist or is a directory
 */
export async function singleInput(positionals: readonly string[], cwd: string): Promise<Input> {
  const [name] = positionals;
  if (name === undefined || name === '-') return { kind: 'stdin', name: '-' };
  const path = resolve(cwd, name);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError(`cannot read ${name}: ${describeFsError(error)}`);
  }
  if (info.isDirectory()) throw new InputError(`${name} is a directory; this command reads one file (or - for stdin)`);
  return { kind: 'file', name, path };
}

/** The chunks of an input: stdin as it arrives, or a file's text in one chunk (checked as {@link readText}). */
export async function inputChunks(input: Input, io: { readonly stdin?: () => AsyncIterable<string> }): Promise<AsyncIterable<string>> {
  if (input.kind === 'stdin') {
    if (!io.stdin) throw new InputError('no standard input');
    return io.stdin();
  }
  let text: string;
  try {
    text = await readText(input);
  } catch (error) {
    if (error instanceof BinaryInput) throw error.refused();
    throw error;
  }
  return (async function* () {
    yield text;
  })();
}
