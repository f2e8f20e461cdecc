/**
 * Validators of government, tax and health identifiers. Each is a pure function of a string (no
 * `RegExp`); separators people write inside the numbers (spaces, hyphens, dots, slashes) are
 * ignored where the format allows them.
 *
 * @module
 */
export * from './americas.ts';
export * from './europe.ts';
export * from './asiaPacific.ts';
export * from './health.ts';
