/**
 * Validators: checksums and structural checks that detectors run on candidates.
 *
 * @module
 */
export {};
