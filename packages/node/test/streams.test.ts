/**
 * The Node stream wrappers: for any chunking of the UTF-8 bytes (cuts inside multi-byte characters
 * and surrogate pairs included), the output equals whole-text redaction / restore / scan; errors
 * end the stream with AirlockError codes after what was safe to emit; writes wait for a slow reader.
 */
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import fc from 'fast-check';
import { createRedactor, createScanner, emailAddress, isAirlockError, pseudonymize, recommended, usSsn, type Finding, type StreamRedactor } from '@airlock/core';
import { describe, expect, it } from 'vitest';
import { redactTransform, restoreTransform, scanTransform } from '../src/streams/index.ts';
import { plantedTextArb } from '../../core/test/detect/planted.ts';

/** Cuts `bytes` at the given byte offsets. */
function cut(bytes: Uint8Array, cuts: readonly number[]): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (const c of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (c <= at || c >= bytes.length) continue;
    out.push(Buffer.from(bytes.subarray(at, c)));
    at = c;
  }
  out.push(Buffer.from(bytes.subarray(at)));
  return out;
}

async function collect(chunks: readonly unknown[], transform: NodeJS.ReadWriteStream): Promise<{ out: string; error?: unknown }> {
  let out = '';
  const sink = new Writable({
    objectMode: true,
    write(chunk: unknown, _enc, cb) {
      expect(typeof chunk).toBe('string');
      out += chunk as string;
      cb();
    },
  });
  try {
    await pipeline(Readable.from(chunks, { objectMode: true }), transform, sink);
  } catch (error) {
    return { out, error };
  }
  return { out };
}

const byteCuts = (length: number) =>
  fc.oneof(
    fc.array(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 40 }),
    fc.integer({ min: 1, max: 7 }).map((size) => Array.from({ length: Math.ceil(length / size) }, (_, i) => (i + 1) * size)),
  );

// A small cap and batch, so that texts of a few hundred characters cross many settled segments.
const scanner = createScanner({ detectors: recommended(), maxMatchLength: 300, normalize: false });

describe('redactTransform', () => {
  it('equals whole-text redaction for any chunking of the bytes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        plantedTextArb(200, 1500).chain((text) => fc.tuple(fc.constant(text), byteCuts(Buffer.byteLength(text)), fc.integer({ min: 1, max: 400 }))),
        async ([text, cuts, batch]) => {
          const redactor = createRedactor({ scanner });
          const expected = redactor.redact(text).text;
          const { out, error } = await collect(cut(Buffer.from(text), cuts), redactTransform(redactor, { batch }));
          expect(error).toBeUndefined();
          expect(out).toBe(expected);
        },
      ),
      { numRuns: 60 },
    );
  }, 300_000);

  it('splits inside a surrogate pair: 1-byte Buffers of an emoji-laden text', async () => {
    const text = '😀 mail ann@example.com 😀😀 ssn 234-56-7891 🎉 end';
    const { out } = await collect(cut(Buffer.from(text), Array.from({ length: 200 }, (_, i) => i)), redactTransform({ scanner }));
    expect(out).toBe('😀 mail <EMAIL_ADDRESS> 😀😀 ssn <US_SSN> 🎉 end');
  });

  it('mixes strings and Buffers, with a character cut by the Buffer before a string', async () => {
    const emoji = Buffer.from('😀');
    const { out, error } = await collect([emoji.subarray(0, 2), emoji.subarray(2), ' ann@example.com'], redactTransform({ scanner }));
    expect(error).toBeUndefined();
    expect(out).toBe('😀 <EMAIL_ADDRESS>');
  });

  it('errors with invalid_chunk after the text before a bad chunk, or on bytes that are not UTF-8', async () => {
    const bad = await collect(['ann@example.com is here. ', 42, 'more'], redactTransform({ scanner }));
    expect(isAirlockError(bad.error) && bad.error.code).toBe('invalid_chunk');
    expect(bad.out).toBe('<EMAIL_ADDRESS> is here. ');
    const binary = await collect([Buffer.from('ok '), Buffer.from([0xff, 0xfe, 0x00])], redactTransform({ scanner }));
    expect(isAirlockError(binary.error) && binary.error.code).toBe('invalid_chunk');
    expect(binary.out).toBe('ok ');
    // A character cut short at the end of the stream is not UTF-8 either.
    const cutShort = await collect([Buffer.from('ok '), Buffer.from('😀').subarray(0, 3)], redactTransform({ scanner }));
    expect(isAirlockError(cutShort.error) && cutShort.error.code).toBe('invalid_chunk');
  });

  it('fails closed with incomplete_scan when the redactor cannot apply every finding', async () => {
    const r: StreamRedactor = { scanner, apply: (text: string, findings: readonly Finding[]) => ({ text, complete: findings.length === 0 }) };
    const { out, error } = await collect(['hello there. '.repeat(50), 'ann@example.com'], redactTransform(r, { batch: 16 }));
    expect(isAirlockError(error) && error.code).toBe('incomplete_scan');
    expect(out).not.toContain('ann@example.com');
  });

  it('throws invalid_argument at once for a malformed redactor', () => {
    expect(() => redactTransform({ scanner: {} as never, apply: 1 as never } as never)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });

  it('respects backpressure: writes wait while nobody reads, and nothing is lost once read', async () => {
    const t = redactTransform({ scanner });
    const chunk = 'a line with ann@example.com in it\n'.repeat(100); // 3,400 code units
    let accepted = 0;
    while (t.write(chunk) && accepted < 10_000) accepted++;
    // The writable side said "wait" long before 10,000 chunks: a handful are buffered at most.
    expect(accepted).toBeLessThan(10);
    await new Promise((r) => setTimeout(r, 50));
    expect(t.writableLength + t.readableLength).toBeLessThan(10);
    const total = accepted + 1;
    let out = '';
    const done = (async () => {
      for await (const piece of t) out += piece as string;
    })();
    for (let i = total; i < 50; i++) if (!t.write(chunk)) await new Promise((r) => t.once('drain', r));
    t.end();
    await done;
    expect(out).toBe('a line with <EMAIL_ADDRESS> in it\n'.repeat(100 * 50));
  }, 60_000);
});

