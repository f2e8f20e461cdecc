/**
 * The ASCII classes of RE2's syntax, as flat inclusive ranges `[lo, hi, …]`: the Perl classes
 * (`\d \s \w`) and the POSIX classes (`[:alpha:]`…). They are RE2's tables (`perl_groups.cc`), not
 * Unicode's: `\d` never matches `٣` and `\s` does not include `\v`.
 *
 * @module
 */
import type { PerlClassName, PosixClassName } from './ast.ts';

/**
 * Ranges of `\d`, `\s` and `\w`.
 *
 * @example
 * ```ts
 * PERL_CLASSES.space; //=> [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20]
 * ```
 */
export const PERL_CLASSES: Readonly<Record<PerlClassName, readonly number[]>> = {
  digit: [0x30, 0x39],
  // RE2's \s is [\t\n\f\r ]: no \v (0x0b), unlike Perl and JavaScript.
  space: [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20],
  word: [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a],
};

/**
 * Ranges of the POSIX classes, as RE2 defines them (ASCII only).
 *
 * @example
 * ```ts
 * POSIX_CLASSES.xdigit; //=> [0x30, 0x39, 0x41, 0x46, 0x61, 0x66]
 * ```
 */
export const POSIX_CLASSES: Readonly<Record<PosixClassName, readonly number[]>> = {
  alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
  alpha: [0x41, 0x5a, 0x61, 0x7a],
  ascii: [0x00, 0x7f],
  blank: [0x09, 0x09, 0x20, 0x20],
  cntrl: [0x00, 0x1f, 0x7f, 0x7f],
  digit: [0x30, 0x39],
  graph: [0x21, 0x7e],
  lower: [0x61, 0x7a],
  print: [0x20, 0x7e],
  punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
  space: [0x09, 0x0d, 0x20, 0x20],
  upper: [0x41, 0x5a],
  word: [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a],
  xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
};

/** @internal Whether `name` is a POSIX class name RE2 knows. */
export function _isPosixClassName(name: string): name is PosixClassName {
  return Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name);
}
