import { defineConfig } from 'tsup';
import { createTsupConfig } from '../../tsup.config.base.ts';

export default defineConfig(
  createTsupConfig({
    entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
    platform: 'node',
    external: ['@airlock/core'],
  }),
);
