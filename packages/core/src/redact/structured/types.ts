/**
 * The shapes structured redaction works with: the text redactor it drives, its findings, its
 * limits.
 *
 * @module
 */
import type { Finding } from '../../detect/index.ts';
import type { createRedactor, Redactor } from '../createRedactor.ts';

/**
 * The part of a redactor that structured redaction drives: its scanner (keys as context are read
 * through it), `redact` for a string, and `apply` for a string whose findings it already has.
 * {@link createRedactor}'s result is one.
 */
export type RedactorLike = Pick<Redactor, 'scanner' | 'redact' | 'apply'>;

/** A finding in a structured value: where it is, and the finding itself. */
export interface StructuredFinding extends Finding {
  /**
   * Where the string is, in the output value, in path syntax (`user.emails[0]`, `messages[2].content`;
   * see {@link formatPath}). The offsets index into that string as it was before redaction. With
   * redacted keys, the path holds the redacted key, so a log of findings never holds a key that was
   * redacted.
   */
  readonly path: string;
  /** `true` when the finding is in the object key named by the last segment of `path`, not in its value. */
  readonly inKey: boolean;
}

/** Limits of a walk over a structured value. Exceeding one throws `input_too_large`. */
export interface StructuredLimits {
  /**
   * How deeply values may nest: the value itself is at depth 0, its elements or properties at 1,
   * theirs at 2.
   * At most 2000 (deeper values would exhaust the call stack of some runtimes).
   * @defaultValue 100
   */
  readonly maxDepth?: number;
  /**
   * How many values (containers, strings, numbers, …) a walk may visit. A value shared by several
   * parents counts once per parent, so a small value built from shared parts cannot make a walk
   * take exponential time.
   * @defaultValue 1000000
   */
  readonly maxNodes?: number;
}
