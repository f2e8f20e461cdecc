import { copyFile, mkdir } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { createTsupConfig } from '../../tsup.config.base.ts';

// One ESM bundle per entry, each self-contained (no shared chunks), minified for a page: the
// library (`index.js`, core included), its worker (`worker.js`, loaded next to it), and the
// playground (`playground/`, with its own copy of the worker and its HTML).
export default defineConfig(
  createTsupConfig({
    entry: {
      index: 'src/index.ts',
      worker: 'src/worker/worker.ts',
      'playground/main': 'playground/main.ts',
      'playground/worker': 'src/worker/worker.ts',
    },
    format: ['esm'],
    platform: 'browser',
    minify: true,
    splitting: false,
    // Core is bundled in: the page gets one file, with nothing to resolve.
    noExternal: [/.*/],
    // Bundled from core's TypeScript source, so the bundle never depends on a stale core dist.
    esbuildOptions(options) {
      options.conditions = ['@airlock/source', 'browser', 'module', 'import', 'default'];
    },
    dts: { entry: { index: 'src/index.ts', worker: 'src/worker/worker.ts' } },
    async onSuccess() {
      await mkdir('dist/playground', { recursive: true });
      await copyFile('playground/index.html', 'dist/playground/index.html');
    },
  }),
);
