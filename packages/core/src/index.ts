/**
 * airlock's engine: finds personal data and credentials in text in linear time, and everything that
 * builds on that. Pure ES2022: it runs in Node, browsers, Deno and edge workers alike.
 *
 * - Should I use this package? Import `@airlock/core` to embed airlock in any JavaScript runtime.
 *   Import `@airlock/core/regex` alone when all you need is the linear-time regex engine.
 * - How the layers fit: `regex` (parse → NFA → lazy DFA → multi-pattern set) is the bottom layer;
 *   `detect` (detectors and the scanner) is built on it, and `redact` (operators, vault, restore) on
 *   `detect`; `classify` (levels, policies, routing decisions) on `detect` and `redact`; `guard`
 *   (prompt injection, invisible text, prohibited terms, leakage, and the `guard()` entry point) on
 *   all of them; `incident` (the lifecycle of a leak, as an xstate v5 machine) on `detect`; `usage`
 *   (GCRA rate limits and EWMA anomaly detection, which open incidents through one trigger shape)
 *   stands apart from the text layers; `audit` (hash-chained records, Merkle tree, signed
 *   checkpoints, verification) logs what they decided.
 * - Errors and limits: everything airlock throws is an {@link AirlockError} with a stable `code`;
 *   errors are thrown when a pattern or configuration is compiled, never while searching.
 *
 * @module @airlock/core
 */
export * from './errors/index.ts';
export * from './regex/index.ts';
export * from './detect/index.ts';
export * from './redact/index.ts';
export * from './classify/index.ts';
export * from './guard/index.ts';
export * from './audit/index.ts';
export * from './incident/index.ts';
export * from './usage/index.ts';
