/**
 * Detectors: entities. See ../index.ts.
 *
 * @module
 */
export {};
