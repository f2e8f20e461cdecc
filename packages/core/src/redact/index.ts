/**
 * Redaction: streaming redaction of text as it flows, over a redactor's scanner and operators.
 *
 * - Should I use this module? Use {@link redactStream} in a Web Streams pipeline (`pipeThrough`)
 *   and {@link redactChunks} over any async iterable of text.
 * - How the layers fit: built on `detect` (the streaming scanner settles findings; the redactor
 *   applies operators to them). It imports nothing above `detect`.
 * - Errors and limits: a stream errors with `invalid_chunk` on a chunk that is not a string and
 *   with `incomplete_scan` when it fails closed; see `docs/streaming.md`.
 *
 * @module
 */
export { redactChunks, redactStream } from './stream.ts';
export type { RedactStreamOptions, StreamRedactor } from './stream.ts';
