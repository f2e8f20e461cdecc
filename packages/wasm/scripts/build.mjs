// Builds the component dist/airlock.wasm, offline and reproducibly: src/component.ts (the engine) and @airlock/core
// (from its TypeScript source) bundled into one ES module by esbuild (dist/airlock.js), then turned
// into a component by componentize-qjs (QuickJS, snapshotted by Wizer after the module ran: the
// default scanner is compiled at build time). No WASI imports: the component needs nothing from its host.
//
// docs/wasm.md says why QuickJS (componentize-qjs) and not SpiderMonkey (componentize-js).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { componentize } from 'componentize-qjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bundle = join(dist, 'airlock.js');
const output = join(dist, 'airlock.wasm');

/**
 * `AIRLOCK_WASM_CONFIG=path/to/config.json`: a `config` record (WIT field names: `min-score`,
 * `max-input-bytes`, ...) applied at build time, so that its scanner is compiled into the snapshot
 * instead of by a `configure` call at run time (seconds, in QuickJS).
 */
async function bakedConfig() {
  const path = process.env.AIRLOCK_WASM_CONFIG;
  if (path === undefined || path === '') return undefined;
  const config = JSON.parse(await readFile(path, 'utf8'));
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new Error(`${path}: a config must be a JSON object`);
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k.replace(/-([a-z])/g, (_, c) => c.toUpperCase()), v]));
}

const started = performance.now();
const config = await bakedConfig();
await mkdir(dist, { recursive: true });
await build({
  entryPoints: [join(root, 'src/component.ts')],
  outfile: bundle,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  // Bundle @airlock/core from its source: the component never depends on a stale core dist.
  conditions: ['@airlock/source', 'import'],
  mainFields: ['module', 'main'],
  legalComments: 'none',
  logLevel: 'warning',
  define: { __AIRLOCK_CONFIG__: config === undefined ? 'undefined' : JSON.stringify(config) },
});
const { component } = await componentize({
  witPath: join(root, 'wit'),
  jsSource: await readFile(bundle, 'utf8'),
  jsPath: bundle,
  world: 'airlock',
  // Nothing calls WASI; stubbing it leaves the component without imports.
  stubWasi: true,
  // The non-async runtime: hosts without component-model async (wasmtime-py, Go and Rust embeddings
  // that call synchronously) run it.
  sync: true,
});
await writeFile(output, component);
const mb = (component.length / 1024 / 1024).toFixed(1);
console.log(`${output}: ${mb} MB${config === undefined ? '' : ` (configured by ${process.env.AIRLOCK_WASM_CONFIG})`} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
