/**
 * Invisible-text detectors: zero-width runs, Unicode tag characters ("ASCII smuggling") and bidi
 * controls, as patterns in the scanner's one set.
 *
 * @module
 */
import { defineDetector } from '../../detect/defineDetector.ts';
import type { Detector, ValidationResult } from '../../detect/types.ts';

/** Family of every obfuscation finding: invisible characters and homoglyph tokens. */
export const OBFUSCATED_TEXT = 'OBFUSCATED_TEXT';

/** Zero-width space, non-joiner, joiner, word joiner, invisible operators, BOM, Mongolian vowel separator. */
const ZERO_WIDTH = String.raw`[\x{200B}-\x{200D}\x{2060}-\x{2064}\x{FEFF}\x{180E}]`;

/**
 * Detects zero-width characters used to hide or split text: a run of two or more (steganography
 * writes bits as runs), or any between two ASCII letters or digits (`ig\u200Bnore` defeats a word
 * filter). A single joiner inside an emoji sequence or between letters of a script that needs it
 * (Persian, Indic) is not reported, nor a BOM at the start of a text. Scores 0.7.
 *
 * @returns the detector (type `ZERO_WIDTH_TEXT`, family `OBFUSCATED_TEXT`)
 *
 * @example
 * ```ts
 * import { createScanner, zeroWidthText } from '@airlock/core';
 * const scanner = createScanner({ detectors: [zeroWidthText()] });
 * scanner.scan('ig\u200Bnore this').map((f) => [f.start, f.end]); //=> [[2, 3]]
 * scanner.scan('family: 👨\u200D👩\u200D👧').length; //=> 0
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function zeroWidthText(): Detector {
  return defineDetector({
    id: 'invisible-zero-width',
    type: 'ZERO_WIDTH_TEXT',
    family: OBFUSCATED_TEXT,
    // \b is ASCII: a word character on each side.
    patterns: [`${ZERO_WIDTH}{2,}`, String.raw`\b${ZERO_WIDTH}+\b`],
    score: 0.7,
    level: 'public',
    category: 'guard',
    description: 'Zero-width characters hiding or splitting text.',
    samples: {
      positive: [{ text: 'pass\u200Bword', value: '\u200B' }, 'hidden:\u200B\u200C\u200B\u200C\u200B end', 'a\u2060b'],
      negative: ['\uFEFFplain text with a BOM', 'family: 👨\u200D👩\u200D👧', 'می\u200Cخواهم', 'no invisible characters'],
    },
  });
}

/** Whether `value` is an emoji subdivision flag: U+1F3F4, 2-7 tag letters or digits, U+E007F. */
function isFlagSequence(value: string): ValidationResult {
  // 🏴 is a surrogate pair; each tag character is one too.
  if (value.codePointAt(0) !== 0x1f3f4 || value.codePointAt(value.length - 2) !== 0xe007f) return undefined;
  const tags = (value.length - 4) / 2;
  if (tags < 2 || tags > 7) return undefined;
  for (let i = 2; i < value.length - 2; i += 2) {
    const cp = value.codePointAt(i)! - 0xe0000;
    if (!((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39))) return undefined;
  }
  return false;
}

