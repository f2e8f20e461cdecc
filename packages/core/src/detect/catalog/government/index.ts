/**
 * Detectors: government. See ../index.ts.
 *
 * @module
 */
export {};
