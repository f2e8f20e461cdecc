/**
 * {@link person}: people's names without a model, from first-name gazetteers, honorifics and
 * context phrases.
 *
 * @module
 */
import { defineDetector } from '../../defineDetector.ts';
import type { CandidateContext, Detector, ValidationResult } from '../../types.ts';
import type { RunWord } from './gazetteer.ts';
import { _isCommonWord, _isFirstName, _isNameShaped, _isSurname, _placeAt, _runWords, _startsAtWord, _words, CAPITALISED_RUN, NOT_NAME_WORDS, ORGANISATION_WORDS } from './gazetteer.ts';

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
function plausibleName(value: string, where: CandidateContext): ValidationResult {
  const words = _words(value);
  if (words.length === 0) return false;
  if (isOrganisationWord(where.text, where.end)) return false; // `called Initech Corporation`
  for (const w of words) {
    const bare = w.endsWith('.') ? w.slice(0, -1) : w;
    if (bare.length > 1 && NOT_NAME_WORDS.has(bare.toLowerCase())) return false;
  }
  const first = words[0]!;
  if (!isCapitalised(first)) {
    if (!_isFirstName(first, false)) return false;
    for (const w of words.slice(1)) if (!isCapitalised(w) && !isInitial(w.toUpperCase()) && !_isSurname(w) && !_isFirstName(w) && _isCommonWord(w.endsWith('.') ? w.slice(0, -1) : w)) return false;
  }
  return undefined;
}

/**
 * Whether the word after `at` (past blanks and one `,`) ends an organisation's name (`Corporation`,
 * `Inc`). Reads at most 40 code units: a detector's code stays within 64 of its match.
 */
function isOrganisationWord(text: string, at: number): boolean {
  const { word } = wordAfter(text.slice(at, at + 40), 0);
  return ORGANISATION_WORDS.has(word.toLowerCase());
}

function isInitial(w: string): boolean {
  const c = w.charAt(0);
  return (w.length === 2 ? w.charAt(1) === '.' : w.length === 1) && c !== c.toLowerCase();
}

function isNameWord(w: string): boolean {
  return isCapitalised(w) && w !== w.toUpperCase() && !NOT_NAME_WORDS.has(w.toLowerCase());
}

/** How a word counts as part of a name. */
const enum Kind {
  /** Not a name word: a function word, month, title, street or company word, or all capitals. */
  Stop,
  /** A known first name that is not an ordinary word. */
  First,
  /** A known first name that is also an ordinary word (`Will`, `Rose`). */
  WordlikeFirst,
  /** A common English word. */
  Common,
  /** A known surname that is not a common word. */
  Surname,
  /** Not a common word, and name-shaped by its letters ({@link _isNameShaped}). */
  Shaped,
  /** Not a common word, nor known, nor shaped. */
  Unknown,
}

/** Words after which a name ends: street types and company forms (`Spencer Street`, `Rand Corporation`). */
const AFTER_NAME_STOP: ReadonlySet<string> = /*@__PURE__*/ new Set(
  ('street st avenue ave road rd boulevard blvd lane ln drive court ct place pl way square terrace close crescent highway ' +
    'inc llc ltd corp corporation co company gmbh plc group partners associates foundation institute university college bank ' +
    'hospital school church park garden gardens hall house center centre club hotel airport station bridge river lake island islands beach').split(' '),
);

/** Words before which a capitalised word is a place, not a name (`San Luis`, `Saint Vincent`, `Port Edward`). */
const PLACE_PREFIX: ReadonlySet<string> = /*@__PURE__*/ new Set(
  'san santa santo são sao saint st ste sainte villa vila el la le los las new port fort mount mt cite cité colle monte ciudad puerto porto bad'.split(' '),
);

