/**
 * Helpers shared by the government and health identifier detectors.
 *
 * @internal
 * @module
 */
import type { CandidateContext, ValidationResult, Validator } from '../../types.ts';

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isSeparator(c: string | undefined): boolean {
  return c === ' ' || c === '-' || c === '.' || c === '/';
}

/**
 * Whether the match stands alone rather than being one group of a longer number: `\b` lets
 * `1234 5678 9012` match inside `1234 5678 9012 3456` (a card number), so a digit one separator
 * away on either side disqualifies it.
 *
 * @internal
 */
export function _standalone(where: CandidateContext): boolean {
  const { text, matchStart: s, matchEnd: e } = where;
  if (isSeparator(text[s - 1]) && isDigit(text[s - 2])) return false;
  if (isSeparator(text[e]) && isDigit(text[e + 1])) return false;
  return !isDigit(text[s - 1]) && !isDigit(text[e]);
}

/** Whether the value is written with separators (`123-45-6789`, not `123456789`). @internal */
export function _hasSeparator(value: string): boolean {
  for (const c of value) if (isSeparator(c)) return true;
  return false;
}

/** Options of {@link _idValidator}. @internal */
export interface IdValidatorOptions {
  /**
   * A value written without separators is vouched for only as "cannot tell" (`undefined`), so its
   * score stays at the base score and it needs a context word; a bare run of digits is too
   * common to report on a check digit alone.
   */
  readonly bareIsWeak?: boolean;
}

/**
 * Wraps an identifier check into a detector {@link Validator}: rejects matches that are part of a
 * longer number, and says `true` only when the check holds (and, with `bareIsWeak`, the value
 * carries separators).
 *
 * @internal
 */
export function _idValidator(check: (value: string) => boolean | undefined, options: IdValidatorOptions = {}): Validator {
  return (value: string, where: CandidateContext): ValidationResult => {
    if (!_standalone(where)) return false;
    const r = check(value);
    if (r !== true) return r;
    return options.bareIsWeak === true && !_hasSeparator(value) ? undefined : true;
  };
}
