/**
 * Streaming redaction: {@link redactStream}, a WHATWG `TransformStream<string, string>`, and
 * {@link redactChunks}, the same over an async iterable. Both redact an LLM's server-sent text, a
 * file or a log tail as it flows, with the same output as redacting the whole text at once.
 *
 * They are built on the streaming scanner (`detect/stream.ts`): each time it settles a segment of
 * the stream, the segment is redacted with the findings in it and emitted. Text is held back only
 * while it could still become part of a finding, at most `maxBuffered` code units (a few
 * {@link ScanWindow.size}s), so memory stays flat whatever the length of the stream.
 *
 * Ends and errors:
 * - **close** (the writer closes, the source is done): everything still held is scanned as the end
 *   of the text, redacted and emitted.
 * - **a chunk that is not a string**: everything accepted before it is scanned as the end of the
 *   text, redacted and emitted; then the stream errors with `invalid_chunk`.
 * - **the source fails** ({@link redactChunks}): as for a bad chunk, then the source's error is
 *   thrown again.
 * - **abort** (the writer aborts, the reader cancels): the readable side errors with the reason at
 *   once, as the Streams standard has it. What had settled was already emitted; the held tail (at
 *   most `maxBuffered` code units) is dropped, never emitted unscanned, and the error says the
 *   stream did not finish.
 * - **fail closed**: when a segment's scan hit a limit (see {@link ScanResult.limits}) or the
 *   redactor reports that it could not apply every finding, the segment is not emitted: the stream
 *   errors with `incomplete_scan`, after everything settled before that segment (a segment is
 *   what one chunk, or the close, settled).
 *
 * @module
 */
import { AirlockError, isAirlockError } from '../errors/AirlockError.ts';
import type { Scanner } from '../detect/createScanner.ts';
import { createStreamScanner, type StreamScanner, type StreamScannerOptions, type StreamUpdate } from '../detect/stream.ts';
import type { Finding } from '../detect/types.ts';

/**
 * What streaming redaction needs of a redactor: the scanner that finds, and the function that
 * applies operators to findings. The redactor of `createRedactor` has this shape.
 */
export interface StreamRedactor {
  /** The scanner to find with (made by `createScanner`). */
  readonly scanner: Scanner;
  /**
   * Applies the redactor's operators to `findings` (offsets into `text`, sorted, not overlapping)
   * and returns the redacted text; `complete: false` when it could not apply every one. Called
   * once per settled segment of the stream, in order: an operator whose output depends on earlier
   * findings (numbered pseudonyms) must keep that state across calls.
   */
  apply(text: string, findings: readonly Finding[]): { readonly text: string; readonly complete: boolean };
}

/** Options of {@link redactStream} and {@link redactChunks}. */
export interface RedactStreamOptions extends StreamScannerOptions {}

/**
 * A `TransformStream` that redacts the text written to it: strings in, redacted strings out. For
 * every way the input is cut into chunks, the output concatenated equals
 * `redactor.apply(text, redactor.scanner.scan(text)).text` on the whole input (under the bounds of
 * the streaming scanner, see `docs/streaming.md`). Each output chunk is emitted as soon as its
 * text is settled, and never splits a surrogate pair.
 *
 * @param redactor - the scanner and the operators to apply
 * @param options - how much text to gather between scans
 * @returns the transform stream
 * @throws {@link AirlockError} `invalid_argument` when `redactor` lacks `scanner` or `apply`, or
 *   its scanner was not made by `createScanner`. The stream itself errors with `invalid_chunk`
 *   on a chunk that is not a string and `incomplete_scan` when it fails closed.
 *
 * @example
 * ```ts
 * import { createScanner, redactStream, usSsn, type Finding } from '@airlock/core';
 * const scanner = createScanner({ detectors: [usSsn()], normalize: false });
 * const redactor = {
 *   scanner,
 *   apply(text: string, findings: readonly Finding[]) {
 *     let out = '';
 *     let at = 0;
 *     for (const f of findings) (out += text.slice(at, f.start) + `<${f.type}>`), (at = f.end);
 *     return { text: out + text.slice(at), complete: true };
 *   },
 * };
 * const source = new ReadableStream<string>({
 *   start(c) { c.enqueue('ssn: 234-5'); c.enqueue('6-7891 ok'); c.close(); },
 * });
 * let out = '';
 * for await (const chunk of source.pipeThrough(redactStream(redactor))) out += chunk;
 * out; //=> 'ssn: <US_SSN> ok'
 * ```
 */
export function redactStream(redactor: StreamRedactor, options: RedactStreamOptions = {}): TransformStream<string, string> {
  const redact = segmentRedactor(redactor);
  const stream = createStreamScanner(redactor.scanner, options);
  const emit = (controller: TransformStreamDefaultController<string>, update: StreamUpdate): void => {
    const text = redact(update);
    if (text.length > 0) controller.enqueue(text);
  };
  return new TransformStream<string, string>({
    async transform(chunk, controller) {
      try {
        emit(controller, pushOrFlush(stream, chunk, (update) => emit(controller, update)));
      } catch (error) {
        await drained(controller);
        throw error;
      }
    },
    async flush(controller) {
      try {
        emit(controller, stream.end());
      } catch (error) {
        await drained(controller);
        throw error;
      }
    },
  });
}

