/**
 * What a pool worker does, apart from the thread: the task protocol and the functions that run a
 * task. Kept free of `worker_threads`, so it runs (and is tested) in the main thread too.
 *
 * @module
 * @internal
 */
import { readFileSync } from 'node:fs';
import { AirlockError, allDetectors, createRedactor, createScanner, detectorsFromJson, isAirlockError, pii, recommended, secrets, type Detector, type Finding } from '@airlock/core';
import { fileError } from '../fileError.ts';

/** The scanner a pool's workers compile: only what can cross to a thread (no functions). */
export interface PoolScannerOptions {
  /**
   * The catalog preset to start from.
   * @defaultValue 'recommended'
   */
  readonly preset?: 'recommended' | 'secrets' | 'pii' | 'all' | 'none';
  /** Detector definitions (JSON, as `detectorsFromJson` reads them) to add to the preset. */
  readonly detectors?: unknown;
  /** As the scanner's `minScore`. */
  readonly minScore?: number;
  /** As the scanner's `maxMatchLength`. */
  readonly maxMatchLength?: number;
  /** As the scanner's `normalize` (on or off). */
  readonly normalize?: boolean;
  /** As the scanner's `thresholds`: minimum scores per entity type or family. */
  readonly thresholds?: Readonly<Record<string, number>>;
  /** As the scanner's `explain`: findings carry their explanation. */
  readonly explain?: boolean;
}

/** What a pool task gives back for one input. */
export interface PoolResult {
  /** The file's path; absent for {@link ScanPool.scanText}. */
  readonly path?: string;
  /** What was found, with offsets into the file's text (UTF-16 code units). */
  readonly findings: readonly Finding[];
  /** The redacted text: only from `redact` tasks. */
  readonly text?: string;
  /** The text's length in UTF-16 code units. */
  readonly length: number;
  /** Whether the scan was complete; when `false`, decisions built on it must fail closed. */
  readonly complete: boolean;
}

/** A task sent to a worker. @internal */
export type PoolRequest =
  | { readonly id: number; readonly task: 'scan' | 'redact'; readonly path: string }
  | { readonly id: number; readonly task: 'scanText'; readonly text: string; readonly path?: string };

/** A worker's answer. @internal */
export type PoolResponse = { readonly id: number; readonly ok: true; readonly result: PoolResult } | { readonly id: number; readonly ok: false; readonly code: string; readonly message: string };

const PRESETS: Readonly<Record<string, () => Detector[]>> = { recommended, secrets, pii, all: allDetectors, none: () => [] };

/** Compiles the scanner and redactor of the options; throws `invalid_argument` for bad options. @internal */
export function taskRunner(options: PoolScannerOptions = {}): (request: PoolRequest) => PoolResult {
  const preset = options.preset ?? 'recommended';
  if (!Object.hasOwn(PRESETS, preset)) throw new AirlockError('invalid_argument', `pool: preset must be one of ${Object.keys(PRESETS).join(', ')}, got ${String(preset)}`);
  const detectors = [...PRESETS[preset]!(), ...(options.detectors === undefined ? [] : detectorsFromJson(options.detectors))];
  const scanner = createScanner({
    detectors,
    ...(options.minScore === undefined ? {} : { minScore: options.minScore }),
    ...(options.maxMatchLength === undefined ? {} : { maxMatchLength: options.maxMatchLength }),
    ...(options.normalize === undefined ? {} : { normalize: options.normalize }),
    ...(options.thresholds === undefined ? {} : { thresholds: options.thresholds }),
    ...(options.explain === undefined ? {} : { explain: options.explain }),
  });
  const redactor = createRedactor({ scanner });
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const read = (path: string): string => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw fileError(`cannot read ${path}`, error);
    }
    try {
      return utf8.decode(bytes);
    } catch (error) {
      throw new AirlockError('invalid_chunk', `${path} is not UTF-8 text (a binary file?)`, { cause: error });
    }
  };
  return (request) => {
    if (request.task === 'scanText') {
      const { findings, complete } = scanner.analyze(request.text, request.path === undefined ? {} : { path: request.path });
      return { findings, length: request.text.length, complete };
    }
    let text: string;
    try {
      text = read(request.path);
    } catch (error) {
      // A binary file is not read, but its name alone can be a finding (a .p12 keystore), as in
      // `airlock scan`; there is nothing to redact in it, so a redact task still fails.
      const byPath = request.task === 'scan' && isAirlockError(error) && error.code === 'invalid_chunk' ? scanner.scan('', { path: request.path }) : [];
      if (byPath.length === 0) throw error;
      return { path: request.path, findings: byPath, length: 0, complete: true };
    }
    if (request.task === 'redact') {
      const r = redactor.redact(text, { path: request.path });
      return { path: request.path, findings: r.findings, text: r.text, length: text.length, complete: r.complete };
    }
    const { findings, complete } = scanner.analyze(text, { path: request.path });
    return { path: request.path, findings, length: text.length, complete };
  };
}

/** Runs one request; any failure becomes an error answer with its code. @internal */
export function runTask(run: ((request: PoolRequest) => PoolResult) | undefined, setupError: unknown, request: PoolRequest): PoolResponse {
  try {
    if (!run) throw setupError;
    return { id: request.id, ok: true, result: run(request) };
  } catch (error) {
    return { id: request.id, ok: false, code: isAirlockError(error) ? error.code : 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}
