/**
 * {@link createScanPool}: scan and redact many files on worker threads, and {@link scanFiles}, the
 * same as an async iterable over paths, for the CLI.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AirlockError, type AirlockErrorCode } from '@airlock/core';
import type { PoolRequest, PoolResponse, PoolResult, PoolScannerOptions } from './tasks.ts';

/** Options of {@link createScanPool}. */
export interface ScanPoolOptions {
  /**
   * How many worker threads.
   * @defaultValue `os.availableParallelism()`
   */
  readonly size?: number;
  /** The scanner each worker compiles (once, when it starts). */
  readonly scanner?: PoolScannerOptions;
}

/** Worker threads that scan and redact; see {@link createScanPool}. */
export interface ScanPool {
  /** How many workers. */
  readonly size: number;
  /** Scans a text on a worker; `options.path` says which file it comes from (see `ScanOptions`). */
  scanText(text: string, options?: { readonly path?: string }): Promise<PoolResult>;
  /**
   * Reads a file (UTF-8) on a worker and scans it, with `path` for the detectors that have a path
   * rule. A binary file rejects with `invalid_chunk`, unless its name alone is a finding (a `.p12`
   * keystore): then that finding comes back, with `length` 0.
   */
  scanFile(path: string): Promise<PoolResult>;
  /** Reads a file (UTF-8) on a worker and redacts it (each finding becomes `<TYPE>`). */
  redactFile(path: string): Promise<PoolResult>;
  /** Stops the workers once the tasks given so far are done; later tasks reject with `pool_closed`. */
  close(): Promise<void>;
}

interface Job {
  readonly request: PoolRequest;
  readonly resolve: (result: PoolResult) => void;
  readonly reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
}

/**
 * Starts a pool of worker threads, each with its own scanner compiled from `options.scanner`
 * (plain data: a preset, detector definitions as JSON, thresholds), and runs scan and redact tasks
 * on them, one task per worker at a time, the next task going to the first worker free.
 *
 * Idle workers do not keep the process alive (a task in flight does); `close()` stops them.
 *
 * Files are read in the worker, as UTF-8 (a file that is not UTF-8 rejects with `invalid_chunk`,
 * one that cannot be read with `file_error`), so only the path and the findings cross threads;
 * `redactFile` also sends the redacted text back. A worker that dies (out of memory, say) rejects
 * its task with `pool_closed` and is replaced.
 *
 * The worker runs from the built `dist/pool-worker.js` next to the package's entry, or, when the
 * package runs from its TypeScript source (tests, `pnpm airlock`), from `src/pool/worker.ts`
 * through `tsx` with the `@airlock/source` condition.
 *
 * @param options - the pool's size and the scanner its workers compile
 * @returns the pool; `close()` it when done
 * @throws {@link AirlockError} `invalid_argument` for a size that is not a positive integer. A
 *   scanner option a worker refuses rejects each task with the option's code.
 *
 * @example
 * ```ts
 * const pool = createScanPool({ size: 2, scanner: { preset: 'secrets' } });
 * const result = await pool.scanText('key AKIAZ7QX4N2PLW6RKDE3 here');
 * result.findings.map((f) => f.type); //=> ['AWS_ACCESS_KEY_ID']
 * await pool.close();
 * ```
 */
export function createScanPool(options: ScanPoolOptions = {}): ScanPool {
  const size = options.size ?? availableParallelism();
  if (!Number.isSafeInteger(size) || size < 1) throw new AirlockError('invalid_argument', `createScanPool: size must be a positive integer, got ${String(size)}`);
  const entry = workerEntry();
  const queue: Job[] = [];
  let nextId = 0;
  let closing: Promise<void> | undefined;
  // Set when a worker dies before it ever answered: the workers cannot start, so nothing would.
  let broken: AirlockError | undefined;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(entry.entry, { workerData: options.scanner ?? {}, eval: entry.eval, ...(entry.execArgv ? { execArgv: entry.execArgv } : {}) }), job: undefined };
    let answered = false;
    let dead = false;
    slot.worker.on('message', (response: PoolResponse) => {
      answered = true;
      const job = slot.job;
      slot.job = undefined;
      slot.worker.unref(); // an idle pool does not keep the process alive
      if (job) {
        if (response.ok) job.resolve(response.result);
        else job.reject(new AirlockError(response.code as AirlockErrorCode, response.message));
      }
      dispatch();
    });
    const died = (reason: string): void => {
      if (dead) return; // 'error' is followed by 'exit'
      dead = true;
      const job = slot.job;
      slot.job = undefined;
      job?.reject(new AirlockError('pool_closed', `a pool worker stopped while running a task: ${reason}`));
      if (closing || broken) return;
      if (!answered) {
        broken = new AirlockError('pool_closed', `the pool's workers cannot start: ${reason}`);
        for (const waiting of queue.splice(0)) waiting.reject(broken);
        void Promise.all(slots.map((s) => s.worker.terminate()));
        return;
      }
      slots[slots.indexOf(slot)] = spawn();
      dispatch();
    };
    slot.worker.unref();
    slot.worker.on('error', (error) => died(error.message));
    slot.worker.on('exit', (code) => {
      if (!closing) died(`exit code ${code}`);
    });
    return slot;
  };
  const slots: Slot[] = Array.from({ length: size }, spawn);

  const dispatch = (): void => {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.job) continue;
      slot.job = queue.shift()!;
      slot.worker.ref(); // a task in flight keeps the process alive until it is answered
      slot.worker.postMessage(slot.job.request);
    }
  };

  type Request = PoolRequest extends infer R ? (R extends PoolRequest ? Omit<R, 'id'> : never) : never;
  const submit = (request: Request): Promise<PoolResult> => {
    if (broken) return Promise.reject(broken);
    if (closing) return Promise.reject(new AirlockError('pool_closed', 'the pool is closed'));
    return new Promise((resolve, reject) => {
      queue.push({ request: { ...request, id: nextId++ } as PoolRequest, resolve, reject });
      dispatch();
    });
  };

  const idle = (): Promise<void> =>
    new Promise((resolve) => {
      const check = (): void => {
        if (broken || (queue.length === 0 && slots.every((s) => !s.job))) resolve();
        else setTimeout(check, 5);
      };
      check();
    });

  return {
    size,
    scanText: (text, options = {}) =>
      typeof text !== 'string'
        ? Promise.reject(new AirlockError('invalid_argument', 'scanText: text must be a string'))
        : options.path !== undefined && typeof options.path !== 'string'
          ? Promise.reject(new AirlockError('invalid_argument', 'scanText: options.path must be a string'))
          : submit({ task: 'scanText', text, ...(options.path === undefined ? {} : { path: options.path }) }),
    scanFile: (path) => submit({ task: 'scan', path }),
    redactFile: (path) => submit({ task: 'redact', path }),
    close() {
      closing ??= idle().then(async () => {
        await Promise.all(slots.map((s) => s.worker.terminate()));
      });
      return closing;
    },
  };
}

