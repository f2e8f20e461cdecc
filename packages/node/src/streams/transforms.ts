/**
 * Node stream wrappers of core's streaming functions: {@link redactTransform},
 * {@link restoreTransform} and {@link scanTransform}. Each is a `Duplex` that transforms (made by
 * `Duplex.from` over an async generator, so Node's own backpressure applies): write Buffers or
 * strings, read strings. Buffers are decoded as UTF-8 across chunk boundaries, so a character (a
 * surrogate pair included) cut between two Buffers comes out whole.
 *
 * The windowing is core's (`redactChunks`, `restoreChunks`, `createStreamScanner`): nothing here
 * decides what is settled.
 *
 * @module
 */
import { Duplex } from 'node:stream';
import {
  AirlockError,
  createRedactor,
  createScanner,
  createStreamScanner,
  redactChunks,
  restoreChunks,
  type Finding,
  type RedactorOptions,
  type RedactStreamOptions,
  type RestoreOptions,
  type Scanner,
  type ScannerOptions,
  type StreamRedactor,
  type StreamScannerOptions,
  type StreamUpdate,
  type Vault,
} from '@airlock/core';

/**
 * Redacts the text written to it: Buffers (UTF-8) or strings in, redacted strings out, equal to
 * redacting the whole text at once however the input is cut (within the bounds of core's
 * streaming, `docs/streaming.md`). Built on core's `redactChunks`.
 *
 * Errors end the stream with an `error` event carrying an `AirlockError`, after everything that
 * was safe to emit: `invalid_chunk` for a chunk that is neither a string nor bytes, or bytes that
 * are not valid UTF-8; `incomplete_scan` when a segment could not be scanned completely (fail
 * closed: that text is never emitted).
 *
 * @param redactor - a redactor (`createRedactor(…)`, or any `{ scanner, apply }`), or the options
 *   to make one with `createRedactor`
 * @param options - core's streaming options (`batch`)
 * @returns the transform, a `Duplex` (object mode: each read is a string)
 * @throws {@link AirlockError} `invalid_argument` (at once) for a malformed redactor or options
 *
 * @example
 * ```ts
 * import { createScanner, usSsn } from '@airlock/core';
 * import { Readable } from 'node:stream';
 * const scanner = createScanner({ detectors: [usSsn()], normalize: false });
 * const chunks = ['ssn: 234-5', '6-7891 ok'].map((s) => Buffer.from(s));
 * let out = '';
 * for await (const piece of Readable.from(chunks).pipe(redactTransform({ scanner }))) out += piece;
 * out; //=> 'ssn: <US_SSN> ok'
 * ```
 */
export function redactTransform(redactor: StreamRedactor | RedactorOptions = {}, options: RedactStreamOptions = {}): Duplex {
  const r = isStreamRedactor(redactor) ? redactor : createRedactor(redactor);
  return Duplex.from((source: AsyncIterable<unknown>) => redactChunks(decodeUtf8(source) as AsyncIterable<string>, r, options));
}

/**
 * Restores pseudonyms in the text written to it (a model's streamed answer): core's
 * `restoreChunks` over Buffers or strings, with a token cut across chunks restored as if whole.
 *
 * @param vault - the vault the pseudonyms are in, or the redactor that made them (its vault and scope)
 * @param options - core's restore options (`scope`, `decrypt`, …)
 * @returns the transform, a `Duplex` (object mode: each read is a string)
 * @throws {@link AirlockError} `invalid_argument` for a chunk that is neither a string nor bytes
 *   (as a stream error), `invalid_chunk` for bytes that are not valid UTF-8
 *
 * @example
 * ```ts
 * import { createRedactor, createScanner, emailAddress, pseudonymize } from '@airlock/core';
 * import { Readable } from 'node:stream';
 * const redactor = createRedactor({ scanner: createScanner({ detectors: [emailAddress()] }), default: pseudonymize() });
 * const prompt = redactor.redact('Write to jane@example.org').text;
 * prompt; //=> 'Write to <EMAIL_ADDRESS_1>'
 * let out = '';
 * for await (const piece of Readable.from(['I wrote to <EMAIL_AD', 'DRESS_1>.']).pipe(restoreTransform(redactor))) out += piece;
 * out; //=> 'I wrote to jane@example.org.'
 * ```
 */
export function restoreTransform(vault: Vault | { readonly vault: Vault; readonly scope: string } | undefined, options: RestoreOptions = {}): Duplex {
  const isRedactor = typeof vault === 'object' && vault !== null && 'scope' in vault && 'vault' in vault;
  const v = isRedactor ? vault.vault : (vault as Vault | undefined);
  const o: RestoreOptions = isRedactor ? { scope: vault.scope, ...options } : options;
  return Duplex.from((source: AsyncIterable<unknown>) => restoreChunks(decodeUtf8(source) as AsyncIterable<string>, v, o));
}

