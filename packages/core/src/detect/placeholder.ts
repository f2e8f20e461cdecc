/**
 * Placeholders and templated values: what a config file or a README puts where a secret would go.
 * They are not secrets (`${API_KEY}`, `xxxx`, `<your-key>`, `changeme`).
 *
 * Plain string code, no `RegExp`: values come from untrusted text.
 *
 * @module
 */

const MARKERS = [
  'your_', 'your-', 'yourkey', 'your key', 'yourtoken', 'yoursecret', 'yourpassword', 'example', 'placeholder',
  'changeme', 'change_me', 'change-me', 'redacted', 'replace_me', 'replace-me', 'replaceme', 'insert_', 'insert-',
  'dummy', 'xxxxx', '*****', '...', '<', '>', '${', '{{', '}}', '%(', '#{',
];

/**
 * Whether `value` looks like a placeholder rather than a real secret: a template variable
 * (`${X}`, `{{x}}`, `%(x)s`, `$X`), an angle-bracket slot (`<your-key>`), a marker word
 * (`example`, `changeme`, `redacted`, `your_…`), an elision (`...`), a value made mostly of one repeated character, or
 * one that contains a run of ten or more consecutive letters or digits of the alphabet
 * (`abcdefghijklmnop`, `0123456789`): typed by hand, not generated.
 *
 * @param value - the candidate secret
 * @returns `true` for a placeholder
 *
 * @example
 * ```ts
 * import { isPlaceholder } from '@airlock/core';
 * isPlaceholder('${OPENAI_API_KEY}'); //=> true
 * isPlaceholder('sk-live-xxxxxxxxxxxxxxxx'); //=> true
 * isPlaceholder('AIzaSyabcdefghijklmnopqrstuvwxyz1234567'); //=> true
 * isPlaceholder('wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8Xk2LmVq'); //=> false
 * ```
 */
export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  for (const m of MARKERS) if (lower.includes(m)) return true;
  if (value.length > 1 && value.charCodeAt(0) === 0x24 /* $ */ && isUpperSnake(value, 1)) return true;
  if (hasAlphabetRun(value, 10)) return true;
  // Mostly one character: 'aaaaaaaaaaaaaaaa', '0000000000000000', 'sk-...-XXXXXXXXXXXX'.
  return value.length >= 8 && mostCommonShare(value) >= 0.6;
}

/**
 * The share of `value` taken by its majority character (case folded as `| 0x20`), or less than
 * one half when it has none: Boyer-Moore's vote finds the only character that can hold more than
 * half, then one pass counts it. No allocation (this runs on every candidate secret).
 */
function mostCommonShare(value: string): number {
  let candidate = -1;
  let votes = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) | 0x20;
    if (votes === 0) candidate = c;
    votes += c === candidate ? 1 : -1;
  }
  let count = 0;
  for (let i = 0; i < value.length; i++) if ((value.charCodeAt(i) | 0x20) === candidate) count++;
  return count / value.length;
}

function isUpperSnake(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f)) return false;
  }
  return true;
}

/**
 * Whether `value` contains `n` or more consecutive characters that follow each other in the
 * alphabet or among the digits (`klmnopqrst`, `0123456789`), in either case. A random value of
 * 62 symbols has such a run with odds of about 62^-9 per position.
 */
function hasAlphabetRun(value: string, n: number): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    const a = value.charCodeAt(i - 1) | 0x20;
    const b = value.charCodeAt(i) | 0x20;
    const letters = a >= 0x61 && b <= 0x7a && b === a + 1;
    const digits = a >= 0x30 && b <= 0x39 && b === a + 1;
    run = letters || digits ? run + 1 : 1;
    if (run >= n) return true;
  }
  return false;
}
