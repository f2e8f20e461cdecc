/**
 * File helpers under a real Deno: offsets are UTF-16 indices into the file's text (emoji and other
 * astral characters count two), the file's bytes are read strictly as UTF-8, and the file system's
 * errors pass through.
 */
import assert from 'node:assert/strict';
import { createRedactor, createScanner, readUtf8File, recommended, redactFile, scanFile } from '@airlock/deno';

async function withFile(content: string | Uint8Array, fn: (path: string) => Promise<void>): Promise<void> {
  const path = await Deno.makeTempFile({ suffix: '.txt' });
  try {
    await (typeof content === 'string' ? Deno.writeTextFile(path, content) : Deno.writeFile(path, content));
    await fn(path);
  } finally {
    await Deno.remove(path);
  }
}

// Astral characters (emoji, a musical symbol), a combining accent and CJK before, between and after
// the values: a UTF-8 byte offset or a code-point offset would differ from the UTF-16 index.
const TEXT = '👩‍💻 Ünïcødé 𝄞 mail: jane.doe@example.com 🎉🎉 電話 +1 415 555 2671 — key AKIAZ7QX4N2PLW6RKDE3 😀';

Deno.test('scanFile: offsets are UTF-16 indices into the file text, past emoji and surrogate pairs', async () => {
  await withFile(TEXT, async (path) => {
    const scan = await scanFile(path);
    assert.equal(scan.path, path);
    assert.equal(scan.text, TEXT);
    assert.equal(scan.complete, true);
    const found = scan.findings.map((f) => [f.type, TEXT.slice(f.start, f.end)]);
    assert.deepEqual(found, [
      ['EMAIL_ADDRESS', 'jane.doe@example.com'],
      ['PHONE_NUMBER', '+1 415 555 2671'],
      ['AWS_ACCESS_KEY_ID', 'AKIAZ7QX4N2PLW6RKDE3'],
    ]);
    // The e-mail starts after '👩‍💻' (5 code units: two surrogate pairs and a ZWJ) and '𝄞' (2).
    assert.equal(scan.findings[0]!.start, TEXT.indexOf('jane.doe'));
    assert.notEqual(scan.findings[0]!.start, [...TEXT.slice(0, TEXT.indexOf('jane.doe'))].length, 'not a code-point index');
    // The same findings as scanning the string itself, with the same scanner.
    const scanner = createScanner({ detectors: recommended() });
    assert.deepEqual((await scanFile(path, { scanner })).findings, scanner.scan(TEXT));
  });
});

Deno.test('scanFile: a byte-order mark is not part of the text, so offsets match the text without it', async () => {
  await withFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('x jane.doe@example.com')]), async (path) => {
    const scan = await scanFile(path);
    assert.equal(scan.text, 'x jane.doe@example.com');
    assert.deepEqual(scan.findings.map((f) => [f.start, f.end]), [[2, 22]]);
  });
});

Deno.test('redactFile: the file redacted whole, as the redactor redacts its text', async () => {
  await withFile(TEXT, async (path) => {
    const redactor = createRedactor();
    const result = await redactFile(path, redactor);
    assert.equal(result.text, '👩‍💻 Ünïcødé 𝄞 mail: <EMAIL_ADDRESS> 🎉🎉 電話 <PHONE_NUMBER> — key <AWS_ACCESS_KEY_ID> 😀');
    assert.deepEqual(result, createRedactor().redact(TEXT));
  });
});

Deno.test('readUtf8File: a binary file is invalid_encoding, an AirlockError, not text with U+FFFD', async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff]);
  await withFile(png, async (path) => {
    const error = await readUtf8File(path).catch((e: unknown) => e);
    assert.ok(error instanceof Error);
    assert.equal((error as { code?: unknown }).code, 'invalid_encoding');
    assert.match(error.message, /not UTF-8/);
    assert.ok(error.message.includes(path), 'the message names the file');
    await assert.rejects(scanFile(path), { name: 'AirlockError', code: 'invalid_encoding' });
    await assert.rejects(redactFile(path, createRedactor()), { code: 'invalid_encoding' });
  });
  // Truncated in the middle of a character: also not UTF-8.
  await withFile(new TextEncoder().encode('abc €').subarray(0, 5), async (path) => {
    await assert.rejects(readUtf8File(path), { code: 'invalid_encoding' });
  });
});

Deno.test('scanFile: a missing file is Deno.errors.NotFound, as Deno.readFile reports it', async () => {
  const dir = await Deno.makeTempDir();
  try {
    await assert.rejects(scanFile(`${dir}/missing.txt`), Deno.errors.NotFound);
  } finally {
    await Deno.remove(dir);
  }
});
