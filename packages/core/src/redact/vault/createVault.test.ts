import { describe, expect, it } from 'vitest';
import { createVault, deserializeVault } from './createVault.ts';
import type { VaultEntry, VaultEvent } from './types.ts';
import { codeOf } from '../../../test/errorCode.ts';

const KEY = new Uint8Array(32).map((_, i) => i);

describe('createVault', () => {
  it('gives one token per value, type and scope, numbered per scope and type', () => {
    const v = createVault();
    expect(v.pseudonym('a', 'PERSON', 'Jane')).toBe('<PERSON_1>');
    expect(v.pseudonym('a', 'PERSON', 'Joe')).toBe('<PERSON_2>');
    expect(v.pseudonym('a', 'PERSON', 'Jane')).toBe('<PERSON_1>');
    expect(v.pseudonym('a', 'EMAIL_ADDRESS', 'Jane')).toBe('<EMAIL_ADDRESS_1>');
    expect(v.pseudonym('b', 'PERSON', 'Joe')).toBe('<PERSON_1>');
    expect(v.lookup('a', '<PERSON_2>')?.value).toBe('Joe');
    expect(v.lookup('b', '<PERSON_2>')).toBeUndefined();
    expect(v.entries('a')).toHaveLength(3);
    expect(v.entries()).toHaveLength(4);
  });

  it('turns any type into a name restore can find', () => {
    const v = createVault();
    expect(v.pseudonym('s', 'my-type', 'x')).toBe('<MY_TYPE_1>');
    expect(v.pseudonym('s', 'MY_TYPE', 'y')).toBe('<MY_TYPE_2>'); // shares the name, so not `_1` again
    expect(v.pseudonym('s', '1x', 'z')).toBe('<X1X_1>');
  });

  it('expires entries after the ttl, by the injected clock, and never reuses a number', () => {
    let t = 1000;
    const v = createVault({ ttl: 100, now: () => t });
    expect(v.pseudonym('s', 'PERSON', 'Jane')).toBe('<PERSON_1>');
    t = 1099;
    expect(v.lookup('s', '<PERSON_1>')?.expiresAt).toBe(1100);
    t = 1100;
    expect(v.lookup('s', '<PERSON_1>')).toBeUndefined();
    expect(v.pseudonym('s', 'PERSON', 'Jane')).toBe('<PERSON_2>');
    t = 1300;
    expect(v.purge()).toBe(1);
    expect(v.entries()).toEqual([]);
  });

  it('exports and erases a data subject’s entries across scopes, and tells onEvent without the value', () => {
    const events: VaultEvent[] = [];
    const v = createVault({ now: () => 5, onEvent: (e) => events.push(e) });
    v.pseudonym('chat-1', 'EMAIL_ADDRESS', 'jane@example.com');
    v.pseudonym('chat-2', 'EMAIL_ADDRESS', 'jane@example.com');
    v.pseudonym('chat-2', 'EMAIL_ADDRESS', 'joe@example.com');
    expect(v.access('jane@example.com').map((e) => e.scope)).toEqual(['chat-1', 'chat-2']);
    expect(v.erase('jane@example.com')).toHaveLength(2);
    expect(v.access('jane@example.com')).toEqual([]);
    expect(v.lookup('chat-2', '<EMAIL_ADDRESS_2>')?.value).toBe('joe@example.com');
    expect(events.map((e) => [e.type, e.at, e.entries.length])).toEqual([
      ['access', 5, 2],
      ['erase', 5, 2],
      ['access', 5, 0],
    ]);
    expect(JSON.stringify(events)).not.toContain('jane@example.com');
    // A new mention after erasure gets a new number, not the erased one.
    expect(v.pseudonym('chat-1', 'EMAIL_ADDRESS', 'jane@example.com')).toBe('<EMAIL_ADDRESS_2>');
  });

  it('clears one scope or all', () => {
    const v = createVault();
    v.pseudonym('a', 'PERSON', 'x');
    v.pseudonym('b', 'PERSON', 'y');
    v.clear('a');
    expect(v.entries().map((e) => e.scope)).toEqual(['b']);
    v.clear();
    expect(v.entries()).toEqual([]);
  });

  it('uses the storage it is given, and rebuilds its indexes from it', () => {
    const storage = new Map<string, VaultEntry>();
    const v = createVault({ storage });
    v.pseudonym('a', 'PERSON', 'Jane');
    expect(storage.size).toBe(1);
    const again = createVault({ storage });
    expect(again.pseudonym('a', 'PERSON', 'Jane')).toBe('<PERSON_1>');
    expect(again.pseudonym('a', 'PERSON', 'Joe')).toBe('<PERSON_2>');
  });

  it('rejects malformed options and arguments with a code', () => {
    expect(codeOf(() => createVault({ ttl: -1 }))).toBe('invalid_argument');
    expect(codeOf(() => createVault({ storage: {} as never }))).toBe('invalid_argument');
    expect(codeOf(() => createVault().pseudonym('a', 'PERSON', 42 as never))).toBe('invalid_argument');
    expect(codeOf(() => createVault().access(null as never))).toBe('invalid_argument');
  });
});

