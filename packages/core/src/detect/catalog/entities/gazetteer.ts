/**
 * Gazetteer helpers shared by the entity detectors: the name lists as pattern alternations and as
 * lazily built sets for validators, and the words that are never part of a name.
 *
 * @module
 * @internal
 */
import { FIRST_NAMES, WORDLIKE_FIRST_NAMES } from './data/names.ts';
import { CITIES, COUNTRIES, US_STATES } from './data/places.ts';
import { SURNAMES } from './data/surnames.ts';
import { COMMON_WORDS } from './data/words.ts';
import { isWordUnit } from '../../../regex/util/text.ts';

/**
 * A capitalised word whose first letter is `first` (a capital): `Smith`, `O'Brien`, `McDonald`,
 * `Szöts`, `Lopez-Garcia`, or an all-caps one (`USA`).
 */
function capWord(first: string): string {
  return `${first}(?:'\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?|${first}\\p{Lu}{1,3}\\b`;
}
/** A capitalised word (see {@link capWord}). */
const CAP_WORD = capWord('\\p{Lu}');
/** Lower-case words that may sit inside a name or place (`Ludwig van Beethoven`, `Rio de Janeiro`). */
const CONNECTOR = '(?:van|von|der|den|de|da|do|dos|del|della|di|du|la|le|of|upon|on|am|y)';

/** A further word of a run, after blanks: a capitalised word, an initial, perhaps after a connector. */
const NEXT_WORD = `[ \\t]+(?:${CONNECTOR}[ \\t]+)?(?:(?:${CAP_WORD})|\\p{Lu}\\.|\\p{Lu}\\b)`;
/**
 * The first letter of a run that starts a word: an ASCII capital at `\b` (which is ASCII in RE2),
 * or any other capital, whose word start the detectors' `refine` checks ({@link _startsAtWord}).
 */
const RUN_START = '(?:\\b[A-Z]|[^\\P{Lu}A-Z])';
/** A capitalised word whose first letter is a {@link RUN_START}. */
const FIRST_WORD = capWord(RUN_START);
/**
 * {@link CAP_WORD} with a capital after `'` or `-` in it (`O'Brien`, `Lopez-Garcia`): inside a word
 * it is still matched whole, as before, so that `Brien` in `_O'Brien` does not begin a run of its own.
 */
const JOINED_WORD = `\\p{Lu}'\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?-\\p{Lu}\\p{Ll}+`;

/**
 * A run of capitalised words (with initials and connectors between them): the cheap pattern that
 * the gazetteer detectors share. Gazetteers are not compiled into patterns: a run is looked up,
 * word by word, in hash sets by each detector's `refine`, so ten thousand names cost the automaton
 * nothing.
 *
 * A run that begins inside a word is one of two words or more, or a `JOINED_WORD`: the
 * detectors skip the first word of such a run but read the others, while a single word inside a
 * word (`getUserName`, `DEBUG`'s `EBUG`, base64) gives them nothing. Those were 51% of the runs of
 * the benchmark's ordinary corpus (prose, code and logs). Each alternative matches what the one
 * pattern before (`(?:CAP_WORD)(?:NEXT_WORD)*`) matched, where it matches, and the detectors find
 * the same in text whose tokens are apart (`gazetteer.test.ts`); only where a word ends inside
 * another glued to it can a later run begin elsewhere (`INFOO'Brien`: `NFOO` was a run, so
 * `Brien` was one too).
 *
 * @internal
 */
export const CAPITALISED_RUN: string = `(?:${FIRST_WORD})(?:${NEXT_WORD})*|(?:${CAP_WORD})(?:${NEXT_WORD})+|${JOINED_WORD}`;

/** A word of a run, with its offsets in the run. @internal */
export interface RunWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The words of a run, split on spaces and tabs, with their offsets.
 *
 * @param value - the run
 * @returns its words
 * @internal
 */
export function _runWords(value: string): RunWord[] {
  const out: RunWord[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (value[i] === ' ' || value[i] === '\t')) i++;
    const start = i;
    while (i < value.length && value[i] !== ' ' && value[i] !== '\t') i++;
    if (i > start) out.push({ word: value.slice(start, i), start, end: i });
  }
  return out;
}

/**
 * Whether the run starts at a word boundary of the text: a run found inside a word
 * (`iPhone` → `Phone`) is not a name.
 *
 * @internal
 */
export function _startsAtWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  // ASCII: a letter, a digit or `_` continues a word (no case conversion needed).
  if (c < 0x80) return !isWordUnit(c);
  const prev = text.charAt(at - 1);
  return !(prev.toLowerCase() !== prev.toUpperCase() || (c >= 0x30 && c <= 0x39) || c === 0x5f);
}

