/**
 * The shapes of redaction: operators, their context, and what a redactor returns.
 *
 * @module
 */
import type { Finding } from '../detect/types.ts';
import type { Vault } from './vault/types.ts';

/** What an operator may use besides the value: the redactor's vault and scope. */
export interface OperatorContext {
  /** The redactor's vault (pseudonyms are kept there). */
  readonly vault: Vault;
  /** The redactor's scope in the vault (a conversation, a tenant). */
  readonly scope: string;
}

/**
 * A redaction operator: turns one sensitive value into what replaces it. Built by a factory
 * ({@link replace}, {@link remove}, {@link mask}, {@link hash}, {@link encrypt},
 * {@link pseudonymize}, {@link surrogate}, {@link keep}) that checks its options once; `apply` then
 * never throws on a string.
 *
 * Write your own as a plain object: `{ kind: 'upper', apply: (value) => value.toUpperCase() }`.
 */
export interface Operator {
  /** The operator's name (`replace`, `mask`, …), reported in {@link RedactedItem.operator}. */
  readonly kind: string;
  /**
   * The replacement of `value`.
   * @param value - the sensitive text (`text.slice(finding.start, finding.end)`)
   * @param finding - what the scanner said about it
   * @param context - the redactor's vault and scope
   */
  apply(value: string, finding: Finding, context: OperatorContext): string;
}

/** One finding the redactor replaced. */
export interface RedactedItem {
  /** The finding, with offsets into the input. */
  readonly finding: Finding;
  /** {@link Operator.kind} of the operator applied. */
  readonly operator: string;
  /** Start of the replacement in the output text. */
  readonly start: number;
  /** End of the replacement in the output text. */
  readonly end: number;
  /** The replacement (`text.slice(start, end)` of the output). */
  readonly replacement: string;
}

/** What {@link Redactor.redact} and {@link Redactor.apply} return. */
export interface RedactResult {
  /** The redacted text. */
  readonly text: string;
  /** One per replaced finding, in order (findings whose operator is {@link keep} are not listed). */
  readonly items: readonly RedactedItem[];
  /** The findings the operators were applied to, sorted and disjoint, with offsets into the input. */
  readonly findings: readonly Finding[];
  /**
   * `false` when the scan was incomplete (a limit was hit, a detector failed): something may have
   * been left in the text, and the caller must fail closed (not send it).
   */
  readonly complete: boolean;
  /** Which limits the scan hit, when it was incomplete. */
  readonly limits: readonly string[];
}
