/**
 * Loads the `compile` function the suites run against: airlock's engine, or, when the environment
 * variable `AIRLOCK_CONFORMANCE_ENGINE` names a module, that module's `compile` (any module that exports
 * `compile(pattern, options)` with the same contract, e.g. an adapter over another regex library).
 *
 * @module
 */
import type { EngineChoice } from '@airlock/core/regex';
import type { CompileFn } from './check.ts';

/** The engine module, resolved from this file so it works from any working directory. */
const ENGINE_MODULE: string = new URL('../../packages/core/src/regex/index.ts', import.meta.url).href;

/** The engine choices `--engine` accepts. */
export const ENGINE_CHOICES: readonly EngineChoice[] = ['auto', 'pikevm', 'dfa'];

/** Imports the `compile` to test. Throws with a clear message when it cannot. */
export async function loadCompile(): Promise<{ compile: CompileFn; module: string }> {
  const override = process.env['AIRLOCK_CONFORMANCE_ENGINE'];
  const module = override ? new URL(override, `file://${process.cwd()}/`).href : ENGINE_MODULE;
  let mod: { compile?: unknown };
  try {
    mod = (await import(module)) as { compile?: unknown };
  } catch (e) {
    throw new Error(`cannot import the regex engine from ${module}: ${(e as Error).message}`, { cause: e });
  }
  if (typeof mod.compile !== 'function') throw new Error(`${module} does not export a compile function`);
  return { compile: mod.compile as CompileFn, module };
}

/** Parses an `--engine` value. */
export function parseEngine(value: string | undefined): EngineChoice {
  const choice = ENGINE_CHOICES.find((c) => c === value);
  if (choice === undefined) throw new Error(`--engine must be one of ${ENGINE_CHOICES.join(', ')}, not ${String(value)}`);
  return choice;
}
