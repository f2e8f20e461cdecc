/**
 * Turning one pattern match into a scored finding (or nothing): required context words, validators,
 * entropy, placeholders, then the context boost, as presidio's `PatternRecognizer` and gitleaks'
 * rule checks do.
 *
 * @module
 */
import { shannonEntropy } from './entropy.ts';
import { isPlaceholder } from './placeholder.ts';
import type { Detector, Explanation, Finding } from './types.ts';

/** Default distance of a context word from the value, in UTF-16 code units. */
export const DEFAULT_CONTEXT_WINDOW = 64;
/** Default score a context word adds (presidio's context similarity factor). */
export const DEFAULT_CONTEXT_BOOST = 0.35;

/** One match of one of a detector's patterns. */
export interface Candidate {
  readonly patternIndex: number;
  readonly matchStart: number;
  readonly matchEnd: number;
  /** The sensitive part (the capture group, or the whole match). */
  readonly start: number;
  readonly end: number;
}

/**
 * Scores a candidate of `detector` in `text`. Returns `null` when a validator rejects it, its entropy
 * is too low, it is a placeholder, or required context is missing. The score threshold is the
 * scanner's business, not this function's.
 *
 * @internal
 */
export function scoreCandidate(detector: Detector, text: string, c: Candidate, explain: boolean): Finding | null {
  const value = text.slice(c.start, c.end);
  let score = detector.score;
  const context = detector.context;
  let contextWord: string | undefined;
  if (context?.required) {
    // Required context is the cheapest way to drop a candidate: looked up before any validator.
    contextWord = findContextWord(text, c.matchStart, c.matchEnd, context.words, context.window ?? DEFAULT_CONTEXT_WINDOW);
    if (contextWord === undefined) return null;
  }
  let validation: true | undefined | null = null;
  for (const validate of detector.validators) {
    const r = validate(value, { text, start: c.start, end: c.end, matchStart: c.matchStart, matchEnd: c.matchEnd });
    if (r === false) return null;
    if (r === true) validation = true;
    else if (validation === null) validation = undefined;
  }
  if (validation === true) score = Math.max(score, detector.validScore);
  let entropy: number | undefined;
  if (detector.minEntropy !== undefined) {
    entropy = shannonEntropy(value);
    if (entropy < detector.minEntropy) return null;
  }
  if (detector.rejectPlaceholders && isPlaceholder(value)) return null;
  // Optional context only lifts the score of a candidate that passed everything else.
  if (context && !context.required) {
    contextWord = findContextWord(text, c.matchStart, c.matchEnd, context.words, context.window ?? DEFAULT_CONTEXT_WINDOW);
  }
  if (context && contextWord !== undefined) score = Math.min(1, score + (context.boost ?? DEFAULT_CONTEXT_BOOST));
  const finding: Finding = {
    type: detector.type,
    family: detector.family,
    start: c.start,
    end: c.end,
    score,
    detector: detector.id,
    level: detector.level,
  };
  if (!explain) return finding;
  const explanation: Explanation = {
    patternIndex: c.patternIndex,
    pattern: detector.patterns[c.patternIndex]!,
    scoreBefore: detector.score,
    scoreAfter: score,
    ...(validation !== null ? { validation } : {}),
    ...(entropy !== undefined ? { entropy } : {}),
    ...(contextWord !== undefined ? { contextWord } : {}),
  };
  return { ...finding, explanation };
}

/**
 * The first of `words` found, case-insensitively and on word boundaries, within `window` code units
 * before `start` or after `end` (the match itself excluded).
 *
 * Each word is searched for in the two lower-cased windows, in list order, until one is found: the
 * host's `indexOf` over a window of a few dozen characters costs less than reading the window's
 * words one by one in JavaScript (measured: 2.7 times less, over the 7,852 look-ups of a full
 * catalog's scan of 1 MB of ordinary text). Before that, one case-folding search for all the words
 * rules out the windows that hold none of them, without lower-casing them: date-of-birth's 3,991
 * look-ups per MB of ordinary text, all but 76 ruled out, took 0.95 µs each and take 0.18. A list
 * longer than `SEARCHED_WORDS` is read the other way round, word of the window by word (`byWords`),
 * at a cost that does not grow with it.
 *
 * @internal
 */
export function findContextWord(text: string, start: number, end: number, words: readonly string[], window: number): string | undefined {
  if (words.length > SEARCHED_WORDS) return byWords(text, start, end, words, window);
  const from = Math.max(0, start - window);
  const to = Math.min(text.length, end + window);
  const { lower, any } = lowerCased(words);
  // Most windows hold none of the words: one search for all of them, in any case and boundaries
  // aside, tells without lower-casing the windows.
  if (!any.test(text.slice(from, start)) && !any.test(text.slice(end, to))) return undefined;
  const before = text.slice(from, start).toLowerCase();
  const after = text.slice(end, to).toLowerCase();
  for (let k = 0; k < lower.length; k++) {
    if (containsWord(before, lower[k]!) || containsWord(after, lower[k]!)) return words[k];
  }
  return undefined;
}

/** Lists of at most this many context words are searched for with `indexOf`, one word after another (the catalog's have at most 17). */
const SEARCHED_WORDS = 24;

