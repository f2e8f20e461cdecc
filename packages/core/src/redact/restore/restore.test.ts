import { describe, expect, it } from 'vitest';
import { _finding } from '../../../test/redact/_operators.ts';
import { encrypt } from '../operators/encrypt.ts';
import { createVault } from '../vault/createVault.ts';
import { restore } from './restore.ts';
import { codeOf } from '../../../test/errorCode.ts';


function vaultWith(...values: [string, string][]) {
  const vault = createVault();
  for (const [type, value] of values) vault.pseudonym('default', type, value);
  return vault;
}

describe('restore', () => {
  const vault = vaultWith(['PERSON', 'Jane Doe'], ['EMAIL_ADDRESS', 'jane@example.com']);
  const r = (text: string): string => restore(text, vault).text;

  it('restores tokens as written and lightly reformatted', () => {
    const cases: [string, string][] = [
      ['<PERSON_1>', 'Jane Doe'],
      ['<person_1>', 'Jane Doe'],
      ['**<PERSON_1>**', '**Jane Doe**'],
      ['[PERSON_1]', 'Jane Doe'],
      ['[[PERSON_1]]', 'Jane Doe'],
      ['{PERSON_1}', 'Jane Doe'],
      ['{{ PERSON_1 }}', 'Jane Doe'],
      ['(Person_1)', 'Jane Doe'],
      ['< PERSON_1 >', 'Jane Doe'],
      ['&lt;PERSON_1&gt;', 'Jane Doe'],
      ['PERSON_1', 'Jane Doe'],
      ['PERSON\\_1', 'Jane Doe'],
      ['<EMAIL\\_ADDRESS\\_1>', 'jane@example.com'],
      ['`PERSON_1`', '`Jane Doe`'],
      ["PERSON_1's", "Jane Doe's"],
      ['PERSON_1.', 'Jane Doe.'],
      // An unmatched bracket is punctuation: the exact name inside is restored as a bare token.
      ['<PERSON_1]', '<Jane Doe]'],
    ];
    for (const [input, expected] of cases) expect(r(`Hi ${input}!`), input).toBe(`Hi ${expected}!`);
  });

  it('leaves what is not unambiguously a token', () => {
    for (const s of ['person_1', 'MY_PERSON_1', 'PERSON_12', 'PERSON_1X', 'PERSON_10', 'xPERSON_1', '<person_1', 'person_1>', '<person_1]', '<PERSON 1>', 'PERSON__1']) {
      expect(r(`a ${s} b`), s).toBe(`a ${s} b`);
    }
  });

  it('lists bracketed tokens the vault does not have, and restores nothing from another scope', () => {
    const res = restore('<PERSON_1> <PERSON_2> [EMAIL_ADDRESS_7]', vault);
    expect(res.text).toBe('Jane Doe <PERSON_2> [EMAIL_ADDRESS_7]');
    expect(res.unresolved).toEqual(['<PERSON_2>', '<EMAIL_ADDRESS_7>']);
    expect(restore('<PERSON_1>', vault, { scope: 'other' }).text).toBe('<PERSON_1>');
    expect(restore('<PERSON_1>', undefined).text).toBe('<PERSON_1>');
  });

  it('reports what it restored, with offsets into the output', () => {
    const res = restore('To <PERSON_1>, cc <EMAIL_ADDRESS_1>.', vault);
    expect(res.items.map((i) => [i.token, res.text.slice(i.start, i.end)])).toEqual([
      ['<PERSON_1>', 'Jane Doe'],
      ['<EMAIL_ADDRESS_1>', 'jane@example.com'],
    ]);
  });

  it('does not restore expired or erased entries', () => {
    let t = 0;
    const v = createVault({ ttl: 10, now: () => t });
    v.pseudonym('default', 'PERSON', 'Jane');
    v.pseudonym('default', 'PERSON', 'Joe');
    v.erase('Joe');
    expect(restore('<PERSON_1> <PERSON_2>', v).text).toBe('Jane <PERSON_2>');
    t = 10;
    expect(restore('<PERSON_1>', v).text).toBe('<PERSON_1>');
  });

  it('decrypts encrypt tokens in free text, in any case, and refuses altered ones', () => {
    const enc = encrypt({ key: new Uint8Array(32).fill(8) });
    const token = enc.apply('4111 1111 1111 1111', _finding('CREDIT_CARD', '4111 1111 1111 1111'), { vault, scope: 'default' });
    expect(restore(`card: **${token}**.`, undefined, { decrypt: [enc] }).text).toBe('card: **4111 1111 1111 1111**.');
    expect(restore(`card: ${token.toLowerCase()}`, undefined, { decrypt: [enc] }).text).toBe('card: 4111 1111 1111 1111');
    // Without a key, tokens stay.
    expect(restore(token, vault).text).toBe(token);
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    const altered = token.slice(0, -1) + last;
    expect(codeOf(() => restore(`x ${altered} y`, undefined, { decrypt: [enc] }))).toBe('decrypt_failed');
    expect(codeOf(() => restore(token, undefined, { decrypt: [encrypt({ key: new Uint8Array(32) })] }))).toBe('decrypt_failed');
    expect(restore(`x ${altered} y`, undefined, { decrypt: [enc], onInvalid: 'keep' }).text).toBe(`x ${altered} y`);
    // Tokens longer than the limit are not looked for.
    expect(restore(token, undefined, { decrypt: [enc], maxEncryptedLength: 8 }).text).toBe(token);
    // A name that is not an encrypt token's is not decrypted.
    expect(restore('f(2):AB', undefined, { decrypt: [enc] }).text).toBe('f(2):AB');
  });

  it('rejects non-string text and malformed options with invalid_argument', () => {
    expect(codeOf(() => restore(42 as never, vault))).toBe('invalid_argument');
    expect(codeOf(() => restore('x', {} as never))).toBe('invalid_argument');
    expect(codeOf(() => restore('x', vault, { decrypt: [{}] as never }))).toBe('invalid_argument');
    expect(codeOf(() => restore('x', vault, { onInvalid: 'skip' as never }))).toBe('invalid_argument');
    expect(codeOf(() => restore('x', vault, { scope: 3 as never }))).toBe('invalid_argument');
  });

  it('does linear work on adversarial text', () => {
    // Many openers and long name runs: each must be read a bounded number of times. Check output only;
    // the bound itself is argued in _scanTokens.ts and exercised by the streaming property test.
    const evil = '<'.repeat(10_000) + 'A'.repeat(10_000) + '&lt;'.repeat(5_000) + 'B_1'.repeat(5_000);
    expect(restore(evil, vault).text).toBe(evil);
  });
});
