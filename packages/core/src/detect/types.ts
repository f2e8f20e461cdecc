/**
 * The shapes of detection: detector definitions, findings and their explanations.
 *
 * A detector is plain data plus pure functions (gitleaks' `Rule`, presidio's `PatternRecognizer`):
 * patterns in RE2 syntax, an optional capture group, validators, entropy, context words, a score
 * and a sensitivity level, and its own true- and false-positive samples. {@link defineDetector}
 * checks a definition once; {@link createScanner} compiles every detector's patterns into one
 * multi-pattern automaton.
 *
 * @module
 */

/**
 * How sensitive data is, in increasing order. The order is part of the contract:
 * `public < internal < confidential < restricted`. Anything airlock cannot judge counts as
 * `restricted` (it fails closed).
 */
export type SensitivityLevel = 'public' | 'internal' | 'confidential' | 'restricted';

/**
 * What kind of data a detector finds. `marking` is a document's own classification label
 * ("CONFIDENTIAL"); `internal` is an organisation's internal vocabulary (code names, hostnames,
 * private address ranges). `guard` detectors find signals about a text rather than data in it
 * (prompt injection, invisible or confusable characters, prohibited terms): the scanner never drops
 * one for overlapping a data finding, nor the reverse.
 */
export type DetectorCategory =
  | 'pii'
  | 'contact'
  | 'network'
  | 'financial'
  | 'health'
  | 'government-id'
  | 'credential'
  | 'marking'
  | 'internal'
  | 'guard';

/** Compliance regimes a detector's data falls under, for presets such as `byRegime('hipaa')`. */
export type Regime = 'gdpr' | 'hipaa' | 'pci-dss' | 'soc2' | 'ccpa' | 'glba';

/** What a validator says about a candidate. */
export type ValidationResult =
  /** The checksum or structure holds: the score rises (to {@link DetectorSpec.validScore}). */
  | true
  /** The candidate is not what the detector looks for: it is dropped. */
  | false
  /** The validator cannot tell: the score stays. */
  | undefined;

/** Where a candidate was found, for validators that need more than its value. */
export interface CandidateContext {
  /** The whole text being scanned. */
  readonly text: string;
  /** Start of the sensitive part (UTF-16 index into `text`). */
  readonly start: number;
  /** End of the sensitive part. */
  readonly end: number;
  /** Start of the whole pattern match (equal to `start` without a capture group). */
  readonly matchStart: number;
  /** End of the whole pattern match. */
  readonly matchEnd: number;
}

/** A validator: a pure function of the candidate's value (and, if needed, where it was found). */
export type Validator = (value: string, where: CandidateContext) => ValidationResult;

/** Context words (presidio's "context", Google DLP's "hotwords"). */
export interface ContextSpec {
  /**
   * Words or short phrases that, near a candidate, make it more likely to be real. Matched
   * case-insensitively, on word boundaries; an underscore is a boundary, so `phone` is found in
   * `phone_number=` but not in `phonebook`.
   */
  readonly words: readonly string[];
  /**
   * How far from the candidate a word may be, in UTF-16 code units, on either side.
   * @defaultValue 64
   */
  readonly window?: number;
  /**
   * How much a context word adds to the score (capped at 1).
   * @defaultValue 0.35
   */
  readonly boost?: number;
  /**
   * Drop the candidate when no context word is near it (for formats too generic to report alone,
   * such as a driver licence number or a medical record number).
   * @defaultValue false
   */
  readonly required?: boolean;
}

/**
 * A detector's own samples. The test suite runs every detector on its samples; a miss fails the build.
 * A sample given as an object may carry the `path` the text is scanned under ({@link ScanOptions.path}),
 * for detectors with a {@link DetectorSpec.path}.
 */
export interface DetectorSamples {
  /**
   * Texts in which the detector, alone in a scanner with default options, must report a finding
   * of its type. Give `value` to also require that the finding covers exactly that substring.
   */
  readonly positive: readonly (string | { readonly text: string; readonly value?: string; readonly path?: string })[];
  /** Texts in which the detector, alone in a scanner with default options, must report nothing. */
  readonly negative: readonly (string | { readonly text: string; readonly path?: string })[];
}