/** One file's outcome in {@link scanFiles}. */
export type FileOutcome =
  | { readonly path: string; readonly ok: true; readonly result: PoolResult }
  | { readonly path: string; readonly ok: false; readonly error: { readonly code: string; readonly message: string } };

/** Options of {@link scanFiles}. */
export interface ScanFilesOptions {
  /**
   * How many worker threads (ignored when `pool` is given).
   * @defaultValue `os.availableParallelism()`
   */
  readonly concurrency?: number;
  /** The scanner the workers compile (ignored when `pool` is given). */
  readonly scanner?: PoolScannerOptions;
  /** A pool to use (left open); by default one is started and closed when the iteration ends. */
  readonly pool?: ScanPool;
}

/**
 * Scans (or redacts) many files on worker threads and yields each file's outcome, in the order of
 * `paths`. A file that cannot be read or is not UTF-8 yields `{ ok: false, error }` and the others
 * go on. At most twice the pool's size tasks are in flight, so memory stays bounded however many
 * paths come in (`paths` may be an async iterable, a directory walk say). Stopping the iteration
 * early closes the pool it started.
 *
 * @param paths - the files
 * @param task - `'scan'` (findings) or `'redact'` (findings and the redacted text)
 * @param options - concurrency and scanner, or a pool
 * @returns the outcomes, one per path, in order
 *
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'airlock-'));
 * writeFileSync(join(dir, 'a.txt'), 'mail ann@example.com');
 * writeFileSync(join(dir, 'b.txt'), 'nothing here');
 * const out: string[] = [];
 * for await (const o of scanFiles([join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'c.txt')], 'redact', { concurrency: 2 })) {
 *   out.push(o.ok ? o.result.text! : o.error.code);
 * }
 * out; //=> ['mail <EMAIL_ADDRESS>', 'nothing here', 'file_error']
 * ```
 */
export async function* scanFiles(paths: Iterable<string> | AsyncIterable<string>, task: 'scan' | 'redact', options: ScanFilesOptions = {}): AsyncGenerator<FileOutcome, void, undefined> {
  if (task !== 'scan' && task !== 'redact') throw new AirlockError('invalid_argument', `scanFiles: task must be 'scan' or 'redact', got ${String(task)}`);
  const pool = options.pool ?? createScanPool({ ...(options.concurrency === undefined ? {} : { size: options.concurrency }), ...(options.scanner ? { scanner: options.scanner } : {}) });
  const run = (path: string): Promise<FileOutcome> =>
    (task === 'scan' ? pool.scanFile(path) : pool.redactFile(path)).then(
      (result): FileOutcome => ({ path, ok: true, result }),
      (error: unknown): FileOutcome => ({ path, ok: false, error: { code: (error as { code?: string }).code ?? 'internal', message: error instanceof Error ? error.message : String(error) } }),
    );
  const inFlight: Promise<FileOutcome>[] = [];
  try {
    for await (const path of paths) {
      inFlight.push(run(path));
      if (inFlight.length >= 2 * pool.size) yield await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield await inFlight.shift()!;
  } finally {
    if (!options.pool) await pool.close();
  }
}

/**
 * Where the worker is, and how to start it: from dist as JavaScript, or, from the TypeScript
 * source, through a bootstrap that registers tsx in the worker first (Node 20 does not apply
 * `--import` loaders to worker threads).
 */
function workerEntry(): { entry: string | URL; eval: boolean; execArgv: string[] | undefined } {
  if (!import.meta.url.endsWith('.ts')) return { entry: new URL('./pool-worker.js', import.meta.url), eval: false, execArgv: undefined };
  let tsx: string;
  try {
    // The ESM build of tsx's API (its "./esm/api" export under the import condition).
    tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs');
  } catch (error) {
    throw new AirlockError('invalid_argument', 'createScanPool: running @airlock/node from its TypeScript source needs tsx to start workers; build the package (pnpm build) or install tsx', { cause: error });
  }
  const worker = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
  return { entry: bootstrap, eval: true, execArgv: ['--conditions=@airlock/source'] };
}
