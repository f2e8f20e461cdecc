/**
 * Streams: Deno's byte streams (`Deno.stdin.readable`, a file's `readable`, a `fetch` body)
 * decoded as UTF-8, then redacted as they flow with core's `redactStream` or scanned with its
 * `scanChunks`. The output equals whole-text redaction (the findings, whole-text scanning) however
 * the bytes are chunked, also when a chunk ends inside a character.
 *
 * @module
 */
import { redactStream, scanChunks, type Finding, type RedactStreamOptions, type Scanner, type StreamRedactor } from '@airlock/core';
import { utf8DecoderStream } from './decode.ts';
import { defaultScanner } from './defaultScanner.ts';

/** Options of {@link redactBytes}, {@link pipeRedacted} and {@link redactFileStream}. */
export interface RedactBytesOptions extends RedactStreamOptions {
  /**
   * What the bytes are (a path, `stdin`), for error messages.
   * @defaultValue `'input'` (the path for {@link redactFileStream})
   */
  readonly source?: string;
}

/** Options of {@link pipeRedacted}. */
export interface PipeRedactedOptions extends RedactBytesOptions {
  /**
   * Leave `writable` open when the input ends, to write more to it afterwards (as `pipeTo`'s
   * `preventClose`).
   * @defaultValue `false`
   */
  readonly preventClose?: boolean;
}

/**
 * Decodes a byte stream as UTF-8 and redacts it as it flows: the returned stream emits the
 * redacted text, a segment at a time, as soon as each is settled.
 *
 * @param bytes - the byte stream, such as `Deno.stdin.readable`
 * @param redactor - a redactor made by `createRedactor` (any {@link StreamRedactor})
 * @param options - the source's name for errors, and how much text to gather between scans
 * @returns the redacted text
 * @throws {@link AirlockError} `invalid_argument` when `redactor` is not one. The stream errors with
 *   `invalid_encoding` when the bytes are not UTF-8 and `incomplete_scan` when it fails closed; what
 *   was settled before the error was emitted.
 *
 * @example
 * ```ts
 * import assert from 'node:assert/strict';
 * import { createRedactor, redactBytes } from '@airlock/deno';
 * const bytes = new TextEncoder().encode('from jane.doe@example.com ✉');
 * const chunks = ReadableStream.from([bytes.subarray(0, 9), bytes.subarray(9, 27), bytes.subarray(27)]); // splits ✉
 * const out = await Array.fromAsync(redactBytes(chunks, createRedactor()));
 * assert.equal(out.join(''), 'from <EMAIL_ADDRESS> ✉');
 * ```
 */
export function redactBytes(bytes: ReadableStream<Uint8Array>, redactor: StreamRedactor, options: RedactBytesOptions = {}): ReadableStream<string> {
  const { source = 'input', ...streamOptions } = options;
  const redacting = redactStream(redactor, streamOptions);
  return bytes.pipeThrough(utf8DecoderStream(source)).pipeThrough(redacting);
}

/**
 * Redacts a byte stream into a byte sink, UTF-8 in and out: `redactBytes(bytes)` piped through a
 * `TextEncoderStream` into `writable`. The way to redact a pipe:
 * `await pipeRedacted(Deno.stdin.readable, Deno.stdout.writable, createRedactor())`.
 *
 * @param bytes - the byte stream to read
 * @param writable - where the redacted text goes, UTF-8 encoded; closed at the end unless
 *   `preventClose`
 * @param redactor - a redactor made by `createRedactor` (any {@link StreamRedactor})
 * @param options - as {@link redactBytes}, and `preventClose`
 * @returns a promise that resolves when everything was written
 * @throws rejects with the error of the stream: {@link AirlockError} `invalid_encoding`,
 *   `incomplete_scan`; `writable` is aborted with it
 *
 * @example
 * ```ts
 * import assert from 'node:assert/strict';
 * import { createRedactor, pipeRedacted } from '@airlock/deno';
 * const input = ReadableStream.from([new TextEncoder().encode('token ghp_1A2b3C4d5E6f7G8h9I0jK1l2M3n4O5p6Q7r8')]);
 * const written: Uint8Array[] = [];
 * await pipeRedacted(input, new WritableStream({ write: (chunk) => void written.push(chunk) }), createRedactor());
 * assert.equal(new TextDecoder().decode(new Uint8Array(written.flatMap((c) => [...c]))), 'token <GITHUB_TOKEN>');
 * ```
 */
