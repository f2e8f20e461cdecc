/**
 * Small statistics shared by the benchmark scripts.
 *
 * @module
 */

/**
 * The median of `xs` (the upper one of the two middle values when their count is even), without
 * reordering `xs`.
 */
export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
}