/** A list of context words lower-cased, and a search for any of them. */
interface LowerWords {
  readonly lower: readonly string[];
  /**
   * Matches wherever a text's lower case holds one of `lower` (and maybe elsewhere), word boundaries
   * aside: Unicode case folding (`iu`) pairs every character with its lower case but `İ`, whose is
   * two characters, `i` and a combining dot, so `i` (and `i` with that dot, the lower case of a listed
   * `İ`) also stands for `İ`; `score.test.ts` checks it for every code point. No `g` flag: `test`
   * keeps no state.
   */
  readonly any: RegExp;
}

/** Detectors are frozen, so a list of context words is lower-cased once, on first use. */
const lowered = new WeakMap<readonly string[], LowerWords>();

function lowerCased(words: readonly string[]): LowerWords {
  let l = lowered.get(words);
  if (!l) {
    const lower = words.map((w) => w.toLowerCase());
    // An empty word would match everywhere, which only costs the search its use.
    const escaped = lower.map((w) =>
      w.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/i\u0307|i/g, (m) => (m.length === 2 ? '(?:\\u0130|i\\u0307)' : '[i\\u0130]')),
    );
    l = { lower, any: new RegExp(escaped.join('|'), 'iu') };
    lowered.set(words, l);
  }
  return l;
}

/**
 * {@link findContextWord} for a long list: each word of the two windows is looked up in a table of
 * the list, phrases (words with a space or a symbol in them) searched for, so the cost follows the
 * window's length, not the list's.
 */
function byWords(text: string, start: number, end: number, words: readonly string[], window: number): string | undefined {
  const from = Math.max(0, start - window);
  const to = Math.min(text.length, end + window);
  const { single, phrases, shortest, longest } = compiledWords(words);
  // The earliest listed word wins: single words are looked up by the words of the window, phrases
  // (words with a space or a symbol in them) by search, only while they could still come first.
  let best = Math.min(firstListed(text, from, start, single, shortest, longest), firstListed(text, end, to, single, shortest, longest));
  let before: string | undefined;
  let after: string | undefined;
  for (const [k, phrase] of phrases) {
    if (k >= best) break;
    before ??= text.slice(from, start).toLowerCase();
    after ??= text.slice(end, to).toLowerCase();
    if (containsWord(before, phrase) || containsWord(after, phrase)) best = k;
  }
  return best < words.length ? words[best] : undefined;
}

/** Context words split for lookup: words made of word characters by lower-cased word, and the rest. */
interface CompiledWords {
  readonly single: ReadonlyMap<string, number>;
  readonly phrases: readonly (readonly [number, string])[];
  /** Length of the shortest and the longest key of `single`: other words need no lookup. */
  readonly shortest: number;
  readonly longest: number;
}

/** Detectors are frozen, so a list of context words is compiled once, on first use. */
const compiled = new WeakMap<readonly string[], CompiledWords>();

function compiledWords(words: readonly string[]): CompiledWords {
  let c = compiled.get(words);
  if (c) return c;
  const single = new Map<string, number>();
  const phrases: [number, string][] = [];
  words.forEach((word, k) => {
    const w = word.toLowerCase();
    let plain = w.length > 0;
    for (let i = 0; i < w.length && plain; i++) plain = isWordChar(w.charCodeAt(i));
    if (!plain) phrases.push([k, w]);
    else if (!single.has(w)) single.set(w, k);
  });
  const lengths = [...single.keys()].map((w) => w.length);
  c = { single, phrases, shortest: Math.min(...lengths), longest: Math.max(...lengths) };
  compiled.set(words, c);
  return c;
}

/**
 * The least index in `single` of a whole word of `text[from, to)`, compared in lower case, or
 * `Infinity`. Lower-casing maps word characters to word characters and the rest to themselves, so
 * the words are those of the lower-cased window; it never shortens a word, so a word longer than
 * `longest` needs no lookup, and an ASCII one (which keeps its length) shorter than `shortest` none.
 */
function firstListed(text: string, from: number, to: number, single: ReadonlyMap<string, number>, shortest: number, longest: number): number {
  let best = Infinity;
  let at = -1;
  let ascii = true;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : NaN;
    const word = isWordChar(c);
    if (word && at < 0) {
      at = i;
      ascii = true;
    }
    if (word) {
      if (c >= 0x80) ascii = false;
    } else if (at >= 0) {
      const n = i - at;
      if (n <= longest && !(ascii && n < shortest)) {
        const w = text.slice(at, i).toLowerCase();
        const k = w.length < shortest || w.length > longest ? undefined : single.get(w);
        if (k !== undefined && k < best) best = k;
      }
      at = -1;
    }
  }
  return best;
}

/** Whether `word` occurs in `haystack` with no word character on either side. */
function containsWord(haystack: string, word: string): boolean {
  let i = haystack.indexOf(word);
  while (i >= 0) {
    if (!isWordChar(haystack.charCodeAt(i - 1)) && !isWordChar(haystack.charCodeAt(i + word.length))) return true;
    i = haystack.indexOf(word, i + 1);
  }
  return false;
}

/**
 * Letters and digits of any script count as word characters, so `SSN` is not found in `SSNs2`. An
 * underscore separates words: the parts of a snake_case key in code, configuration and logs are
 * words (`phone` in `phone_number=`, `ssn` in `ssn_last4`).
 */
function isWordChar(c: number): boolean {
  if (c !== c) return false; // NaN: outside the string
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f);
}
