/**
 * airlock's regex engine: RE2 syntax and semantics, over JavaScript strings, in linear time.
 *
 * ## Should I use this module?
 * Use it when patterns or texts are untrusted, when a pattern must never hang a process, or when many
 * patterns must be found in one pass. Native `RegExp` backtracks: `(a+)+$` on 30 characters can
 * hang it. Every search here costs O(text × pattern) at worst and usually one table lookup per
 * character. What it cannot do: backreferences and lookaround (they are not linear), which are
 * rejected with a syntax error.
 *
 * ## How the layers fit
 * `syntax` (pattern → AST with spans) → `ir` (flags compiled away, classes as code point ranges) →
 * `nfa` (Thompson automaton over code points) → engines: the `pikevm` (captures, always works), the
 * lazy `dfa` (forward to find match ends, reverse to find starts, `all` mode for sets) → `meta`
 * (chooses per search). Offsets are UTF-16 code-unit indices; a surrogate pair is one character.
 *
 * ## Errors and limits
 * Invalid patterns throw {@link RegexSyntaxError} with a `kind` and the `span` of the problem;
 * patterns that compile past `nfa.sizeLimit` throw `regex_too_big`. Compiled searches never throw on
 * a string. See `docs/regex.md` for the syntax, the limits and their defaults.
 *
 * @module
 */
export { compile } from './meta/regex.ts';
export { compileSet } from './meta/set.ts';
export { maxWidth } from './ir/width.ts';
export { parse } from './syntax/index.ts';
export type {
  CompileOptions,
  DfaOptions,
  EngineChoice,
  Match,
  NfaOptions,
  Regex,
  RegexSet,
  SearchStats,
  SetMatch,
  SyntaxOptions,
} from './api.ts';
export type { Ir, IrAlt, IrCapture, IrClass, IrConcat, IrEmpty, IrLook, IrPattern, IrRepeat, Look } from './ir/ir.ts';
export { AirlockError, isAirlockError, RegexSyntaxError } from '../errors/index.ts';
export type { AirlockErrorCode, Span, SyntaxErrorKind } from '../errors/index.ts';
