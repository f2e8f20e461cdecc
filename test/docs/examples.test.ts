/**
 * Runs the `@example` blocks of every exported symbol's TSDoc, so that the documentation cannot
 * drift from the code: each block must run, and each line of the form `expression; //=> value`
 * must produce that value. Blocks may use top-level `await`.
 *
 * Only TypeScript blocks run (fenced ```ts, ```typescript or bare ```). A block fenced as another
 * language (```sh for a command line that reads files, say) is documentation of something this
 * runner cannot execute, and is skipped by that rule, never by a list of exceptions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  /** The fence's info string (`ts`, `sh`, …; empty for a bare fence). */
  readonly lang: string;
}

const RUNNABLE = new Set(['', 'ts', 'typescript']);

/** The fenced code of every `@example` in a file's doc comments. */
function examples(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example/.test(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && !/```/.test(lines[j]!)) j++;
    const lang = /```\s*(\S*)/.exec(lines[j] ?? '')?.[1] ?? '';
    const body: string[] = [];
    for (j++; j < lines.length && !/```/.test(lines[j]!); j++) body.push(lines[j]!.replace(/^\s*\* ?/, ''));
    out.push({ file: relative(root, file), line: i + 1, code: body.join('\n'), lang });
  }
  return out;
}

type Check = (actual: unknown, expected: unknown) => void;

/**
 * Turns the example into JavaScript: imports become bindings of `__modules[specifier]`, each
 * `x; //=> v` line becomes `__check(x, v)`, and TypeScript syntax is stripped.
 */
function compileExample(code: string): { body: string; checks: number; specifiers: string[]; imported: string[] } {
  let checks = 0;
  const specifiers: string[] = [];
  const imported: string[] = [];
  const ts_ = code
    .split('\n')
    .map((line) => {
      const imp = /^import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';?$/.exec(line.trim());
      if (imp) {
        const names = imp[1]!.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type '));
        specifiers.push(imp[2]!);
        imported.push(...names);
        return `const { ${names.join(', ')} } = __modules[${JSON.stringify(imp[2])}];`;
      }
      const check = /^(\s*)([^/{}][^;]*);\s*\/\/=>\s*(.+)$/.exec(line);
      if (check && !/^\s*(const|let|var|return|if|for|while|try)\b/.test(check[2]!)) {
        checks++;
        return `${check[1]}__check(${check[2]}, ${check[3]});`;
      }
      return line;
    })
    .join('\n');
  const body = ts.transpileModule(ts_, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return { body, checks, specifiers, imported };
}

async function load(file: string, specifiers: readonly string[]): Promise<Record<string, unknown>> {
  const modules: Record<string, unknown> = {};
  for (const spec of specifiers) {
    modules[spec] = spec.startsWith('.') ? await import(resolve(dirname(join(root, file)), spec)) : await import(spec);
  }
  return modules;
}

async function run(ex: { file: string; code: string }, check: Check): Promise<number> {
  const { body, checks, specifiers, imported } = compileExample(ex.code);
  const modules = await load(ex.file, specifiers);
  // The example's own module's exports are in scope, as in the file it documents.
  const self = ex.file.startsWith('packages/') ? ((await import(join(root, ex.file))) as Record<string, unknown>) : {};
  const names = Object.keys(self).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && !imported.includes(n));
  const prelude = names.length > 0 ? `const { ${names.join(', ')} } = __self;\n` : '';
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as FunctionConstructor;
  type Body = (m: Record<string, unknown>, c: Check, s: unknown) => Promise<void>;
  await (new AsyncFunction('__modules', '__check', '__self', prelude + body) as Body)(modules, check, self);
  return checks;
}

const found = ['packages/core/src', 'packages/node/src', 'packages/browser/src', 'packages/wasm/src'].flatMap((dir) => sources(join(root, dir)).flatMap(examples));
const all = found.filter((ex) => RUNNABLE.has(ex.lang));

describe('TSDoc @example blocks run and show true results', () => {
  it('there are examples to run, in every package', () => {
    expect(all.length).toBeGreaterThan(5);
    expect(all.some((ex) => ex.file.startsWith('packages/node/'))).toBe(true);
  });
  for (const ex of all) {
    // 30 s: some examples start worker threads (the pool's), which takes seconds on a busy machine.
    it(`${ex.file}:${ex.line}`, async () => {
      await run(ex, (actual, expected) => expect(actual).toEqual(expected));
    }, 30_000);
  }
  it('an awaited value is checked too', async () => {
    const ex = { file: 'test/docs/x.ts', code: 'await Promise.resolve(1); //=> 2' };
    await expect(run(ex, (actual, expected) => expect(actual).toEqual(expected))).rejects.toThrow();
  });
  it('a wrong //=> value fails (the check can fail)', async () => {
    const ex = { file: 'test/docs/x.ts', code: "import { compile } from '@airlock/core/regex';\ncompile('a').find('xa')?.start; //=> 7" };
    await expect(run(ex, (actual, expected) => expect(actual).toEqual(expected))).rejects.toThrow();
  });
});
