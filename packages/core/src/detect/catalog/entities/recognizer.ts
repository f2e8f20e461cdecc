/**
 * {@link Recognizer}: the interface through which a model (an NER pipeline, a remote service)
 * adds findings that patterns cannot give, such as names and organisations without a suffix.
 *
 * @module
 */
import type { Finding } from '../../types.ts';

/**
 * The part of an `AbortSignal` a recognizer may read. Core has no DOM types, so this is the
 * structural subset; a real `AbortSignal` fits it.
 */
export interface RecognizerSignal {
  /** True once the caller has given up on the result. */
  readonly aborted: boolean;
  /** Called when the caller gives up (as `AbortSignal.addEventListener('abort', …)`). */
  addEventListener?(type: 'abort', listener: () => void): void;
}

/**
 * An asynchronous recognizer, such as an NER model: it reads a text and returns findings in the
 * same shape as the scanner's, with UTF-16 offsets into that text and scores in [0, 1]. The
 * scanner's asynchronous scan merges its findings with the pattern findings and resolves overlaps
 * as usual.
 *
 * A recognizer must not throw for a string it cannot handle; it returns `[]`. It should stop
 * early and reject when `signal.aborted` becomes true.
 *
 * @example
 * ```ts
 * import type { Finding, Recognizer } from '@airlock/core';
 * // A toy recognizer: every word in its list is a PERSON.
 * const toy: Recognizer = {
 *   id: 'toy-names',
 *   types: ['PERSON'],
 *   async recognize(text) {
 *     const out: Finding[] = [];
 *     for (const name of ['Ada', 'Grace']) {
 *       const at = text.indexOf(name);
 *       if (at >= 0) out.push({ type: 'PERSON', family: 'PERSON', start: at, end: at + name.length, score: 0.9, detector: 'toy-names', level: 'confidential' });
 *     }
 *     return out;
 *   },
 * };
 * toy.types; //=> ['PERSON']
 * ```
 */
export interface Recognizer {
  /** Kebab-case id, unique among a scanner's detectors and recognizers; findings carry it as `detector`. */
  readonly id: string;
  /** The entity types it can report (`PERSON`, `ORGANIZATION`), for presets and thresholds. */
  readonly types: readonly string[];
  /**
   * Finds entities in `text`.
   *
   * @param text - the text to read
   * @param signal - aborts the work when the caller gives up
   * @returns findings with offsets into `text`
   */
  recognize(text: string, signal?: RecognizerSignal): Promise<Finding[]>;
}
