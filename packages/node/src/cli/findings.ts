/**
 * Findings as the CLI prints them: the DESIGN contract (`type`, `family`, `start`, `end`, `score`,
 * `detector`, `level`; offsets in UTF-16 code units) plus line and column, and a masked preview for
 * people. No output format ever carries the value itself.
 *
 * @module
 */
import type { Finding } from '@airlock/core';

/** Line starts of a text, to turn UTF-16 offsets into 1-based lines and columns. */
export interface LineIndex {
  /** The 1-based line and column (in UTF-16 code units) of `offset`. */
  position(offset: number): { readonly line: number; readonly column: number };
}

/** Indexes the line starts of `text`: a line ends at `\n`, `\r\n` or a lone `\r`. One linear pass. */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return {
    position(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo]! + 1 };
    },
  };
}

/** A finding as JSON output holds it: the DESIGN contract's fields, with lines and columns. */
export interface FindingRecord extends Pick<Finding, 'type' | 'family' | 'start' | 'end' | 'score' | 'detector' | 'level'> {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly explanation?: Finding['explanation'];
}

/** The JSON form of a finding: the contract's fields, positions, the explanation if asked for. */
export function findingRecord(f: Finding, lines: LineIndex): FindingRecord {
  const from = lines.position(f.start);
  const to = lines.position(f.end);
  return {
    type: f.type,
    family: f.family,
    start: f.start,
    end: f.end,
    score: f.score,
    detector: f.detector,
    level: f.level,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    ...(f.explanation ? { explanation: f.explanation } : {}),
  };
}

/**
 * A value shown without showing it: a credential keeps its first four characters when it is at
 * least 16 long (a provider prefix such as `AKIA` or `ghp_`, not the secret part), other values
 * their first character when at least 6 long; the rest is starred (at most 12 stars) and the
 * length is given.
 */
export function maskedPreview(value: string, family: string): string {
  const chars = [...value];
  const keep = family === 'SECRET' ? (chars.length >= 16 ? 4 : 0) : chars.length >= 6 ? 1 : 0;
  const shown = chars.slice(0, keep).join('').replace(/[\r\n\t]/g, ' ');
  return `${shown}${'*'.repeat(Math.min(chars.length - keep, 12))} (${value.length} chars)`;
}
