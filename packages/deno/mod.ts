/**
 * airlock for Deno: everything in `@airlock/core`, plus helpers for what Deno reads: files
 * ({@link scanFile}, {@link redactFile}, {@link redactFileStream}) and byte streams such as
 * `Deno.stdin.readable` ({@link redactBytes}, {@link pipeRedacted}, {@link scanBytes}), decoded strictly as UTF-8
 * ({@link decodeUtf8}, {@link utf8DecoderStream}).
 *
 * Should I use this package? In Deno, yes: it is core with these helpers. Anything that does not
 * touch the file system or bytes (scanning, redaction, classification, guard, audit, incidents) is
 * core's, and works the same here as in Node or a browser.
 *
 * Offsets are UTF-16 indices into the text, as everywhere in airlock. Errors are core's
 * {@link AirlockError}s with a stable `code`; bytes that are not UTF-8 are `invalid_encoding`, and the
 * file system's own errors (`Deno.errors.NotFound`, `Deno.errors.PermissionDenied`) pass through.
 *
 * @example
 * ```ts
 * import assert from 'node:assert/strict';
 * import { createRedactor, scanFile } from '@airlock/deno';
 * const path = await Deno.makeTempFile();
 * await Deno.writeTextFile(path, 'key AKIAZ7QX4N2PLW6RKDE3');
 * const { findings } = await scanFile(path);
 * assert.equal(findings[0]?.type, 'AWS_ACCESS_KEY_ID');
 * assert.equal(createRedactor().redact('key AKIAZ7QX4N2PLW6RKDE3').text, 'key <AWS_ACCESS_KEY_ID>');
 * await Deno.remove(path);
 * ```
 *
 * @module
 */
export * from '@airlock/core';
export { decodeUtf8, utf8DecoderStream } from './src/decode.ts';
export { readUtf8File, redactFile, scanFile } from './src/files.ts';
export type { FileScan, ScanFileOptions } from './src/files.ts';
export { pipeRedacted, redactBytes, redactFileStream, scanBytes } from './src/streams.ts';
export type { PipeRedactedOptions, RedactBytesOptions, ScanBytesOptions } from './src/streams.ts';
