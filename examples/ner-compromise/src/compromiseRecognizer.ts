/**
 * An NER model as an airlock {@link Recognizer}: [compromise](https://github.com/spencermountain/compromise)
 * (pure JavaScript, English, no model download) tags people, places and organisations, and each
 * becomes a finding beside those of the pattern detectors. `scanner.scanAsync` merges them: the
 * same thresholds, allow list and overlap resolution apply.
 *
 * @module
 */
import nlp from 'compromise';
import type { Finding, Recognizer, SensitivityLevel } from '@airlock/core';

/** What compromise calls each kind of entity, and the airlock type and level it becomes. */
const KINDS = [
  { method: 'people', type: 'PERSON', level: 'confidential' },
  { method: 'places', type: 'LOCATION', level: 'internal' },
  { method: 'organizations', type: 'ORGANIZATION', level: 'internal' },
] as const satisfies readonly { method: string; type: string; level: SensitivityLevel }[];

/** Options of {@link compromiseRecognizer}. */
export interface CompromiseRecognizerOptions {
  /**
   * The score of every finding (compromise gives no confidence).
   * @defaultValue 0.7
   */
  readonly score?: number;
  /**
   * Texts longer than this are not read (the recognizer returns no findings for them, and says so
   * by throwing, which `scanAsync` reports as an incomplete scan): compromise builds a document
   * object per word, so memory grows with the text.
   * @defaultValue 1_000_000 code units
   */
  readonly maxLength?: number;
}

/** One matched phrase, as compromise's `json({ offset: true, terms: { offset: true } })` gives it. */
interface Phrase {
  readonly terms: readonly { readonly tags: readonly string[]; readonly offset: { readonly start: number; readonly length: number } }[];
}

/** Letters and digits end a name; trailing punctuation (`Rotterdam,`) does not belong to it. */
const isLetterOrDigit = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/**
 * A recognizer of people, places and organisations, by compromise. Honorifics (`Dr.`) are left out
 * of a person's span, and trailing punctuation out of every span, as presidio labels them.
 *
 * @param options - score and size limit
 * @returns the recognizer, id `ner-compromise`
 *
 * @example
 * ```ts
 * import { createScanner } from '@airlock/core';
 * import { compromiseRecognizer } from './compromiseRecognizer.ts';
 * const scanner = createScanner({ recognizers: [compromiseRecognizer()] });
 * const { findings } = await scanner.scanAsync('Tell Priyanka to email the World Health Organization.');
 * findings.map((f) => [f.type, f.detector]); //=> [['ORGANIZATION', 'ner-compromise']]
 * ```
 */
export function compromiseRecognizer(options: CompromiseRecognizerOptions = {}): Recognizer {
  const score = options.score ?? 0.7;
  const maxLength = options.maxLength ?? 1_000_000;
  return {
    id: 'ner-compromise',
    types: KINDS.map((k) => k.type),
    async recognize(text, signal) {
      if (text.length > maxLength) throw new Error(`text of ${text.length} code units is over the ${maxLength} the recognizer reads`);
      const doc = nlp(text);
      const out: Finding[] = [];
      for (const { method, type, level } of KINDS) {
        if (signal?.aborted) return [];
        const phrases = doc[method]().json({ offset: true, terms: { offset: true } }) as Phrase[];
        for (const phrase of phrases) {
          const terms = phrase.terms.filter((t) => !t.tags.includes('Honorific'));
          if (terms.length === 0) continue;
          const start = terms[0]!.offset.start;
          const last = terms[terms.length - 1]!.offset;
          let end = last.start + last.length;
          while (end > start && !isLetterOrDigit(text.charAt(end - 1))) end--;
          if (end > start) out.push({ type, family: type, start, end, score, detector: 'ner-compromise', level });
        }
      }
      return out;
    },
  };
}
