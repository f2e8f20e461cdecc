// Runs airlock's WebAssembly component from Node through jco (`jco transpile`).
//
//   node --experimental-wasm-extended-const host.mjs COMPONENT OUTDIR < steps.json > results.json
//
// (Node 20 needs the flag: the QuickJS component uses extended constant expressions; Node 22+ has them.)
// Transpiles COMPONENT into OUTDIR (ES module + core wasm files), imports it, and runs the steps the
// Python host runs (hosts/python/host.py describes the JSON), printing the same JSON shape: records
// with the WIT (kebab-case) field names, `list<u16>` as plain lists.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transpile } from '@bytecodealliance/jco';
import { runSteps } from './steps.mjs';

const [component, outDir] = process.argv.slice(2);
const { files } = await transpile(await readFile(component), { name: 'airlock', noTypescript: true, quiet: true });
for (const [name, bytes] of Object.entries(files)) {
  const path = join(outDir, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}
// jco writes ES modules with a .js extension.
await writeFile(join(outDir, 'package.json'), '{ "type": "module" }');
const { engine } = await import(pathToFileURL(join(outDir, 'airlock.js')).href);

const steps = JSON.parse(readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify({ results: runSteps(engine, steps) }));