/** Words just before a lone surname that make it a person (`directed by Kowalski`, `says Novak`). */
const BEFORE_NAME: ReadonlySet<string> = /*@__PURE__*/ new Set(
  'by with starring featuring says said told asked thanked met meet called named name early ex late cc'.split(' '),
);
/** Words before a place: after them, a word known only by its shape is left to the location detector. */
const PLACE_CUE: ReadonlySet<string> = /*@__PURE__*/ new Set('in from at to near into via of'.split(' '));

/** Words just after a lone surname that make it a person (`Novak said`). */
const AFTER_NAME: ReadonlySet<string> = /*@__PURE__*/ new Set('said says told asked shouted explained wrote replied added argued noted'.split(' '));

/**
 * Kinds already looked up, by word: the same words start sentence after sentence (`The`, `In`), and
 * a kind takes several case conversions and set lookups. Cleared when full; a word's kind never
 * changes.
 */
const kinds = new Map<string, Kind>();
const KINDS_HELD = 4096;

function kindOf(w: string): Kind {
  let k = kinds.get(w);
  if (k === undefined) {
    if (kinds.size >= KINDS_HELD) kinds.clear();
    k = lookUpKind(w);
    kinds.set(w, k);
  }
  return k;
}

function lookUpKind(w: string): Kind {
  if (!isNameWord(w)) return Kind.Stop;
  if (_isFirstName(w, false)) return Kind.First;
  if (_isFirstName(w)) return Kind.WordlikeFirst;
  if (_isCommonWord(w)) return Kind.Common;
  if (_isSurname(w)) return Kind.Surname;
  return _isNameShaped(w) ? Kind.Shaped : Kind.Unknown;
}

const isLetter = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isBlank = (c: string): boolean => c === ' ' || c === '\t';

/** The word that ends just before `at` in `text` (skipping blanks, then one optional `,`/`:`), lower-cased. */
function wordBefore(text: string, at: number): { word: string; sep: string; start: number } {
  let i = at - 1;
  while (i >= 0 && isBlank(text.charAt(i))) i--;
  let sep = '';
  if (i >= 0 && (text.charAt(i) === ',' || text.charAt(i) === ':' || text.charAt(i) === '&')) {
    sep = text.charAt(i);
    i--;
    while (i >= 0 && isBlank(text.charAt(i))) i--;
  }
  const end = i + 1;
  while (i >= 0 && (isLetter(text.charAt(i)) || text.charAt(i) === '-' || text.charAt(i) === "'")) i--;
  return { word: text.slice(i + 1, end), sep, start: i + 1 };
}

/** The word that starts just after `at` in `text` (skipping blanks, then one optional `,`), as written. */
function wordAfter(text: string, at: number): { word: string; sep: string; end: number } {
  let i = at;
  while (i < text.length && isBlank(text.charAt(i))) i++;
  let sep = '';
  if (i < text.length && (text.charAt(i) === ',' || text.charAt(i) === '&')) {
    sep = text.charAt(i);
    i++;
    while (i < text.length && isBlank(text.charAt(i))) i++;
  }
  const start = i;
  while (i < text.length && (isLetter(text.charAt(i)) || text.charAt(i) === '-' || text.charAt(i) === "'")) i++;
  return { word: text.slice(start, i), sep, end: i };
}

/** Whether a word can stand in a list of names next to others (`Kovalev, Lee and Phillips`). */
function listable(k: Kind): boolean {
  return k === Kind.First || k === Kind.WordlikeFirst || k === Kind.Surname || k === Kind.Shaped || k === Kind.Unknown;
}

/**
 * Whether the lone word at `start..end` of `text` sits in a list of names: `A, B and C`, `A and B`,
 * `A & B`, with a neighbour that is itself a name word and at least one member that is a known
 * or name-shaped name.
 */