describe('restoreTransform', () => {
  it('restores pseudonyms cut at any byte (property)', async () => {
    const redactor = createRedactor({ scanner: createScanner({ detectors: [emailAddress(), usSsn()] }), default: pseudonymize() });
    const original = 'Ann 😀 ann@example.com and bob@example.org, ssn 234-56-7891. Ann again: ann@example.com';
    const redacted = redactor.redact(original).text;
    expect(redacted).not.toContain('example');
    await fc.assert(
      fc.asyncProperty(byteCuts(Buffer.byteLength(redacted)), async (cuts) => {
        const { out, error } = await collect(cut(Buffer.from(redacted), cuts), restoreTransform(redactor));
        expect(error).toBeUndefined();
        expect(out).toBe(original);
      }),
      { numRuns: 100 },
    );
  });
});

describe('scanTransform', () => {
  it('passes the text through and reports the whole-text findings, for any chunking (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        plantedTextArb(200, 1200).chain((text) => fc.tuple(fc.constant(text), byteCuts(Buffer.byteLength(text)), fc.integer({ min: 1, max: 400 }))),
        async ([text, cuts, batch]) => {
          const events: Finding[] = [];
          const callbacks: Finding[] = [];
          const t = scanTransform(scanner, { batch, onFinding: (f) => callbacks.push(f) });
          t.on('finding', (f: Finding) => events.push(f));
          const { out, error } = await collect(cut(Buffer.from(text), cuts), t);
          expect(error).toBeUndefined();
          expect(out).toBe(text);
          const expected = scanner.scan(text).map((f) => [f.type, f.start, f.end]);
          expect(events.map((f) => [f.type, f.start, f.end])).toEqual(expected);
          expect(callbacks).toEqual(events);
        },
      ),
      { numRuns: 40 },
    );
  }, 300_000);

  it('errors with invalid_chunk after reporting the findings before a bad chunk', async () => {
    const found: Finding[] = [];
    const { error } = await collect(['ann@example.com ', {}], scanTransform(scanner, { onFinding: (f) => found.push(f) }));
    expect(isAirlockError(error) && error.code).toBe('invalid_chunk');
    expect(found.map((f) => f.type)).toEqual(['EMAIL_ADDRESS']);
  });
});
