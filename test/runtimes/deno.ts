/**
 * Runs Deno tests under the real `deno` binary of the npm package `deno` (a root devDependency) and
 * reads their results from Deno's JUnit report, so that each Deno test can be reported as a vitest
 * test. Used by test/runtimes/deno.test.ts (the @airlock/deno suite) and test/bundle (the packed
 * package in Deno).
 *
 * Nothing is downloaded: `--no-remote` forbids remote modules, and npm packages come from the
 * node_modules folders already installed (the `"nodeModulesDir": "manual"` of each deno.json).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const require = createRequire(import.meta.url);

/**
 * The path of the deno executable. The npm package `deno` ships it in an optional platform package
 * (`@deno/linux-x64-glibc`, ...); its postinstall hard-links it into the package's own folder, and
 * its `install_api.cjs` (what its `bin.cjs` calls) returns that path, linking it first if the
 * postinstall did not run.
 */
export function denoExecutable(): string {
  const api = require('deno/install_api.cjs') as { runInstall(): string };
  return api.runInstall();
}

/** One Deno test as the JUnit report has it. */
export interface DenoTestCase {
  /** The test file, as Deno names it (`./test/files.test.ts`, `./src/files.ts#42-50.ts` for the example on lines 42 to 50). */
  readonly file: string;
  readonly name: string;
  /** The failure's message and stack, when it failed. */
  readonly failure?: string;
  readonly skipped: boolean;
}

/** What one `deno test` run reported. */
export interface DenoRun {
  readonly status: number | null;
  /** Deno's console output (stdout and stderr), for a failure message. */
  readonly output: string;
  /** Empty when Deno failed before running tests (a type error, a module that did not resolve). */
  readonly cases: readonly DenoTestCase[];
}

/** The environment of a Deno process: no colours, no update check, no permission prompts. */
export function denoEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' };
}

/**
 * `deno test --no-remote --reporter=junit ARGS` in `cwd`, with the JUnit report written to a
 * temporary file and parsed.
 */
export function runDenoTests(cwd: string, args: readonly string[], timeoutMs = 600_000): DenoRun {
  const dir = mkdtempSync(join(tmpdir(), 'airlock-deno-'));
  const report = join(dir, 'junit.xml');
  try {
    const result = spawnSync(denoExecutable(), ['test', '--no-remote', '--reporter=junit', `--junit-path=${report}`, ...args], {
      cwd,
      env: denoEnv(),
      encoding: 'utf8',
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${String(result.error)}` : ''}`;
    let xml = '';
    try {
      xml = readFileSync(report, 'utf8');
    } catch {
      // No report: Deno stopped before running tests; the output says why.
    }
    return { status: result.status, output, cases: xml === '' ? [] : parseJunit(xml) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface JunitCase {
  name: string;
  classname: string;
  failure?: string | { '#text'?: string; message?: string };
  error?: string | { '#text'?: string; message?: string };
  skipped?: unknown;
}

/** The test cases of a JUnit report as Deno writes it (`testsuites > testsuite > testcase`). */
export function parseJunit(xml: string): DenoTestCase[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  const doc = parser.parse(xml) as { testsuites?: { testsuite?: { testcase?: JunitCase[] }[] } };
  const text = (node: JunitCase['failure']): string | undefined =>
    node === undefined ? undefined : typeof node === 'string' ? node : (node['#text'] ?? node.message ?? 'failed');
  return (doc.testsuites?.testsuite ?? []).flatMap((suite) =>
    (suite.testcase ?? []).map((c) => {
      const failure = text(c.failure) ?? text(c.error);
      return { file: String(c.classname), name: String(c.name), skipped: c.skipped !== undefined, ...(failure === undefined ? {} : { failure }) };
    }),
  );
}
