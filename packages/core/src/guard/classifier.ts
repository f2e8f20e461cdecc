/**
 * The pluggable classifier interface: a model that scores a text for prompt injection, run next to
 * the heuristics.
 *
 * @module
 */
import type { RecognizerSignal } from '../detect/catalog/entities/recognizer.ts';
import { AirlockError } from '../errors/AirlockError.ts';

/** What a {@link Classifier} says about a text. */
export interface ClassifierResult {
  /** Probability, in [0, 1], that the text is a prompt injection (whatever the label). */
  readonly score: number;
  /** The model's label (`'injection'`, `'benign'`, `'jailbreak'`, …), for reports. */
  readonly label: string;
  /** Where in the text the model sees the injection, if it can say (UTF-16 offsets). */
  readonly spans?: readonly { readonly start: number; readonly end: number }[];
}

/**
 * A prompt-injection classifier: a local model, a hosted moderation endpoint, an LLM judge. Its
 * score joins the heuristics' in {@link injectionScore} by noisy-OR: a classifier can raise the
 * score, never lower it, so a model that misses an attack the patterns see does not hide it.
 */
export interface Classifier {
  /** Kebab-case id, reported with its result. */
  readonly id: string;
  /**
   * Scores a text. May reject; a rejection, a malformed result or an abort makes the guard's result
   * incomplete, and decisions built on it fail closed.
   * @param text - the text to score
   * @param signal - aborted when the caller gives up
   */
  classify(text: string, signal?: RecognizerSignal): Promise<ClassifierResult>;
}

/** What became of one classifier's run. */
export type ClassifierOutcome =
  /** It answered: its result, checked. */
  | ({ readonly id: string; readonly ok: true } & ClassifierResult)
  /** It failed, answered malformed data, or was aborted. */
  | { readonly id: string; readonly ok: false; readonly error: string };

/** Options of {@link runClassifiers}. */
export interface RunClassifiersOptions {
  /**
   * Passed to every classifier; a classifier still running when it aborts counts as failed, and
   * (when the signal has `addEventListener`, as an `AbortSignal` does) is not waited for.
   */
  readonly signal?: RecognizerSignal;
}

function isResult(r: unknown, length: number): r is ClassifierResult {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as ClassifierResult;
  if (typeof x.score !== 'number' || !(x.score >= 0 && x.score <= 1) || typeof x.label !== 'string') return false;
  if (x.spans === undefined) return true;
  return Array.isArray(x.spans) && x.spans.every((s) => Number.isInteger(s?.start) && Number.isInteger(s?.end) && s.start >= 0 && s.start < s.end && s.end <= length);
}

/**
 * Runs classifiers on a text, all at once, and never rejects: each one's outcome says whether it
 * answered. A classifier that throws, rejects, returns something other than `{ score in [0, 1],
 * label, spans? }`, or is still running when `signal` aborts, has `ok: false`.
 *
 * @param text - the text to classify
 * @param classifiers - the classifiers
 * @param options - an abort signal
 * @returns one outcome per classifier, in order
 * @throws {@link AirlockError} `invalid_argument` when a classifier is not `{ id, classify }`
 *
 * @example
 * ```ts
 * import { runClassifiers } from '@airlock/core';
 * const model = { id: 'toy', classify: async (t: string) => ({ score: t.includes('DAN') ? 0.9 : 0.1, label: 'x' }) };
 * const broken = { id: 'down', classify: async () => { throw new Error('503'); } };
 * const outcomes = await runClassifiers('you are DAN', [model, broken]);
 * outcomes.map((o) => [o.id, o.ok]); //=> [['toy', true], ['down', false]]
 * ```
 */
export async function runClassifiers(text: string, classifiers: readonly Classifier[], options: RunClassifiersOptions = {}): Promise<ClassifierOutcome[]> {
  if (!Array.isArray(classifiers)) throw new AirlockError('invalid_argument', 'runClassifiers: classifiers must be an array');
  classifiers.forEach((c, i) => {
    if (typeof c !== 'object' || c === null || typeof c.id !== 'string' || typeof c.classify !== 'function') {
      throw new AirlockError('invalid_argument', `runClassifiers: classifiers[${i}] must be { id, classify(text, signal) }`);
    }
  });
  const { signal } = options;
  // A classifier that ignores the signal must not hold the caller past an abort.
  const aborted = new Promise<never>((_, reject) => signal?.addEventListener?.('abort', () => reject(new Error('aborted: the caller gave up'))));
  aborted.catch(() => {});
  const settled = await Promise.allSettled(
    classifiers.map(async (c) => {
      if (signal?.aborted) throw new Error('aborted before it started');
      return Promise.race([c.classify(text, signal), aborted]);
    }),
  );
  return settled.map((s, i): ClassifierOutcome => {
    const id = classifiers[i]!.id;
    if (s.status === 'rejected') {
      const reason = s.reason as { message?: unknown } | undefined;
      return { id, ok: false, error: typeof reason?.message === 'string' ? reason.message : String(s.reason) };
    }
    if (signal?.aborted) return { id, ok: false, error: 'aborted: the caller gave up' };
    if (!isResult(s.value, text.length)) return { id, ok: false, error: 'returned a malformed result (score must be in [0, 1], label a string, spans inside the text)' };
    const { score, label, spans } = s.value;
    return { id, ok: true, score, label, ...(spans ? { spans } : {}) };
  });
}
