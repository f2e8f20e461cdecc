/**
 * Gazetteer helpers shared by the entity detectors: the name lists as pattern alternations and as
 * lazily built sets for validators, and the words that are never part of a name.
 *
 * @module
 * @internal
 */
import { FIRST_NAMES, WORDLIKE_FIRST_NAMES } from './data/names.ts';
import { SURNAMES } from './data/surnames.ts';

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

/**
 * Capitalised words that start sentences, name months, days, streets or companies, and so are
 * never a name on their own or a name's last part.
 *
 * @internal
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = /*@__PURE__*/ new Set(
  (
    'the a an and or but if of in on at to for from by with as is are was were be been am i me my we our you your he she it they them his her its their this that these those ' +
    'there here what when where who why how which not no yes all any some each every please thanks thank hello hi hey dear ok okay ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday ' +
    'street st avenue ave road rd boulevard blvd lane ln drive dr court ct place pl way suite apt unit floor box ' +
    'inc llc ltd corp co company gmbh plc group bank university college school hospital church city county state country ' +
    'north south east west new old saint san santa los las el la le de du van von der den mount lake river ' +
    'god lord christ jesus english american british french german spanish christian catholic muslim jewish ' +
    'mr mrs ms miss dr prof sir madam card account number email phone address name'
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