function inNameList(text: string, start: number, end: number, self: Kind, kind: (w: string) => Kind): boolean {
  let strong = self === Kind.First || self === Kind.Surname || self === Kind.Shaped;
  let neighbour = false;
  const b = wordBefore(text, start);
  let bw = b.word;
  let bsep = b.sep;
  if (bw.toLowerCase() === 'and' && bsep === '') {
    const b2 = wordBefore(text, b.start);
    bw = b2.word;
    bsep = 'and';
  }
  if (bsep !== '' && bsep !== ':' && bw) {
    const k = kind(bw);
    if (listable(k)) {
      neighbour = true;
      strong ||= k === Kind.First || k === Kind.Surname || k === Kind.Shaped;
    }
  }
  const a = wordAfter(text, end);
  let aw = a.word;
  let asep = a.sep;
  if (aw.toLowerCase() === 'and' && asep === '') {
    aw = wordAfter(text, a.end).word;
    asep = 'and';
  }
  if (asep !== '' && aw) {
    const k = kind(aw);
    if (listable(k)) {
      neighbour = true;
      strong ||= k === Kind.First || k === Kind.Surname || k === Kind.Shaped;
    }
  }
  return neighbour && strong;
}

/** Whether a lone word at `start..end` has a context that makes it a person. */
function personCue(text: string, start: number, end: number, self: Kind): boolean {
  const b = wordBefore(text, start);
  if (b.sep === '' && BEFORE_NAME.has(b.word.toLowerCase())) return true;
  const a = wordAfter(text, end);
  if (a.sep === '' && AFTER_NAME.has(a.word.toLowerCase())) return true;
  // a speaker in a dialogue (`Kalman: "Who are you?"`) at the start of a line
  if (self !== Kind.Unknown && text.charAt(end) === ':' && (start === 0 || text.charAt(start - 1) === '\n' || b.word === '')) return true;
  return false;
}

/** Whether the text right after `end` (on the same line) is a number: `Joaquin Suarez 4740` is a street. */
function numberAround(text: string, start: number, end: number): boolean {
  let i = end;
  while (i < text.length && isBlank(text.charAt(i))) i++;
  if (i > end && isDigit(text.charAt(i))) return true;
  i = start - 1;
  while (i >= 0 && isBlank(text.charAt(i))) i--;
  return i < start - 1 && i >= 0 && isDigit(text.charAt(i));
}

/**
 * The kind of word `n` of a run, looked up once ({@link namesInRun} runs on every capitalised run of
 * a text, so it allocates no closure).
 */
function kindAt(words: readonly RunWord[], memo: (Kind | undefined)[], n: number): Kind {
  return (memo[n] ??= isInitial(words[n]!.word) ? Kind.Stop : kindOf(words[n]!.word));
}

/**
 * The names inside a run of words. In a run of capitalised words: a first name (known, or a word
 * that is neither a common English word nor a place), an optional middle name or initial, and one
 * or two surname words; or a lone word that is a known first name, or a known or name-shaped
 * surname in a list of names or after a cue (`directed by`, `says`). Hash-set lookups and bounded
 * looks around the run only. (Lower-case names are left to {@link personContext}: a pattern over
 * every run of lower-case words made the whole catalog's scan several times slower.)
 */
