/**
 * `airlock.config.json`: the options a project keeps next to its code. Found in the working
 * directory or given with `--config`; validated with a valibot schema, and every problem reported
 * with its place (`airlock.config.json: detectors.minScore: expected number, got "high"`).
 * Command-line options win over the file.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as v from 'valibot';
import { describeFsError, InputError } from './args.ts';

/** The file name looked for in the working directory. */
export const CONFIG_FILE = 'airlock.config.json';

const exitCode = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(255));
const score = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const glob = v.pipe(v.string(), v.minLength(1));
const operatorName = v.picklist(['replace', 'remove', 'mask', 'pseudonymize', 'keep']);

/** The schema of `airlock.config.json`. Unknown keys are errors (a typo must not pass silently). */
const ConfigSchema: v.GenericSchema<unknown, Config> = v.strictObject({
  $schema: v.optional(v.string()),
  detectors: v.optional(
    v.strictObject({
      /** Which catalog: `recommended` (default), `secrets` or `pii`. */
      preset: v.optional(v.picklist(['recommended', 'secrets', 'pii'])),
      /** Findings scoring below this are dropped (the scanner's default is 0.5). */
      minScore: v.optional(score),
      /** Per entity type or family thresholds. */
      thresholds: v.optional(v.record(v.string(), score)),
      /** Whether to read normalized and decoded views of the text too (default true). */
      normalize: v.optional(v.boolean()),
    }),
  ),
  /** Globs of files to read when walking a directory (default: every file). */
  include: v.optional(v.array(glob)),
  /** Globs of files to skip when walking a directory. */
  exclude: v.optional(v.array(glob)),
  /** Whether directory walks respect `.gitignore` files (default true). */
  gitignore: v.optional(v.boolean()),
  /** Files processed at once. */
  concurrency: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1024))),
  redact: v.optional(
    v.strictObject({
      /** The operator of every finding without its own (default `replace`, `pseudonymize` with a vault). */
      operator: v.optional(operatorName),
      /** Operators per entity type or family (`{"SECRET": "remove"}`). */
      operators: v.optional(v.record(v.string(), operatorName)),
      /** The vault scope (default `default`). */
      scope: v.optional(v.pipe(v.string(), v.minLength(1))),
    }),
  ),
  guard: v.optional(
    v.strictObject({
      /** A policy preset (`default`, `gdpr`, `hipaa`, `pci-dss`, `soc2`) or a policy file, relative to the config file. */
      policy: v.optional(v.pipe(v.string(), v.minLength(1))),
      /** The destination id to decide for. */
      destination: v.optional(v.pipe(v.string(), v.minLength(1))),
      /** Where the data subjects are (`["DE"]`). */
      subjectRegions: v.optional(v.array(v.pipe(v.string(), v.minLength(2)))),
    }),
  ),
  /** Destinations besides the built-in ones and the policy's (checked as the policy checks them). */
  destinations: v.optional(v.array(v.record(v.string(), v.unknown()))),
  exitCodes: v.optional(
    v.strictObject({
      /** Exit code when `scan` or `redact` found something (default 1). */
      findings: v.optional(exitCode),
      /** Exit code when `guard` blocks (default 1). */
      block: v.optional(exitCode),
    }),
  ),
});

type Opt<T> = T | undefined;
type OperatorName = 'replace' | 'remove' | 'mask' | 'pseudonymize' | 'keep';

/** The contents of `airlock.config.json`, validated. docs/cli.md describes every key. */
export interface Config {
  readonly $schema?: Opt<string>;
  readonly detectors?: Opt<{
    readonly preset?: Opt<'recommended' | 'secrets' | 'pii'>;
    readonly minScore?: Opt<number>;
    readonly thresholds?: Opt<Readonly<Record<string, number>>>;
    readonly normalize?: Opt<boolean>;
  }>;
  readonly include?: Opt<readonly string[]>;
  readonly exclude?: Opt<readonly string[]>;
  readonly gitignore?: Opt<boolean>;
  readonly concurrency?: Opt<number>;
  readonly redact?: Opt<{
    readonly operator?: Opt<OperatorName>;
    readonly operators?: Opt<Readonly<Record<string, OperatorName>>>;
    readonly scope?: Opt<string>;
  }>;
  readonly guard?: Opt<{
    readonly policy?: Opt<string>;
    readonly destination?: Opt<string>;
    readonly subjectRegions?: Opt<readonly string[]>;
  }>;
  readonly destinations?: Opt<readonly Readonly<Record<string, unknown>>[]>;
  readonly exitCodes?: Opt<{ readonly findings?: Opt<number>; readonly block?: Opt<number> }>;
}

/** A loaded config: its contents, and where it came from (for messages and relative paths). */
export interface LoadedConfig {
  readonly config: Config;
  /** The file it was read from; absent when there was none. */
  readonly path?: string;
  /** The directory relative paths in it are resolved against. */
  readonly dir: string;
}

/**
 * Reads the config: `explicit` when given (it must exist), else `airlock.config.json` in `cwd` if
 * there is one, else an empty config.
 *
 * @throws {@link InputError} naming the file and the place of the problem
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const path = explicit === undefined ? join(cwd, CONFIG_FILE) : resolve(cwd, explicit);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (explicit === undefined && (error as { code?: unknown }).code === 'ENOENT') return { config: {}, dir: cwd };
    throw new InputError(`cannot read config ${explicit ?? path}: ${describeFsError(error)}`);
  }
  const shown = explicit ?? CONFIG_FILE;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${shown}: not valid JSON (${(error as Error).message})`);
  }
  return { config: parseConfig(json, shown), path, dir: dirname(path) };
}

/**
 * Checks a parsed config against {@link ConfigSchema}.
 *
 * @throws {@link InputError} `<file>: <path>: <problem>` for the first problem (and how many more)
 */
export function parseConfig(json: unknown, file: string): Config {
  const result = v.safeParse(ConfigSchema, json);
  if (result.success) return result.output;
  const problems = result.issues.map((issue) => `${file}: ${issuePath(issue)}${describeIssue(issue)}`);
  throw new InputError(problems.join('\n'));
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '' : `${out}: `;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown key';
  const expected = issue.kind === 'schema' ? `expected ${issue.expected}` : `must be ${issue.expected}`;
  return `${expected}, got ${issue.received}`;
}
