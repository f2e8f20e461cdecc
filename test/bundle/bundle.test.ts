/**
 * The packages as users get them: every workspace package is packed (`pnpm pack`, as it would be
 * published) and installed from the tarballs into a fresh project in the system's temporary folder,
 * outside the repository, where nothing of the workspace can be reached. Then, in that project:
 * ESM `import` and CJS `require` of @airlock/core and @airlock/node each run a real scan and
 * redaction, and their declarations type-check for both; the installed `airlock` bin runs; Deno
 * loads the packed @airlock/deno (which imports the packed core) and runs its tests; and headless
 * Chromium loads the packed @airlock/browser bundle and its worker.
 *
 * One build check, one pack and one install serve every test. Packages are built first when their
 * dist is missing or older than their sources (CI builds before testing, so this is a no-op there).
 * The install prefers pnpm's store (`--prefer-offline`): with the workspace installed, the
 * packages' own dependencies are all there, and the registry is asked only for what is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDenoTests, type DenoRun } from '../runtimes/deno.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

interface Manifest {
  name: string;
  version: string;
  scripts?: Record<string, string>;
}

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => join(root, 'packages', dir))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest }));

/** The newest modification time of the files under `path` (0 when there are none). */
function newest(path: string, pick: (t: number, u: number) => number = Math.max, start = 0): number {
  if (!existsSync(path)) return start;
  const stat = statSync(path);
  if (!stat.isDirectory()) return pick(start, stat.mtimeMs);
  return readdirSync(path).reduce((t, name) => newest(join(path, name), pick, t), start);
}

/** A package needs building when its dist is missing or older than its sources or build config. */
function stale(dir: string): boolean {
  const dist = join(dir, 'dist');
  if (!existsSync(dist)) return true;
  const oldestOutput = newest(dist, Math.min, Number.POSITIVE_INFINITY);
  const inputs = ['src', 'mod.ts', 'package.json', 'tsup.config.ts', 'scripts'].map((p) => newest(join(dir, p)));
  return Math.max(...inputs) > oldestOutput;
}

function run(command: string, args: readonly string[], cwd: string, input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 300_000 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: `${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

let project = '';
const tarballs = new Map<string, string>();
let deno: DenoRun | undefined;

beforeAll(() => {
  // Build what is stale, through the packages' own build scripts (tsup, publint, ...).
  const toBuild = packages.filter((p) => p.manifest.scripts?.build !== undefined && stale(p.dir));
  for (const p of toBuild) execFileSync('pnpm', ['--filter', p.manifest.name, 'build'], { cwd: root, stdio: 'pipe' });

  project = mkdtempSync(join(tmpdir(), 'airlock-bundle-'));
  const packs = join(project, 'packs');
  mkdirSync(packs);
  for (const p of packages) {
    const out = run('pnpm', ['pack', '--pack-destination', packs], p.dir);
    if (out.status !== 0) throw new Error(`pnpm pack failed in ${p.dir}:\n${out.stdout}${out.stderr}`);
  }
  for (const file of readdirSync(packs)) {
    const name = JSON.parse(execFileSync('tar', ['-xOzf', join(packs, file), 'package/package.json'], { encoding: 'utf8' }) as string).name as string;
    tarballs.set(name, `file:./packs/${file}`);
  }
  // Every @airlock package, wherever it is depended on (@airlock/node → @airlock/core), is the
  // packed one: overrides keep pnpm from looking for it in the registry.
  // A TypeScript project on Node has Node's types: @airlock/node's declarations use node:stream
  // (its Transform wrappers), and the package names @types/node as an optional peer.
  const dependencies = { ...Object.fromEntries(tarballs), '@types/node': '20.19.43' };
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'airlock-bundle-check', private: true, dependencies }, null, 2)}\n`);
  const overrides = [...tarballs].map(([name, spec]) => `  '${name}': '${spec}'`).join('\n');
  writeFileSync(join(project, 'pnpm-workspace.yaml'), `overrides:\n${overrides}\n`);
  const install = run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile', '--reporter=append-only'], project);
  if (install.status !== 0) throw new Error(`pnpm install of the tarballs failed:\n${install.stdout}${install.stderr}`);

  for (const file of readdirSync(fixtures)) writeFileSync(join(project, file), readFileSync(join(fixtures, file)));
  deno = runDenoTests(project, ['--allow-read', '--allow-write', 'deno_entry.ts']);
}, 900_000);

afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

/** What esm.mjs and cjs.cjs print: the same checks, through `import` and through `require`. */
const EXPECTED = {
  findings: [
    ['EMAIL_ADDRESS', 8, 28],
    ['AWS_ACCESS_KEY_ID', 33, 53],
  ],
  redacted: '😀 mail <EMAIL_ADDRESS> key <AWS_ACCESS_KEY_ID>',
  nodeRedacted: '😀 mail <EMAIL_ADDRESS> key <AWS_ACCESS_KEY_ID>',
  errorCode: 'regex_syntax',
  isAirlockError: true,
  regexEntry: [4, 7],
  cliMain: 'function',
};