/**
 * Detects Unicode tag characters (U+E0000–U+E007F), which render as nothing but which models read
 * as ASCII: "ASCII smuggling" hides a whole instruction in them. Emoji subdivision flags (🏴 followed
 * by tag letters, such as the flag of England) are not reported. {@link hiddenTagText} reads what a
 * run says. Scores 0.95.
 *
 * @returns the detector (type `UNICODE_TAG_CHARACTERS`, family `OBFUSCATED_TEXT`)
 *
 * @example
 * ```ts
 * import { createScanner, hiddenTagText, unicodeTags } from '@airlock/core';
 * const smuggled = 'Hi' + [...'ignore'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
 * const [finding] = createScanner({ detectors: [unicodeTags()] }).scan(smuggled);
 * [finding!.start, finding!.end]; //=> [2, 14]
 * hiddenTagText(smuggled.slice(finding!.start, finding!.end)); //=> 'ignore'
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function unicodeTags(): Detector {
  return defineDetector({
    id: 'invisible-unicode-tags',
    type: 'UNICODE_TAG_CHARACTERS',
    family: OBFUSCATED_TEXT,
    patterns: [String.raw`\x{1F3F4}?[\x{E0000}-\x{E007F}]+`],
    validators: [isFlagSequence],
    score: 0.95,
    level: 'public',
    category: 'guard',
    description: 'Unicode tag characters (ASCII smuggling).',
    samples: {
      positive: ['ok\u{E0069}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065}', '\u{E0001}\u{E0020}'],
      negative: ['England: \u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', 'plain text'],
    },
  });
}

/**
 * What a run of Unicode tag characters spells: each tag U+E0020–U+E007E read as the ASCII character
 * 0x20–0x7E; anything else in the run is skipped.
 *
 * @param run - a string holding tag characters (a finding's span)
 * @returns the ASCII text they encode
 *
 * @example
 * ```ts
 * import { hiddenTagText } from '@airlock/core';
 * hiddenTagText('\u{E0048}\u{E0069}'); //=> 'Hi'
 * ```
 */
export function hiddenTagText(run: string): string {
  let out = '';
  for (let i = 0; i < run.length; i++) {
    const cp = run.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp >= 0xe0020 && cp <= 0xe007e) out += String.fromCharCode(cp - 0xe0000);
  }
  return out;
}

/** Overrides (LRO, RLO) reorder text outright; embeddings and isolates are common in RTL text. */
function isOverride(value: string): ValidationResult {
  return value.includes('\u202D') || value.includes('\u202E') ? true : undefined;
}

/**
 * Detects bidirectional controls (U+202A–U+202E, U+2066–U+2069), which make text display in
 * another order than it is read ("Trojan Source"). A run holding an override (LRO U+202D, RLO
 * U+202E) scores 0.9; embeddings and isolates alone, which right-to-left text uses legitimately,
 * score 0.6.
 *
 * @returns the detector (type `BIDI_CONTROL`, family `OBFUSCATED_TEXT`)
 *
 * @example
 * ```ts
 * import { bidiControls, createScanner } from '@airlock/core';
 * const scanner = createScanner({ detectors: [bidiControls()] });
 * scanner.scan('file\u202Etxt.exe').map((f) => [f.start, f.score]); //=> [[4, 0.9]]
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function bidiControls(): Detector {
  return defineDetector({
    id: 'invisible-bidi-control',
    type: 'BIDI_CONTROL',
    family: OBFUSCATED_TEXT,
    patterns: [String.raw`[\x{202A}-\x{202E}\x{2066}-\x{2069}]+`],
    validators: [isOverride],
    score: 0.6,
    validScore: 0.9,
    level: 'public',
    category: 'guard',
    description: 'Bidirectional control characters (reordered display).',
    samples: {
      positive: [{ text: 'invoice\u202Efdp.exe', value: '\u202E' }, 'x\u2067y\u2069'],
      negative: ['plain left-to-right text', 'שלום עולם'],
    },
  });
}

/**
 * The invisible-text detectors: {@link zeroWidthText}, {@link unicodeTags} and {@link bidiControls}.
 * Add {@link homoglyphTokens} for look-alike letters.
 *
 * @returns fresh detectors
 *
 * @example
 * ```ts
 * import { invisibleTextDetectors } from '@airlock/core';
 * invisibleTextDetectors().map((d) => d.type); //=> ['ZERO_WIDTH_TEXT', 'UNICODE_TAG_CHARACTERS', 'BIDI_CONTROL']
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function invisibleTextDetectors(): Detector[] {
  return [zeroWidthText(), unicodeTags(), bidiControls()];
}
