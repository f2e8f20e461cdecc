/**
 * Validators of government, tax and health identifiers.
 *
 * @module
 */
export {};
