/**
 * Validators shared by contact, network and financial detectors.
 *
 * @module
 */
export {};
