/**
 * Syntax: pattern string → {@link Ast} (with a span on every node) → back to a string.
 *
 * - Should I use this module? Use {@link parse} to get a pattern's meaning ({@link IrPattern}) for
 *   the NFA compiler; use {@link parseAst} and {@link printAst} to inspect or rewrite patterns.
 * - How the layers fit: {@link parseAst} reads RE2 syntax into a tree that still says what was
 *   written; `translate` (in `../ir`) compiles flags and classes away; {@link parse} does both.
 * - Semantics are RE2's, with its default "LikePerl" flags, over UTF-16 text: a surrogate pair in
 *   the pattern is one character and a lone surrogate is a character of its own value.
 * - Errors and limits: every invalid pattern throws a {@link RegexSyntaxError} whose `kind` says
 *   what is wrong and whose `span` says where. Limits: pattern length
 *   ({@link DEFAULT_MAX_PATTERN_LENGTH} code units by default), nesting of groups and repetitions
 *   ({@link DEFAULT_NEST_LIMIT}, at most {@link MAX_NEST_LIMIT}), repetition counts and their
 *   nested products ({@link MAX_REPEAT}), and the total size of distinct classes.
 *
 * Cost: parsing is linear in the pattern and never recurses; translation is linear in the tree
 * plus the size of its classes.
 *
 * @module
 */
import type { RegexSyntaxError } from '../../errors/RegexSyntaxError.ts';
import type { IrPattern } from '../ir/ir.ts';
export type {
  Ast,
  AstAlternation,
  AstAssertion,
  AstAssertionKind,
  AstBracketClass,
  AstClassItem,
  AstClassRange,
  AstConcat,
  AstDot,
  AstEmpty,
  AstFlags,
  AstGroup,
  AstGroupKind,
  AstLiteral,
  AstNode,
  AstPerlClass,
  AstPosixClass,
  AstRepetition,
  AstRepetitionOp,
  AstSetFlags,
  AstUnicodeClass,
  PerlClassName,
  PosixClassName,
  Span,
} from './ast.ts';
export { PERL_CLASSES, POSIX_CLASSES } from './classes.ts';
export {
  DEFAULT_MAX_PATTERN_LENGTH,
  DEFAULT_NEST_LIMIT,
  MAX_NEST_LIMIT,
  MAX_REPEAT,
  parse,
  parseAst,
} from './parse.ts';
export { printAst } from './print.ts';
