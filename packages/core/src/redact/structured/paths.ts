/**
 * Paths into structured values: how findings say where they are ({@link formatPath}) and how
 * rules pick what to scan ({@link PathRules}). A tiny matcher over path segments, no `RegExp`.
 *
 * Syntax: keys joined by dots (`user.ssn`), indices in brackets (`items[0]`), a key that is not
 * plain in brackets as a JSON string (`headers["x api key"]`), and three wildcards that stand for
 * whole segments: `*` (any one key or index), `[*]` (any one index) and `**` (any number of
 * segments, none included). A key is plain when it is not empty and holds none of `. [ ] " *`,
 * whitespace or control characters.
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';

/** One step into a value: an object key, or an array index. */
export type PathSegment = string | number;

/**
 * Which strings of a structured value are scanned. A rule selects the value at its path and
 * everything under it: `user` selects `user.name` and `user.emails[0]`.
 *
 * A string is scanned when `include` is absent or one of its rules selects it, and no `exclude`
 * rule selects it. Keys match case-sensitively.
 */
export interface PathRules {
  /**
   * Scan only what these rules select (`['messages[*].content', '**.notes']`).
   * @defaultValue everything
   */
  readonly include?: readonly string[];
  /**
   * Never scan what these rules select (`['**.id', 'metadata']`); wins over `include`.
   * @defaultValue nothing
   */
  readonly exclude?: readonly string[];
}

