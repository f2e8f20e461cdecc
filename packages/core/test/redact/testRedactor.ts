/**
 * A small text redactor for the structured-redaction tests, built on a real scanner: each finding
 * becomes `<TYPE>`, or with `pseudonyms` a numbered token (`<EMAIL_ADDRESS_1>`) kept in a vault that
 * `restore` reads. Test-only: the real redactor is `createRedactor`.
 */
import { allDetectors, createScanner, type Finding, type Scanner } from '@airlock/core';
import type { RedactorLike, RedactResultLike } from '../../src/redact/structured/types.ts';

/** The detectors the structured tests plant entities for. */
export const TEST_DETECTOR_IDS = ['email-address', 'us-ssn', 'phone-number', 'credit-card', 'aws-access-token', 'password-assignment', 'iban-code'];

let shared: Scanner | undefined;

/** One scanner for every test file of a run (compiling it is the slow part). */
export function testScanner(): Scanner {
  return (shared ??= createScanner({ detectors: allDetectors().filter((d) => TEST_DETECTOR_IDS.includes(d.id)) }));
}

export interface TestRedactor extends RedactorLike {
  /** token → original, filled by pseudonymizing redactions. */
  readonly vault: Map<string, string>;
  /** Puts every original back. */
  restore(text: string): string;
}

export function testRedactor(options: { scanner?: Scanner; pseudonyms?: boolean } = {}): TestRedactor {
  const scanner = options.scanner ?? testScanner();
  const vault = new Map<string, string>();
  const byOriginal = new Map<string, string>();
  const token = (type: string, original: string): string => {
    if (!options.pseudonyms) return `<${type}>`;
    let t = byOriginal.get(original);
    if (t === undefined) {
      t = `<${type}_${vault.size + 1}>`;
      vault.set(t, original);
      byOriginal.set(original, t);
    }
    return t;
  };
  const apply = (text: string, findings: readonly Finding[]): RedactResultLike => {
    const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
    let out = '';
    let at = 0;
    const kept: Finding[] = [];
    const items: unknown[] = [];
    for (const f of sorted) {
      if (f.start < at) continue; // overlapping: the earlier one covers it
      const t = token(f.type, text.slice(f.start, f.end));
      out += text.slice(at, f.start) + t;
      at = f.end;
      kept.push(f);
      items.push({ token: t });
    }
    return { text: out + text.slice(at), findings: kept, complete: true, items };
  };
  return {
    scanner,
    vault,
    apply,
    redact(text) {
      const scan = scanner.analyze(text);
      const r = apply(text, scan.findings);
      return { ...r, complete: scan.complete };
    },
    restore(text) {
      let out = text;
      for (const [t, original] of vault) out = out.split(t).join(original);
      return out;
    },
  };
}
