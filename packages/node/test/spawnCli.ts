/**
 * Runs the real `airlock` executable from its TypeScript source, as `pnpm airlock` does:
 * `node --import tsx --conditions=@airlock/source packages/node/src/bin.ts …`, from the repo root
 * (where `tsx` resolves).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function spawnCli(args: readonly string[], options: { stdin?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', '--conditions=@airlock/source', bin, ...args],
      { cwd: repoRoot, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = child.exitCode;
        if (code === null) reject(error ?? new Error('the process did not exit'));
        else resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.stdin ?? '');
  });
}
