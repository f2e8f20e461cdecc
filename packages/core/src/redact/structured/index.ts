/**
 * Structured redaction: JSON values, plain objects and chat messages, redacted deep with their
 * shape kept, and model answers restored the same way.
 *
 * - Should I use it? Use {@link redactValue} for any JSON value (a request body, a log record, a
 *   tool's arguments) and {@link redactMessages} for OpenAI or Anthropic chat requests; use
 *   {@link restoreValue} and {@link restoreMessages} to put pseudonymized originals back into the
 *   answer.
 * - How it fits: it walks the value and hands each string to a text redactor (anything shaped like
 *   {@link RedactorLike}), reading an object key as context for its value through the redactor's
 *   scanner. It adds no detection of its own.
 * - Errors and limits: cycles (`cyclic_value`), values that are not plain data
 *   (`unsupported_value`), chat input of no known shape (`unknown_shape`), colliding redacted keys
 *   (`key_collision`) and values past `maxDepth` or `maxNodes` (`input_too_large`) throw a
 *   {@link StructuredDataError} that names the path. A scan that hit a limit makes the result
 *   `complete: false`.
 *
 * @module
 */
export { redactValue } from './redactValue.ts';
export type { RedactValueOptions, RedactValueResult } from './redactValue.ts';
export { redactMessages } from './redactMessages.ts';
export type { RedactMessagesOptions, RedactMessagesResult } from './redactMessages.ts';
export { restoreMessages, restoreValue } from './restore.ts';
export type { RestoreValueOptions } from './restore.ts';
export { formatPath } from './paths.ts';
export type { PathRules, PathSegment } from './paths.ts';
export type { RedactorLike, StructuredFinding, StructuredLimits } from './types.ts';
