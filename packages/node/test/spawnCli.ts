/**
 * Runs the real `airlock` executable from its TypeScript source, as `pnpm airlock` does:
 * `node --conditions=@airlock/source --import <tsx loader> packages/node/src/bin.ts …`. The loader is
 * named by its file URL, so the process can run in any directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(repoRoot, 'packages/node/src/bin.ts');
const tsx = pathToFileURL(join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;

export interface CliRun {
  /** The exit code; `null` when a signal ended the process. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SpawnOptions {
  /** The working directory. @defaultValue the repository's root */
  readonly cwd?: string;
  /** Added to the environment (which has `NO_COLOR=1` and no `FORCE_COLOR`). */
  readonly env?: Readonly<Record<string, string>>;
  /** Run as this user and group id (to meet permissions as someone other than root). */
  readonly uid?: number;
}

/** Starts the process with piped stdio; feed its stdin, then {@link finishCli}. */
export function startCli(args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, ['--conditions=@airlock/source', '--import', tsx, bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
}

/** Collects a started process's output until it exits. */
export function finishCli(child: ChildProcess): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the process to its end with `stdin` (empty by default) as its input. */
export function spawnCli(args: readonly string[], options: SpawnOptions & { readonly stdin?: string } = {}): Promise<CliRun> {
  const child = startCli(args, options);
  const done = finishCli(child);
  child.stdin!.end(options.stdin ?? '');
  return done;
}
