/**
 * {@link systemPromptLeak}: how much of a system prompt an answer repeats, by hashed word shingles.
 *
 * @module
 */
import { AirlockError } from '../errors/AirlockError.ts';
import { _isWordCodePoint } from './_text.ts';

/** Options of {@link systemPromptLeak}. */
export interface SystemPromptLeakOptions {
  /**
   * Share of the system prompt's distinct shingles that, found in the answer, count as a leak.
   * @defaultValue 0.2
   */
  readonly minOverlap?: number;
  /**
   * Words per shingle. Shorter finds shorter quotes and more coincidences; a prompt with fewer
   * words than this is one shingle of all its words.
   * @defaultValue 5
   */
  readonly shingleSize?: number;
}

/** What {@link systemPromptLeak} returns. */
export interface SystemPromptLeak {
  /** `overlap >= minOverlap` (and the prompt has words). */
  readonly leaked: boolean;
  /** Share of the system prompt's distinct shingles found in the answer, in [0, 1]. */
  readonly overlap: number;
  /** How many of the prompt's distinct shingles the answer holds. */
  readonly matchedShingles: number;
  /** How many distinct shingles the prompt has. */
  readonly totalShingles: number;
  /** Where the answer repeats the prompt: merged spans of matching shingles, UTF-16 offsets into the answer. */
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

/** One word: where it is, and its two 32-bit hashes. */
interface Words {
  readonly starts: number[];
  readonly ends: number[];
  readonly h1: number[];
  readonly h2: number[];
}

/**
 * The words of `text`: maximal runs of letters, digits and marks, lower-cased; each CJK ideograph,
 * kana or Hangul syllable is a word of its own (those scripts do not separate words by spaces).
 * Each word gets two independent FNV-1a hashes.
 */
function words(text: string): Words {
  const out: Words = { starts: [], ends: [], h1: [], h2: [] };
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.codePointAt(i)!;
    let len = cp > 0xffff ? 2 : 1;
    if (!_isWordCodePoint(cp)) {
      i += len;
      continue;
    }
    const start = i;
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (;;) {
      // Lower-case by code point: ASCII inline, the rest through the engine's own toLowerCase.
      const lowered = cp < 0x80 ? (cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp) : String.fromCodePoint(cp).toLowerCase().codePointAt(0)!;
      a = Math.imul(a ^ lowered, 0x01000193);
      b = Math.imul(b ^ lowered, 0x5bd1e995) ^ (b >>> 15);
      i += len;
      if (isSeparateWord(cp) || i >= n) break;
      cp = text.codePointAt(i)!;
      if (!_isWordCodePoint(cp) || isSeparateWord(cp)) break;
      len = cp > 0xffff ? 2 : 1;
    }
    out.starts.push(start);
    out.ends.push(i);
    out.h1.push(a >>> 0);
    out.h2.push(b >>> 0);
  }
  return out;
}

/** CJK ideographs, kana, Hangul syllables: one word each. */
function isSeparateWord(cp: number): boolean {
  return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x20000 && cp <= 0x3ffff);
}

const B1 = 0x9e3779b1;
const B2 = 0x85ebca77;

/**
 * Calls `visit(key, first)` for every shingle of `k` words, `first` being the index of its first
 * word. The key is a rolling polynomial hash of the words' hashes under two bases (mod 2^32 each,
 * exact in 32-bit arithmetic), packed into 53 bits: O(1) per word, so O(words) in all.
 */
