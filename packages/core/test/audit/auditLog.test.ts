/**
 * The audit log: records, chaining, the Merkle tree behind it, checkpoints, proofs, sinks, the
 * raw-value guard, and verifyLog against every kind of tampering the issue names (change,
 * reordering, deletion, insertion, truncation against a checkpoint, a wrong signature) and
 * malformed input.
 */
import {
  createAuditLog,
  createGuard,
  defaultPolicy,
  fromGuard,
  generateAuditKeys,
  memorySink,
  merkleLeafHash,
  merkleRoot,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
  verifyLog,
  type AuditRecord,
  type AuditSink,
} from '@airlock/core';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../errorCode.ts';

const KEYS = generateAuditKeys(new Uint8Array(32).fill(1));
const clock = () => {
  let t = Date.UTC(2026, 0, 1);
  return () => (t += 1000);
};

function sampleLog(n: number, options: Parameters<typeof createAuditLog>[0] = {}) {
  const log = createAuditLog({ now: clock(), signer: { privateKey: KEYS.privateKey }, ...options });
  for (let i = 0; i < n; i++) {
    log.append({ kind: i % 3 === 0 ? 'decision' : 'redaction', action: ['allow', 'redact', 'block'][i % 3]!, rules: [`rule-${i}`], count: i, note: 'é ✓' });
  }
  return log;
}

const codes = (r: { problems: readonly { code: string }[] }) => r.problems.map((p) => p.code);
const lines = (exported: string) => exported.slice(0, -1).split('\n');
const join = (ls: readonly string[]) => (ls.length ? ls.join('\n') + '\n' : '');

