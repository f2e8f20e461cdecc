/**
 * The component's entry point (what the build bundles): the engine, in a JavaScript runtime without
 * WASI. QuickJS's clock and randomness would call WASI, which the component does not import (those
 * calls trap). Here they throw a JavaScript error instead, which the engine returns as the typed
 * `failed` error: a component never traps on a path we missed. The engine itself never needs them
 * (the host gives the time in `config.now-ms`; decision ids count).
 *
 * The build may bake a configuration in (see `__AIRLOCK_CONFIG__`).
 *
 * @module
 */
import './textCoding.ts';

const g = globalThis as { crypto?: unknown };
Date.now = () => {
  throw new Error('the component has no clock: give the time in config.now-ms');
};
g.crypto = {
  getRandomValues(): never {
    throw new Error('the component has no source of randomness');
  },
};

import { engine, type Config } from './engine.ts';

/**
 * A configuration baked in at build time (`AIRLOCK_WASM_CONFIG=config.json pnpm build`): applied while
 * the module is evaluated, so the snapshot holds its compiled scanner and guard, and the component
 * starts configured at no run-time cost. `undefined` when the build was given none.
 */
declare const __AIRLOCK_CONFIG__: Config | undefined;
// Configured here in every build (with the defaults when none was baked in): the snapshot holds the
// compiled engine, and the first call costs what the others do.
try {
  engine.configure(__AIRLOCK_CONFIG__ ?? {});
} catch (e) {
  const { tag, val } = e as { tag?: string; val?: unknown };
  throw new Error(`AIRLOCK_WASM_CONFIG: ${String(tag)}: ${JSON.stringify(val)}`);
}

export { engine };
