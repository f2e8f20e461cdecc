/**
 * Property tests of the streaming restore: for every text and every chunking, restoreChunks and
 * restoreStream give exactly restore(text).text, and hold back only a bounded tail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVault, encrypt, restore, restoreChunks, restoreStream, type RestoreOptions } from '@airlock/core';
import { _finding } from './_operators.ts';
import { chunksOf } from '../detect/planted.ts';

const vault = createVault();
const TYPES = ['PERSON', 'EMAIL_ADDRESS', 'US_SSN'];
for (const type of TYPES) for (let i = 0; i < 12; i++) vault.pseudonym('default', type, `${type.toLowerCase()} value ${i}`);
const enc = encrypt({ key: new Uint8Array(32).fill(6) });
const OPTIONS: RestoreOptions = { decrypt: [enc], onInvalid: 'keep' };
const encTokens = ['Jane Doe', '4111 1111 1111 1111', 'x'].map((v) => enc.apply(v, _finding('PERSON', v), { vault, scope: 'default' }));

// Pseudonyms in the forms a model writes them, and some near misses.
const pseudonymForm = fc
  .tuple(fc.constantFrom(...TYPES), fc.integer({ min: 1, max: 14 }), fc.constantFrom(['<', '>'], ['[', ']'], ['{{ ', ' }}'], ['&lt;', '&gt;'], ['(', ')'], ['', ''], ['**<', '>**'], ['<', ']']), fc.boolean(), fc.boolean())
  .map(([type, n, [open, close], lower, escape]) => {
    let name = `${type}_${n}`;
    if (lower) name = name.toLowerCase();
    if (escape) name = name.replace(/_/g, '\\_');
    return open + name + close;
  });
const encForm = fc.tuple(fc.constantFrom(...encTokens), fc.boolean(), fc.nat()).map(([t, lower, cut]) => {
  const s = lower ? t.toLowerCase() : t;
  return cut % 4 === 0 ? s.slice(0, s.length - 1 - (cut % 7)) : s; // sometimes truncated
});
const noise = fc.constantFrom('<', '>', '[', ']', '{', '}', '&', '&lt', '&lt;', '&gt;', '\\', '_', ' ', '\n', 'a', 'Z', 'PERSON', '_1', '(', '):', '(12):', '12', 'é', '😀', 'x'.repeat(300));
const piece = fc.oneof({ weight: 3, arbitrary: pseudonymForm }, { weight: 1, arbitrary: encForm }, { weight: 3, arbitrary: noise }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
const text = fc.array(piece, { maxLength: 25 }).map((p) => p.join(''));

/** `text` cut at the given points (sorted, deduplicated, within the text). */
/** `s` cut at `cuts` taken modulo its length, as `chunksOf` cuts it. */
function chunk(s: string, cuts: readonly number[]): string[] {
  return chunksOf(s, [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b));
}

async function* source(chunks: readonly string[], check?: (fed: number) => void): AsyncGenerator<string> {
  let fed = 0;
  for (const c of chunks) {
    check?.(fed);
    fed += c.length;
    yield c;
  }
}

describe('streaming restore properties', () => {
  it('restoreChunks gives the whole-text restore for every chunking', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 30 }), async (s, cuts) => {
        const whole = restore(s, vault, OPTIONS).text;
        let out = '';
        for await (const c of restoreChunks(source(chunk(s, cuts)), vault, OPTIONS)) out += c;
        expect(out).toBe(whole);
      }),
      { numRuns: 400 },
    );
  });

  it('one code unit at a time too', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        let out = '';
        for await (const c of restoreChunks(source([...s].flatMap((ch) => (ch.length === 2 ? [ch[0]!, ch[1]!] : [ch]))), vault, OPTIONS)) out += c;
        expect(out).toBe(restore(s, vault, OPTIONS).text);
      }),
      { numRuns: 100 },
    );
  });

  it('restoreStream gives the same output', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 10 }), async (s, cuts) => {
        const chunks = chunk(s, cuts);
        const readable = new ReadableStream<string>({
          start(c) {
            for (const x of chunks) c.enqueue(x);
            c.close();
          },
        });
        let out = '';
        for await (const c of readable.pipeThrough(restoreStream(vault, OPTIONS))) out += c;
        expect(out).toBe(restore(s, vault, OPTIONS).text);
      }),
      { numRuns: 100 },
    );
  });

  it('holds back no more than the longest token form when no encrypt token is in progress', async () => {
    // Pseudonyms and noise only: what is held back is at most a name (256) and its brackets.
    const plain = fc.array(fc.oneof(pseudonymForm, noise), { maxLength: 40 }).map((p) => p.join(''));
    await fc.assert(
      fc.asyncProperty(plain, fc.array(fc.nat(), { maxLength: 30 }), async (s, cuts) => {
        let emittedInput = 0; // input code units accounted for by what was emitted
        let out = '';
        const chunks = chunk(s, cuts);
        const whole = restore(s, vault, OPTIONS);
        // Map output length back to input length through the restored items.
        const inputLength = (outLen: number): number => {
          let delta = 0;
          for (const i of whole.items) if (i.end <= outLen) delta += i.token.length - i.value.length;
          return outLen + delta;
        };
        const check = (fed: number): void => {
          emittedInput = inputLength(out.length);
          expect(fed - emittedInput).toBeLessThanOrEqual(256 + 8);
        };
        for await (const c of restoreChunks(source(chunks, check), vault, OPTIONS)) out += c;
        expect(out).toBe(whole.text);
      }),
      { numRuns: 200 },
    );
  });
});
