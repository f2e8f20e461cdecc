/**
 * {@link createWorkerScanner} and {@link createWorkerGuard}: airlock in a dedicated module worker,
 * behind promises, so that scanning never blocks the page.
 *
 * @module
 */
import { AirlockError, type AirlockErrorCode, type DestinationInput, type GuardDirection, type Policy, type ScannerOptions } from '@airlock/core';
import type { DetectorPreset, GuardInit, PolicyPreset, Reply, Request, ScannerInit, WorkerGuardResult, WorkerRedactResult, WorkerScanResult } from './protocol.ts';

export type { DetectorPreset, PolicyPreset, WorkerFinding, WorkerGuardResult, WorkerRedactResult, WorkerScanResult } from './protocol.ts';

/** How the worker is started. */
export interface WorkerOptions {
  /**
   * The URL of the worker script (`@airlock/browser/worker`, the `worker.js` next to this bundle).
   * Give it when you serve the file elsewhere.
   * @defaultValue `new URL('./worker.js', import.meta.url)`
   */
  readonly url?: string | URL;
  /** The worker's name, as the browser's developer tools show it. @defaultValue 'airlock' */
  readonly name?: string;
}

/** Options of {@link createWorkerScanner}. */
export interface WorkerScannerOptions extends WorkerOptions {
  /** The detectors, by preset (detectors are code: they are built in the worker). @defaultValue 'recommended' */
  readonly detectors?: DetectorPreset;
  /** Scanner options besides the detectors; they must be structured-cloneable (no functions). */
  readonly scan?: Omit<ScannerOptions, 'detectors'>;
}

/** Options of {@link createWorkerGuard}. */
export interface WorkerGuardOptions extends WorkerOptions {
  /** The policy: a JSON document (or a preset's result), or a preset by name. */
  readonly policy: PolicyPreset | Policy | object;
  /** The data detectors, by preset. @defaultValue 'recommended' */
  readonly detectors?: DetectorPreset;
  /** The vault scope of the guard's pseudonyms (a conversation). */
  readonly scope?: string;
}

/** Options of one call. */
export interface WorkerCallOptions {
  /** Cancels the call: its promise rejects with `aborted`; a call the worker has not started is dropped. */
  readonly signal?: AbortSignal;
}

/** A scanner in a worker. */
export interface WorkerScanner {
  /** Resolves once the worker has built its scanner (rejects with the error that prevented it). */
  readonly ready: Promise<void>;
  /** Finds what is sensitive in `text`. */
  scan(text: string, options?: WorkerCallOptions): Promise<WorkerScanResult>;
  /** Finds and replaces it (`<EMAIL_ADDRESS>`). */
  redact(text: string, options?: WorkerCallOptions): Promise<WorkerRedactResult>;
  /** Stops the worker; pending and later calls reject with `worker_terminated`. */
  terminate(): void;
}

/** A guard in a worker; its vault of pseudonyms stays in the worker. */
export interface WorkerGuard {
  /** Resolves once the worker has built its guard (rejects with the error that prevented it). */
  readonly ready: Promise<void>;
  /** Guards a text for a destination (scan, classify, decide, redact, audit draft). */
  guard(text: string, options: { readonly destination: string | DestinationInput; readonly direction?: GuardDirection; readonly systemPrompt?: string } & WorkerCallOptions): Promise<WorkerGuardResult>;
  /** Finds what is sensitive in `text`, with the guard's scanner. */
  scan(text: string, options?: WorkerCallOptions): Promise<WorkerScanResult>;
  /** Puts the originals back into a model's answer (the guard's vault and scope). */
  restore(text: string, options?: WorkerCallOptions): Promise<string>;
  /** Stops the worker; pending and later calls reject with `worker_terminated`. */
  terminate(): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

const toError = (error: { code: string; message: string }): AirlockError => new AirlockError(error.code as AirlockErrorCode, error.message);

/** Starts the worker and returns its call function. */
function connect(init: ScannerInit | GuardInit, options: WorkerOptions) {
  if (typeof Worker === 'undefined') throw new AirlockError('invalid_argument', 'airlock: this runtime has no Worker; use createScanner from @airlock/core');
  const worker = options.url !== undefined
    ? new Worker(options.url, { type: 'module', name: options.name ?? 'airlock' })
    : new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: options.name ?? 'airlock' });
  const pending = new Map<number, Pending>();
  let next = 1;
  let dead: AirlockError | undefined;
  const kill = (error: AirlockError): void => {
    if (dead) return;
    dead = error;
    worker.terminate();
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const ready = new Promise<void>((resolve, reject) => pending.set(0, { resolve: () => resolve(), reject }));
  // A failed set-up is reported to every call; `ready` need not be awaited.
  ready.catch(() => {});
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const msg = event.data;
    const p = pending.get(msg.id);
    if (!p) return; // cancelled
    pending.delete(msg.id);
    if (msg.type === 'result') p.resolve(msg.value);
    else p.reject(toError(msg.error));
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    kill(new AirlockError('worker_failed', `airlock worker failed: ${event.message || 'the script could not be loaded'}`));
  };
  worker.onmessageerror = () => kill(new AirlockError('worker_failed', 'airlock worker: a message could not be read'));
  worker.postMessage({ type: 'init', init } satisfies Request);

  const call = <T>(method: 'scan' | 'redact' | 'guard' | 'restore', args: readonly unknown[], signal: AbortSignal | undefined): Promise<T> => {
    if (dead) return Promise.reject(dead);
    if (typeof args[0] !== 'string') return Promise.reject(new AirlockError('invalid_argument', `${method}: text must be a string`));
    if (signal?.aborted) return Promise.reject(new AirlockError('aborted', `${method} was aborted before it was sent`));
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        if (!pending.delete(id)) return;
        worker.postMessage({ type: 'cancel', id } satisfies Request);
        reject(new AirlockError('aborted', `${method} was aborted`));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = (): void => signal?.removeEventListener('abort', onAbort);
      pending.set(id, {
        resolve: (v) => (done(), resolve(v as T)),
        reject: (e) => (done(), reject(e)),
      });
      try {
        worker.postMessage({ type: 'call', id, method, args } satisfies Request);
      } catch (e) {
        pending.delete(id);
        done();
        reject(new AirlockError('invalid_argument', `${method}: its arguments cannot be sent to the worker (${e instanceof Error ? e.message : String(e)})`));
      }
    });
  };
  const terminate = (): void => kill(new AirlockError('worker_terminated', 'the airlock worker was terminated'));
  return { ready, call, terminate };
}

