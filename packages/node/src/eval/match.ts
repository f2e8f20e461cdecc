/**
 * Matching findings to labels, one record at a time.
 *
 * @module
 */
import type { FindingSpan, LabelSpan, MatchMode, PiiLabel } from './types.ts';

/**
 * Tells whether a finding's span agrees with a label's span.
 *
 * @param mode - `exact` (identical spans) or `overlap` (at least one shared code unit)
 * @param a - one span
 * @param b - the other span
 * @returns whether they agree
 *
 * @example
 * ```ts
 * spansAgree('overlap', { start: 0, end: 5 }, { start: 4, end: 9 }); //=> true
 * spansAgree('overlap', { start: 0, end: 5 }, { start: 5, end: 9 }); //=> false
 * spansAgree('exact', { start: 0, end: 5 }, { start: 0, end: 4 }); //=> false
 * ```
 */
export function spansAgree(mode: MatchMode, a: LabelSpan, b: LabelSpan): boolean {
  return mode === 'exact' ? a.start === b.start && a.end === b.end : a.start < b.end && b.start < a.end;
}

/** The outcome of {@link matchRecord}: indices into the labels and findings it was given. */
export interface RecordMatch {
  /** `[labelIndex, findingIndex]` pairs, one-to-one. */
  readonly pairs: readonly (readonly [number, number])[];
  /** Indices of the labels no finding matched. */
  readonly missed: readonly number[];
  /** Indices of the findings that matched no label. */
  readonly spurious: readonly number[];
}

/**
 * Matches findings to labels one-to-one, greedily. A pair is possible when the spans agree (see
 * {@link spansAgree}) and the finding's type or family equals the label's type. Possible pairs are
 * taken best first: identical spans before mere overlaps, then the longer shared part, then the
 * earlier label, then the earlier finding; a pair is skipped when its label or finding is taken.
 * Greedy matching can miss the largest possible matching in contrived cases (a finding overlapping
 * two labels, each of which another finding also overlaps); on real data the difference is rare,
 * and it never counts one finding twice.
 *
 * @param labels - the record's labels
 * @param findings - the findings in the record's text
 * @param mode - how spans must agree
 * @returns the pairs, the missed labels and the unmatched findings
 *
 * @example
 * ```ts
 * const labels = [{ start: 0, end: 4, type: 'PERSON' }];
 * const findings = [
 *   { start: 0, end: 2, type: 'PERSON', family: 'PERSON' },
 *   { start: 0, end: 4, type: 'PERSON', family: 'PERSON' },
 * ];
 * matchRecord(labels, findings, 'overlap'); //=> { pairs: [[0, 1]], missed: [], spurious: [0] }
 * ```
 */
export function matchRecord(labels: readonly PiiLabel[], findings: readonly FindingSpan[], mode: MatchMode): RecordMatch {
  const candidates: { l: number; f: number; exact: boolean; shared: number }[] = [];
  labels.forEach((label, l) => {
    findings.forEach((finding, f) => {
      if (finding.type !== label.type && finding.family !== label.type) return;
      if (!spansAgree(mode, label, finding)) return;
      const exact = label.start === finding.start && label.end === finding.end;
      const shared = Math.min(label.end, finding.end) - Math.max(label.start, finding.start);
      candidates.push({ l, f, exact, shared });
    });
  });
  candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.shared - a.shared || a.l - b.l || a.f - b.f);
  const labelTaken = new Array<boolean>(labels.length).fill(false);
  const findingTaken = new Array<boolean>(findings.length).fill(false);
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (labelTaken[c.l] || findingTaken[c.f]) continue;
    labelTaken[c.l] = true;
    findingTaken[c.f] = true;
    pairs.push([c.l, c.f]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    pairs,
    missed: labels.flatMap((_, i) => (labelTaken[i] ? [] : [i])),
    spurious: findings.flatMap((_, i) => (findingTaken[i] ? [] : [i])),
  };
}
