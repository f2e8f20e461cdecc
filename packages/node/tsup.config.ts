import { defineConfig } from 'tsup';
import { createTsupConfig } from '../../tsup.config.base.ts';

export default defineConfig(
  createTsupConfig({
    // pool-worker: the worker thread of createScanPool, loaded by URL next to index.js / index.cjs.
    entry: { index: 'src/index.ts', bin: 'src/bin.ts', 'pool-worker': 'src/pool/worker.ts' },
    // import.meta.url in the CJS build (the pool finds its worker with it).
    shims: true,
    platform: 'node',
    external: ['@airlock/core'],
  }),
);
