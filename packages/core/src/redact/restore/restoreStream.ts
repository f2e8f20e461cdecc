/**
 * {@link restoreStream} and {@link restoreChunks}: restore over a stream of text, such as a model's
 * streamed answer, with a token split across chunks restored as if it had come whole.
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import type { Vault } from '../vault/types.ts';
import { _scanTokens } from './_scanTokens.ts';
import { _resolver, _splice, type RestoreOptions } from './restore.ts';

/**
 * An incremental restorer: feed it chunks, it returns what is decided. What it returns, joined,
 * equals the whole-text {@link restore} for every chunking. {@link restoreStream} and
 * {@link restoreChunks} are built on it; use it directly where text arrives inside something else
 * (the JSON deltas of a server-sent event stream), one restorer per text channel.
 */
export interface StreamRestorer {
  /**
   * Adds a chunk and returns the restored text that no later chunk can change (possibly `''`).
   * @throws {@link AirlockError} `invalid_argument` when `chunk` is not a string; `decrypt_failed`
   *   as {@link restore} throws it
   */
  push(chunk: string): string;
  /** Ends the text: returns what was held back, restored. The restorer can then start a new text. */
  end(): string;
}

/**
 * Makes a {@link StreamRestorer}: the synchronous core of {@link restoreStream}, for callers that
 * must know, chunk by chunk, what is safe to emit.
 *
 * Holds back only what may still be part of a token: from the first position whose decision needs
 * text not yet seen (an opener, a name of at most 256 code units, an encrypt token's announced
 * payload). The token finder stops exactly there and resumes there, with the one code unit before
 * it kept as context, so the output is the whole-text output for every chunking.
 *
 * @param vault - the vault the pseudonyms are in (`undefined` for encrypt tokens only)
 * @param options - as for {@link restore}
 * @returns the restorer
 * @throws {@link AirlockError} `invalid_argument` when an option is malformed
 *
 * @example
 * ```ts
 * import { createRestorer, createVault } from '@airlock/core';
 * const vault = createVault();
 * vault.pseudonym('default', 'PERSON', 'Jane Doe');
 * const r = createRestorer(vault);
 * r.push('Hi <PER'); //=> 'Hi '
 * r.push('SON_1>!'); //=> 'Jane Doe!'
 * r.end(); //=> ''
 * ```
 */
export function createRestorer(vault: Vault | undefined, options: RestoreOptions = {}): StreamRestorer {
  const resolver = _resolver(vault, options);
  let buffer = '';
  let from = 0; // buffer[0, from) is context already emitted
  return {
    push(chunk) {
      if (typeof chunk !== 'string') throw new AirlockError('invalid_argument', `every chunk must be a string, got ${chunk === null ? 'null' : typeof chunk}`);
      buffer += chunk;
      const { matches, safe } = _scanTokens(buffer, from, false, resolver);
      const out = _splice(buffer, from, safe, matches, [], 0);
      if (safe > from) {
        buffer = buffer.slice(safe - 1);
        from = 1;
      }
      return out;
    },
    end() {
      const { matches } = _scanTokens(buffer, from, true, resolver);
      const out = _splice(buffer, from, buffer.length, matches, [], 0);
      buffer = '';
      from = 0;
      return out;
    },
  };
}

/**
 * A `TransformStream` that restores the text flowing through it (see {@link restore}). Chunks may
 * split a token anywhere; the output, joined, equals `restore(whole text).text` for every
 * chunking. It holds back only a tail that may still be part of a token (at most 256 code units
 * plus any bracket, or an encrypt token up to `maxEncryptedLength`), and never emits an empty
 * chunk.
 *
 * @param vault - the vault the pseudonyms are in (`undefined` for encrypt tokens only)
 * @param options - as for {@link restore}
 * @returns the stream
 * @throws {@link AirlockError} `invalid_argument` when an option is malformed; the stream errors
 *   with `invalid_argument` on a chunk that is not a string, and with `decrypt_failed` as
 *   {@link restore} throws it
 *
 * @example
 * ```ts
 * import { createVault, restoreStream } from '@airlock/core';
 * const vault = createVault();
 * vault.pseudonym('default', 'PERSON', 'Jane Doe');
 * const source = new ReadableStream({ start(c) { for (const s of ['Hi <PER', 'SON_1>!']) c.enqueue(s); c.close(); } });
 * let out = '';
 * for await (const chunk of source.pipeThrough(restoreStream(vault))) out += chunk;
 * out; //=> 'Hi Jane Doe!'
 * ```
 */
export function restoreStream(vault: Vault | undefined, options: RestoreOptions = {}): TransformStream<string, string> {
  const restorer = createRestorer(vault, options);
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      const out = restorer.push(chunk);
      if (out) controller.enqueue(out);
    },
    flush(controller) {
      const out = restorer.end();
      if (out) controller.enqueue(out);
    },
  });
}

/**
 * Restores an async iterable of text chunks (a model SDK's stream of deltas, say), as
 * {@link restoreStream} does: output joined equals the whole-text restore for every chunking.
 *
 * @param source - the chunks
 * @param vault - the vault the pseudonyms are in (`undefined` for encrypt tokens only)
 * @param options - as for {@link restore}
 * @returns the restored chunks (empty ones are skipped)
 * @throws {@link AirlockError} `invalid_argument` when an option is malformed (at the call) or a
 *   chunk is not a string (while iterating); `decrypt_failed` as {@link restore} throws it
 *
 * @example
 * ```ts
 * import { createVault, restoreChunks } from '@airlock/core';
 * const vault = createVault();
 * vault.pseudonym('default', 'EMAIL_ADDRESS', 'jane@example.com');
 * async function* deltas() { yield 'Write to <EMAIL_'; yield 'ADDRESS_1'; yield '> today'; }
 * let out = '';
 * for await (const chunk of restoreChunks(deltas(), vault)) out += chunk;
 * out; //=> 'Write to jane@example.com today'
 * ```
 */
export function restoreChunks(source: AsyncIterable<string>, vault: Vault | undefined, options: RestoreOptions = {}): AsyncIterable<string> {
  const restorer = createRestorer(vault, options);
  if (typeof (source as AsyncIterable<string>)?.[Symbol.asyncIterator] !== 'function') {
    throw new AirlockError('invalid_argument', 'source must be an async iterable of strings');
  }
  return (async function* () {
    for await (const chunk of source) {
      const out = restorer.push(chunk);
      if (out) yield out;
    }
    const out = restorer.end();
    if (out) yield out;
  })();
}
