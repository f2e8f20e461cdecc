/**
 * Byte-stream redaction under a real Deno: for every way the UTF-8 bytes are cut, including cuts
 * inside a character, the output equals the redaction of the whole text; errors cross as
 * AirlockErrors and the file a stream reads is closed however the stream ends (the resource
 * sanitizer, turned on for those tests, fails a test that leaks it).
 */
import assert from 'node:assert/strict';
import { createRedactor, pipeRedacted, pseudonymize, redactBytes, redactFileStream, scanBytes, type Redactor } from '@airlock/deno';

const encoder = new TextEncoder();

const TEXT = [
  'Ticket from Zoë 👩‍💻: my card is 4111 1111 1111 1111 and my mail jane.doe@example.com.',
  'Ring +1 415 555 2671 (電話) — or ssn 536-22-1234. Token ghp_1A2b3C4d5E6f7G8h9I0jK1l2M3n4O5p6Q7r8 🎉',
  'AWS AKIAZ7QX4N2PLW6RKDE3 / €100 paid; IBAN GB82 WEST 1234 5698 7654 32 ✓ end 😀',
].join('\n');
const BYTES = encoder.encode(TEXT);

/** A deterministic generator (mulberry32), so a failing cut can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `bytes` cut at `cuts` (sorted offsets), as a stream of chunks. */
function chunked(bytes: Uint8Array, cuts: readonly number[]): ReadableStream<Uint8Array> {
  const points = [0, ...cuts, bytes.length];
  return ReadableStream.from(points.slice(1).map((end, i) => bytes.slice(points[i], end)));
}

async function collect(stream: ReadableStream<string>): Promise<string> {
  return (await Array.fromAsync(stream)).join('');
}

/**
 * A test that fails if it leaves a file open or an async operation pending. Deno 2.9 no longer
 * turns these sanitizers on by default, so the tests of file streams ask for them.
 */
function sanitized(name: string, fn: () => Promise<void>): void {
  Deno.test({ name, sanitizeResources: true, sanitizeOps: true, fn });
}

/** A fresh redactor each time: pseudonyms are numbered in order, so one redactor per run. */
const fresh = (): Redactor => createRedactor({ operators: { PHONE_NUMBER: pseudonymize() } });

Deno.test('redactBytes: the text has findings of several types, and multi-byte characters around them', () => {
  const whole = fresh().redact(TEXT);
  assert.ok(whole.findings.length >= 7, `found ${whole.findings.length}`);
  assert.ok(BYTES.length > TEXT.length + 20, 'many characters take more than one byte');
});

Deno.test('redactBytes: one byte at a time equals whole-text redaction', async () => {
  const expected = fresh().redact(TEXT).text;
  const cuts = Array.from({ length: BYTES.length - 1 }, (_, i) => i + 1);
  assert.equal(await collect(redactBytes(chunked(BYTES, cuts), fresh())), expected);
});

Deno.test('redactBytes: every single cut, inside characters included, equals whole-text redaction', async () => {
  const expected = fresh().redact(TEXT).text;
  let insideCharacter = 0;
  for (let cut = 1; cut < BYTES.length; cut++) {
    if ((BYTES[cut]! & 0xc0) === 0x80) insideCharacter++;
    assert.equal(await collect(redactBytes(chunked(BYTES, [cut]), fresh())), expected, `cut at byte ${cut}`);
  }
  assert.ok(insideCharacter > 20, 'some cuts fall inside a UTF-8 sequence');
});

Deno.test('redactBytes: random chunkings, with a small batch, equal whole-text redaction', async () => {
  const next = random(7);
  for (let run = 0; run < 60; run++) {
    const count = 1 + Math.floor(next() * 40);
    const cuts = [...new Set(Array.from({ length: count }, () => 1 + Math.floor(next() * (BYTES.length - 1))))].sort((a, b) => a - b);
    const expected = fresh().redact(TEXT).text;
    const batch = run % 2 === 0 ? undefined : 1 + Math.floor(next() * 64);
    const options = batch === undefined ? {} : { batch };
    assert.equal(await collect(redactBytes(chunked(BYTES, cuts), fresh(), options)), expected, `cuts ${cuts.join(',')} batch ${batch}`);
  }
});

Deno.test('redactBytes: invalid UTF-8 errors the stream with invalid_encoding, and no unredacted text is emitted', async () => {
  const good = encoder.encode('mail jane.doe@example.com then '.repeat(200));
  const bad = new Uint8Array([0x66, 0xff, 0x66]);
  const out: string[] = [];
  const error = await (async () => {
    for await (const chunk of redactBytes(ReadableStream.from([good, bad]), createRedactor(), { source: 'upload.bin' })) out.push(chunk);
  })().catch((e: unknown) => e);
  assert.equal((error as { code?: unknown }).code, 'invalid_encoding');
  assert.match((error as Error).message, /upload\.bin/);
  assert.ok(!out.join('').includes('jane.doe'), 'nothing unredacted was emitted');
  // A stream that ends inside a character is not UTF-8 either.
  const cutEuro = encoder.encode('€').subarray(0, 2);
  await assert.rejects(collect(redactBytes(ReadableStream.from([cutEuro]), createRedactor())), { code: 'invalid_encoding' });
});

