/**
 * Detectors: financial. See ../index.ts.
 *
 * @module
 */
export {};