/**
 * Runs a scanner in a dedicated module worker: the page stays responsive however long the text.
 * Calls are answered in order; each has its own request id, can be cancelled with an
 * `AbortSignal`, and rejects with an {@link AirlockError} (the worker's own code, such as
 * `invalid_argument`, or `aborted`, `worker_terminated`, `worker_failed`).
 *
 * @param options - the detector preset, scanner options, where the worker script is
 * @returns the worker scanner
 * @throws {@link AirlockError} `invalid_argument` where there is no `Worker` (Node, say)
 *
 * @example
 * ```js
 * import { createWorkerScanner } from '@airlock/browser';
 * const scanner = createWorkerScanner();
 * const { findings } = await scanner.scan('Mail jane.doe@example.com');
 * findings[0].type; // 'EMAIL_ADDRESS'
 * const typing = new AbortController();
 * scanner.scan(longText, { signal: typing.signal }).catch((e) => e.code); // 'aborted' once…
 * typing.abort(); // …the user types again
 * scanner.terminate();
 * ```
 */
export function createWorkerScanner(options: WorkerScannerOptions = {}): WorkerScanner {
  const init: ScannerInit = { kind: 'scanner', detectors: options.detectors ?? 'recommended', ...(options.scan ? { scan: options.scan } : {}) };
  const { ready, call, terminate } = connect(init, options);
  return {
    ready,
    scan: (text, o) => call('scan', [text], o?.signal),
    redact: (text, o) => call('redact', [text], o?.signal),
    terminate,
  };
}

/**
 * Runs a guard (`createGuard` of `@airlock/core`) in a dedicated module worker: scan, classify,
 * decide for a destination, redact, and draft the audit record, off the page's thread. The vault of
 * pseudonyms stays in the worker: {@link WorkerGuard.restore} puts them back into an answer.
 *
 * @param options - the policy (or a preset name), the detector preset, the vault scope, the worker script
 * @returns the worker guard
 * @throws {@link AirlockError} `invalid_argument` where there is no `Worker`; a malformed policy
 *   rejects `ready` and every call with `invalid_policy`
 *
 * @example
 * ```js
 * import { createWorkerGuard } from '@airlock/browser';
 * const g = createWorkerGuard({ policy: 'default' });
 * const r = await g.guard('Call me at jane.doe@example.com', { destination: openai });
 * r.action; // 'redact'
 * r.text; // 'Call me at <EMAIL_ADDRESS_1>'
 * await g.restore('Wrote to <EMAIL_ADDRESS_1>.'); // 'Wrote to jane.doe@example.com.'
 * ```
 */
export function createWorkerGuard(options: WorkerGuardOptions): WorkerGuard {
  if (typeof options !== 'object' || options === null || (typeof options.policy !== 'string' && (typeof options.policy !== 'object' || options.policy === null))) {
    throw new AirlockError('invalid_argument', 'createWorkerGuard: options.policy must be a policy document or a preset name');
  }
  const init: GuardInit = {
    kind: 'guard',
    // A parsed policy crosses as its plain JSON; the worker parses it again.
    policy: typeof options.policy === 'string' ? options.policy : (JSON.parse(JSON.stringify(options.policy)) as object),
    detectors: options.detectors ?? 'recommended',
    ...(options.scope !== undefined ? { scope: options.scope } : {}),
  };
  const { ready, call, terminate } = connect(init, options);
  return {
    ready,
    guard: (text, o) => {
      const { signal, ...callOptions } = o ?? ({} as never);
      return call('guard', [text, callOptions], signal);
    },
    scan: (text, o) => call('scan', [text], o?.signal),
    restore: (text, o) => call('restore', [text], o?.signal),
    terminate,
  };
}
