import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AirlockError,
  createScanner,
  createStreamScanner,
  defineDetector,
  recommended,
  scanChunks,
  usSsn,
  type Finding,
  type Scanner,
} from '../../src/index.ts';
import { chunkingArb, chunksOf, plantedTextArb } from './planted.ts';

/** The findings of every update of a stream fed `chunks`, checking the memory bound after each call. */
function streamed(scanner: Scanner, chunks: readonly string[], batch?: number, path?: string): Finding[] {
  const stream = createStreamScanner(scanner, { ...(batch === undefined ? {} : { batch }), ...(path === undefined ? {} : { path }) });
  const out: Finding[] = [];
  let text = '';
  for (const chunk of chunks) {
    const u = stream.push(chunk);
    expect(u.start).toBe(text.length);
    text += u.text;
    out.push(...u.findings);
    expect(stream.buffered).toBeLessThanOrEqual(stream.maxBuffered);
    expect(stream.received - stream.settled).toBeLessThanOrEqual(stream.maxBuffered);
  }
  const last = stream.end();
  text += last.text;
  out.push(...last.findings);
  expect(text).toBe(chunks.join(''));
  expect(stream.settled).toBe(text.length);
  return out;
}

const catalog = createScanner({ detectors: recommended(), maxMatchLength: 300 });
const plain = createScanner({ detectors: recommended(), maxMatchLength: 300, normalize: false });

