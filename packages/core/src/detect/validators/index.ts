/**
 * Validators: checksums and structural checks that detectors run on candidates. Each is a pure
 * function of a string; none uses `RegExp`.
 *
 * @module
 */
export * from './common/index.ts';
export * from './ids/index.ts';