function namesInRun(value: string, where: CandidateContext): [number, number][] {
  const words = _runWords(value);
  const out: [number, number][] = [];
  const text = where.text;
  const kind = kindOf;
  // kinds are looked up lazily: most words need one hash lookup, no more
  const memo: (Kind | undefined)[] = [];
  let i = _startsAtWord(text, where.start) ? 0 : 1;
  while (i < words.length) {
    const k0 = kindAt(words, memo, i);
    const prev = i > 0 ? words[i - 1]!.word.toLowerCase() : '';
    if (k0 === Kind.Stop || k0 === Kind.Common || PLACE_PREFIX.has(prev) || _placeAt(words, i) > 0) {
      i += k0 !== Kind.Stop && k0 !== Kind.Common ? Math.max(1, _placeAt(words, i)) : 1;
      continue;
    }
    // middle: an initial, or a middle name that is a first name and is followed by another name word
    let j = i + 1;
    if (j < words.length && isInitial(words[j]!.word)) j++;
    else if (j + 1 < words.length && kindAt(words, memo, j) === Kind.First && kindAt(words, memo, j + 1) !== Kind.Stop && kindAt(words, memo, j + 1) !== Kind.Common) j++;
    let end = j;
    if (end < words.length) {
      const k = kindAt(words, memo, end);
      const ok = k0 === Kind.First ? k !== Kind.Stop : k !== Kind.Stop && k !== Kind.Common;
      if (ok && !(_placeAt(words, end) > 0 && k0 !== Kind.First)) {
        end++;
        if (end < words.length && (kindAt(words, memo, end) === Kind.Surname || kindAt(words, memo, end) === Kind.Shaped) && (_isSurname(words[end]!.word) || kindAt(words, memo, end) === Kind.Shaped)) end++;
      }
    }
    const s = where.start + words[i]!.start;
    if (k0 !== Kind.First && k0 !== Kind.WordlikeFirst) {
      const before = i > 0 ? kindAt(words, memo, i - 1) : PLACE_CUE.has(wordBefore(text, s).word.toLowerCase()) && wordBefore(text, s).sep === '' ? Kind.Common : Kind.Stop;
      if (before === Kind.Common) {
        i = Math.max(j, end);
        continue;
      }
    }
    if (end > j) {
      const e = where.start + words[end - 1]!.end;
      const next = end < words.length ? words[end]!.word.toLowerCase() : '';
      if (!AFTER_NAME_STOP.has(next) && !numberAround(text, s, e)) out.push([words[i]!.start, words[end - 1]!.end]);
      i = end;
      continue;
    }
    // a lone word
    const e = where.start + words[i]!.end;
    const next = i + 1 < words.length ? words[i + 1]!.word.toLowerCase() : wordAfter(text, e).word.toLowerCase();
    if (!AFTER_NAME_STOP.has(next) && !numberAround(text, s, e) && _placeAt(words, i) === 0) {
      const alone =
        k0 === Kind.First ||
        (words.length === 1 && listable(k0) && (inNameList(text, s, e, k0, kind) || (k0 !== Kind.WordlikeFirst && personCue(text, s, e, k0))));
      if (alone) out.push([words[i]!.start, words[i]!.end]);
    }
    i = j;
  }
  return out;
}

/** A name with a known first name or surname scores higher than one found by its shape alone. */
function knownName(value: string, _where: CandidateContext): ValidationResult {
  for (const w of _words(value)) if (_isFirstName(w) || _isSurname(w)) return true;
  return undefined;
}

/**
 * Detects people's names (`PERSON`) without a model, from name lists: a known first name (1990 US
 * Census and Moby lists) followed by a capitalised surname, or a known first name alone when it is
 * not also an ordinary word; two or three capitalised words none of which is a common English word,
 * a place or a street or company word (a lower score, unless one is a known name); a lone surname,
 * known or name-shaped (`Wiśniewska`, `Magnusson`, `Nishiyama`), in a list of names or after a cue
 * (`directed by`, `says`). {@link personContext} finds names after honorifics and phrases such
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
    validators: [plausibleName, knownName],
    score: 0.55,
    validScore: 0.7,
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
        { text: 'Onboarding call with Bożydar Wrzesiński tomorrow.', value: 'Bożydar Wrzesiński' },
        { text: 'The first draft was written by Kurosawa.', value: 'Kurosawa' },
        { text: 'Signed off by Teodora V Halvorsen on Friday', value: 'Teodora V Halvorsen' },
      ],
      negative: [
        'The meeting moved to Monday, March 3.',
        'Send the invoice to the accounts team.',
        'my name is not important here',
        'Will you send the file? May we call later?',
        'He lives on Main Street in a small town.',
        'We moved the cluster from Kubernetes to a managed service.',
        'She flew from Lisbon to Argentina in March.',
        'Deliveries go to 12 Joaquin Suarez 4410 in the old town.',
        'the meeting notes are in the shared folder',
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
        'Then we called Initech Corporation about the invoice.',
      ],
    },
  });
}
