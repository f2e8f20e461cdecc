/**
 * airlock in the browser: everything in `@airlock/core`, plus what a page needs around it.
 *
 * - Should I use this package? Use it in a web page (or an app bundled for one) to redact text
 *   before it leaves the user's machine. In Node use `@airlock/node`; anywhere else `@airlock/core`.
 * - How the parts fit: {@link guardedFetch} wraps `fetch` (yours or an AI SDK's): it guards every
 *   request body with the policy (redact or block) and restores pseudonyms in the answers, streamed
 *   ones included. {@link createWorkerScanner} and {@link createWorkerGuard} run the scanner and the
 *   guard in a dedicated module worker (`@airlock/browser/worker`), so scanning never blocks the page.
 * - Errors and limits: everything thrown is an {@link AirlockError}: `request_blocked` (with the
 *   decision, {@link RequestBlockedError}) and `unsupported_body` from `guardedFetch`; `aborted`,
 *   `worker_terminated` and `worker_failed` from the worker, whose other errors keep the code they
 *   had inside it.
 *
 * @module @airlock/browser
 */
export * from '@airlock/core';
export { guardedFetch, type FetchLike, type GuardedFetchOptions } from './fetch/guardedFetch.ts';
export { RequestBlockedError, type BodyDecision, type BodyShape, type TextDecision } from './fetch/guardBody.ts';
export { createWorkerGuard, createWorkerScanner } from './worker/client.ts';
export type {
  DetectorPreset,
  PolicyPreset,
  WorkerCallOptions,
  WorkerFinding,
  WorkerGuard,
  WorkerGuardOptions,
  WorkerGuardResult,
  WorkerOptions,
  WorkerRedactResult,
  WorkerScanner,
  WorkerScannerOptions,
  WorkerScanResult,
} from './worker/client.ts';