describe('createAuditLog', () => {
  it('chains records by hash and keeps their canonical JSON as Merkle leaves', () => {
    const log = sampleLog(5);
    const records = log.records();
    expect(records.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(records[0]!.prev).toBe('0'.repeat(64));
    for (let i = 1; i < 5; i++) expect(records[i]!.prev).toBe(records[i - 1]!.hash);
    expect(records[0]!.at).toBe('2026-01-01T00:00:01.000Z');
    const leaves = lines(log.exportLog()).map((l) => utf8ToBytes(l));
    expect(log.root()).toBe(bytesToHex(merkleRoot(leaves)));
    expect(log.size).toBe(5);
  });

  it('keeps the root of every size equal to the Merkle root of its records', () => {
    const log = createAuditLog();
    const leaves: Uint8Array[] = [];
    expect(log.root()).toBe(bytesToHex(merkleRoot([])));
    for (let i = 0; i < 33; i++) {
      log.append({ kind: 'decision', i });
      leaves.push(utf8ToBytes(lines(log.exportLog())[i]!));
      expect(log.root()).toBe(bytesToHex(merkleRoot(leaves)));
    }
  });

  it('gives inclusion and consistency proofs that verify against checkpoints', () => {
    const log = sampleLog(13);
    const old = log.checkpoint();
    for (let i = 0; i < 7; i++) log.append({ kind: 'incident', phase: 'contain', step: i });
    const now = log.checkpoint();
    for (let seq = 0; seq < now.size; seq++) {
      const p = log.inclusionProof(seq);
      expect(verifyInclusion({ ...p, root: now.root })).toBe(true);
      expect(verifyInclusion({ ...p, root: old.root })).toBe(false);
    }
    const q = log.inclusionProof(4, old.size);
    expect(verifyInclusion({ ...q, root: old.root })).toBe(true);
    const proof = log.consistencyProof(old.size);
    expect(verifyConsistency({ oldSize: old.size, newSize: now.size, oldRoot: old.root, newRoot: now.root, proof })).toBe(true);
    expect(q.leafHash).toBe(bytesToHex(merkleLeafHash(utf8ToBytes(lines(log.exportLog())[4]!))));
    expect(codeOf(() => log.inclusionProof(20))).toBe('invalid_argument');
    expect(codeOf(() => log.consistencyProof(21))).toBe('invalid_argument');
  });

  it('stores a copy: changing the entry after append changes nothing', () => {
    const log = createAuditLog();
    const entry = { kind: 'decision', rules: ['a'] };
    log.append(entry);
    entry.rules.push('b');
    expect(log.records()[0]!.entry['rules']).toEqual(['a']);
    expect(verifyLog(log.exportLog()).ok).toBe(true);
  });

  it('refuses raw values unless a field is allowed, and what is not JSON', () => {
    const log = createAuditLog();
    for (const field of ['text', 'value', 'original', 'secret', 'prompt', 'Prompt']) {
      expect(codeOf(() => log.append({ kind: 'decision', nested: [{ [field]: 'x' }] }))).toBe('audit_raw_value');
    }
    expect(codeOf(() => log.append({ kind: 'decision', note: 'x'.repeat(513) }))).toBe('audit_raw_value');
    expect(codeOf(() => log.append({ kind: 'decision', note: 'x'.repeat(512) }))).toBeUndefined();
    const lenient = createAuditLog({ allowFields: ['value', 'summary'] });
    expect(codeOf(() => lenient.append({ kind: 'vault', value: 'tok', summary: 'y'.repeat(2000) }))).toBeUndefined();
    expect(codeOf(() => lenient.append({ kind: 'vault', note: 'y'.repeat(2000) }))).toBe('audit_raw_value');
    expect(codeOf(() => log.append({ kind: 'decision', n: NaN }))).toBe('unsupported_value');
    expect(codeOf(() => log.append({ kind: 'decision', d: new Date(0) }))).toBe('unsupported_value');
    expect(codeOf(() => log.append({ kind: '' }))).toBe('invalid_argument');
    expect(codeOf(() => log.append(null as never))).toBe('invalid_argument');
    expect(log.size).toBe(1); // only the 512-character note went in
  });

  it('fingerprints text with an HMAC under hmacKey, and only with one', () => {
    const log = createAuditLog({ hmacKey: new Uint8Array(32).fill(9) });
    expect(log.hmac('a')).toMatch(/^[0-9a-f]{64}$/);
    expect(log.hmac('a')).not.toBe(log.hmac('b'));
    expect(codeOf(() => createAuditLog().hmac('a'))).toBe('invalid_argument');
    expect(codeOf(() => createAuditLog({ hmacKey: new Uint8Array(8) }))).toBe('invalid_argument');
  });

  it('logs a guard decision without the text or its values', () => {
    const g = createGuard({ policy: defaultPolicy(), auditKey: new Uint8Array(32).fill(3) });
    const zdr = { id: 'zdr', provider: 'acme', retention: 'zero', agreements: ['enterprise'], region: 'US' } as const;
    const text = 'mail jane.doe@example.com the key AKIAZ7QX4N2PLW6RKDE3';
    const log = createAuditLog();
    const record = log.append(fromGuard(g.guard(text, { destination: zdr }).audit));
    expect(record.entry.kind).toBe('decision');
    const exported = log.exportLog();
    for (const raw of ['jane.doe', 'AKIAZ7QX4N2PLW6RKDE3', text]) expect(exported).not.toContain(raw);
    expect(verifyLog(exported).ok).toBe(true);
  });

  it('does not count a record the sink failed to store', () => {
    const inner = memorySink();
    let fail = false;
    const sink: AuditSink = { append: (r) => (fail ? (() => { throw new Error('disk full'); })() : inner.append(r)), records: () => inner.records() };
    const log = createAuditLog({ sink });
    log.append({ kind: 'decision', n: 1 });
    fail = true;
    expect(() => log.append({ kind: 'decision', n: 2 })).toThrow('disk full');
    fail = false;
    expect(log.append({ kind: 'decision', n: 3 }).seq).toBe(1);
    expect(verifyLog(log.exportLog()).ok).toBe(true);
  });

  it('resumes on a sink that holds records, and refuses one that was tampered with', () => {
    const first = sampleLog(4);
    const resumed = createAuditLog({ sink: memorySink(first.records()) });
    expect(resumed.root()).toBe(first.root());
    expect(resumed.append({ kind: 'decision' }).prev).toBe(first.records()[3]!.hash);
    const records = first.records();
    const edited = records.map((r, i) => (i === 2 ? { ...r, entry: { ...r.entry, action: 'allow' } } : r));
    expect(codeOf(() => createAuditLog({ sink: memorySink(edited) }))).toBe('audit_tampered');
    expect(codeOf(() => createAuditLog({ sink: memorySink([records[0]!, records[2]!]) }))).toBe('audit_tampered');
    expect(codeOf(() => createAuditLog({ sink: memorySink([{ seq: 0 } as unknown as AuditRecord]) }))).toBe('audit_malformed');
  });

  it('checks its options', () => {
    expect(codeOf(() => createAuditLog({ signer: { privateKey: new Uint8Array(31) } }))).toBe('invalid_argument');
    expect(codeOf(() => createAuditLog({ sink: {} as AuditSink }))).toBe('invalid_argument');
    expect(codeOf(() => createAuditLog({ maxStringLength: -1 }))).toBe('invalid_argument');
    expect(codeOf(() => generateAuditKeys(new Uint8Array(3)))).toBe('invalid_argument');
    const badClock = createAuditLog({ now: () => NaN });
    expect(codeOf(() => badClock.append({ kind: 'decision' }))).toBe('invalid_argument');
    expect(badClock.size).toBe(0);
  });
});

describe('checkpoints', () => {
  it('are signed with Ed25519 over size, root and time', () => {
    const log = sampleLog(3);
    const cp = log.checkpoint();
    expect(cp).toMatchObject({ size: 3, root: log.root() });
    expect(verifyCheckpoint(cp, KEYS.publicKey)).toBe(true);
    expect(verifyCheckpoint(cp, log.publicKey!)).toBe(true);
    expect(verifyCheckpoint({ ...cp, root: sampleLog(2).root() }, KEYS.publicKey)).toBe(false);
    expect(verifyCheckpoint({ ...cp, at: '2030-01-01T00:00:00.000Z' }, KEYS.publicKey)).toBe(false);
    expect(verifyCheckpoint(cp, generateAuditKeys().publicKey)).toBe(false);
    const flipped = cp.signature!.slice(0, 10) + (cp.signature![10] === '0' ? '1' : '0') + cp.signature!.slice(11);
    expect(verifyCheckpoint({ ...cp, signature: flipped }, KEYS.publicKey)).toBe(false);
    const { signature: _, ...unsigned } = cp;
    expect(verifyCheckpoint(unsigned, KEYS.publicKey)).toBe(false);
    expect(createAuditLog().checkpoint().signature).toBeUndefined();
  });

  it('refuse malformed checkpoints and keys with a code', () => {
    const cp = sampleLog(1).checkpoint();
    for (const bad of [null, {}, { ...cp, size: -1 }, { ...cp, root: 'ab' }, { ...cp, signature: 'zz' }, { ...cp, extra: 1 }]) {
      expect(codeOf(() => verifyCheckpoint(bad as never, KEYS.publicKey))).toBe('audit_malformed');
      expect(codeOf(() => verifyLog('', { checkpoint: bad as never }))).toBe('audit_malformed');
    }
    expect(codeOf(() => verifyCheckpoint(cp, new Uint8Array(5)))).toBe('invalid_argument');
  });
});

describe('verifyLog', () => {
  const log = sampleLog(10);
  const checkpoint = log.checkpoint();
  const exported = log.exportLog();
  const ls = lines(exported);
  const withKey = { checkpoint, publicKey: KEYS.publicKey };

  it('passes an untouched log, as text or bytes, and a log that grew past the checkpoint', () => {
    expect(verifyLog(exported, withKey)).toEqual({ ok: true, size: 10, root: checkpoint.root, problems: [] });
    expect(verifyLog(utf8ToBytes(exported), withKey).ok).toBe(true);
    expect(verifyLog('')).toMatchObject({ ok: true, size: 0 });
    const grown = sampleLog(12);
    expect(verifyLog(grown.exportLog(), withKey).ok).toBe(true);
  });

  it('detects reordering, deletion and insertion', () => {
    expect(verifyLog(join([ls[0]!, ls[2]!, ls[1]!, ...ls.slice(3)])).ok).toBe(false);
    expect(codes(verifyLog(join([...ls.slice(0, 4), ...ls.slice(5)])))).toEqual(expect.arrayContaining(['bad_seq', 'broken_chain']));
    expect(verifyLog(join(ls.slice(1))).ok).toBe(false);
    expect(verifyLog(join([...ls.slice(0, 3), ls[3]!, ...ls.slice(3)])).ok).toBe(false);
    const foreign = lines(sampleLog(10, { now: () => 0 }).exportLog());
    expect(verifyLog(join([...ls.slice(0, 5), foreign[5]!, ...ls.slice(6)])).ok).toBe(false);
  });

  it('detects truncation, and a rewritten tail, against a checkpoint', () => {
    for (let n = 0; n < 10; n++) {
      expect(verifyLog(join(ls.slice(0, n))).ok).toBe(true); // alone it cannot tell
      expect(codes(verifyLog(join(ls.slice(0, n)), withKey))).toEqual(['truncated']);
    }
    // The same number of records, the last one re-hashed by someone without the signing key.
    const forged = createAuditLog({ now: clock() });
    for (const r of log.records().slice(0, 9)) forged.append(r.entry);
    forged.append({ kind: 'decision', action: 'allow', rules: ['forged'], count: 9, note: 'é ✓' });
    const f = verifyLog(forged.exportLog(), withKey);
    expect(codes(f)).toEqual(['root_mismatch']);
    // A checkpoint for the forged log, signed by another key.
    expect(codes(verifyLog(forged.exportLog(), { checkpoint: createAuditLog({ signer: { privateKey: generateAuditKeys().privateKey } }).checkpoint(), publicKey: KEYS.publicKey }))).toEqual(['bad_signature']);
  });

  it('fails a checkpoint with a wrong or missing signature, and does not trust a signed one without a key', () => {
    const other = generateAuditKeys().publicKey;
    expect(codes(verifyLog(exported, { checkpoint, publicKey: other }))).toEqual(['bad_signature']);
    const { signature: _, ...unsigned } = checkpoint;
    expect(codes(verifyLog(exported, { checkpoint: unsigned, publicKey: KEYS.publicKey }))).toEqual(['bad_signature']);
    expect(codes(verifyLog(exported, { checkpoint }))).toEqual(['unverified_checkpoint']);
    expect(verifyLog(exported, { checkpoint: unsigned }).ok).toBe(true);
    expect(codeOf(() => verifyLog(exported, { publicKey: KEYS.publicKey }))).toBe('invalid_argument');
  });

  it('reports a record edited and re-serialized non-canonically', () => {
    const spaced = ls.map((l, i) => (i === 4 ? JSON.stringify(JSON.parse(l), null, 0).replace('{', '{ ') : l));
    expect(codes(verifyLog(join(spaced)))).toEqual(['not_canonical']);
  });

  it('refuses malformed logs with audit_malformed, naming the line', () => {
    expect(codeOf(() => verifyLog(exported.slice(0, -1)))).toBe('audit_malformed');
    expect(codeOf(() => verifyLog(join([...ls.slice(0, 3), 'not json'])))).toBe('audit_malformed');
    expect(codeOf(() => verifyLog(join([...ls.slice(0, 3), '[]'])))).toBe('audit_malformed');
    expect(codeOf(() => verifyLog(join([...ls.slice(0, 3), '{"seq":3}'])))).toBe('audit_malformed');
    expect(codeOf(() => verifyLog(exported + '\n'))).toBe('audit_malformed');
    expect(codeOf(() => verifyLog(Uint8Array.of(0x7b, 0xff, 0x0a)))).toBe('audit_malformed');
    expect(codeOf(() => verifyLog(42 as never))).toBe('invalid_argument');
    try {
      verifyLog(join([...ls.slice(0, 3), 'not json']));
    } catch (e) {
      expect((e as Error).message).toContain('line 4');
    }
  });
});
