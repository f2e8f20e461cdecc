/**
 * Tamper evidence, exhaustively and by property: every single-byte change of a generated export is
 * caught (an exhaustive sweep: each byte of the export flipped, one at a time), and for generated
 * logs of arbitrary JSON entries, export and verify round-trip while any byte replaced by any other
 * value, any record dropped, any two records swapped or any suffix cut is caught.
 */
import { createAuditLog, generateAuditKeys, isAirlockError, verifyLog, type AuditEntry } from '@airlock/core';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const KEYS = generateAuditKeys(new Uint8Array(32).fill(2));

/** `'detected'` when verifyLog fails or throws a coded error, `'passed'` when it accepts. */
function outcome(exported: string | Uint8Array, options: Parameters<typeof verifyLog>[1] = {}): 'detected' | 'passed' {
  try {
    return verifyLog(exported, options).ok ? 'passed' : 'detected';
  } catch (e) {
    if (isAirlockError(e) && e.code === 'audit_malformed') return 'detected';
    throw e;
  }
}

const RAW = new Set(['text', 'value', 'original', 'secret', 'prompt', 'kind']);
/** Whether a raw-value field name (which the log refuses at any depth) is a key anywhere in `v`. */
function hasRawKey(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasRawKey);
  if (v === null || typeof v !== 'object') return false;
  return Object.entries(v).some(([k, x]) => RAW.has(k.toLowerCase()) || hasRawKey(x));
}
const entryArb: fc.Arbitrary<AuditEntry> = fc
  .tuple(
    fc.constantFrom('decision', 'redaction', 'restore', 'vault', 'incident'),
    fc.dictionary(
      fc.string({ maxLength: 8 }).filter((k) => !RAW.has(k.toLowerCase()) && k !== '__proto__'),
      fc.jsonValue({ maxDepth: 2 }).filter((v) => !hasRawKey(v)),
      { maxKeys: 4 },
    ),
  )
  .map(([kind, fields]) => ({ ...fields, kind }));

function build(entries: readonly AuditEntry[]) {
  let t = 0;
  const log = createAuditLog({ now: () => (t += 7), signer: { privateKey: KEYS.privateKey }, maxStringLength: 10_000 });
  for (const e of entries) log.append(e);
  return { log, checkpoint: log.checkpoint(), exported: log.exportLog() };
}

describe('tamper evidence', () => {
  it('catches every single-byte flip of an exported log (exhaustive sweep)', () => {
    const entries: AuditEntry[] = Array.from({ length: 24 }, (_, i) => ({
      kind: ['decision', 'redaction', 'restore', 'vault', 'incident'][i % 5]!,
      action: ['allow', 'redact', 'block'][i % 3]!,
      rules: [`policy.rule-${i}`],
      findings: i % 4 === 0 ? [] : [{ type: 'EMAIL_ADDRESS', start: i, end: i + 16, score: 0.95 }],
      ...(i % 6 === 1 ? { textDigest: 'ab'.repeat(32) } : {}),
      note: i % 7 === 0 ? 'ünïcødé ✓ 😀' : '',
    }));
    const { exported, checkpoint } = build(entries);
    const bytes = utf8ToBytes(exported);
    expect(outcome(bytes)).toBe('passed');
    expect(outcome(bytes, { checkpoint, publicKey: KEYS.publicKey })).toBe('passed');
    expect(bytes.length).toBeGreaterThan(4000);
    const missed: number[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const copy = bytes.slice();
      copy[i] = copy[i]! ^ 0x01;
      // Without a checkpoint: the chain and the hashes alone must show it.
      if (outcome(copy) !== 'detected') missed.push(i);
    }
    expect(missed).toEqual([]);
  }, 120_000);

  it('round-trips any log of JSON entries', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 12 }), (entries) => {
        const { log, exported, checkpoint } = build(entries);
        const r = verifyLog(exported, { checkpoint, publicKey: KEYS.publicKey });
        expect(r).toEqual({ ok: true, size: entries.length, root: log.root(), problems: [] });
      }),
      { numRuns: 60 },
    );
  });

  it('catches any byte replaced by any other value', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 8 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (entries, at, delta) => {
        const { exported } = build(entries);
        const bytes = utf8ToBytes(exported);
        const i = at % bytes.length;
        bytes[i] = (bytes[i]! + delta) % 256;
        expect(outcome(bytes)).toBe('detected');
      }),
      { numRuns: 300 },
    );
  });

  it('catches a dropped record, two records swapped, or a cut suffix against the checkpoint', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 2, maxLength: 10 }), fc.nat(), fc.nat(), (entries, a, b) => {
        const { exported, checkpoint } = build(entries);
        const ls = exported.slice(0, -1).split('\n');
        const i = a % ls.length;
        const j = b % ls.length;
        const join = (xs: string[]) => (xs.length ? xs.join('\n') + '\n' : '');
        const options = { checkpoint, publicKey: KEYS.publicKey };
        expect(outcome(join(ls.filter((_, k) => k !== i)), options)).toBe('detected');
        expect(outcome(join(ls.slice(0, i)), options)).toBe('detected');
        if (i !== j) {
          const swapped = ls.slice();
          [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
          expect(outcome(join(swapped))).toBe('detected');
        }
      }),
      { numRuns: 100 },
    );
  });
});