Deno.test('redactBytes: a redactor that is not one is invalid_argument, thrown at once', () => {
  assert.throws(() => redactBytes(ReadableStream.from([]), {} as Redactor), { name: 'AirlockError', code: 'invalid_argument' });
});

Deno.test('redactBytes: a chunk that is not bytes errors the stream with invalid_chunk', async () => {
  const strings = ReadableStream.from(['jane.doe@example.com']) as unknown as ReadableStream<Uint8Array>;
  await assert.rejects(collect(redactBytes(strings, createRedactor())), { name: 'AirlockError', code: 'invalid_chunk' });
});

Deno.test('pipeRedacted: bytes in, UTF-8 redacted bytes out, the writable closed at the end', async () => {
  const written: Uint8Array[] = [];
  let closed = false;
  const sink = new WritableStream<Uint8Array>({ write: (c) => void written.push(c), close: () => void (closed = true) });
  await pipeRedacted(chunked(BYTES, [3, 50, 51, 52, 140]), sink, fresh());
  assert.equal(new TextDecoder().decode(new Uint8Array(written.flatMap((c) => [...c]))), fresh().redact(TEXT).text);
  assert.equal(closed, true);
});

Deno.test('pipeRedacted: preventClose leaves the writable open; an error rejects and aborts it', async () => {
  let closed = false;
  let aborted: unknown;
  const sink = new WritableStream<Uint8Array>({ close: () => void (closed = true), abort: (r) => void (aborted = r) });
  await pipeRedacted(ReadableStream.from([encoder.encode('hi')]), sink, fresh(), { preventClose: true });
  assert.equal(closed, false);
  await assert.rejects(pipeRedacted(ReadableStream.from([new Uint8Array([0xc3])]), sink, fresh()), { code: 'invalid_encoding' });
  assert.equal((aborted as { code?: unknown }).code, 'invalid_encoding');
});

sanitized('redactFileStream: a file redacted as it is read equals the whole file redacted; the file is closed', async () => {
  const path = await Deno.makeTempFile();
  try {
    const text = `${TEXT}\n`.repeat(300);
    await Deno.writeTextFile(path, text);
    assert.equal(await collect(await redactFileStream(path, fresh())), fresh().redact(text).text);
  } finally {
    await Deno.remove(path);
  }
});

sanitized('redactFileStream: cancelling the stream closes the file', async () => {
  const path = await Deno.makeTempFile();
  try {
    await Deno.writeTextFile(path, `${TEXT}\n`.repeat(3000));
    const reader = (await redactFileStream(path, fresh())).getReader();
    await reader.read();
    await reader.cancel();
  } finally {
    await Deno.remove(path);
  }
  // The resource sanitizer fails this test if the file were still open.
});

sanitized('redactFileStream: a missing file is Deno.errors.NotFound, a bad redactor invalid_argument; a binary file errors the stream', async () => {
  const dir = await Deno.makeTempDir();
  try {
    await assert.rejects(redactFileStream(`${dir}/missing.txt`, fresh()), Deno.errors.NotFound);
    // A redactor that is not one: the error, and the file closed (Deno's resource sanitizer checks).
    await Deno.writeTextFile(`${dir}/a.txt`, 'text');
    await assert.rejects(redactFileStream(`${dir}/a.txt`, {} as Redactor), { code: 'invalid_argument' });
    await Deno.writeFile(`${dir}/image.png`, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]));
    await assert.rejects(collect(await redactFileStream(`${dir}/image.png`, fresh())), { code: 'invalid_encoding' });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test('scanBytes: every single cut gives the findings of scanning the whole text, in UTF-16 offsets', async () => {
  const scanner = fresh().scanner;
  const expected = scanner.scan(TEXT).map((f) => [f.type, f.start, f.end]);
  assert.ok(expected.length >= 7);
  for (let cut = 1; cut < BYTES.length; cut += 3) {
    const found = [];
    for await (const f of scanBytes(chunked(BYTES, [cut]), { scanner })) found.push([f.type, f.start, f.end]);
    assert.deepEqual(found, expected, `cut at byte ${cut}`);
  }
});

Deno.test('scanBytes: invalid UTF-8 is invalid_encoding from the iteration', async () => {
  const run = async () => {
    for await (const _ of scanBytes(ReadableStream.from([encoder.encode('ok '), new Uint8Array([0xc0, 0x80])]), { source: 'stdin' }));
  };
  await assert.rejects(run(), (e: unknown) => (e as { code?: unknown }).code === 'invalid_encoding' && /stdin/.test((e as Error).message));
});
