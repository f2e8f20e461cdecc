/**
 * Detectors: contact. See ../index.ts.
 *
 * @module
 */
export {};
