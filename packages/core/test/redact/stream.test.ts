import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AirlockError,
  createRedactor,
  createScanner,
  createStreamScanner,
  defineDetector,
  recommended,
  redactChunks,
  redactStream,
  pseudonymize,
  usSsn,
  type Finding,
  type Scanner,
  type StreamRedactor,
} from '../../src/index.ts';
import { chunkingArb, chunksOf, plantedTextArb } from '../detect/planted.ts';

/** The test redactor: each finding becomes `<TYPE>` (or, with `mask`, one `*` per code unit). */
function testRedactor(scanner: Scanner, mask = false): StreamRedactor & { calls: number } {
  return {
    scanner,
    calls: 0,
    apply(text: string, findings: readonly Finding[]) {
      this.calls++;
      let out = '';
      let at = 0;
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(at);
        expect(f.end).toBeLessThanOrEqual(text.length);
        out += text.slice(at, f.start) + (mask ? '*'.repeat(f.end - f.start) : `<${f.type}>`);
        at = f.end;
      }
      return { text: out + text.slice(at), complete: true };
    },
  };
}

const whole = (r: StreamRedactor, text: string): string => r.apply(text, r.scanner.scan(text)).text;

async function viaTransform(r: StreamRedactor, chunks: readonly unknown[], options?: { batch: number }): Promise<{ out: string[]; error?: unknown }> {
  const source = new ReadableStream<unknown>({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      c.close();
    },
  });
  const out: string[] = [];
  try {
    for await (const chunk of source.pipeThrough(redactStream(r, options) as unknown as TransformStream<unknown, string>)) out.push(chunk);
  } catch (error) {
    return { out, error };
  }
  return { out };
}

async function viaChunks(r: StreamRedactor, chunks: readonly unknown[], options?: { batch: number }): Promise<{ out: string[]; error?: unknown }> {
  async function* source(): AsyncGenerator<string> {
    for (const chunk of chunks) yield chunk as string;
  }
  const out: string[] = [];
  try {
    for await (const chunk of redactChunks(source(), r, options)) out.push(chunk);
  } catch (error) {
    return { out, error };
  }
  return { out };
}

const isWellFormed = (s: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

const catalog = createScanner({ detectors: recommended(), maxMatchLength: 300 });

describe('redactStream / redactChunks: the output equals redacting the whole text, for any chunking', () => {
  it('TransformStream, planted entities, the recommended catalog (property)', async () => {
    const r = testRedactor(catalog);
    await fc.assert(
      fc.asyncProperty(
        plantedTextArb(2 * catalog.window.size, 5 * catalog.window.size).chain((text) => fc.tuple(fc.constant(text), chunkingArb(text.length))),
        async ([text, cuts]) => {
          const expected = whole(r, text);
          expect(expected).not.toBe(text);
          const { out, error } = await viaTransform(r, chunksOf(text, cuts));
          expect(error).toBeUndefined();
          expect(out.join('')).toBe(expected);
          // Output chunks never split a surrogate pair (the planted texts have no lone surrogates).
          for (const chunk of out) expect(isWellFormed(chunk)).toBe(true);
        },
      ),
      { numRuns: 20 },
    );
  }, 300_000);

  it('createRedactor with pseudonyms: the same tokens as redacting the whole text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        plantedTextArb(2 * catalog.window.size, 4 * catalog.window.size).chain((text) => fc.tuple(fc.constant(text), chunkingArb(text.length))),
        async ([text, cuts]) => {
          // Each side its own vault: tokens are numbered in the order values are first seen.
          const expected = createRedactor({ scanner: catalog, default: pseudonymize() }).redact(text).text;
          const { out, error } = await viaTransform(createRedactor({ scanner: catalog, default: pseudonymize() }), chunksOf(text, cuts));
          expect(error).toBeUndefined();
          expect(out.join('')).toBe(expected);
        },
      ),
      { numRuns: 10 },
    );
  }, 300_000);

  it('async iterable, small batches, normalization off (property)', async () => {
    const r = testRedactor(createScanner({ detectors: recommended(), maxMatchLength: 300, normalize: false }));
    await fc.assert(
      fc.asyncProperty(
        plantedTextArb(1500, 4000).chain((text) => fc.tuple(fc.constant(text), chunkingArb(text.length), fc.integer({ min: 1, max: 500 }))),
        async ([text, cuts, batch]) => {
          const { out, error } = await viaChunks(r, chunksOf(text, cuts), { batch });
          expect(error).toBeUndefined();
          expect(out.join('')).toBe(whole(r, text));
        },
      ),
      { numRuns: 20 },
    );
  }, 300_000);

  it('holds back at most maxBuffered code units, counted as the stream runs', async () => {
    const scanner = createScanner({ detectors: [usSsn()], normalize: false });
    const bound = createStreamScanner(scanner).maxBuffered;
    const r = testRedactor(scanner, true); // masks keep lengths, so output length = input settled
    let sent = 0;
    let got = 0;
    let worst = 0;
    async function* source(): AsyncGenerator<string> {
      for (let i = 0; i < 30_000; i++) {
        worst = Math.max(worst, sent - got);
        expect(sent - got).toBeLessThanOrEqual(bound);
        const chunk = i % 40 === 0 ? 'ssn 234-56-7891 ' : 'some words ';
        sent += chunk.length;
        yield chunk;
      }
    }
    for await (const chunk of redactChunks(source(), r)) got += chunk.length;
    expect(got).toBe(sent);
    expect(sent).toBeGreaterThan(300_000);
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(bound);
  });
});