/** The definition of a detector, as written in code or in JSON (without the functions). */
export interface DetectorSpec {
  /** Kebab-case id, unique in a scanner (`aws-access-key-id`, `us-ssn`). */
  readonly id: string;
  /** UPPER_SNAKE entity type (`EMAIL_ADDRESS`, `US_SSN`, `AWS_ACCESS_KEY_ID`); see DESIGN.md. */
  readonly type: string;
  /**
   * The family the type belongs to (`NATIONAL_ID`, `TAX_ID`, `SECRET`, …). Every secret's family is
   * `SECRET`.
   * @defaultValue the type itself
   */
  readonly family?: string;
  /**
   * RE2-syntax patterns. A match of any of them is a candidate. Empty only for a path-only
   * detector (one with a {@link DetectorSpec.path} and nothing to look for in the text).
   */
  readonly patterns: readonly string[];
  /**
   * An RE2 pattern for the path of the file the text comes from (gitleaks' rule `path`), searched
   * anywhere in the path: `(?i)\\.tf$`. It applies only when the caller says where the text comes
   * from ({@link ScanOptions.path}); then a path that does not match turns the detector off. A text
   * with no known path (a prompt, a chat message) is scanned by every detector.
   *
   * With no `patterns`, the detector is path-only: a matching path alone is the finding (a
   * `.p12` keystore is a credential whatever its bytes), reported over the whole text.
   */
  readonly path?: string;
  /**
   * The capture group (index, or name) that holds the sensitive part. The finding covers only that
   * group; the rest of the match is context (`password=` in `password=hunter22`).
   * @defaultValue the whole match
   */
  readonly group?: number | string;
  /**
   * Narrows or splits a candidate before it is scored: returns the spans, relative to the value,
   * that are the real candidates (none to drop it), or `undefined` to keep the whole value. For
   * detectors whose pattern finds a wide region cheaply (a run of capitalised words) and whose
   * code picks the entity inside it (the words that form a known name). Pure and linear in the
   * value.
   */
  readonly refine?: (value: string, where: CandidateContext) => readonly (readonly [number, number])[] | undefined;
  /** Checksums and structural checks, run in order; the first `false` drops the candidate. */
  readonly validators?: readonly Validator[];
  /**
   * Minimum Shannon entropy of the value, in bits per character; lower is dropped. Secrets use it to
   * tell `password=hunter2hunter2` from `password=aaaaaaaaaa`.
   */
  readonly minEntropy?: number;
  /**
   * Keywords, matched case-insensitively: every real match contains at least one. They document
   * the detector and let the scanner skip text (gitleaks' `keywords`). The build checks that every
   * positive sample contains one.
   */
  readonly keywords?: readonly string[];
  /** Context words that raise the score, or are required. */
  readonly context?: ContextSpec;
  /** Base score in [0, 1], before validators and context. */
  readonly score: number;
  /**
   * The score a candidate gets when a validator returns `true`.
   * @defaultValue 1
   */
  readonly validScore?: number;
  /** Default sensitivity of what this detector finds. */
  readonly level: SensitivityLevel;
  /** What kind of data it finds. */
  readonly category: DetectorCategory;
  /** ISO 3166 alpha-2 region codes the format belongs to (`['US']`); empty or absent for global formats. */
  readonly regions?: readonly string[];
  /** Regimes that cover this data. */
  readonly regimes?: readonly Regime[];
  /** One line for humans. */
  readonly description?: string;
  /**
   * Reject values that look like placeholders or templates (`${API_KEY}`, `xxxx`, `<your-key>`).
   * @defaultValue true for the `credential` category, false otherwise
   */
  readonly rejectPlaceholders?: boolean;
  /** The detector's own samples. */
  readonly samples: DetectorSamples;
}

/**
 * A checked, frozen detector, as {@link defineDetector} returns it. Its fields are those of the
 * spec with every default filled in.
 */
export interface Detector extends DetectorSpec {
  readonly family: string;
  readonly validators: readonly Validator[];
  readonly keywords: readonly string[];
  readonly validScore: number;
  readonly regions: readonly string[];
  readonly regimes: readonly Regime[];
  readonly rejectPlaceholders: boolean;
  /** Brand: made by {@link defineDetector}. */
  readonly kind: 'detector';
}

/** Why a finding has the score it has. Given when the scanner is asked to explain. */
export interface Explanation {
  /**
   * Index into the detector's `patterns` of the pattern that matched; -1 for a path-only
   * detector, whose finding comes from the path.
   */
  readonly patternIndex: number;
  /** The pattern itself (the detector's `path` for a path-only detector). */
  readonly pattern: string;
  /** The detector's base score. */
  readonly scoreBefore: number;
  /** The final score. */
  readonly scoreAfter: number;
  /** What the validators said: `true` (held), `undefined` (could not tell) or absent (none ran). */
  readonly validation?: true | undefined;
  /** The value's entropy in bits per character, when the detector has a minimum. */
  readonly entropy?: number;
  /** The context word found near the value, if any. */
  readonly contextWord?: string;
  /** Where the finding came from when the text was normalized or decoded first (`base64`, `nfkc`, …). */
  readonly decodedFrom?: string;
}

/** One piece of sensitive data found in a text. Offsets are UTF-16 indices into the caller's text. */
export interface Finding {
  /** Entity type (`EMAIL_ADDRESS`). */
  readonly type: string;
  /** Entity family (`NATIONAL_ID`, `SECRET`; the type itself when it has none). */
  readonly family: string;
  /** Start, inclusive. */
  readonly start: number;
  /** End, exclusive. */
  readonly end: number;
  /** Confidence in [0, 1]. */
  readonly score: number;
  /** Id of the detector that found it. */
  readonly detector: string;
  /** Default sensitivity of this kind of data. */
  readonly level: SensitivityLevel;
  /** Present when the scanner was asked to explain. */
  readonly explanation?: Explanation;
}