/** Options of {@link scanTransform}. */
export interface ScanTransformOptions extends StreamScannerOptions {
  /** Called with each finding as it settles (offsets in UTF-16 code units of the whole stream). */
  readonly onFinding?: (finding: Finding) => void;
}

/**
 * Passes the text written to it through unchanged (as strings) and reports what core's streaming
 * scanner finds in it: each finding is emitted as a `finding` event (and given to `onFinding`) as
 * soon as it is final, with offsets into the whole stream. The findings, together, equal
 * `scanner.scan(wholeText)` (within the bounds of `docs/streaming.md`).
 *
 * Fails closed: when a segment could not be scanned completely, the stream errors with
 * `incomplete_scan` (the findings would be incomplete); a chunk that is neither a string nor bytes
 * (or bytes that are not UTF-8) errors with `invalid_chunk`, after the findings of what came before.
 *
 * @param scanner - a scanner (`createScanner(…)`) or the options to make one
 * @param options - `onFinding`, and core's streaming options (`batch`)
 * @returns the transform, a `Duplex` (object mode: each read is a string)
 * @throws {@link AirlockError} `invalid_argument` (at once) for a malformed scanner or options
 *
 * @example
 * ```ts
 * import { createScanner, emailAddress } from '@airlock/core';
 * import { Readable } from 'node:stream';
 * const found: string[] = [];
 * const scan = scanTransform(createScanner({ detectors: [emailAddress()] }), { onFinding: (f) => found.push(`${f.type}@${f.start}`) });
 * let text = '';
 * for await (const piece of Readable.from(['mail ann@exa', 'mple.com now']).pipe(scan)) text += piece;
 * text; //=> 'mail ann@example.com now'
 * found; //=> ['EMAIL_ADDRESS@5']
 * ```
 */
export function scanTransform(scanner: Scanner | ScannerOptions, options: ScanTransformOptions = {}): Duplex {
  const s = isScanner(scanner) ? scanner : createScanner(scanner);
  const { onFinding, ...streamOptions } = options;
  if (onFinding !== undefined && typeof onFinding !== 'function') throw new AirlockError('invalid_argument', 'scanTransform: onFinding must be a function');
  const stream = createStreamScanner(s, streamOptions);
  const report = (update: StreamUpdate): void => {
    for (const finding of update.findings) {
      onFinding?.(finding);
      duplex.emit('finding', finding);
    }
    if (update.limits.length > 0) {
      throw new AirlockError('incomplete_scan', `stream offsets ${update.start}–${update.end} could not be scanned completely: ${update.limits.join('; ')}`);
    }
  };
  const duplex: Duplex = Duplex.from(async function* (source: AsyncIterable<unknown>) {
    for await (const text of decodeUtf8(source)) {
      let update: StreamUpdate;
      try {
        update = stream.push(text as string);
      } catch (error) {
        report(stream.end()); // a bad chunk: the findings of what came before it, then the error
        throw error;
      }
      report(update);
      yield text as string;
    }
    report(stream.end());
  });
  return duplex;
}

/**
 * Decodes Buffers and Uint8Arrays as UTF-8 across chunk boundaries (a character cut between two
 * chunks comes out whole); strings pass as they are, and anything else too, for core to refuse.
 * Bytes that are not valid UTF-8 throw `invalid_chunk`, after what was decoded before them.
 */
async function* decodeUtf8(source: AsyncIterable<unknown>): AsyncGenerator<unknown, void, undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const decode = (bytes: Uint8Array | undefined): string => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch (error) {
      throw new AirlockError('invalid_chunk', 'the stream’s bytes are not valid UTF-8', { cause: error });
    }
  };
  let pending = false; // bytes of an incomplete character are held by the decoder
  for await (const chunk of source) {
    if (chunk instanceof Uint8Array) {
      const text = decode(chunk);
      pending = true;
      if (text !== '') yield text;
    } else {
      if (pending) {
        pending = false;
        const rest = decode(undefined);
        if (rest !== '') yield rest;
      }
      yield chunk;
    }
  }
  if (pending) {
    const rest = decode(undefined);
    if (rest !== '') yield rest;
  }
}

function isStreamRedactor(value: unknown): value is StreamRedactor {
  return typeof value === 'object' && value !== null && typeof (value as StreamRedactor).apply === 'function' && typeof (value as StreamRedactor).scanner === 'object';
}

function isScanner(value: unknown): value is Scanner {
  return typeof value === 'object' && value !== null && typeof (value as Scanner).scan === 'function';
}
