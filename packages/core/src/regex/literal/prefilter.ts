/**
 * A candidate search over prefix literals: the next position at or after `from` where any of them
 * occurs. Each literal's last hit is remembered for the same text, so a global loop over a text
 * costs one linear `indexOf` pass per literal, not one per call.
 *
 * @module
 */

/** Finds where a match may start. */
export interface Prefilter {
  /** The literals searched for. */
  readonly literals: readonly string[];
  /** The first position at or after `from` where a literal occurs, or -1. */
  find(text: string, from: number): number;
}

/** A prefilter over `literals` (non-empty strings). */
export function literalPrefilter(literals: readonly string[]): Prefilter {
  let lastText: string | undefined;
  // hits[i]: the first occurrence of literal i at or after searchedFrom[i] (-1: none).
  const hits = new Float64Array(literals.length);
  const searchedFrom = new Float64Array(literals.length);
  return {
    literals,
    find(text: string, from: number): number {
      if (text !== lastText) {
        lastText = text;
        searchedFrom.fill(Infinity);
      }
      let best = -1;
      for (let i = 0; i < literals.length; i++) {
        let h = hits[i]!;
        if (!(searchedFrom[i]! <= from && (h < 0 || h >= from))) {
          h = text.indexOf(literals[i]!, from);
          hits[i] = h;
          searchedFrom[i] = from;
        }
        if (h >= 0 && (best < 0 || h < best)) best = h;
      }
      return best;
    },
  };
}
