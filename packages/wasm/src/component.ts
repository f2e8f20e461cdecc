/**
 * The component's entry point (what the build bundles): the engine, in a JavaScript runtime without
 * WASI. QuickJS's clock and randomness would call WASI, which the component does not import (those
 * calls trap). Here they throw a JavaScript error instead, which the engine returns as the typed
 * `failed` error: a component never traps on a path we missed. The engine itself never needs them
 * (the host gives the time in `config.now-ms`; decision ids count).
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

export { engine } from './engine.ts';