export function pipeRedacted(
  bytes: ReadableStream<Uint8Array>,
  writable: WritableStream<Uint8Array>,
  redactor: StreamRedactor,
  options: PipeRedactedOptions = {},
): Promise<void> {
  const { preventClose = false, ...redactOptions } = options;
  return redactBytes(bytes, redactor, redactOptions).pipeThrough(new TextEncoderStream()).pipeTo(writable, { preventClose });
}

/**
 * Opens a file with `Deno.open` and redacts it as it is read (see {@link redactBytes}), in memory
 * bounded by the redactor's window rather than the file's size. The file is closed when the stream
 * ends, errors or is cancelled. Needs `--allow-read` for `path`.
 *
 * @param path - the file to read
 * @param redactor - a redactor made by `createRedactor` (any {@link StreamRedactor})
 * @param options - as {@link redactBytes}; `source` defaults to the path
 * @returns the redacted text
 * @throws the errors of `Deno.open` (`Deno.errors.NotFound`, ...) as they are;
 *   {@link AirlockError} `invalid_argument` when `redactor` is not one (the file is closed). The
 *   stream errors as {@link redactBytes}'s
 *
 * @example
 * ```ts
 * import assert from 'node:assert/strict';
 * import { createRedactor, redactFileStream } from '@airlock/deno';
 * const path = await Deno.makeTempFile();
 * await Deno.writeTextFile(path, 'SSN 536-22-1234\n'.repeat(1000));
 * let text = '';
 * for await (const chunk of await redactFileStream(path, createRedactor())) text += chunk;
 * assert.equal(text, 'SSN <US_SSN>\n'.repeat(1000));
 * await Deno.remove(path);
 * ```
 */
export async function redactFileStream(path: string | URL, redactor: StreamRedactor, options: RedactBytesOptions = {}): Promise<ReadableStream<string>> {
  const file = await Deno.open(path, { read: true });
  try {
    return redactBytes(file.readable, redactor, { source: String(path), ...options });
  } catch (error) {
    file.close(); // a redactor that is not one: nothing will read the file
    throw error;
  }
}

/** Options of {@link scanBytes}. */
export interface ScanBytesOptions extends RedactBytesOptions {
  /**
   * The scanner to scan with.
   * @defaultValue one scanner of the `recommended()` detectors, shared by every call
   */
  readonly scanner?: Scanner;
}

/**
 * Decodes a byte stream as UTF-8 and scans it as it flows, yielding each finding as soon as it is
 * settled, in stream offsets (UTF-16 indices into the whole decoded text). The findings are those
 * of scanning the whole text at once, in memory bounded by the scanner's window: the way to scan
 * stdin or a file too large to hold.
 *
 * @param bytes - the byte stream, such as `Deno.stdin.readable` or `(await Deno.open(path)).readable`
 * @param options - the scanner, the source's name for errors, how much text to gather between scans
 * @returns the findings, in order
 * @throws {@link AirlockError} (from the iteration) `invalid_encoding` when the bytes are not UTF-8,
 *   `incomplete_scan` when a limit kept part of the text from being scanned (fail closed), after
 *   yielding every finding settled before
 *
 * @example
 * ```ts
 * import assert from 'node:assert/strict';
 * import { scanBytes } from '@airlock/deno';
 * const bytes = new TextEncoder().encode('😀 write to jane.doe@example.com');
 * const chunks = ReadableStream.from([bytes.subarray(0, 2), bytes.subarray(2, 20), bytes.subarray(20)]);
 * const found = [];
 * for await (const f of scanBytes(chunks)) found.push([f.type, f.start, f.end]);
 * assert.deepEqual(found, [['EMAIL_ADDRESS', 12, 32]]);
 * ```
 */
export function scanBytes(bytes: ReadableStream<Uint8Array>, options: ScanBytesOptions = {}): AsyncGenerator<Finding, void, undefined> {
  const { scanner = defaultScanner(), source = 'input', ...streamOptions } = options;
  return scanChunks(scanner, bytes.pipeThrough(utf8DecoderStream(source)), streamOptions);
}
