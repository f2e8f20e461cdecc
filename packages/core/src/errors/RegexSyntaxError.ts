import { AirlockError } from './AirlockError.ts';

/** A half-open range `[start, end)` of UTF-16 code units in a pattern. */
export interface Span {
  /** First code unit of the problem. */
  readonly start: number;
  /** One past the last code unit of the problem. */
  readonly end: number;
}

/**
 * What went wrong while parsing a pattern. New kinds can appear in minor releases.
 *
 * The names follow RE2's `RegexpStatusCode` where RE2 has one.
 */
export type SyntaxErrorKind =
  | 'internal_error'
  | 'bad_escape' // bad escape sequence
  | 'bad_char_class' // bad character class
  | 'bad_char_range' // bad character class range, such as [z-a]
  | 'missing_bracket' // missing closing ]
  | 'missing_paren' // missing closing )
  | 'unexpected_paren' // unexpected closing )
  | 'trailing_backslash' // a pattern that ends in \
  | 'repeat_argument' // repetition operator with nothing before it: *a
  | 'repeat_size' // bad repetition count, such as a{1001} or a{2,1}
  | 'repeat_op' // bad repetition operator, such as a**
  | 'bad_perl_op' // bad (? construct
  | 'bad_utf16' // invalid text in the pattern
  | 'bad_named_capture' // bad or duplicate capture name
  | 'unsupported' // a construct RE2 does not support because it is not linear: backreferences, lookaround, …
  | 'nest_limit' // groups or repetitions nested deeper than the limit
  | 'pattern_too_long'; // the pattern is longer than the limit

/**
 * Thrown by `compile()` and `compileSet()` when a pattern is invalid. Says what is wrong and where.
 *
 * @example
 * ```ts
 * import { compile, RegexSyntaxError } from '@airlock/core/regex';
 * try { compile('a(?=b)'); } catch (e) {
 *   (e as RegexSyntaxError).kind; //=> 'unsupported'
 *   (e as RegexSyntaxError).span; //=> { start: 1, end: 4 }
 * }
 * ```
 */
export class RegexSyntaxError extends AirlockError<'regex_syntax'> {
  override name: string = 'RegexSyntaxError';
  /** What is wrong. */
  readonly kind: SyntaxErrorKind;
  /** The pattern; {@link RegexSyntaxError.span} indexes into it. */
  readonly pattern: string;
  /** Where in the pattern the problem is. */
  readonly span: Span;
  /** In a set, the index of the offending pattern. */
  readonly patternIndex: number | undefined;
  /** A short phrase naming the construct, e.g. `lookahead (?=`. */
  readonly detail: string;

  /**
   * @param kind - what is wrong
   * @param pattern - the pattern being parsed
   * @param span - where the problem is
   * @param detail - a short phrase naming the construct, e.g. `lookahead (?=`
   * @param patternIndex - the pattern's index in a set, if any
   */
  constructor(kind: SyntaxErrorKind, pattern: string, span: Span, detail: string, patternIndex?: number) {
    const where = patternIndex === undefined ? '' : ` in pattern #${patternIndex}`;
    const excerpt = truncate(pattern.slice(span.start, span.end));
    super(
      'regex_syntax',
      `${detail}${where} at ${span.start}..${span.end}` + (excerpt ? `: \`${excerpt}\`` : '') + ` (pattern \`${truncate(pattern)}\`)`,
    );
    this.kind = kind;
    this.pattern = pattern;
    this.span = span;
    this.patternIndex = patternIndex;
    this.detail = detail;
  }
}

/** Keeps messages short however long the pattern or the offending construct is. */
function truncate(s: string): string {
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}
