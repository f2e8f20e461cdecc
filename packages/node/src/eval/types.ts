/**
 * The shapes `airlock eval` works on: labelled records (the two JSON Lines formats of
 * `../shared/evaldata/README.md`) and the report computed from them.
 *
 * @module
 */

/** Where a record came from, for error messages and `--errors` listings. */
export interface RecordSource {
  /** The file name as given on the command line (or any label the caller chooses). */
  readonly file: string;
  /** 1-based line number in that file. */
  readonly line: number;
}

/** A labelled span: `text.slice(start, end)` is the labelled value. Offsets are UTF-16 indices. */
export interface LabelSpan {
  /** Start, inclusive. */
  readonly start: number;
  /** End, exclusive. */
  readonly end: number;
}

/** A labelled PII entity. */
export interface PiiLabel extends LabelSpan {
  /** The normalized entity type (`PERSON`, `EMAIL_ADDRESS`, `NATIONAL_ID`, …). */
  readonly type: string;
}

/** A span-labelled PII record: `{text, entities:[{start,end,type,…}], annotated_types?}`. */
export interface PiiRecord {
  /** Discriminant, set by {@link parseRecord}. */
  readonly kind: 'pii';
  /** The record's `id`, when it has one. */
  readonly id?: string;
  /** The text to scan. */
  readonly text: string;
  /** Every labelled entity (possibly none: a record with no PII still counts false positives). */
  readonly entities: readonly PiiLabel[];
  /**
   * When present, the only types the record is exhaustively labelled for: a finding of another type
   * is neither a true nor a false positive in this record.
   */
  readonly annotatedTypes?: readonly string[];
  /** Where the record was read from. */
  readonly source?: RecordSource;
}

/** A secret record: `{text, expect, rule, secrets?:[{start,end,…}], meta.generated}`. */
export interface SecretRecord {
  /** Discriminant, set by {@link parseRecord}. */
  readonly kind: 'secret';
  /** The record's `id`, when it has one. */
  readonly id?: string;
  /** The text to scan. */
  readonly text: string;
  /** Whether the text holds a secret (for the named rule). */
  readonly expect: 'secret' | 'not-secret';
  /** The rule the sample was written for (empty when the record names none). */
  readonly rule: string;
  /** Where the secrets are; absent or empty when the record does not say. */
  readonly secrets: readonly LabelSpan[];
  /** `meta.generated`: the sample was generated from the rule's regex rather than written by hand. */
  readonly generated: boolean;
  /**
   * `meta.file_path`: the path of the file the text comes from, when the record gives one. The
   * scan gets it as its `path`, as a scan of that file would (path rules such as gitleaks'
   * `pkcs12-file` or a Terraform-only password rule depend on it).
   */
  readonly path?: string;
  /** Where the record was read from. */
  readonly source?: RecordSource;
}

/** Any record `airlock eval` reads. */
export type EvalRecord = PiiRecord | SecretRecord;

/** The part of a finding the metrics look at (a `Finding` from `@airlock/core` has all of it). */
export interface FindingSpan extends LabelSpan {
  /** Entity type. */
  readonly type: string;
  /** Entity family (`SECRET` for every credential). */
  readonly family: string;
}

/** A record together with what the scanner found in its text. */
export interface ScoredRecord {
  /** The labelled record. */
  readonly record: EvalRecord;
  /** The scanner's findings in `record.text`. */
  readonly findings: readonly FindingSpan[];
}

/**
 * When a finding's span agrees with a label's span.
 *
 * - `overlap`: the spans share at least one code unit (`f.start < l.end && l.start < f.end`).
 * - `exact`: the spans are identical.
 */
export type MatchMode = 'exact' | 'overlap';

/** Counts and scores of one entity type. A score whose denominator is zero is `null` (undefined, not 0). */
export interface TypeScore {
  /** Findings matched one-to-one with a label of this type. */
  readonly tp: number;
  /** Findings counted under this type that matched no label. */
  readonly fp: number;
  /** Labels of this type that no finding matched. */
  readonly fn: number;
  /** `tp / (tp + fp)`. */
  readonly precision: number | null;
  /** `tp / (tp + fn)`. */
  readonly recall: number | null;
  /** Harmonic mean of precision and recall. */
  readonly f1: number | null;
}

/** One false negative or false positive, for `--errors`. */
export interface EvalError {
  /** `fn`: a label (or a secret) that was missed; `fp`: a finding that matched nothing. */
  readonly kind: 'fn' | 'fp';
  /** The type the error is counted under (for secrets: the record's rule, or the finding's type). */
  readonly type: string;
  /** The record's id, when it has one. */
  readonly id?: string;
  /** Where the record was read from. */
  readonly source?: RecordSource;
  /** The record's text. */
  readonly text: string;
  /** The missed or spurious span (`undefined` for a missed secret whose record has no span). */
  readonly span?: LabelSpan;
}

/** Recall over a subset of the `expect: secret` records. */
export interface SecretRecall {
  /** `expect: secret` records in the subset. */
  readonly records: number;
  /** How many of them were detected. */
  readonly detected: number;
  /** `detected / records` (`null` when there are none). */
  readonly recall: number | null;
}

/** Per-rule counts of the secret records. */
export interface SecretRuleScore {
  /** `expect: secret` records of the rule. */
  readonly positives: number;
  /** How many of them were detected. */
  readonly detected: number;
  /** `expect: not-secret` records of the rule. */
  readonly negatives: number;
  /** How many of them had a `SECRET` finding. */
  readonly falsePositives: number;
}

/** The secrets section of a report. */
export interface SecretReport {
  /** Secret records read. */
  readonly records: number;
  /** `expect: secret` records. */
  readonly positives: number;
  /** `expect: not-secret` records. */
  readonly negatives: number;
  /** Detected `expect: secret` records. */
  readonly detected: number;
  /** `not-secret` records with a `SECRET` finding. */
  readonly falsePositives: number;
  /** `detected / positives` (`null` when there are none). */
  readonly recall: number | null;
  /** `falsePositives / negatives` (`null` when there are none). */
  readonly fpRate: number | null;
  /** Recall on hand-written (`meta.generated` false or absent) and generated samples. */
  readonly byOrigin: { readonly handWritten: SecretRecall; readonly generated: SecretRecall };
  /** Counts per `rule`, sorted by rule name. */
  readonly byRule: Readonly<Record<string, SecretRuleScore>>;
}

/** What {@link evaluate} returns. A section is absent when no record of its kind was given. */
export interface EvalReport {
  /** Per entity type, sorted by type name. */
  readonly pii?: Readonly<Record<string, TypeScore>>;
  /** Secret detection. */
  readonly secrets?: SecretReport;
  /** Totals over every PII type (micro-averaged), when there is a PII section. */
  readonly piiTotal?: TypeScore;
  /** PII records read, when there is a PII section. */
  readonly piiRecords?: number;
  /** The first false negatives and positives, up to {@link EvaluateOptions.errors} of each kind. */
  readonly errors: readonly EvalError[];
}

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /**
   * When a finding's span agrees with a label's.
   * @defaultValue 'overlap'
   */
  readonly match?: MatchMode;
  /** Restrict the PII report to these types (labels of other types and findings counted elsewhere are ignored). */
  readonly types?: readonly string[];
  /**
   * How many false negatives, and how many false positives, to keep in {@link EvalReport.errors}.
   * @defaultValue 0
   */
  readonly errors?: number;
}
