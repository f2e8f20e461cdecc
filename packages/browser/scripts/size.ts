/**
 * The size check of @airlock/browser: how many bytes a page downloads, raw and gzipped.
 *
 * - `scan + catalog + redact`: what DESIGN budgets (createScanner, the default `recommended()`
 *   catalog, createRedactor), bundled here for a page (esbuild, browser, ES2022, minified), with the
 *   inputs that weigh most, grouped by package (core by directory).
 * - The built files of the package (`pnpm --filter @airlock/browser build` first): the whole
 *   library, its worker, the playground.
 * - Fails (exit 1) if a bundle refers to anything of Node's (`node:` modules, `require(`, `process.`,
 *   `Buffer`). Built files that are missing are noted, not measured.
 *
 * Run: `pnpm --filter @airlock/browser size` (also a line of `pnpm bench`). `--json` prints JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

interface Size {
  readonly name: string;
  readonly raw: number;
  readonly gzip: number;
}

const sizeOf = (name: string, code: Uint8Array | string): Size => {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code;
  return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

/** Anything of Node's that a browser bundle must not refer to. */
const NODE_ONLY = [/\bfrom\s*["']node:/, /\bimport\(\s*["']node:/, /\brequire\(/, /\bprocess\.(env|versions|platform|nextTick)\b/, /\bBuffer\.(from|alloc|isBuffer)\b/];

function nodeLeaks(code: string): string[] {
  return NODE_ONLY.filter((re) => re.test(code)).map((re) => re.source);
}

/** Groups a metafile's inputs: core by source directory, dependencies by package. */
function weights(meta: Metafile, output: string): { group: string; bytes: number }[] {
  const groups = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(meta.outputs[output]!.inputs)) {
    const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    const core = /(?:^|\/)core\/src\/(.+)\/[^/]+$/.exec(path)?.[1];
    const group = pkg ?? (core ? `@airlock/core src/${core}` : relative(root, path));
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
  return [...groups].map(([group, bytes]) => ({ group, bytes })).sort((a, b) => b.bytes - a.bytes);
}

const core = await build({
  stdin: { contents: "export { createScanner, recommended, createRedactor } from '@airlock/core';", resolveDir: root, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  metafile: true,
  conditions: ['@airlock/source', 'browser', 'module', 'import', 'default'],
  outfile: 'scan-catalog-redact.js',
  logLevel: 'silent',
});
const coreCode = core.outputFiles[0]!.contents;
const sizes: Size[] = [sizeOf('scan + catalog + redact (createScanner, recommended(), createRedactor)', coreCode)];
const heaviest = weights(core.metafile, Object.keys(core.metafile.outputs)[0]!).slice(0, 8);

const problems: string[] = [];
const notes: string[] = [];
const leaks = nodeLeaks(new TextDecoder().decode(coreCode));
if (leaks.length > 0) problems.push(`scan + catalog + redact refers to Node: ${leaks.join(', ')}`);
for (const file of ['index.js', 'worker.js', 'playground/main.js']) {
  const path = join(dist, file);
  if (!existsSync(path)) {
    notes.push(`dist/${file} is not built: run \`pnpm --filter @airlock/browser build\` to measure it`);
    continue;
  }
  const code = readFileSync(path, 'utf8');
  sizes.push(sizeOf(`dist/${file}`, code));
  const l = nodeLeaks(code);
  if (l.length > 0) problems.push(`dist/${file} refers to Node: ${l.join(', ')}`);
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ sizes, heaviest, notes, problems }, null, 2));
} else {
  console.log('@airlock/browser bundle sizes (minified ES2022, gzip -9)');
  for (const s of sizes) console.log(`  ${s.name.padEnd(72)} ${kb(s.raw).padStart(11)} raw ${kb(s.gzip).padStart(10)} gzip`);
  console.log('  heaviest parts of scan + catalog + redact (minified bytes):');
  for (const w of heaviest) console.log(`    ${w.group.padEnd(48)} ${kb(w.bytes).padStart(11)}`);
  for (const n of notes) console.log(`  note: ${n}`);
  for (const p of problems) console.log(`  PROBLEM: ${p}`);
}
if (problems.length > 0) process.exitCode = 1;
