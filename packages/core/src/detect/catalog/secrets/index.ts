/**
 * Detectors: secrets. See ../index.ts.
 *
 * @module
 */
export {};
