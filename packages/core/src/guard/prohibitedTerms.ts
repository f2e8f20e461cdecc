/**
 * {@link prohibitedTerms}: a user's list of terms, as one detector in the scanner's set.
 *
 * @module
 */
import { escapeLiteral } from '../detect/createScanner.ts';
import { defineDetector, LEVELS } from '../detect/defineDetector.ts';
import type { CandidateContext, Detector, SensitivityLevel, ValidationResult } from '../detect/types.ts';
import { DetectorDefinitionError } from '../errors/DetectorDefinitionError.ts';
import { _codePointBefore, _isWordCodePoint } from './_text.ts';

/** Family of every prohibited-term finding, whatever its type. */
export const PROHIBITED_CONTENT = 'PROHIBITED_CONTENT';

/** Options of {@link prohibitedTerms}. */
export interface ProhibitedTermsOptions {
  /** The terms: literal strings (no pattern syntax), each with at least one non-space character. */
  readonly terms: readonly string[];
  /**
   * Match case exactly. Otherwise Unicode simple case folding applies (`É` matches `é`; `ß` does
   * not match `SS`, which is a full folding).
   * @defaultValue false
   */
  readonly caseSensitive?: boolean;
  /**
   * Match only whole words: a term that begins (ends) with a letter, digit or mark is not found
   * right after (before) another one, in any script, so `ass` is not found in `class`. Edges that
   * are not word characters (`#leak`) need no boundary.
   * @defaultValue true
   */
  readonly wholeWords?: boolean;
  /**
   * Detector id, to keep several lists apart in one scanner.
   * @defaultValue 'prohibited-terms'
   */
  readonly id?: string;
  /**
   * Entity type of the findings (family is always `PROHIBITED_CONTENT`).
   * @defaultValue 'PROHIBITED_CONTENT'
   */
  readonly type?: string;
  /**
   * Sensitivity of a text holding a term. A prohibited term is a content-policy matter, not
   * sensitive data, unless you say so (an internal project's code name: `'confidential'`).
   * @defaultValue 'public'
   */
  readonly level?: SensitivityLevel;
  /**
   * Score of a finding.
   * @defaultValue 1
   */
  readonly score?: number;
}

/** Characters tried, in order, for a negative sample: one that no term contains. */
const FILLERS = '~0.,;:!?=+_|/\u2603';

/**
 * A detector for a user-supplied list of prohibited terms, matched in linear time in the scanner's
 * one pass: each term is escaped into a literal pattern (no term can inject pattern syntax), so a
 * list of any size costs one read of the text. Whole words: every match is checked against the
 * characters on either side (a letter, digit or mark of any script glued to a word edge rejects
 * it), and a term whose edge is an ASCII word character also carries `\b` there, so the engine
 * itself skips occurrences glued to ASCII (the regex engine's `\b` is ASCII, as RE2's is). Limit:
 * a rejected occurrence glued to a non-ASCII letter can hide a whole-word occurrence that overlaps
 * it (`ёж-ёж` in `xёж-ёж-ёж`): only terms that overlap themselves can meet it.
 *
 * @param options - the terms and how to match them
 * @returns the detector (type `options.type`, family `PROHIBITED_CONTENT`, category `guard`)
 * @throws {@link DetectorDefinitionError} naming the bad field (`terms[2]`, `score`, …)
 *
 * @example
 * ```ts
 * import { createScanner, prohibitedTerms } from '@airlock/core';
 * const scanner = createScanner({ detectors: [prohibitedTerms({ terms: ['Project Falcon', 'ass'] })] });
 * const text = 'Status of project falcon? (first class pass)';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['project falcon']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function prohibitedTerms(options: ProhibitedTermsOptions): Detector {
  if (typeof options !== 'object' || options === null) throw new DetectorDefinitionError('options', 'must be an object with a terms array');
  const id = options.id ?? 'prohibited-terms';
  const { terms } = options;
  if (!Array.isArray(terms) || terms.length === 0) throw new DetectorDefinitionError('terms', 'must be a non-empty array of strings', id);
  terms.forEach((t, i) => {
    if (typeof t !== 'string' || t.trim().length === 0) throw new DetectorDefinitionError(`terms[${i}]`, 'must be a string with a non-space character', id);
  });
  const caseSensitive = options.caseSensitive ?? false;
  const wholeWords = options.wholeWords ?? true;
  if (typeof caseSensitive !== 'boolean') throw new DetectorDefinitionError('caseSensitive', 'must be a boolean', id);
  if (typeof wholeWords !== 'boolean') throw new DetectorDefinitionError('wholeWords', 'must be a boolean', id);
  if (options.level !== undefined && !LEVELS.includes(options.level)) throw new DetectorDefinitionError('level', `must be one of ${LEVELS.join(', ')}`, id);
  const unique = [...new Set(terms)];
  const patterns = unique.map((term) => {
    const body = (caseSensitive ? '' : '(?i)') + escapeLiteral(term);
    if (!wholeWords) return body;
    const first = term.codePointAt(0)!;
    const last = _codePointBefore(term, term.length);
    return `${isAsciiWord(first) ? '\\b' : ''}${body}${isAsciiWord(last) ? '\\b' : ''}`;
  });
  const lower = caseSensitive ? unique : unique.map((t) => t.toLowerCase());
  const filler = [...FILLERS].find((c) => !lower.some((t) => t.includes(c))) ?? '\u2603';
  return defineDetector({
    id,
    type: options.type ?? PROHIBITED_CONTENT,
    family: PROHIBITED_CONTENT,
    patterns,
    ...(wholeWords ? { validators: [standsAlone] } : {}),
    score: options.score ?? 1,
    level: options.level ?? 'public',
    category: 'guard',
    description: 'A term from a prohibited-terms list.',
    samples: {
      positive: unique.slice(0, 8).map((t) => ({ text: `say ${t} now`, value: t })),
      negative: [filler.repeat(3)],
    },
  });
}

function isAsciiWord(cp: number): boolean {
  return cp < 0x80 && _isWordCodePoint(cp);
}

/** Rejects a match with a word character glued to a word-character edge. */
function standsAlone(value: string, where: CandidateContext): ValidationResult {
  const { text, start, end } = where;
  if (_isWordCodePoint(value.codePointAt(0)!) && _isWordCodePoint(_codePointBefore(text, start))) return false;
  if (end < text.length && _isWordCodePoint(_codePointBefore(value, value.length)) && _isWordCodePoint(text.codePointAt(end)!)) return false;
  return undefined;
}
