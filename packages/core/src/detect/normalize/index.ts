/**
 * Normalization against evasion (NFKC, invisible characters, spelled-out forms, encoded runs), with
 * offset maps back to the original text.
 *
 * - Should I use this module? The scanner uses it when normalization is on; call it yourself to
 *   see what a text reads as once its disguises are removed, or to map offsets of a derived text.
 * - How the layers fit: every step takes a text or a {@link TextView} and returns a view of the
 *   same original text; {@link deriveViews} chains them. {@link mapSpan} maps any span of any view
 *   to the smallest covering span of the original, in UTF-16 offsets.
 * - Errors and limits: nothing here throws on a string. Everything is linear in the text; decoding
 *   is bounded by {@link DecodeOptions.maxDecoded} and {@link DecodeOptions.maxDepth}, and the
 *   result says when a bound was hit. A character decoded from base64 or hex maps to its whole run.
 *
 * @module
 */
export { decodeEncodedRuns } from './decode.ts';
export type { DecodeOptions, DecodeResult } from './decode.ts';
export { deriveViews } from './derive.ts';
export type { DerivedViews, DeriveOptions } from './derive.ts';
export { normalizeForScan } from './normalizeForScan.ts';
export { readSpelledOut } from './spelled.ts';
export { identityView, mapSpan } from './view.ts';
export type { TextView } from './view.ts';
