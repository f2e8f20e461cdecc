/**
 * The abstract syntax tree of a pattern: what was written, with a span on every node.
 *
 * The AST is syntactic. Flags are still flags (`(?i)` is an {@link AstSetFlags} node), `^` is still
 * `^` whatever `(?m)` says, and classes are still lists of items. {@link translate} compiles all of
 * that away into the IR. Two things are resolved while parsing, because RE2 resolves them there too:
 * capture indices, and which node a repetition operator applies to (see {@link AstRepetition}).
 *
 * Spans are half-open ranges of UTF-16 code units into {@link Ast.pattern}.
 *
 * @module
 */
import type { Span } from '../../errors/RegexSyntaxError.ts';

export type { Span };

/**
 * Flag settings of `(?flags)` or `(?flags:…)`. A key is `true` when the flag is turned on, `false`
 * when it is turned off (`(?-i)`), and absent when the group does not mention it. When a group
 * mentions a flag twice (`(?i-i)`), the last mention wins, as in RE2.
 */
export interface AstFlags {
  /** `i`: case-insensitive matching (Unicode simple case folding). */
  readonly caseInsensitive?: boolean;
  /** `m`: `^` and `$` also match at line boundaries. */
  readonly multiLine?: boolean;
  /** `s`: `.` also matches `\n`. */
  readonly dotAll?: boolean;
  /** `U`: repetitions are lazy unless followed by `?`. */
  readonly ungreedy?: boolean;
}

/** The empty pattern, an empty alternative (`a|`), or an empty group body (`()`). */
export interface AstEmpty {
  readonly kind: 'empty';
  readonly span: Span;
}

/**
 * One code point: written as itself, escaped (`\*`, `\n`, `\x{1F600}`, `\012`), or inside `\Q…\E`.
 * A surrogate pair in the pattern is one literal; a lone surrogate is a literal of its own value.
 */
export interface AstLiteral {
  readonly kind: 'literal';
  readonly span: Span;
  /** The code point, 0..0x10FFFF. */
  readonly codePoint: number;
}

/** `.`: any code point except `\n`, or any code point at all under `(?s)`. */
export interface AstDot {
  readonly kind: 'dot';
  readonly span: Span;
}

/**
 * Zero-width assertions.
 *
 * - `caret` is `^`: start of text, or start of a line under `(?m)`.
 * - `dollar` is `$`: end of text (RE2: it does not match before a final `\n`), or end of a line under `(?m)`.
 * - `start_text` is `\A`, `end_text` is `\z`.
 * - `word_boundary` is `\b`, `not_word_boundary` is `\B` (ASCII word characters).
 */
export type AstAssertionKind = 'caret' | 'dollar' | 'start_text' | 'end_text' | 'word_boundary' | 'not_word_boundary';

/** A zero-width assertion: `^ $ \A \z \b \B`. */
export interface AstAssertion {
  readonly kind: 'assertion';
  readonly span: Span;
  readonly assertion: AstAssertionKind;
}

/** The Perl classes: `\d` is `[0-9]`, `\s` is `[\t\n\f\r ]`, `\w` is `[0-9A-Za-z_]` (ASCII, as in RE2). */
export type PerlClassName = 'digit' | 'space' | 'word';

/** `\d \D \s \S \w \W`, inside or outside brackets. */
export interface AstPerlClass {
  readonly kind: 'perl_class';
  readonly span: Span;
  readonly name: PerlClassName;
  /** Upper-case form: `\D \S \W`. */
  readonly negated: boolean;
}

/**
 * `\pL`, `\p{Greek}`, `\PL`, `\p{^Greek}`, `\P{^Greek}`. `negated` is the net negation: `\P{^L}` is
 * `\pL`. The name is one of RE2's general categories or scripts, or `Any`.
 */
export interface AstUnicodeClass {
  readonly kind: 'unicode_class';
  readonly span: Span;
  readonly name: string;
  readonly negated: boolean;
}

/** The POSIX classes RE2 knows, all ASCII-only. */
export type PosixClassName =
  | 'alnum'
  | 'alpha'
  | 'ascii'
  | 'blank'
  | 'cntrl'
  | 'digit'
  | 'graph'
  | 'lower'
  | 'print'
  | 'punct'
  | 'space'
  | 'upper'
  | 'word'
  | 'xdigit';