let placeSet: Set<string> | undefined;
/** The first words of multi-word place names (`new`, `new south`, …): a lookup stops when a key is not one. */
let placePrefixes: Set<string> | undefined;

/**
 * The longest place name (country, US state or city; compared ignoring case) that the words
 * `words[i..]` begin with, as a count of words, or 0.
 *
 * @internal
 */
export function _placeAt(words: readonly RunWord[], i: number): number {
  if (!placeSet || !placePrefixes) {
    placeSet = new Set();
    placePrefixes = new Set();
    for (const list of [COUNTRIES, US_STATES, CITIES]) {
      for (const name of list.split('|')) {
        if (name.length === 0) continue;
        const lower = name.toLowerCase();
        placeSet.add(lower);
        for (let at = lower.indexOf(' '); at >= 0; at = lower.indexOf(' ', at + 1)) placePrefixes.add(lower.slice(0, at));
      }
    }
  }
  let best = 0;
  let key = '';
  for (let n = 1; i + n <= words.length; n++) {
    key = n === 1 ? words[i]!.word.toLowerCase() : `${key} ${words[i + n - 1]!.word.toLowerCase()}`;
    if (placeSet.has(key)) best = n;
    if (!placePrefixes.has(key)) break;
  }
  return best;
}

/**
 * RE2 alternations of `|`-separated literal words (letters, spaces, `'`, `-`, `.` only), each with
 * a trailing word boundary where one can be checked: `\\b` is ASCII-only in RE2, so names ending in
 * a non-ASCII letter (`Malmö`) go without it. Long lists are cut into several alternations of at
 * most `maxLength` characters, to stay under the parser's pattern length limit.
 *
 * @param list - `|`-separated words
 * @param maxLength - the longest alternation to make
 * @returns non-capturing groups such as `(?:(?:Anna|Bob)\\b|Malmö)`
 * @internal
 */
export function _alternations(list: string, maxLength = 30000): string[] {
  const out: string[] = [];
  let ascii: string[] = [];
  let other: string[] = [];
  let size = 0;
  const flush = (): void => {
    const parts: string[] = [];
    if (ascii.length > 0) parts.push(`(?:${ascii.join('|')})\\b`);
    if (other.length > 0) parts.push(`(?:${other.join('|')})`);
    if (parts.length > 0) out.push(`(?:${parts.join('|')})`);
    ascii = [];
    other = [];
    size = 0;
  };
  for (const w of list.split('|')) {
    if (w.length === 0) continue;
    const e = w.split('.').join('\\.');
    const last = w.charCodeAt(w.length - 1);
    const asciiEnd = (last >= 0x30 && last <= 0x39) || (last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a);
    (asciiEnd ? ascii : other).push(e);
    size += e.length + 1;
    if (size >= maxLength) flush();
  }
  flush();
  return out;
}

let firstSet: Set<string> | undefined;
let wordlikeSet: Set<string> | undefined;
let surnameSet: Set<string> | undefined;

/**
 * Whether `word` is a known first name, ignoring case.
 *
 * @param word - one word
 * @param wordlike - also accept first names that are ordinary words (`will`, `happy`)
 * @returns true for census and Moby first names
 * @internal
 */
export function _isFirstName(word: string, wordlike = true): boolean {
  firstSet ??= new Set(FIRST_NAMES.toLowerCase().split('|'));
  wordlikeSet ??= new Set(WORDLIKE_FIRST_NAMES.toLowerCase().split('|'));
  const w = word.toLowerCase();
  return firstSet.has(w) || (wordlike && wordlikeSet.has(w));
}

/**
 * Whether `word` is one of the most frequent census surnames, ignoring case.
 *
 * @param word - one word
 * @returns true for a listed surname
 * @internal
 */
export function _isSurname(word: string): boolean {
  surnameSet ??= new Set(SURNAMES.toLowerCase().split('|'));
  return surnameSet.has(word.toLowerCase());
}

let commonSet: Set<string> | undefined;

/**
 * Whether `word` is a common English word (SCOWL levels 10 and 20), ignoring case; inflected forms
 * (`-s`, `-es`, `-ed`, `-d`, `-ing`, `-ly`) count when their stem is listed.
 *
 * @param word - one word
 * @returns true for `Meeting`, `tables`, `quickly`; false for `Kowalski`
 * @internal
 */
