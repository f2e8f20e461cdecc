/**
 * The scanner and redactor of the structured-redaction tests: the real ones, on the detectors the
 * tests plant entities for.
 */
import { allDetectors, createRedactor, createScanner, pseudonymize, replace, type Redactor, type Scanner } from '@airlock/core';

/** The detectors the structured tests plant entities for. */
export const TEST_DETECTOR_IDS = ['email-address', 'us-ssn', 'phone-number', 'credit-card', 'aws-access-token', 'password-assignment', 'iban-code'];

let shared: Scanner | undefined;

/** One scanner for every test file of a run (compiling it is the slow part). */
export function testScanner(): Scanner {
  return (shared ??= createScanner({ detectors: allDetectors().filter((d) => TEST_DETECTOR_IDS.includes(d.id)) }));
}

/**
 * The redactor the structured tests use: the real `createRedactor` on {@link testScanner}, writing
 * `<TYPE>`, or with `pseudonyms` numbered tokens (`<EMAIL_ADDRESS_1>`) that its `restore` puts back.
 */
export function testRedactor(options: { scanner?: Scanner; pseudonyms?: boolean } = {}): Redactor {
  return createRedactor({ scanner: options.scanner ?? testScanner(), default: options.pseudonyms ? pseudonymize() : replace() });
}
