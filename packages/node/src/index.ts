/**
 * airlock for Node.js: everything in `@airlock/core`, plus the `airlock` command line.
 *
 * @module @airlock/node
 */
export * from '@airlock/core';
