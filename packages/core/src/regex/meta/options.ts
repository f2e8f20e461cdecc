/**
 * Validation of {@link CompileOptions}: a wrong value is an `invalid_argument` error at compile
 * time, never a silent default. (A cache capacity of `NaN` once made every search report no match:
 * a detector built on it would have passed everything.)
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import type { CompileOptions, EngineChoice, SyntaxOptions } from '../api.ts';

/** @internal Defaults, documented on the option fields. */
export const DEFAULTS = { sizeLimit: 1_000_000, cacheCapacity: 40_000, maxClears: 3 } as const;

/** @internal The largest `nfa.sizeLimit` accepted. */
export const MAX_SIZE_LIMIT = 50_000_000;

/** @internal {@link CompileOptions} with every value checked and every default filled in. */
export interface ResolvedOptions {
  readonly syntax: SyntaxOptions;
  readonly sizeLimit: number;
  readonly cacheCapacity: number;
  readonly maxClears: number;
  readonly longest: boolean;
  readonly engine: EngineChoice;
}

const ENGINES: readonly EngineChoice[] = ['auto', 'pikevm', 'dfa'];

/** @internal Checks every option; throws `invalid_argument` naming the first bad one. */
export function resolveOptions(options: CompileOptions | undefined): ResolvedOptions {
  const o = object(options, 'options');
  const nfa = object(o['nfa'], 'options.nfa');
  const dfa = object(o['dfa'], 'options.dfa');
  const longest = o['longest'] ?? false;
  if (typeof longest !== 'boolean') throw invalid(`options.longest must be true or false, not ${show(longest)}`);
  const engine = o['engine'] ?? 'auto';
  if (!ENGINES.includes(engine as EngineChoice)) {
    throw invalid(`options.engine must be one of ${ENGINES.map((e) => `'${e}'`).join(', ')}, not ${show(engine)}`);
  }
  return {
    syntax: (o['syntax'] ?? {}) as SyntaxOptions,
    sizeLimit: integer(nfa['sizeLimit'], DEFAULTS.sizeLimit, 1, MAX_SIZE_LIMIT, 'options.nfa.sizeLimit'),
    cacheCapacity: integer(dfa['cacheCapacity'], DEFAULTS.cacheCapacity, 1, 10_000_000, 'options.dfa.cacheCapacity'),
    maxClears: integer(dfa['maxClears'], DEFAULTS.maxClears, 0, Number.MAX_SAFE_INTEGER, 'options.dfa.maxClears'),
    longest,
    engine: engine as EngineChoice,
  };
}

function object(v: unknown, name: string): Record<string, unknown> {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw invalid(`${name} must be an object, not ${show(v)}`);
  return v as Record<string, unknown>;
}

function integer(v: unknown, fallback: number, min: number, max: number, name: string): number {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw invalid(`${name} must be an integer from ${min} to ${max}, not ${show(v)}`);
  }
  return v;
}

function invalid(message: string): AirlockError<'invalid_argument'> {
  return new AirlockError('invalid_argument', message);
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'an array' : String(v);
}