/** `[:alpha:]` or `[:^alpha:]`, only inside brackets. */
export interface AstPosixClass {
  readonly kind: 'posix_class';
  readonly span: Span;
  readonly name: PosixClassName;
  readonly negated: boolean;
}

/** A range `a-z` inside brackets; `lo <= hi` always holds. */
export interface AstClassRange {
  readonly kind: 'range';
  readonly span: Span;
  readonly lo: number;
  readonly hi: number;
}

/** An item of a bracketed class. */
export type AstClassItem = AstLiteral | AstClassRange | AstPerlClass | AstUnicodeClass | AstPosixClass;

/** `[…]` or `[^…]`. Holds at least one item when produced by the parser. */
export interface AstBracketClass {
  readonly kind: 'bracket_class';
  readonly span: Span;
  readonly negated: boolean;
  readonly items: readonly AstClassItem[];
}

/** How a repetition was written: `*`, `+`, `?`, or a counted `{n}`, `{n,}`, `{n,m}`. */
export type AstRepetitionOp = 'star' | 'plus' | 'question' | 'counted';

/**
 * A repeated node: `x*`, `x+?`, `x{2,5}`.
 *
 * RE2 applies an operator to the last *node* before it, and flag groups are not nodes: in `a(?U)*`
 * the `*` repeats `a`, and it is lazy because `(?U)` is in force where the `*` stands. The parser
 * keeps that meaning while keeping the tree simple: the repetition takes the operand's place, the
 * `(?U)` follows it, and `lazy` is adjusted so that, read with the flags in force at the operand,
 * it means what the operator meant. Then `lazy` is exactly "was followed by `?`" for every pattern
 * the printer writes, and the span covers operand through operator.
 */
export interface AstRepetition {
  readonly kind: 'repetition';
  readonly span: Span;
  readonly op: AstRepetitionOp;
  /** Least number of repetitions. */
  readonly min: number;
  /** Largest number of repetitions, or -1 for no bound. */
  readonly max: number;
  /** A `?` suffix: prefer fewer (the meaning flips under `(?U)`). */
  readonly lazy: boolean;
  readonly sub: AstNode;
}

/** What kind of group. Capture indices count from 1 in the order of the opening parentheses. */
export type AstGroupKind =
  | { readonly kind: 'capture'; readonly index: number; readonly name: string | undefined }
  | { readonly kind: 'non_capture'; readonly flags: AstFlags };

/** `(…)`, `(?P<name>…)`, `(?<name>…)`, `(?:…)` or `(?flags:…)`. Flags set inside end with the group. */
export interface AstGroup {
  readonly kind: 'group';
  readonly span: Span;
  readonly group: AstGroupKind;
  readonly sub: AstNode;
}

/** `(?flags)`: changes flags from here to the end of the enclosing group (across `|` too, as in RE2). */
export interface AstSetFlags {
  readonly kind: 'set_flags';
  readonly span: Span;
  readonly flags: AstFlags;
}

/** Two or more nodes in sequence. */
export interface AstConcat {
  readonly kind: 'concat';
  readonly span: Span;
  readonly subs: readonly AstNode[];
}

/** Two or more alternatives, the earlier preferred. */
export interface AstAlternation {
  readonly kind: 'alternation';
  readonly span: Span;
  readonly subs: readonly AstNode[];
}

/** A node of the AST. */
export type AstNode =
  | AstEmpty
  | AstLiteral
  | AstDot
  | AstAssertion
  | AstPerlClass
  | AstUnicodeClass
  | AstBracketClass
  | AstRepetition
  | AstGroup
  | AstSetFlags
  | AstConcat
  | AstAlternation;

/** A parsed pattern. */
export interface Ast {
  /** The pattern; every span indexes into it. */
  readonly pattern: string;
  /** The tree. */
  readonly root: AstNode;
  /** The number of capture groups. */
  readonly captureCount: number;
  /** `captureNames[i]` is the name of group `i`; index 0 (the whole match) is always `undefined`. */
  readonly captureNames: readonly (string | undefined)[];
}
