/**
 * `compile`: one pattern, in RE2 syntax, to a {@link Regex}.
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import { newStats, type CompileOptions, type Match, type Regex } from '../api.ts';
import { parse } from '../syntax/index.ts';
import { checkText, clampFrom, guardStack, RegexEngines } from './engines.ts';
import { resolveOptions } from './options.ts';
import { insidePair } from '../util/text.ts';

/**
 * Compiles a pattern in RE2 syntax into a {@link Regex} whose searches run in time linear in the text.
 *
 * @param pattern - the pattern, in RE2 syntax (see `docs/regex.md`)
 * @param options - parser, automaton and matching options
 * @returns the compiled regex
 * @throws {@link RegexSyntaxError} (`regex_syntax`) when the pattern is invalid, and
 *   {@link AirlockError} `regex_too_big` when it compiles past `nfa.sizeLimit`.
 *
 * @example
 * ```ts
 * import { compile } from '@airlock/core/regex';
 * const re = compile('(?P<user>[a-z]+)@(?P<host>[a-z]+\\.com)');
 * re.find('mail bob@example.com now'); //=> { start: 5, end: 20, groups: [[5, 8], [9, 20]] }
 * re.findAll('a@b.com c@d.com').length; //=> 2
 * re.matchAt('mail bob@example.com now', 5, 20)?.groups; //=> [[5, 8], [9, 20]]
 * ```
 */
export function compile(pattern: string, options: CompileOptions = {}): Regex {
  if (typeof pattern !== 'string') {
    throw new AirlockError('invalid_argument', `pattern must be a string, got ${pattern === null ? 'null' : typeof pattern}`);
  }
  const resolved = resolveOptions(options);
  const { parsed, engines } = guardStack(() => {
    const parsed = parse(pattern, resolved.syntax);
    return { parsed, engines: new RegexEngines(parsed, resolved) };
  });
  return {
    source: pattern,
    captureCount: parsed.captureCount,
    captureNames: parsed.captureNames,
    find(text: string, from?: number): Match | null {
      checkText(text);
      const f = clampFrom(text, from);
      return f < 0 ? null : engines.find(text, f);
    },
    findAll(text: string): Match[] {
      checkText(text);
      return engines.spans(text).map((m) => engines.groups(text, m.start, m.end));
    },
    matchAt(text: string, start: number, end: number): Match | null {
      checkText(text);
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) return null;
      if (insidePair(text, start) || insidePair(text, end)) return null;
      return engines.matchAt(text, start, end);
    },
    test(text: string, from?: number): boolean {
      checkText(text);
      const f = clampFrom(text, from);
      return f >= 0 && engines.test(text, f);
    },
    stats: () => ({ ...engines.stats }),
    resetStats(): void {
      Object.assign(engines.stats, newStats());
    },
  };
}