export function _isCommonWord(word: string): boolean {
  commonSet ??= new Set(COMMON_WORDS.split('|'));
  const w = word.toLowerCase();
  if (commonSet.has(w)) return true;
  const n = w.length;
  if (n > 3 && w.endsWith('s') && commonSet.has(w.slice(0, -1))) return true;
  if (n > 4 && w.endsWith('es') && commonSet.has(w.slice(0, -2))) return true;
  if (n > 4 && w.endsWith('ed') && (commonSet.has(w.slice(0, -2)) || commonSet.has(w.slice(0, -1)))) return true;
  if (n > 5 && w.endsWith('ing') && (commonSet.has(w.slice(0, -3)) || commonSet.has(`${w.slice(0, -3)}e`))) return true;
  if (n > 4 && w.endsWith('ly') && commonSet.has(w.slice(0, -2))) return true;
  return false;
}

/** Endings of surnames and given names across Europe and beyond (`-sson`, `-ová`, `-wicz`, `-enko`, `-ez`). */
const NAME_ENDINGS: readonly string[] = (
  'sson son sen dottir dóttir ov ova ová ev eva ski ska sky cki cka wicz icz vić vic ić ič ovich evich yan ian idze adze shvili ' +
  'enko chuk escu oglu oğlu berg ström strom lund quist qvist gaard gård ez es elli etti ucci ini oulos akis poulos mann sdottir'
).split(' ');

/** Whether `w` (lower case, Latin letters) reads as romanised Japanese: only (consonant +) vowel syllables and `n`. */
function romanisedJapanese(w: string): boolean {
  if (w.length < 4) return false;
  let i = 0;
  let syllables = 0;
  while (i < w.length) {
    const c = w.charAt(i);
    if ('aiueo'.includes(c)) {
      i++;
      syllables++;
      continue;
    }
    if (c === 'n' && (i + 1 === w.length || !'aiueoy'.includes(w.charAt(i + 1)))) {
      i++;
      continue;
    }
    const two = w.slice(i, i + 2);
    let k = 0;
    if (two === 'sh' || two === 'ch' || two === 'ts' || (two.charAt(1) === 'y' && 'kgnhbpmr'.includes(two.charAt(0)))) k = 2;
    else if ('kstnhmyrwgzdbpfj'.includes(c)) k = 1;
    else return false;
    if (!'aiueo'.includes(w.charAt(i + k))) return false;
    i += k;
  }
  return syllables >= 2;
}

/**
 * Whether a word that is not a common English word looks like a personal name by its letters:
 * letters outside English (`Szöllösy`, `Ingþór`), a surname ending of many languages
 * (`Magnusson`, `Kowalczyk`, `Janković`, `Ivanova`), or romanised Japanese (`Nishiyama`).
 *
 * @param word - one word
 * @returns true for name-shaped words
 * @internal
 */
export function _isNameShaped(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 3) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return true;
  }
  for (const e of NAME_ENDINGS) if (w.length > e.length + 2 && w.endsWith(e)) return true;
  return romanisedJapanese(w);
}

const ORGANISATION_WORDS_LIST =
  'inc llc ltd corp co company gmbh plc group corporation incorporated limited holdings industries foundation association ' +
  'institute organization organisation agency partners enterprises technologies solutions systems services consulting ';

/**
 * Words that end an organisation's name (`Initech Corporation`, `Acme Ltd`), lower case: a name
 * word followed by one is part of a company's name.
 *
 * @internal
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = /*@__PURE__*/ new Set(ORGANISATION_WORDS_LIST.trim().split(' '));

/**
 * Capitalised words that start sentences, name months, days, streets or companies, and so are
 * never a name on their own or a name's last part.
 *
 * @internal
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = /*@__PURE__*/ new Set(
  (ORGANISATION_WORDS_LIST +
    'the a an and or but if of in on at to for from by with as is are was were be been am i me my we our you your he she it they them his her its their this that these those ' +
    'there here what when where who why how which not no yes all any some each every please thanks thank hello hi hey dear ok okay ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday ' +
    'street st avenue ave road rd boulevard blvd lane ln drive dr court ct place pl way suite apt unit floor box ' +
    'bank university college school hospital church city county state country ' +
    'north south east west new old saint san santa los las el la le de du van von der den mount lake river ' +
    'god lord christ jesus english american british french german spanish christian catholic muslim jewish ' +
    'mr mrs ms miss dr prof sir madam card account number email phone address name ' +
    'king queen prince princess duke duchess royal lady lord baron emperor pope'
  ).split(' '),
);

/**
 * The words of a candidate name: split on white space, `.` kept with initials.
 *
 * @param value - the candidate
 * @returns its words
 * @internal
 */
export function _words(value: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of value) {
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0') {
      if (word) out.push(word);
      word = '';
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}
