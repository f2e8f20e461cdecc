/**
 * Builds @airlock/browser before the Chromium tests when its dist is missing or older than what it
 * is built from (its src and playground, and core's src, which the bundle includes). The tests run
 * the BUILT bundle, as a page would.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('../..', import.meta.url));
const OUTPUTS = ['dist/index.js', 'dist/worker.js', 'dist/playground/index.html', 'dist/playground/main.js', 'dist/playground/worker.js'];
const INPUTS = ['src', 'playground', '../core/src', 'tsup.config.ts', 'package.json'];

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

export default function setup(): void {
  const outputs = OUTPUTS.map((o) => join(pkg, o));
  const missing = outputs.some((o) => !existsSync(o));
  const stale = !missing && Math.max(...INPUTS.map((i) => newest(join(pkg, i)))) > Math.min(...outputs.map((o) => statSync(o).mtimeMs));
  if (!missing && !stale) return;
  console.log(`@airlock/browser: dist is ${missing ? 'missing' : 'older than its sources'}; building it (pnpm --filter @airlock/browser build)`);
  execFileSync('pnpm', ['--filter', '@airlock/browser', 'build'], { cwd: pkg, stdio: ['ignore', 'inherit', 'inherit'] });
}
