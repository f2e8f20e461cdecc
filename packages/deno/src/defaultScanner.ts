/**
 * The scanner the helpers use when given none.
 *
 * @module
 */
import { createScanner, recommended, type Scanner } from '@airlock/core';

let shared: Scanner | undefined;

/**
 * One scanner of the `recommended()` detectors, compiled on first use and shared by every helper
 * (as `createRedactor` shares its default).
 *
 * @internal
 */
export function defaultScanner(): Scanner {
  return (shared ??= createScanner({ detectors: recommended() }));
}
