/**
 * Worker threads for many files: {@link createScanPool} and {@link scanFiles}.
 *
 * @module
 */
export { createScanPool, scanFiles } from './pool.ts';
export type { FileOutcome, ScanFilesOptions, ScanPool, ScanPoolOptions } from './pool.ts';
export type { PoolResult, PoolScannerOptions } from './tasks.ts';
