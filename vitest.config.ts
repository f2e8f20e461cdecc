import { defineConfig } from 'vitest/config';

// Tests run against the TypeScript source of workspace packages, never a stale dist: the
// "@airlock/source" export condition (see packages/core/package.json) comes first. Vite replaces its
// default conditions when these are set, so the defaults are repeated after it.
const SOURCE_CONDITION = '@airlock/source';

export default defineConfig({
  resolve: { conditions: [SOURCE_CONDITION, 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, 'module', 'node', 'development|production'] } },
  test: {
    // A hang guard, not a speed check (speed is measured in benchmarks/). CI runs the Deno, Chromium
    // and packed-tarball suites next to the unit tests on two cores; 5 s (vitest's default) is too
    // tight for a compile-heavy example there.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['packages/core/src/**/*.test.ts', 'packages/core/test/**/*.test.ts'],
          // Type tests (*.test-d.ts, `expectTypeOf`) are checked by tsc through the root tsconfig.json.
          typecheck: {
            enabled: true,
            include: ['packages/core/src/**/*.test-d.ts', 'packages/core/test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
            // Errors outside type tests are `pnpm typecheck`'s to report.
            ignoreSourceErrors: true,
          },
        },
      },
      {
        extends: true,
        test: {
          // Runnable examples (examples/*): each is checked like the code it shows how to use.
          name: 'examples',
          include: ['examples/*/src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: ['packages/node/src/**/*.test.ts', 'packages/node/test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // @airlock/browser's logic (guardedFetch, the event-stream restore) in Node, with a fake fetch.
          name: 'browser',
          include: ['packages/browser/src/**/*.test.ts', 'packages/browser/test/**/*.test.ts'],
          exclude: ['packages/browser/test/**/*.e2e.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // @airlock/browser in real headless Chromium (Debian's /usr/bin/chromium through
          // playwright-core), against the BUILT bundle: the global setup builds it when it is missing
          // or older than its sources.
          name: 'browser-e2e',
          include: ['packages/browser/test/**/*.e2e.test.ts'],
          globalSetup: ['packages/browser/test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // The WebAssembly component, run by real hosts (Node through jco, Python through wasmtime).
          // Compiling the 25 MB component takes seconds per host.
          name: 'wasm',
          include: ['packages/wasm/test/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          // Cross-package suites at the repo root: conformance, detector evaluation, runtime smoke tests.
          name: 'repo',
          include: ['test/**/*.test.ts'],
        },
      },
    ],
  },
});
