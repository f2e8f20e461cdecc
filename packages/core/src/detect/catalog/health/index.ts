/**
 * Detectors: health. See ../index.ts.
 *
 * @module
 */
export {};