describe('redaction streams: ends and errors', () => {
  const scanner = createScanner({ detectors: [usSsn()], normalize: false });

  it('close flushes the held tail, redacted', async () => {
    const r = testRedactor(scanner);
    for (const run of [viaTransform, viaChunks]) {
      const { out, error } = await run(r, ['id 234-56-', '7891']);
      expect(error).toBeUndefined();
      expect(out.join('')).toBe('id <US_SSN>');
    }
  });

  it('a non-string chunk: what was accepted is emitted redacted, then the stream errors with invalid_chunk', async () => {
    const r = testRedactor(scanner);
    const long = 'x '.repeat(500);
    for (const run of [viaTransform, viaChunks]) {
      const { out, error } = await run(r, [long + 'id 234-56-7891 and', 42, 'never seen']);
      expect(error).toBeInstanceOf(AirlockError);
      expect((error as AirlockError).code).toBe('invalid_chunk');
      expect(out.join('')).toBe(long + 'id <US_SSN> and');
    }
  });

  it('abort: settled text was emitted, the held tail is never emitted, and the reader sees the reason', async () => {
    const r = testRedactor(scanner);
    const t = redactStream(r);
    const writer = t.writable.getWriter();
    const reader = t.readable.getReader();
    const head = 'word '.repeat(400) + 'ssn 234-56-7891 ';
    const read: string[] = [];
    const reading = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        read.push(value);
      }
    })();
    await writer.write(head);
    await writer.write('tail that is held 234-56-');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await writer.abort(new Error('client went away'));
    await expect(reading).rejects.toThrow('client went away');
    const emitted = read.join('');
    // What was emitted is a redacted prefix: no raw SSN, nothing of the held tail.
    expect(emitted.length).toBeGreaterThan(0);
    expect(('word '.repeat(400) + 'ssn <US_SSN> ').startsWith(emitted)).toBe(true);
    expect(emitted).not.toContain('234-56');
  });

  it('a consumer that stops early releases the source', async () => {
    let released = false;
    async function* source(): AsyncGenerator<string> {
      try {
        for (let i = 0; i < 1000; i++) yield 'filler text '.repeat(50);
      } finally {
        released = true;
      }
    }
    for await (const _ of redactChunks(source(), testRedactor(scanner))) break;
    expect(released).toBe(true);
  });

  it('a failing source: what it gave is emitted redacted, then its error is thrown', async () => {
    async function* source(): AsyncGenerator<string> {
      yield 'ssn 234-56-7891 ';
      throw new Error('disk gone');
    }
    const out: string[] = [];
    await expect(
      (async () => {
        for await (const chunk of redactChunks(source(), testRedactor(scanner))) out.push(chunk);
      })(),
    ).rejects.toThrow('disk gone');
    expect(out.join('')).toBe('ssn <US_SSN> ');
  });

  it('fails closed: a segment whose scan is incomplete is not emitted; the stream errors with incomplete_scan', async () => {
    const fragile = defineDetector({
      id: 'fragile',
      type: 'FRAGILE',
      patterns: ['\\bFRAG-[0-9]{4}\\b'],
      score: 0.9,
      level: 'internal',
      category: 'pii',
      validators: [
        (value) => {
          if (value === 'FRAG-6666') throw new Error('validator bug');
          return true;
        },
      ],
      samples: { positive: [], negative: [] },
    });
    const s = createScanner({ detectors: [fragile, usSsn()], normalize: false });
    const before = 'ok FRAG-1234 '.repeat(100);
    for (const run of [viaTransform, viaChunks]) {
      const { out, error } = await run(testRedactor(s), [before, 'secret 234-56-7891 FRAG-6666 ', 'after '.repeat(100)], { batch: 64 });
      expect((error as AirlockError).code).toBe('incomplete_scan');
      const emitted = out.join('');
      expect(emitted).not.toContain('234-56-7891');
      expect(emitted).not.toContain('FRAG-6666');
      expect(emitted.length).toBeGreaterThan(0);
      expect(('ok <FRAGILE> '.repeat(100)).startsWith(emitted)).toBe(true);
    }
  });

  it('fails closed when the redactor cannot apply every finding', async () => {
    const r: StreamRedactor = { scanner, apply: (text) => ({ text, complete: false }) };
    const { out, error } = await viaChunks(r, ['ssn 234-56-7891']);
    expect((error as AirlockError).code).toBe('incomplete_scan');
    expect(out).toEqual([]);
  });

  it('rejects a malformed redactor or source at once', () => {
    expect(() => redactStream({} as StreamRedactor)).toThrow(AirlockError);
    expect(() => redactStream({ scanner: { ...scanner }, apply: () => ({ text: '', complete: true }) })).toThrow(/createScanner/);
    expect(() => redactChunks('text' as unknown as AsyncIterable<string>, testRedactor(scanner))).toThrow(/async iterable/);
  });
});
