/**
 * {@link person}: people's names without a model, from first-name gazetteers, honorifics and
 * context phrases.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { CandidateContext, Detector, ValidationResult } from '../../types.ts';
import { _isFirstName, _isSurname, _runWords, _startsAtWord, _words, CAPITALISED_RUN, NOT_NAME_WORDS } from './gazetteer.ts';

/** A capitalised name word: `Smith`, `O'Brien`, `McDonald`, `Szöts`, `Lopez-Garcia`. */
const CAP = "\\p{Lu}(?:'\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?";
/** A name word in any case (after a context phrase, where text may be all lower case). */
const ANY = "\\p{L}(?:'\\p{L})?\\p{L}+(?:-\\p{L}+)?";
const HONORIFIC = '(?i:\\b(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|madam|mme|mlle|herr|frau|sr|sra|srta)\\b\\.?)';
const CONTEXT =
  "(?i:\\b(?:my name is|my name's|name is|name:|i am|i'm|this is|dear|hi|hello|hey|regards,?|sincerely,?|signed|signed by|thanks,?|call me|calls me|named|called|ask for|attn:?|attention:?|contact|patient|customer|client|employee|husband|wife|son|daughter|mother|father|brother|sister|friend)[,:]?\\s+)";

function isCapitalised(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && w.slice(1) !== w.slice(1).toUpperCase();
}

/**
 * Whether a candidate is plausibly a person's name: no word of it is a function word, a month or
 * a street or company word; in lower-case text, the first word must be a known first name and a
 * second one a known first name or surname.
 */
function plausibleName(value: string, _where: CandidateContext): ValidationResult {
  const words = _words(value);
  if (words.length === 0) return false;
  for (const w of words) {
    const bare = w.endsWith('.') ? w.slice(0, -1) : w;
    if (bare.length > 1 && NOT_NAME_WORDS.has(bare.toLowerCase())) return false;
  }
  const first = words[0]!;
  if (!isCapitalised(first)) {
    if (!_isFirstName(first, false)) return false;
    for (const w of words.slice(1)) if (!isCapitalised(w) && !_isSurname(w) && !_isFirstName(w)) return false;
  }
  return undefined;
}

function isInitial(w: string): boolean {
  return w.length === 2 && w.charAt(1) === '.' && w.charAt(0) !== w.charAt(0).toLowerCase();
}

function isNameWord(w: string): boolean {
  return isCapitalised(w) && w !== w.toUpperCase() && !NOT_NAME_WORDS.has(w.toLowerCase());
}

/**
 * The names inside a run of capitalised words: a known first name, an optional middle name or
 * initial, and one or two surname words (the second only when it is a known surname); or a known
 * first name alone when it is not also an ordinary word. Hash-set lookups only.
 */
function namesInRun(value: string, where: CandidateContext): [number, number][] {
  const words = _runWords(value);
  const out: [number, number][] = [];
  let i = _startsAtWord(where.text, where.start) ? 0 : 1;
  while (i < words.length) {
    const w = words[i]!.word;
    if (!isNameWord(w) || !_isFirstName(w)) {
      i++;
      continue;
    }
    let j = i + 1;
    // a middle initial, or a middle name that is itself a first name and is followed by a surname
    if (j < words.length && isInitial(words[j]!.word)) j++;
    else if (j + 1 < words.length && isNameWord(words[j]!.word) && _isFirstName(words[j]!.word, false) && isNameWord(words[j + 1]!.word)) j++;
    let end = j;
    if (end < words.length && isNameWord(words[end]!.word)) {
      end++;
      if (end < words.length && isNameWord(words[end]!.word) && _isSurname(words[end]!.word)) end++;
    }
    if (end > j) {
      out.push([words[i]!.start, words[end - 1]!.end]);
      i = end;
    } else {
      if (_isFirstName(w, false)) out.push([words[i]!.start, words[i]!.end]);
      i = j;
    }
  }
  return out;
}

