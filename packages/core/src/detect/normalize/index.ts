/**
 * Normalization against evasion (NFKC, invisible characters, spelled-out forms, encoded runs), with
 * offset maps back to the original text.
 *
 * @module
 */
export {};
