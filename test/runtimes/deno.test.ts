/**
 * The @airlock/deno suite (packages/deno: its Deno tests and the examples in its TSDoc, run by
 * `deno test --doc`) under the real `deno` binary, reported here one vitest test per Deno test, so
 * that `pnpm test` and CI count them. Deno runs once, when this file is collected.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runDenoTests } from './deno.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = fileURLToPath(new URL('../../packages/deno/', import.meta.url));

// Deno writes into a pnpm workspace's package.json when a resolution fails (it "migrates"
// pnpm-workspace.yaml there); a test run must never change the repository.
const rootManifest = readFileSync(`${root}/package.json`, 'utf8');
const run = runDenoTests(pkg, ['--doc', '--allow-read', '--allow-write', '--allow-run', '--allow-env', 'mod.ts', 'src', 'examples', 'test']);
const manifestAfter = readFileSync(`${root}/package.json`, 'utf8');

describe('@airlock/deno under deno', () => {
  it('deno ran the suite and exited 0', () => {
    expect(manifestAfter, 'deno changed the root package.json').toBe(rootManifest);
    expect(run.cases.length, run.output).toBeGreaterThan(20);
    expect(run.cases.some((c) => c.file.includes('.ts#')), 'the TSDoc examples ran as doc tests').toBe(true);
    expect(run.status, run.output).toBe(0);
  });
  for (const c of run.cases) {
    // A doc test is named by its URL; its file (`./src/files.ts#42-50.ts`, the lines of the example) says it all.
    it.skipIf(c.skipped)(c.name.startsWith('file://') ? c.file : `${c.file} › ${c.name}`, () => {
      if (c.failure !== undefined) expect.fail(`${c.failure}\n\n${run.output.slice(-4000)}`);
    });
  }
});