/**
 * Detects people's names (`PERSON`) without a model, from name lists: a known first name (1990 US
 * Census and Moby lists) followed by a capitalised surname, or a known first name alone when it is
 * not also an ordinary word. {@link personContext} finds names after honorifics and phrases such
 * as "my name is". Recall on names from outside the English-speaking world is lower; plug in an NER
 * model through a {@link Recognizer} where that matters.
 *
 * @returns the detector
 *
 * @example
 * ```ts
 * import { createScanner, person } from '@airlock/core';
 * const scanner = createScanner({ detectors: [person()] });
 * const text = 'Please forward this to Margaret Okonkwo-Hale today.';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['Margaret Okonkwo-Hale']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function person(): Detector {
  return defineDetector({
    id: 'person',
    type: 'PERSON',
    category: 'pii',
    level: 'confidential',
    regimes: ['gdpr', 'ccpa', 'hipaa'],
    description: "A person's name, from first-name lists (no model).",
    // Runs of capitalised words; the names in them are picked by hash-set lookups.
    patterns: [CAPITALISED_RUN],
    refine: namesInRun,
    validators: [plausibleName],
    score: 0.7,
    context: {
      words: ['name', 'named', 'mr', 'mrs', 'ms', 'dr', 'dear', 'signed', 'sincerely', 'regards', 'contact', 'patient', 'customer', 'employee'],
      boost: 0.15,
    },
    samples: {
      positive: [
        { text: 'Please forward this to Margaret Okonkwo-Hale today.', value: 'Margaret Okonkwo-Hale' },
        { text: 'Meeting notes taken by Thomas J. Whitfield', value: 'Thomas J. Whitfield' },
        { text: 'Our new colleague Gwendolyn starts on Monday.', value: 'Gwendolyn' },
        { text: 'Kind regards, Ingrid', value: 'Ingrid' },
      ],
      negative: [
        'The meeting moved to Monday, March 3.',
        'Send the invoice to the accounts team.',
        'my name is not important here',
        'Will you send the file? May we call later?',
        'He lives on Main Street in a small town.',
      ],
    },
  });
}

/**
 * Detects people's names (`PERSON`) by context, without a model: capitalised words after an
 * honorific (`Mr.`, `Dr`, `Prof.`), or one or two words after a phrase such as "my name is",
 * "Dear" or "signed" (there in any case, if the first word is a known first name). It complements
 * {@link person}, whose name lists need no context.
 *
 * @returns the detector
 *
 * @example
 * ```ts
 * import { createScanner, personContext } from '@airlock/core';
 * const scanner = createScanner({ detectors: [personContext()] });
 * const text = 'The report was reviewed by Dr. Haruto Ishikawa.';
 * scanner.scan(text).map((f) => text.slice(f.start, f.end)); //=> ['Haruto Ishikawa']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function personContext(): Detector {
  return defineDetector({
    id: 'person-context',
    type: 'PERSON',
    category: 'pii',
    level: 'confidential',
    regimes: ['gdpr', 'ccpa', 'hipaa'],
    description: "A person's name after an honorific or a phrase such as \"my name is\" (no model).",
    patterns: [
      // after an honorific
      `${HONORIFIC}\\s+(${CAP}(?:\\s+${CAP}){0,2})`,
      // after a context phrase, one or two words in any case
      `${CONTEXT}(${ANY})`,
      `${CONTEXT}(${ANY}\\s+${ANY})`,
    ],
    group: 1,
    validators: [plausibleName],
    score: 0.75,
    samples: {
      positive: [
        { text: 'The report was reviewed by Dr. Haruto Ishikawa.', value: 'Haruto Ishikawa' },
        { text: 'hi there, my name is gregory brennan and I need help', value: 'gregory brennan' },
        { text: 'Dear Ms. Wainwright, thank you for your letter.', value: 'Wainwright' },
        { text: 'Signed: Oluwaseun', value: 'Oluwaseun' },
      ],
      negative: [
        'my name is not important here',
        'Dear customer, your order has shipped.',
        'I am happy to help',
        'Dr. is the abbreviation of doctor',
      ],
    },
  });
}
