/**
 * {@link SyntaxOptions} checked and filled in with their defaults, shared by the parser and the
 * translator so that both read options the same way.
 *
 * Options come from users (often from configuration files), so a wrong type is an error rather
 * than something to coerce: a `nestLimit: '1000'` silently read as `NaN` would disable a limit.
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import type { SyntaxOptions } from '../api.ts';

/** Default of {@link SyntaxOptions.nestLimit}. */
export const DEFAULT_NEST_LIMIT = 1000;
/** Default of {@link SyntaxOptions.maxPatternLength}. */
export const DEFAULT_MAX_PATTERN_LENGTH = 65536;
/**
 * The largest {@link SyntaxOptions.nestLimit} accepted (RE2's own default). The translator and the
 * NFA compiler walk the tree recursively; at this depth every stage stays inside a default
 * JavaScript stack (measured: patterns nested 1,000 deep compile with Node's default 984 KB stack,
 * and a deeper one overflowed the translator at 600 KB). Should a host's stack still be too small,
 * `compile` reports `regex_too_big` instead of crashing.
 */
export const MAX_NEST_LIMIT = 1000;

/** {@link SyntaxOptions} with every field present. */
export interface ResolvedSyntaxOptions {
  readonly caseInsensitive: boolean;
  readonly multiLine: boolean;
  readonly dotAll: boolean;
  readonly ungreedy: boolean;
  readonly literal: boolean;
  readonly nestLimit: number;
  readonly maxPatternLength: number;
}

/**
 * Checks `options` and fills in defaults. `undefined` and `null` mean "the default".
 *
 * @internal
 * @throws AirlockError `invalid_argument` for a value of the wrong type or out of range
 */
export function _resolveSyntaxOptions(options: SyntaxOptions | undefined): ResolvedSyntaxOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object') throw invalid(`syntax options must be an object, not ${typeof options}`);
  const flag = (name: keyof SyntaxOptions): boolean => {
    const v: unknown = options[name];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') throw invalid(`syntax.${name} must be true or false, not ${show(v)}`);
    return v;
  };
  const nestLimit: unknown = options.nestLimit ?? DEFAULT_NEST_LIMIT;
  if (typeof nestLimit !== 'number' || !Number.isInteger(nestLimit) || nestLimit < 0 || nestLimit > MAX_NEST_LIMIT) {
    throw invalid(`syntax.nestLimit must be an integer from 0 to ${MAX_NEST_LIMIT}, not ${show(nestLimit)}`);
  }
  const maxPatternLength: unknown = options.maxPatternLength ?? DEFAULT_MAX_PATTERN_LENGTH;
  if (
    typeof maxPatternLength !== 'number' ||
    !(Number.isInteger(maxPatternLength) || maxPatternLength === Number.POSITIVE_INFINITY) ||
    maxPatternLength < 0
  ) {
    throw invalid(`syntax.maxPatternLength must be a whole number of UTF-16 code units (0 or more), not ${show(maxPatternLength)}`);
  }
  return {
    caseInsensitive: flag('caseInsensitive'),
    multiLine: flag('multiLine'),
    dotAll: flag('dotAll'),
    ungreedy: flag('ungreedy'),
    literal: flag('literal'),
    nestLimit,
    maxPatternLength,
  };
}

function invalid(message: string): AirlockError<'invalid_argument'> {
  return new AirlockError('invalid_argument', message);
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}
