/**
 * Files: read strictly as UTF-8 with `Deno.readFile`, then scan or redact them whole with core.
 * Offsets in the results are UTF-16 indices into the file's text, as everywhere in airlock.
 *
 * @module
 */
import type { RedactResult, Scanner, ScanResult } from '@airlock/core';
import { decodeUtf8 } from './decode.ts';
import { defaultScanner } from './defaultScanner.ts';

/** The result of {@link scanFile}: the scan, the file's text the offsets point into, and its path. */
export interface FileScan extends ScanResult {
  /** The path that was read, as given. */
  readonly path: string;
  /** The file's text: `text.slice(finding.start, finding.end)` is what a finding found. */
  readonly text: string;
}

/** Options of {@link scanFile}. */
export interface ScanFileOptions {
  /**
   * The scanner to scan with.
   * @defaultValue one scanner of the `recommended()` detectors, shared by every call
   */
  readonly scanner?: Scanner;
}

/**
 * Reads a file as UTF-8 text. Unlike `Deno.readTextFile`, which turns invalid bytes into U+FFFD,
 * a file that is not UTF-8 (a binary file) is an error: what cannot be read cannot be scanned, and
 * a replacement character would silently drop bytes from a redacted copy.
 *
 * Needs `--allow-read` for `path`.
 *
 * @param path - the file to read
 * @returns the file's text
 * @throws {@link AirlockError} `invalid_encoding` when the file is not UTF-8; `Deno.errors.NotFound`,
 *   `Deno.errors.PermissionDenied` and the other errors of `Deno.readFile` as they are
 *
 * @example
 * ```ts
 * import assert from 'node:assert/strict';
 * import { readUtf8File } from '@airlock/deno';
 * const path = await Deno.makeTempFile();
 * await Deno.writeFile(path, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff])); // not UTF-8
 * await assert.rejects(readUtf8File(path), { code: 'invalid_encoding' });
 * await Deno.remove(path);
 * ```
 */
export async function readUtf8File(path: string | URL): Promise<string> {
  return decodeUtf8(await Deno.readFile(path), String(path));
}

/**
 * Reads a file (see {@link readUtf8File}) and scans it whole.
 *
 * @param path - the file to scan
 * @param options - the scanner
 * @returns the findings, whether the scan was complete, and the text they point into
 * @throws as {@link readUtf8File}; the scan itself never throws
 *
 * @example
 * ```ts
 * import assert from 'node:assert/strict';
 * import { scanFile } from '@airlock/deno';
 * const path = await Deno.makeTempFile();
 * await Deno.writeTextFile(path, '😀 mail jane.doe@example.com');
 * const { findings, text } = await scanFile(path);
 * assert.deepEqual(findings.map((f) => [f.type, f.start]), [['EMAIL_ADDRESS', 8]]); // 😀 is 2 code units
 * assert.equal(text.slice(findings[0]!.start, findings[0]!.end), 'jane.doe@example.com');
 * await Deno.remove(path);
 * ```
 */
export async function scanFile(path: string | URL, options: ScanFileOptions = {}): Promise<FileScan> {
  const scanner = options.scanner ?? defaultScanner();
  const text = await readUtf8File(path);
  return { ...scanner.analyze(text), path: String(path), text };
}

/**
 * Reads a file (see {@link readUtf8File}) and redacts it whole with `redactor`. For files too large
 * to hold, stream them with {@link redactFileStream} instead.
 *
 * @param path - the file to redact
 * @param redactor - what to redact with: a redactor made by `createRedactor`
 * @returns the redactor's result: check `complete` before sending `text` anywhere
 * @throws as {@link readUtf8File}
 *
 * @example
 * ```ts
 * import assert from 'node:assert/strict';
 * import { createRedactor, redactFile } from '@airlock/deno';
 * const path = await Deno.makeTempFile();
 * await Deno.writeTextFile(path, 'call me at jane.doe@example.com');
 * const result = await redactFile(path, createRedactor());
 * assert.equal(result.text, 'call me at <EMAIL_ADDRESS>');
 * assert.equal(result.complete, true);
 * await Deno.remove(path);
 * ```
 */
export async function redactFile(path: string | URL, redactor: { redact(text: string): RedactResult }): Promise<RedactResult> {
  return redactor.redact(await readUtf8File(path));
}