/**
 * Writes a path in the syntax that {@link PathRules} read, so a finding's path can be used as a
 * rule as it is. The empty path (the value itself) is the empty string.
 *
 * @param segments - keys and indices, from the outside in
 * @returns the path, such as `user.emails[0]` or `headers["x api key"]`
 *
 * @example
 * ```ts
 * import { formatPath } from '@airlock/core';
 * formatPath(['user', 'emails', 0]); //=> 'user.emails[0]'
 * formatPath([0, 'content', 'first name']); //=> '[0].content["first name"]'
 * formatPath([]); //=> ''
 * ```
 */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (isPlainKey(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** Whether `key` can be written bare in a path. */
function isPlainKey(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) if (isSpecial(key.charCodeAt(i))) return false;
  return true;
}

/** `.`, `[`, `]`, `"`, `*`, whitespace and control characters. */
function isSpecial(c: number): boolean {
  return (
    c <= 0x20 || c === 0x2e || c === 0x5b || c === 0x5d || c === 0x22 || c === 0x2a || (c >= 0x7f && c <= 0xa0) ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A compiled rule segment. */
type RuleSegment =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'any' }
  | { readonly kind: 'anyIndex' }
  | { readonly kind: 'deep' };

/**
 * Parses one rule. Throws `invalid_argument` naming the option and the position.
 *
 * @internal
 */
export function _parseRule(rule: unknown, field: string): readonly RuleSegment[] {
  if (typeof rule !== 'string') throw new AirlockError('invalid_argument', `${field} must be a path string such as 'user.ssn'`);
  if (rule.length === 0) throw new AirlockError('invalid_argument', `${field} must not be empty`);
  const out: RuleSegment[] = [];
  const fail = (i: number, what: string): never => {
    throw new AirlockError('invalid_argument', `${field}: ${what} at ${i} in '${rule}'`);
  };
  let i = 0;
  let first = true;
  while (i < rule.length) {
    const c = rule[i];
    if (c === '[') {
      const close = rule.indexOf(']', rule[i + 1] === '"' ? closingQuote(rule, i + 1, fail) : i);
      if (close < 0) fail(i, 'missing ]');
      const body = rule.slice(i + 1, close);
      if (body === '*') out.push({ kind: 'anyIndex' });
      else if (body.startsWith('"')) {
        let key: unknown;
        try {
          key = JSON.parse(body);
        } catch {
          fail(i, 'a bracketed key must be a JSON string');
        }
        if (typeof key !== 'string') fail(i, 'a bracketed key must be a JSON string');
        out.push({ kind: 'key', key: key as string });
      } else if (body.length > 0 && body.length <= 15 && [...body].every((d) => d >= '0' && d <= '9')) {
        out.push({ kind: 'index', index: Number(body) });
      } else fail(i, 'expected an index, [*] or a quoted key in brackets');
      i = close + 1;
    } else {
      if (!first) {
        if (c !== '.') fail(i, "expected '.' or '['");
        i++;
      }
      let j = i;
      while (j < rule.length && rule[j] !== '.' && rule[j] !== '[') j++;
      const word = rule.slice(i, j);
      if (word === '**') out.push({ kind: 'deep' });
      else if (word === '*') out.push({ kind: 'any' });
      else if (isPlainKey(word)) out.push({ kind: 'key', key: word });
      else fail(i, word === '' ? 'empty key' : `'${word}' is not a plain key (write it as ["${word}"])`);
      i = j;
    }
    first = false;
  }
  return out;
}

/** Index just past the closing quote of the JSON string starting at `start`. */
function closingQuote(rule: string, start: number, fail: (i: number, what: string) => never): number {
  for (let i = start + 1; i < rule.length; i++) {
    if (rule[i] === '\\') i++;
    else if (rule[i] === '"') return i + 1;
  }
  return fail(start, 'unclosed quoted key');
}

/**
 * How far one rule has got along a path: the positions in the rule reached so far, `true` once the
 * rule has selected the path (then every path under it is selected too), `false` once it can no
 * longer select anything below.
 */
type RuleState = readonly number[] | boolean;

/**
 * Where a walk stands in every rule of a {@link PathSelector}.
 *
 * @internal
 */
export interface SelectorState {
  /** Whether strings at this path are scanned. */
  readonly selected: boolean;
  readonly include: readonly RuleState[] | true;
  readonly exclude: readonly RuleState[] | true;
}

/**
 * Compiled {@link PathRules}: a small NFA per rule, stepped one segment at a time as a walk goes
 * down a value. Each step costs O(total length of the rules), so a walk costs O(nodes × rules).
 *
 * @internal
 */
export interface PathSelector {
  readonly root: SelectorState;
  step(state: SelectorState, segment: PathSegment): SelectorState;
}

/**
 * Compiles path rules; `undefined` when there are none (everything is scanned).
 *
 * @internal
 */
export function _compileRules(rules: PathRules | undefined, field: string): PathSelector | undefined {
  if (rules === undefined) return undefined;
  if (typeof rules !== 'object' || rules === null) throw new AirlockError('invalid_argument', `${field} must be an object { include?, exclude? }`);
  const list = (name: 'include' | 'exclude'): (readonly RuleSegment[])[] | undefined => {
    const given = rules[name];
    if (given === undefined) return undefined;
    if (!Array.isArray(given)) throw new AirlockError('invalid_argument', `${field}.${name} must be an array of path strings`);
    return given.map((r, i) => _parseRule(r, `${field}.${name}[${i}]`));
  };
  const include = list('include');
  const exclude = list('exclude') ?? [];
  if (include === undefined && exclude.length === 0) return undefined;

  const advance = (rule: readonly RuleSegment[], positions: readonly number[], segment: PathSegment | undefined): RuleState => {
    const next = new Set<number>();
    const add = (p: number): void => {
      if (next.has(p)) return;
      next.add(p);
      if (rule[p]?.kind === 'deep') add(p + 1); // `**` may stand for no segment at all
    };
    if (segment === undefined) positions.forEach(add);
    else {
      for (const p of positions) {
        const s = rule[p];
        if (s === undefined) continue;
        const kind = s.kind;
        if (kind === 'deep') add(p);
        if (kind === 'any' || (kind === 'anyIndex' && typeof segment === 'number') || (kind === 'key' && s.key === segment) || (kind === 'index' && s.index === segment)) add(p + 1);
      }
    }
    if (next.has(rule.length)) return true;
    return next.size === 0 ? false : [...next];
  };
  const stepAll = (rules: readonly (readonly RuleSegment[])[], states: readonly RuleState[], segment: PathSegment | undefined): readonly RuleState[] | true => {
    const out: RuleState[] = [];
    for (let i = 0; i < rules.length; i++) {
      const s = states[i]!;
      const n = typeof s === 'boolean' ? s : advance(rules[i]!, s, segment);
      if (n === true) return true;
      out.push(n);
    }
    return out;
  };
  const make = (inc: readonly RuleState[] | true, exc: readonly RuleState[] | true): SelectorState => ({
    selected: inc === true && exc !== true,
    include: inc,
    exclude: exc,
  });
  const start = (rules: readonly (readonly RuleSegment[])[]): readonly RuleState[] | true => stepAll(rules, rules.map(() => [0]), undefined);
  const root = make(include === undefined ? true : start(include), start(exclude));
  return {
    root,
    step: (state, segment) => {
      if (state.exclude === true) return state; // excluded: everything below is excluded too
      return make(
        state.include === true ? true : stepAll(include!, state.include, segment),
        stepAll(exclude, state.exclude, segment),
      );
    },
  };
}