/**
 * Resolves once the reader has taken every chunk already enqueued (or the readable side is
 * closed or errored). Erroring a stream discards what its queue holds, so the transform waits for
 * this before it errors: text that was safe to emit reaches the reader first.
 */
async function drained(controller: TransformStreamDefaultController<string>): Promise<void> {
  for (;;) {
    const size = controller.desiredSize;
    if (size === null || size >= 0) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
  }
}

/**
 * Redacts an async iterable of text chunks (a file read as text, a `ReadableStream<string>`, an
 * SDK's stream of deltas) and yields the redacted text as it settles. Same output and the same
 * ends and errors as {@link redactStream}.
 *
 * @param source - the chunks
 * @param redactor - the scanner and the operators to apply
 * @param options - how much text to gather between scans
 * @returns the redacted text, in chunks
 * @throws {@link AirlockError} `invalid_argument` (at once) for a malformed redactor; from the
 *   iteration, `invalid_chunk` for a chunk that is not a string and `incomplete_scan` when it
 *   fails closed, each after yielding everything that was safe to yield
 *
 * @example
 * ```ts
 * import { createScanner, emailAddress, redactChunks, type Finding } from '@airlock/core';
 * const scanner = createScanner({ detectors: [emailAddress()], maxMatchLength: 64 });
 * const redactor = {
 *   scanner,
 *   apply: (text: string, findings: readonly Finding[]) => ({
 *     text: findings.reduceRight((t, f) => t.slice(0, f.start) + '[email]' + t.slice(f.end), text),
 *     complete: true,
 *   }),
 * };
 * async function* deltas() { yield 'Sure! Write to ja'; yield 'ne@examp'; yield 'le.org.'; }
 * let out = '';
 * for await (const chunk of redactChunks(deltas(), redactor)) out += chunk;
 * out; //=> 'Sure! Write to [email].'
 * ```
 */
export function redactChunks(source: AsyncIterable<string>, redactor: StreamRedactor, options: RedactStreamOptions = {}): AsyncIterable<string> {
  const redact = segmentRedactor(redactor);
  const stream = createStreamScanner(redactor.scanner, options);
  if (typeof source !== 'object' || source === null || typeof (source as AsyncIterable<string>)[Symbol.asyncIterator] !== 'function') {
    throw new AirlockError('invalid_argument', 'source must be an async iterable of strings');
  }
  return (async function* (): AsyncGenerator<string, void, undefined> {
    const it = source[Symbol.asyncIterator]();
    let done = false;
    try {
      for (;;) {
        let next: IteratorResult<string>;
        try {
          next = await it.next();
        } catch (error) {
          // The source failed: what it gave before is the text; emit it, then report the failure.
          done = true;
          const tail = redact(stream.end());
          if (tail.length > 0) yield tail;
          throw error;
        }
        if (next.done) {
          done = true;
          break;
        }
        let flushed = '';
        let text: string;
        try {
          text = redact(pushOrFlush(stream, next.value, (update) => (flushed = redact(update))));
        } catch (error) {
          if (flushed.length > 0) yield flushed; // a bad chunk: what came before it, then the error
          throw error;
        }
        if (text.length > 0) yield text;
      }
      const tail = redact(stream.end());
      if (tail.length > 0) yield tail;
    } finally {
      // The consumer stopped early, or we threw: let the source release what it holds.
      if (!done) await it.return?.();
    }
  })();
}

/**
 * Pushes `chunk`. On a chunk that is not a string, first hands what was accepted, settled as the
 * end of the text, to `flushed`, then throws the `invalid_chunk` error.
 */
function pushOrFlush(stream: StreamScanner, chunk: unknown, flushed: (update: StreamUpdate) => void): StreamUpdate {
  try {
    return stream.push(chunk as string);
  } catch (error) {
    if (isAirlockError(error) && error.code === 'invalid_chunk') flushed(stream.end());
    throw error;
  }
}

/** Checks the redactor; returns the function that redacts one settled segment (or fails closed). */
function segmentRedactor(redactor: StreamRedactor): (update: StreamUpdate) => string {
  if (typeof redactor !== 'object' || redactor === null || typeof redactor.apply !== 'function' || typeof redactor.scanner !== 'object') {
    throw new AirlockError('invalid_argument', 'redactor must be an object with a scanner and an apply(text, findings) method');
  }
  return (update) => {
    if (update.limits.length > 0) {
      throw new AirlockError('incomplete_scan', `stream offsets ${update.start}–${update.end} could not be scanned completely, so they are not emitted: ${update.limits.join('; ')}`);
    }
    if (update.text.length === 0) return '';
    const findings = update.start === 0 ? update.findings : update.findings.map((f) => ({ ...f, start: f.start - update.start, end: f.end - update.start }));
    const result = redactor.apply(update.text, findings);
    if (!result.complete || typeof result.text !== 'string') {
      throw new AirlockError('incomplete_scan', `the redactor could not redact stream offsets ${update.start}–${update.end} completely, so they are not emitted`);
    }
    return result.text;
  };
}