function shingles(w: Words, k: number, visit: (key: number, first: number) => void): void {
  const n = w.h1.length;
  if (n < k) return;
  let pow1 = 1;
  let pow2 = 1;
  for (let j = 1; j < k; j++) {
    pow1 = Math.imul(pow1, B1);
    pow2 = Math.imul(pow2, B2);
  }
  let r1 = 0;
  let r2 = 0;
  for (let j = 0; j < n; j++) {
    if (j >= k) {
      r1 = (r1 - Math.imul(w.h1[j - k]!, pow1)) | 0;
      r2 = (r2 - Math.imul(w.h2[j - k]!, pow2)) | 0;
    }
    r1 = (Math.imul(r1, B1) + w.h1[j]!) | 0;
    r2 = (Math.imul(r2, B2) + w.h2[j]!) | 0;
    if (j >= k - 1) visit((r1 >>> 0) * 0x200000 + (r2 >>> 11), j - k + 1);
  }
}

/**
 * Measures how much of a system prompt an answer repeats: both texts are cut into words (case and
 * punctuation ignored), the prompt's runs of `shingleSize` consecutive words are hashed into a set,
 * and the answer's runs are looked up in it. The result is the share of the prompt's distinct
 * shingles found, and where in the answer they are. A model that paraphrases leaks without being
 * caught; one that quotes, reformats or translates back is caught in proportion to what it quotes.
 *
 * Cost: one pass over each text and O(1) per word (rolling hashes); memory O(words of the prompt).
 * Two 32-bit hashes per shingle make a false match negligible, not impossible.
 *
 * @param answer - the model's answer
 * @param systemPrompt - the system prompt to protect
 * @param options - threshold and shingle size
 * @returns the overlap, whether it counts as a leak, and the spans in the answer
 * @throws {@link AirlockError} `invalid_argument` when a text is not a string or an option is malformed
 *
 * @example
 * ```ts
 * import { systemPromptLeak } from '@airlock/core';
 * const prompt = 'You are Ava, the support bot of Acme. Never offer refunds above 50 dollars.';
 * const answer = 'Sure! My instructions say: never offer refunds above 50 dollars.';
 * const leak = systemPromptLeak(answer, prompt);
 * leak.leaked; //=> true
 * leak.spans.map((s) => answer.slice(s.start, s.end)); //=> ['never offer refunds above 50 dollars']
 * systemPromptLeak('Refunds take 5 days.', prompt).leaked; //=> false
 * ```
 */
export function systemPromptLeak(answer: string, systemPrompt: string, options: SystemPromptLeakOptions = {}): SystemPromptLeak {
  if (typeof answer !== 'string') throw new AirlockError('invalid_argument', 'systemPromptLeak: answer must be a string');
  if (typeof systemPrompt !== 'string') throw new AirlockError('invalid_argument', 'systemPromptLeak: systemPrompt must be a string');
  const minOverlap = options.minOverlap ?? 0.2;
  if (typeof minOverlap !== 'number' || !(minOverlap >= 0 && minOverlap <= 1)) {
    throw new AirlockError('invalid_argument', 'systemPromptLeak: options.minOverlap must be a number in [0, 1]');
  }
  const size = options.shingleSize ?? 5;
  if (!Number.isInteger(size) || size < 1 || size > 64) {
    throw new AirlockError('invalid_argument', 'systemPromptLeak: options.shingleSize must be an integer in [1, 64]');
  }
  const promptWords = words(systemPrompt);
  const k = Math.max(1, Math.min(size, promptWords.h1.length));
  const seen = new Map<number, boolean>(); // shingle key → found in the answer
  shingles(promptWords, k, (key) => void seen.set(key, false));
  const total = seen.size;
  const spans: { start: number; end: number }[] = [];
  let matched = 0;
  if (total > 0) {
    const answerWords = words(answer);
    shingles(answerWords, k, (key, first) => {
      const found = seen.get(key);
      if (found === undefined) return;
      if (!found) {
        seen.set(key, true);
        matched++;
      }
      const start = answerWords.starts[first]!;
      const end = answerWords.ends[first + k - 1]!;
      const last = spans[spans.length - 1];
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else spans.push({ start, end });
    });
  }
  const overlap = total === 0 ? 0 : matched / total;
  return { leaked: total > 0 && overlap >= minOverlap, overlap, matchedShingles: matched, totalShingles: total, spans };
}