describe('serialize / deserializeVault', () => {
  it('round-trips entries, counters and expiry, encrypted', () => {
    let t = 0;
    const v = createVault({ ttl: 1000, now: () => t });
    v.pseudonym('a', 'PERSON', 'Jane Doe');
    v.pseudonym('a', 'PERSON', 'Joe Bloggs');
    v.erase('Joe Bloggs');
    const saved = v.serialize(KEY);
    expect(saved).not.toContain('Jane');
    expect(saved.startsWith('airlock-vault.1.')).toBe(true);
    const w = deserializeVault(saved, KEY, { now: () => t });
    expect(w.lookup('a', '<PERSON_1>')).toEqual({ scope: 'a', token: '<PERSON_1>', type: 'PERSON', value: 'Jane Doe', createdAt: 0, expiresAt: 1000 });
    expect(w.pseudonym('a', 'PERSON', 'Someone')).toBe('<PERSON_3>'); // the counter survived the erasure
    t = 2000;
    expect(deserializeVault(saved, KEY, { now: () => t }).entries()).toEqual([]);
  });

  it('keeps counters of any scope name, NUL included', () => {
    const v = createVault();
    v.pseudonym('a\u0000b', 'PERSON', 'x');
    const w = deserializeVault(v.serialize(KEY), KEY);
    expect(w.pseudonym('a\u0000b', 'PERSON', 'y')).toBe('<PERSON_2>');
  });

  it('two serializations of one vault differ (random nonce) and both open', () => {
    const v = createVault();
    v.pseudonym('a', 'PERSON', 'Jane');
    const [s1, s2] = [v.serialize(KEY), v.serialize(KEY)];
    expect(s1).not.toBe(s2);
    expect(deserializeVault(s2, KEY).entries()).toHaveLength(1);
  });

  it('a wrong key is vault_key; damage anywhere is vault_corrupt; never garbage', () => {
    const v = createVault();
    v.pseudonym('a', 'PERSON', 'Jane');
    const saved = v.serialize(KEY);
    expect(codeOf(() => deserializeVault(saved, new Uint8Array(32)))).toBe('vault_key');
    expect(codeOf(() => deserializeVault(saved, new Uint8Array(8)))).toBe('vault_key');
    expect(codeOf(() => deserializeVault('', KEY))).toBe('vault_corrupt');
    expect(codeOf(() => deserializeVault('{"entries":[]}', KEY))).toBe('vault_corrupt');
    expect(codeOf(() => deserializeVault(saved.replace('.1.', '.2.'), KEY))).toBe('vault_corrupt');
    // Flip each character of the nonce and ciphertext in turn: every one is refused.
    const body = saved.lastIndexOf('.') - 10;
    for (let i = body; i < saved.length; i++) {
      const c = saved[i] === 'A' ? 'B' : 'A';
      const bad = saved.slice(0, i) + c + saved.slice(i + 1);
      if (bad === saved) continue;
      expect(codeOf(() => deserializeVault(bad, KEY))).toMatch(/^vault_(corrupt|key)$/);
    }
    expect(codeOf(() => deserializeVault(saved.slice(0, -5), KEY))).toBe('vault_corrupt');
    expect(codeOf(() => deserializeVault(42 as never, KEY))).toBe('invalid_argument');
  });
});
