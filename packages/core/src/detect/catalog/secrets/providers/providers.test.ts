import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bech32 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../createScanner.ts';
import { secrets } from '../../../presets.ts';
import { secretsAToF } from './a-f.ts';
import { secretsGToL } from './g-l.ts';

describe('age-secret-key', () => {
  const scanner = createScanner({ detectors: secretsAToF().filter((d) => d.id === 'age-secret-key') });
  it('scores a key whose bech32 checksum holds at 1', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => (i * 73 + 19) & 0xff);
    const key = bech32.encode('age-secret-key-', bech32.toWords(bytes), false).toUpperCase();
    const [f] = scanner.scan(`AGE_KEY=${key}`);
    expect(f?.score).toBe(1);
  });
  it('leaves a key whose checksum fails at the base score', () => {
    const key = 'AGE-SECRET-KEY-1' + 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.repeat(2).slice(0, 58);
    const [f] = scanner.scan(`AGE_KEY=${key}`);
    expect(f?.score).toBe(0.8);
  });
});

describe('kubernetes-secret-yaml', () => {
  const scanner = createScanner({ detectors: secretsGToL().filter((d) => d.id === 'kubernetes-secret-yaml') });
  const value = 'cTdWZDlzTG0yeFdwIQ==';
  it('finds the first data entry with kind before or after data', () => {
    for (const text of [
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: a\ndata:\n  password: ${value}\n`,
      `apiVersion: v1\ndata:\n\tpassword: '${value}'\nkind: 'secret'\n`,
    ]) {
      const [f] = scanner.scan(text);
      expect(f && text.slice(f.start, f.end)).toBe(value);
    }
  });
  it('does not cross a --- document separator, nor take other kinds', () => {
    expect(scanner.scan(`kind: Secret\n---\nkind: ConfigMap\ndata:\n  password: ${value}\n`)).toEqual([]);
    expect(scanner.scan(`kind: SealedSecret\ndata:\n  password: ${value}\n`)).toEqual([]);
    expect(scanner.scan(`kind: Secret\ndata:\n  password: cTdWZDlzTG0yeFdwIQ\n`)).toEqual([]); // not padded base64
  });
});

// The facts the provider rules are written from: gitleaks' default rule set, kept next to the
// repository (see ../shared/evaldata/README.md).
const gitleaksRules = fileURLToPath(new URL('../../../../../../../../shared/evaldata/gitleaks/gitleaks_rules.jsonl', import.meta.url));

describe.skipIf(!existsSync(gitleaksRules))('the secrets preset against gitleaks default rules', () => {
  /** gitleaks rules that airlock covers under another id, and how. */
  const covered: Record<string, string> = {
    'generic-api-key': 'secret-assignment', // with password-assignment, gated by entropy
    jwt: 'json-web-token', // validated header and claims
    'jwt-base64': 'json-web-token', // found again in the decoded view of the base64 run
    'openai-api-key': 'openai-api-key-v2', // also without the T3BlbkFJ marker
    'private-key': 'private-key-block',
  };
  it('has a detector for every rule', () => {
    const ids = new Set(secrets().map((d) => d.id));
    const rules = readFileSync(gitleaksRules, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(rules.length).toBeGreaterThan(200);
    expect(rules.filter((id) => !ids.has(covered[id] ?? id))).toEqual([]);
  });
});
