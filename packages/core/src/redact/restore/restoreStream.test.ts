import { describe, expect, it } from 'vitest';
import { isAirlockError } from '../../errors/AirlockError.ts';
import { createVault } from '../vault/createVault.ts';
import { restore } from './restore.ts';
import { restoreChunks, restoreStream } from './restoreStream.ts';

const vault = createVault();
vault.pseudonym('default', 'PERSON', 'Jane Doe');
vault.pseudonym('default', 'EMAIL_ADDRESS', 'jane@example.com');

async function* from(chunks: readonly unknown[]): AsyncGenerator<string> {
  for (const c of chunks) yield c as string;
}
async function collect(source: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const c of source) out.push(c);
  return out;
}

describe('restoreChunks', () => {
  it('restores tokens split anywhere, as the whole-text restore does', async () => {
    const text = 'Dear **<person_1>**, write to &lt;EMAIL\\_ADDRESS\\_1&gt; or PERSON_1. <PERSON_9> stays.';
    const whole = restore(text, vault).text;
    for (let a = 0; a <= text.length; a++) {
      for (let b = a; b <= text.length; b += 7) {
        const out = await collect(restoreChunks(from([text.slice(0, a), text.slice(a, b), text.slice(b)]), vault));
        expect(out.join(''), `${a},${b}`).toBe(whole);
      }
    }
  });

  it('emits as soon as nothing can be a token, and holds back a bounded tail otherwise', async () => {
    const out = await collect(restoreChunks(from(['hello ', 'world. ', 'PERS', 'ON_1 ok']), vault));
    // 'PERS' and the final 'ok' could still grow into a token, so they wait for the next chunk or the end.
    expect(out).toEqual(['hello ', 'world. ', 'Jane Doe ', 'ok']);
  });

  it('rejects a chunk that is not a string, and a source that is not async iterable', async () => {
    await expect(collect(restoreChunks(from(['a', 42]), vault))).rejects.toSatisfy((e) => isAirlockError(e) && e.code === 'invalid_argument');
    expect(() => restoreChunks('text' as never, vault)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});

describe('restoreStream', () => {
  it('is a TransformStream with the same output', async () => {
    const chunks = ['Hi <PER', 'SON_1>, ', 'mail [EMAIL_ADDRESS', '_1]'];
    const source = new ReadableStream<string>({
      start(c) {
        for (const s of chunks) c.enqueue(s);
        c.close();
      },
    });
    const out = await collect(source.pipeThrough(restoreStream(vault)));
    expect(out.join('')).toBe('Hi Jane Doe, mail jane@example.com');
  });

  it('errors the stream on a chunk that is not a string', async () => {
    const source = new ReadableStream<unknown>({
      start(c) {
        c.enqueue(1);
        c.close();
      },
    });
    await expect(collect((source as ReadableStream<string>).pipeThrough(restoreStream(vault)))).rejects.toSatisfy((e) => isAirlockError(e));
  });
});
