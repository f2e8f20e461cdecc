/**
 * Bytes to text. Core takes strings; a binding turns what its runtime reads (bytes) into them.
 *
 * @module
 */
import { AirlockError } from '@airlock/core';

const FATAL = { fatal: true } as const;

/**
 * Decodes UTF-8 bytes strictly: text that is not valid UTF-8 (a binary file, or text in another
 * encoding) is an {@link AirlockError} `invalid_encoding`, never silently turned into U+FFFD
 * replacement characters, which would hide bytes from the scan and lose them from the output. A
 * leading byte-order mark is dropped, as `TextDecoder` does.
 *
 * @param bytes - the bytes to decode
 * @param source - what the bytes are, for the error message (a path, `stdin`)
 * @returns the text
 * @throws {@link AirlockError} `invalid_encoding` when `bytes` is not valid UTF-8
 *
 * @example
 * ```ts
 * import assert from 'node:assert/strict';
 * import { decodeUtf8 } from '@airlock/deno';
 * assert.equal(decodeUtf8(new TextEncoder().encode('café ☕'), 'note.txt'), 'café ☕');
 * assert.throws(() => decodeUtf8(new Uint8Array([0xff, 0xfe, 0x00]), 'logo.png'), { code: 'invalid_encoding' });
 * ```
 */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', FATAL).decode(bytes);
  } catch (cause) {
    throw notUtf8(source, cause);
  }
}

/**
 * A `TransformStream` from UTF-8 bytes to strings, as strict as {@link decodeUtf8}: a chunk may end
 * in the middle of a character (it is completed by the next one), but invalid UTF-8, or a stream
 * that ends inside a character, errors the stream with `invalid_encoding`; a chunk that is not a
 * `Uint8Array` errors it with `invalid_chunk`.
 *
 * It is `TextDecoderStream` with `fatal: true`, whose `TypeError` is turned into an
 * {@link AirlockError} so that callers match one error type.
 *
 * @param source - what the bytes are, for the error message (a path, `stdin`)
 * @returns the transform stream
 *
 * @example
 * ```ts
 * import assert from 'node:assert/strict';
 * import { utf8DecoderStream } from '@airlock/deno';
 * const euro = new TextEncoder().encode('€'); // 3 bytes, sent one by one
 * const bytes = ReadableStream.from([euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)]);
 * const text = await Array.fromAsync(bytes.pipeThrough(utf8DecoderStream('stdin')));
 * assert.equal(text.join(''), '€');
 * ```
 */
export function utf8DecoderStream(source: string): TransformStream<Uint8Array, string> {
  const decoder = new TextDecoder('utf-8', FATAL);
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch (cause) {
      throw notUtf8(source, cause);
    }
  };
  return new TransformStream<Uint8Array, string>({
    transform(chunk, controller) {
      if (!(chunk instanceof Uint8Array)) {
        throw new AirlockError('invalid_chunk', `${source}: a byte stream must carry Uint8Array chunks (got ${typeof chunk})`);
      }
      const text = decode(chunk);
      if (text !== '') controller.enqueue(text);
    },
    flush(controller) {
      const text = decode();
      if (text !== '') controller.enqueue(text);
    },
  });
}

function notUtf8(source: string, cause: unknown): AirlockError {
  return new AirlockError('invalid_encoding', `${source} is not UTF-8 text (a binary file, or another encoding); airlock reads UTF-8 only`, { cause });
}
