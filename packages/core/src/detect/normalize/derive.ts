/**
 * {@link deriveViews}: every derived text worth scanning besides the original, each with its map
 * back to the original offsets.
 *
 * @module
 */
import { decodeEncodedRuns, type DecodeOptions } from './decode.ts';
import { normalizeForScan } from './normalizeForScan.ts';
import { readSpelledOut } from './spelled.ts';
import { identityView, type TextView } from './view.ts';

/** Options of {@link deriveViews}. */
export interface DeriveOptions {
  /**
   * Apply {@link normalizeForScan} (NFKC, invisible characters, confusable spaces).
   * @defaultValue true
   */
  readonly normalize?: boolean;
  /**
   * Apply {@link readSpelledOut} (`john [at] example [dot] com`).
   * @defaultValue true
   */
  readonly spelled?: boolean;
  /**
   * Apply {@link decodeEncodedRuns} (base64, base64url, hex, URL encoding), with these limits;
   * `false` to skip.
   * @defaultValue true
   */
  readonly decode?: boolean | DecodeOptions;
}

/** What {@link deriveViews} returns. */
export interface DerivedViews {
  /** The views to scan besides the original text, each one changed; often none. */
  readonly views: readonly TextView[];
  /** Whether a decoding limit left something undecoded: a scan that relies on it is incomplete. */
  readonly limited: boolean;
}

/**
 * The texts to scan besides the original one, each with the map back to the original offsets:
 * what the scanner runs when normalization is on.
 *
 * In order, each only when it differs from what it was built on:
 * 1. the normalized text ({@link normalizeForScan});
 * 2. the normalized text with spelled-out e-mail addresses read ({@link readSpelledOut});
 * 3. the normalized text with encoded runs decoded ({@link decodeEncodedRuns}), the decoded
 *    parts normalized and spelled-out forms read in turn.
 *
 * Scan each view's `text`, map each finding with {@link mapSpan}, drop those already found at the
 * same original span, and report `view.decodedFrom`. Linear time in the text; the decoded view is
 * at most `maxDecoded` code units longer than the text.
 *
 * @param text - the original text
 * @param options - which steps to run
 * @returns the changed views, and whether a decoding limit was hit
 *
 * @example
 * ```ts
 * import { deriveViews, mapSpan } from '@airlock/core';
 * const { views } = deriveViews('mail: ｊｏｈｎ [at] example [dot] com');
 * views.map((v) => v.decodedFrom); //=> ['normalize', 'normalize>spelled']
 * views[1]!.text; //=> 'mail: john@example.com'
 * mapSpan(views[1]!, 6, 22); //=> { start: 6, end: 33 }
 * deriveViews('nothing to see').views.length; //=> 0
 * ```
 */
export function deriveViews(text: string, options: DeriveOptions = {}): DerivedViews {
  return derive(text, options, false);
}

/**
 * The last of {@link deriveViews}'s views, which holds the changes of all the others (the decoded
 * view is normalized and has its spelled-out forms read in turn), without making the others: what
 * the scanner scans. Skips a pass over the text when encoded runs were decoded.
 *
 * @internal
 */
export function _deriveScanView(text: string, options: DeriveOptions = {}): { readonly view: TextView | undefined; readonly limited: boolean } {
  const { views, limited } = derive(text, options, true);
  return { view: views[views.length - 1], limited };
}

function derive(text: string, options: DeriveOptions, lastOnly: boolean): DerivedViews {
  const spelled = options.spelled ?? true;
  const normalize = options.normalize ?? true;
  const base = normalize ? normalizeForScan(text) : identityView(text);
  let limited = false;
  let decoded: TextView | undefined;
  const decode = options.decode ?? true;
  if (decode !== false) {
    const r = decodeEncodedRuns(base, decode === true ? {} : decode);
    limited = r.limited;
    if (r.view !== base) {
      decoded = r.view;
      if (normalize) decoded = normalizeForScan(decoded);
      if (spelled) decoded = readSpelledOut(decoded);
      if (lastOnly) return { views: [decoded], limited };
    }
  }
  const views: TextView[] = [];
  if (base.changed) views.push(base);
  if (spelled) {
    const s = readSpelledOut(base);
    if (s !== base) views.push(s);
  }
  if (decoded) views.push(decoded);
  return { views: lastOnly ? views.slice(-1) : views, limited };
}