describe('createStreamScanner: the same findings as the whole-text scan, for any chunking', () => {
  it('on texts with planted entities, normalization on (property)', () => {
    const size = catalog.window.size;
    fc.assert(
      fc.property(
        plantedTextArb(3 * size, 6 * size).chain((text) => fc.tuple(fc.constant(text), chunkingArb(text.length))),
        ([text, cuts]) => {
          const whole = catalog.scan(text);
          expect(whole.length).toBeGreaterThan(0);
          expect(streamed(catalog, chunksOf(text, cuts))).toEqual(whole);
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);

  it('with normalization off and a small batch (more cuts), including 1-unit chunks (property)', () => {
    fc.assert(
      fc.property(
        plantedTextArb(2000, 5000).chain((text) => fc.tuple(fc.constant(text), chunkingArb(text.length), fc.integer({ min: 1, max: 600 }))),
        ([text, cuts, batch]) => {
          expect(streamed(plain, chunksOf(text, cuts), batch)).toEqual(plain.scan(text));
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);

  it('with a small window (the planted types alone, cap 120), so that most chunks restart the search (property)', () => {
    const ids = ['email-address', 'credit-card', 'us-ssn', 'phone-number', 'ip-address', 'aws-access-token', 'json-web-token'];
    const detectors = recommended().filter((d) => ids.includes(d.id));
    expect(detectors).toHaveLength(ids.length);
    for (const normalize of [true, false]) {
      const scanner = createScanner({ detectors, maxMatchLength: 120, normalize });
      const size = scanner.window.size;
      fc.assert(
        fc.property(
          plantedTextArb(6 * size, 12 * size).chain((text) => fc.tuple(fc.constant(text), chunkingArb(text.length), fc.integer({ min: 1, max: 2 * size }))),
          ([text, cuts, batch]) => {
            expect(streamed(scanner, chunksOf(text, cuts), batch)).toEqual(scanner.scan(text));
          },
        ),
        { numRuns: 15 },
      );
    }
  }, 300_000);

  it('with a path: detectors whose path rule does not match stay silent, as in scan(text, { path })', () => {
    const text = `${'filler words here. '.repeat(40)}password = "q7rz2mvx9lpk"\n${'more filler. '.repeat(60)}`;
    for (const path of ['infra/main.tf', 'src/db.js']) {
      const whole = plain.scan(text, { path });
      expect(streamed(plain, chunksOf(text, [7, 57, 60, 790, 800]), undefined, path)).toEqual(whole);
      expect(whole.some((f) => f.type === 'HASHICORP_TF_PASSWORD')).toBe(path.endsWith('.tf'));
    }
  });

  it('settles before the end: the held-back tail stays within the bound on a long stream', () => {
    const scanner = createScanner({ detectors: [usSsn()], normalize: false });
    const stream = createStreamScanner(scanner);
    let maxHeld = 0;
    for (let i = 0; i < 20_000; i++) {
      const u = stream.push(i % 50 === 0 ? 'ssn 234-56-7891 ' : 'lorem ipsum ');
      maxHeld = Math.max(maxHeld, stream.received - stream.settled);
      expect(u.findings.every((f) => f.start >= u.start && f.end <= u.end)).toBe(true);
      expect(stream.buffered).toBeLessThanOrEqual(stream.maxBuffered);
    }
    // The stream is 240,000+ units long; what it holds stays within a few windows.
    expect(stream.received).toBeGreaterThan(200_000);
    expect(stream.settled).toBeGreaterThan(stream.received - stream.maxBuffered);
    expect(maxHeld).toBeLessThanOrEqual(stream.maxBuffered);
    expect(stream.maxBuffered).toBeLessThan(10 * scanner.window.size + 10);
  });

  it('delays the cut while a finding straddles it', () => {
    // A window of 24 + 64 units; the SSN sits right where the first cut would fall.
    const scanner = createScanner({ detectors: [usSsn()], normalize: false });
    const size = scanner.window.size;
    const text = 'x'.repeat(2 * size - 5) + ' 234-56-7891 ' + 'y'.repeat(3 * size);
    for (let chunk = 1; chunk < 40; chunk += 7) {
      const cuts = Array.from({ length: Math.ceil(text.length / chunk) - 1 }, (_, i) => (i + 1) * chunk);
      expect(streamed(scanner, chunksOf(text, cuts), 8)).toEqual(scanner.scan(text));
    }
  });

  it('keeps context words before the cut (left margin) and after a match (right context)', () => {
    const detector = defineDetector({
      id: 'badge',
      type: 'BADGE_ID',
      patterns: ['\\b[0-9]{6}\\b'],
      score: 0.3,
      level: 'internal',
      category: 'pii',
      context: { words: ['badge'], window: 40 },
      samples: { positive: [], negative: [] },
    });
    const scanner = createScanner({ detectors: [detector], normalize: false });
    const before = 'badge ' + 'z '.repeat(15) + '123456 filler ' + 'q '.repeat(200);
    const after = 'q '.repeat(200) + '654321 ' + 'z '.repeat(15) + 'badge ' + 'q '.repeat(200);
    for (const text of [before, after]) {
      expect(scanner.scan(text)).toHaveLength(1);
      for (const batch of [1, 3, 17, 100]) expect(streamed(scanner, [...text], batch)).toEqual(scanner.scan(text));
    }
  });

  it('documents the limit: a chain of matches longer than the window can fall out of step', () => {
    // `[0-9a-f]{7}` without \\b on a long hex run: the whole-text search takes 7-digit pieces from
    // the run's start; a stream that restarts inside the run takes other pieces (contract, point 2).
    const hex = defineDetector({
      id: 'hex7',
      type: 'HEX7',
      patterns: ['[0-9a-f]{7}'],
      score: 0.9,
      level: 'internal',
      category: 'pii',
      samples: { positive: [], negative: [] },
    });
    const scanner = createScanner({ detectors: [hex], normalize: false });
    const run = Array.from({ length: 3001 }, (_, i) => '0123456789abcdef'[(i * 7) % 16]).join('');
    const whole = scanner.scan(run);
    const parts = streamed(scanner, [run], 100);
    // Past the bound the pieces differ, and gaps shorter than a match can open between them.
    expect(parts).not.toEqual(whole);
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.start - parts[i - 1]!.end).toBeLessThan(7);
    // Under the bound (a run no longer than the window) it is exact.
    const short = run.slice(0, scanner.window.match) + ' ' + run.slice(0, 50);
    expect(streamed(scanner, [...short], 5)).toEqual(scanner.scan(short));
  });
});

describe('createStreamScanner: errors and ends', () => {
  const scanner = createScanner({ detectors: [usSsn()], normalize: false });

  it('a chunk that is not a string throws invalid_chunk and loses nothing accepted', () => {
    const stream = createStreamScanner(scanner);
    stream.push('ssn 234-56-');
    for (const bad of [42, null, undefined, {}, new Uint8Array(3)]) {
      let error: unknown;
      try {
        stream.push(bad as unknown as string);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AirlockError);
      expect((error as AirlockError).code).toBe('invalid_chunk');
    }
    stream.push('7891');
    const last = stream.end();
    expect(last.text).toBe('ssn 234-56-7891');
    expect(last.findings.map((f) => [f.start, f.end])).toEqual([[4, 15]]);
  });

  it('end settles everything once; push after end throws', () => {
    const stream = createStreamScanner(scanner);
    stream.push('a 234-56-7891');
    expect(stream.end().findings).toHaveLength(1);
    expect(stream.end()).toEqual({ start: 13, end: 13, text: '', findings: [], limits: [] });
    expect(() => stream.push('more')).toThrow(/after end/);
  });

  it('rejects a scanner not made by createScanner, and a bad batch', () => {
    expect(() => createStreamScanner({ ...scanner })).toThrow(/createScanner/);
    expect(() => createStreamScanner(scanner, { batch: 0 })).toThrow(/batch/);
    expect(() => createStreamScanner(scanner, { path: 3 as unknown as string })).toThrow(/path/);
  });

  it('refuses a path whose name alone is a finding: that finding is the whole stream', () => {
    expect(() => createStreamScanner(catalog, { path: 'certs/client.p12' })).toThrow(/pkcs12-file/);
    expect(() => createStreamScanner(catalog, { path: 'certs/client.p12.txt' })).not.toThrow();
    // A threshold that drops the path-only finding in a scan lets the stream through too.
    const lenient = createScanner({ detectors: recommended(), thresholds: { PKCS12_FILE: 0.99 } });
    expect(lenient.scan('', { path: 'a.p12' })).toEqual([]);
    expect(() => createStreamScanner(lenient, { path: 'a.p12' })).not.toThrow();
  });

  it('scanChunks yields the findings and errors on a non-string chunk after yielding the settled ones', async () => {
    async function* source(): AsyncGenerator<string> {
      yield 'ssn 234-56-7891 ' + 'x '.repeat(400);
      yield 7 as unknown as string;
    }
    const got: Finding[] = [];
    await expect(
      (async () => {
        for await (const f of scanChunks(scanner, source())) got.push(f);
      })(),
    ).rejects.toMatchObject({ code: 'invalid_chunk' });
    expect(got.map((f) => f.start)).toEqual([4]);
  });
});
