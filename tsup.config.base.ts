import type { Options } from 'tsup';

/**
 * The tsup options every airlock package builds with: ESM + CJS + `.d.ts`, ES2022, no platform
 * globals assumed. Bindings override `platform` ('node', 'browser') and `entry`.
 */
export const createTsupConfig = (overrides: Options = {}): Options => ({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  ...overrides,
});