// Each test spawns a process (node, tsc, the bin) on a machine that may be busy: no 5 s limit.
describe('packed packages installed in a fresh project', { timeout: 180_000 }, () => {
  it('every package was packed, and the project is outside the repository', () => {
    expect([...tarballs.keys()].sort()).toEqual(packages.map((p) => p.manifest.name).sort());
    expect(['@airlock/browser', '@airlock/core', '@airlock/deno', '@airlock/node'].every((name) => tarballs.has(name))).toBe(true);
    expect(project.startsWith(root)).toBe(false);
    expect(existsSync(join(project, 'node_modules/@airlock/core/package.json'))).toBe(true);
  });

  it('the tarballs hold the builds and no tests', () => {
    const listing = (name: string): string[] => {
      const file = join(project, tarballs.get(name)!.slice('file:./'.length));
      return execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
    };
    const core = listing('@airlock/core');
    expect(core).toEqual(expect.arrayContaining(['package/dist/index.js', 'package/dist/index.cjs', 'package/dist/index.d.ts', 'package/dist/index.d.cts']));
    expect(listing('@airlock/node')).toEqual(expect.arrayContaining(['package/dist/bin.js', 'package/dist/index.cjs']));
    expect(listing('@airlock/deno')).toEqual(expect.arrayContaining(['package/dist/mod.js', 'package/dist/mod.d.ts', 'package/mod.ts']));
    for (const name of tarballs.keys()) expect(listing(name).filter((f) => /\.test(-d)?\.ts$/.test(f)), name).toEqual([]);
  });

  it('ESM: import of @airlock/core and @airlock/node scans and redacts', () => {
    const out = run(process.execPath, ['esm.mjs'], project);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual({ ...EXPECTED, format: 'esm' });
  });

  it('CJS: require of @airlock/core and @airlock/node scans and redacts', () => {
    const out = run(process.execPath, ['cjs.cjs'], project);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toEqual({ ...EXPECTED, format: 'cjs' });
  });

  it('TypeScript: the packed declarations type-check for import (.d.ts) and require (.d.cts)', () => {
    const out = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], project);
    expect(out.stdout + out.stderr).toBe('');
    expect(out.status).toBe(0);
  });

  it('the installed airlock bin prints its version and evaluates detectors on a file', () => {
    const bin = join(project, 'node_modules/.bin/airlock');
    const version = run(bin, ['--version'], project);
    expect(version).toEqual({ status: 0, stdout: '0.0.0\n', stderr: '' });
    const evaluated = run(bin, ['eval', '--format', 'json', 'labelled.jsonl'], project);
    expect(evaluated.stderr).toBe('');
    expect(evaluated.status).toBe(0);
    const report = JSON.parse(evaluated.stdout) as unknown;
    expect(JSON.stringify(report)).toContain('EMAIL_ADDRESS');
  });

  it('the installed airlock bin scans a file (JSON findings, exit 1 on findings)', () => {
    const out = run(join(project, 'node_modules/.bin/airlock'), ['scan', '--format', 'json', 'sample.txt'], project);
    expect(out.status).toBe(1);
    expect(out.stdout).toContain('EMAIL_ADDRESS');
  });

  it('Deno: the packed @airlock/deno, importing the packed @airlock/core, runs its checks', () => {
    expect(deno, 'deno did not run').toBeDefined();
    const { cases, output, status } = deno!;
    const failed = cases.filter((c) => c.failure !== undefined).map((c) => `${c.name}: ${c.failure}`);
    expect(failed, output).toEqual([]);
    expect(cases.map((c) => c.name)).toEqual([
      'scanFile on a file with emoji: UTF-16 offsets',
      'redactBytes: chunks cut inside a character give the whole-text redaction',
      'errors cross as AirlockError with their codes',
    ]);
    expect(status, output).toBe(0);
  });

  // ---- @airlock/browser -------------------------------------------------------------------------
  // The installed package's ESM bundle and worker, served as files from the fresh project's
  // node_modules to Debian's headless Chromium (the browser tests' harness).
  it('the packed @airlock/browser bundle scans, redacts and runs its Web Worker in Chromium', async () => {
    const { launch, serve } = await import('../../packages/browser/test/e2e/harness.ts');
    const dist = join(project, 'node_modules/@airlock/browser/dist');
    const page = `<!doctype html><script type="module">
      import * as airlock from '/index.js';
      const text = 'mail jane.doe@example.com key AKIAZ7QX4N2PLW6RKDE3';
      const scanner = airlock.createScanner({ detectors: airlock.recommended() });
      const worker = airlock.createWorkerScanner({ detectors: 'secrets' });
      await worker.ready;
      window.result = {
        findings: scanner.scan(text).map((f) => [f.type, f.start, f.end]),
        redacted: airlock.createRedactor({ scanner }).redact(text).text,
        inWorker: (await worker.scan(text)).findings.map((f) => f.type),
      };
      worker.terminate();
    </script>`;
    const server = await serve(dist, { '/': page });
    const browser = await launch();
    try {
      const tab = await browser.context.newPage();
      await tab.goto(`${server.origin}/`);
      await tab.waitForFunction(() => (globalThis as unknown as { result?: unknown }).result !== undefined, undefined, { timeout: 120_000 });
      expect(await tab.evaluate(() => (globalThis as unknown as { result: unknown }).result)).toEqual({
        findings: [
          ['EMAIL_ADDRESS', 5, 25],
          ['AWS_ACCESS_KEY_ID', 30, 50],
        ],
        redacted: 'mail <EMAIL_ADDRESS> key <AWS_ACCESS_KEY_ID>',
        inWorker: ['AWS_ACCESS_KEY_ID'],
      });
      expect(browser.requests.every((url) => url.startsWith(server.origin))).toBe(true);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
