/**
 * Builds the npm form of @airlock/deno into dist/: one `.js` and one `.d.ts` per source file.
 *
 * Why a build at all: Deno runs TypeScript from the file system and from JSR, but refuses to strip
 * types from files under node_modules (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING), so a package
 * installed from npm must ship JavaScript. Each file is transpiled on its own (no bundling: the
 * files map one to one to the sources, and `@airlock/core` stays an import). Declarations come from
 * `ts.transpileDeclaration`, which needs no type checking (the sources follow
 * `isolatedDeclarations`), so Deno's globals need not be known to tsc; `deno check` checks them.
 *
 * Run by `pnpm build` (`tsx scripts/build.ts` in this package).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const out = join(pkg, 'dist');

const sources = ['mod.ts', ...readdirSync(join(pkg, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => `src/${f}`)];

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  // './src/decode.ts' becomes './src/decode.js' in the output.
  rewriteRelativeImportExtensions: true,
  verbatimModuleSyntax: true,
};
const declarationOptions: ts.CompilerOptions = { ...compilerOptions, declaration: true, isolatedDeclarations: true, stripInternal: true };

/** Relative `.ts` specifiers in declarations point at the `.js` files, whose types are the `.d.ts` beside them. */
const jsSpecifiers = (code: string): string => code.replace(/(from\s+['"]\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1.js$2');

rmSync(out, { recursive: true, force: true });
for (const source of sources) {
  const input = readFileSync(join(pkg, source), 'utf8');
  const js = ts.transpileModule(input, { compilerOptions, fileName: source, reportDiagnostics: true });
  const dts = ts.transpileDeclaration(input, { compilerOptions: declarationOptions, fileName: source, reportDiagnostics: true });
  const diagnostics = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => pkg, getNewLine: () => '\n' };
    process.stderr.write(ts.formatDiagnostics(diagnostics, host));
    process.exit(1);
  }
  const target = join(out, source.replace(/\.ts$/, '.js'));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, js.outputText);
  writeFileSync(target.replace(/\.js$/, '.d.ts'), jsSpecifiers(dts.outputText));
  console.log(`${relative(pkg, target)} (+ .d.ts)`);
}
