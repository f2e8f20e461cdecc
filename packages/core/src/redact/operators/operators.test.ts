import { describe, expect, it } from 'vitest';
import { luhn } from '../../detect/validators/common/luhn.ts';
import { isIban } from '../../detect/validators/common/iban.ts';
import { _apply } from '../../../test/redact/_operators.ts';
import { createVault } from '../vault/createVault.ts';
import { encrypt } from './encrypt.ts';
import { hash } from './hash.ts';
import { keep } from './keep.ts';
import { mask } from './mask.ts';
import { pseudonymize } from './pseudonymize.ts';
import { remove } from './remove.ts';
import { replace } from './replace.ts';
import { surrogate } from './surrogate.ts';
import { codeOf } from '../../../test/errorCode.ts';

const K1 = new Uint8Array(32).fill(1);
const K2 = new Uint8Array(32).fill(2);

describe('replace, remove, keep', () => {
  it('replace renders its template', () => {
    expect(_apply(replace(), 'a@b.c', 'EMAIL_ADDRESS')).toBe('<EMAIL_ADDRESS>');
    expect(_apply(replace({ template: '{{{family}}}' }), 'x', 'US_SSN')).toBe('{US_SSN}');
    expect(_apply(replace({ template: 'gone' }), 'x')).toBe('gone');
  });
  it('replace checks its template when built', () => {
    expect(codeOf(() => replace({ template: '{nope}' }))).toBe('invalid_operator');
    expect(codeOf(() => replace({ template: 'a}' }))).toBe('invalid_operator');
    expect(codeOf(() => replace({ template: 3 as never }))).toBe('invalid_operator');
    expect(codeOf(() => replace('x' as never))).toBe('invalid_operator');
  });
  it('remove leaves nothing; keep leaves the value', () => {
    expect(_apply(remove(), 'secret')).toBe('');
    expect(_apply(keep(), 'secret')).toBe('secret');
  });
});

describe('mask', () => {
  it('masks every character, or keeps the first and last n', () => {
    expect(_apply(mask(), 'abcdef')).toBe('******');
    expect(_apply(mask({ char: '#', keepFirst: 1, keepLast: 2 }), 'abcdef')).toBe('a###ef');
  });
  it('preserveFormat keeps separators and counts only letters and digits', () => {
    expect(_apply(mask({ keepLast: 4, preserveFormat: true }), '4111-1111-1111-1234')).toBe('****-****-****-1234');
    expect(_apply(mask({ keepFirst: 1, preserveFormat: true }), 'jane.doe@example.com')).toBe('j***.***@*******.***');
  });
  it('never shows everything', () => {
    expect(_apply(mask({ keepFirst: 3, keepLast: 3 }), 'abcd')).toBe('****');
  });
  it('keeps the length in code points, astral characters included', () => {
    expect([..._apply(mask({ char: '•' }), 'a😀b')]).toHaveLength(3);
    expect(_apply(mask({ char: '😀' }), 'ab')).toBe('😀😀');
  });
  it('checks its options when built', () => {
    expect(codeOf(() => mask({ char: '**' }))).toBe('invalid_operator');
    expect(codeOf(() => mask({ char: '' }))).toBe('invalid_operator');
    expect(codeOf(() => mask({ keepLast: -1 }))).toBe('invalid_operator');
    expect(codeOf(() => mask({ keepFirst: 1.5 }))).toBe('invalid_operator');
    expect(codeOf(() => mask({ preserveFormat: 'yes' as never }))).toBe('invalid_operator');
  });
});

describe('hash', () => {
  it('is HMAC-SHA-256 under the key: deterministic, different across keys', () => {
    const a = _apply(hash({ key: K1, length: 64, template: '{hash}' }), 'jane@example.com');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(_apply(hash({ key: K1, length: 64, template: '{hash}' }), 'jane@example.com')).toBe(a);
    expect(_apply(hash({ key: K2, length: 64, template: '{hash}' }), 'jane@example.com')).not.toBe(a);
    expect(_apply(hash({ key: K1 }), 'jane@example.com', 'EMAIL_ADDRESS')).toBe(`<EMAIL_ADDRESS:${a.slice(0, 16)}>`);
  });
  it('matches a known HMAC-SHA-256 value', () => {
    // RFC 4231 test case 1: key 0x0b × 20, data "Hi There".
    const key = new Uint8Array(20).fill(0x0b);
    expect(_apply(hash({ key, length: 64, template: '{hash}' }), 'Hi There')).toBe('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
  });
  it('has no unkeyed default', () => {
    expect(codeOf(() => hash(undefined as never))).toBe('invalid_operator');
    expect(codeOf(() => hash({} as never))).toBe('invalid_operator');
    expect(codeOf(() => hash({ key: new Uint8Array(8) }))).toBe('invalid_operator');
    expect(codeOf(() => hash({ key: K1, length: 4 }))).toBe('invalid_operator');
    expect(codeOf(() => hash({ key: K1, template: '{value}' }))).toBe('invalid_operator');
  });
  it('copies the key: wiping the caller’s buffer later changes nothing', () => {
    const key = new Uint8Array(32).fill(5);
    const op = hash({ key });
    const before = _apply(op, 'x');
    key.fill(0);
    expect(_apply(op, 'x')).toBe(before);
  });
});

describe('encrypt', () => {
  it('is deterministic, reversible, type-bound and differs across keys', () => {
    const op = encrypt({ key: K1 });
    const t = _apply(op, 'jane@example.com', 'EMAIL_ADDRESS');
    expect(t).toMatch(/^EMAIL_ADDRESS_ENC\((\d+)\):[A-Z2-7]+$/);
    expect(Number(/\((\d+)\)/.exec(t)![1])).toBe(t.length - t.indexOf(':') - 1);
    expect(_apply(op, 'jane@example.com', 'EMAIL_ADDRESS')).toBe(t);
    expect(_apply(encrypt({ key: K2 }), 'jane@example.com', 'EMAIL_ADDRESS')).not.toBe(t);
    expect(op.decrypt(t)).toBe('jane@example.com');
    expect(op.decrypt(t.toLowerCase())).toBe('jane@example.com');
    expect(_apply(op, 'ünïcødé 😀', 'PERSON')).not.toContain('ü');
    expect(op.decrypt(_apply(op, 'ünïcødé 😀', 'PERSON'))).toBe('ünïcødé 😀');
  });
  it('refuses an altered token, a token moved to another type, and another key, with decrypt_failed', () => {
    const op = encrypt({ key: K1 });
    const t = _apply(op, 'jane@example.com', 'EMAIL_ADDRESS');
    const last = t.at(-1) === 'A' ? 'B' : 'A';
    expect(codeOf(() => op.decrypt(t.slice(0, -1) + last))).toBe('decrypt_failed');
    expect(codeOf(() => op.decrypt(t.replace('EMAIL_ADDRESS', 'PERSON')))).toBe('decrypt_failed');
    expect(codeOf(() => encrypt({ key: K2 }).decrypt(t))).toBe('decrypt_failed');
    expect(codeOf(() => op.decrypt('EMAIL_ADDRESS_ENC(3):ABC'))).toBe('decrypt_failed');
    expect(codeOf(() => op.decrypt('garbage'))).toBe('decrypt_failed');
  });
  it('takes AES-SIV keys only', () => {
    expect(codeOf(() => encrypt({ key: new Uint8Array(16) }))).toBe('invalid_operator');
    expect(codeOf(() => encrypt({ key: 'k' as never }))).toBe('invalid_operator');
    expect(codeOf(() => encrypt({ key: new Uint8Array(64) }))).toBeUndefined();
  });
});

describe('pseudonymize', () => {
  it('numbers values per type in the context’s vault and scope', () => {
    const vault = createVault();
    const op = pseudonymize();
    const ctx = { vault, scope: 's' };
    expect(_apply(op, 'Jane', 'PERSON', ctx)).toBe('<PERSON_1>');
    expect(_apply(op, 'Joe', 'PERSON', ctx)).toBe('<PERSON_2>');
    expect(_apply(op, 'Jane', 'PERSON', ctx)).toBe('<PERSON_1>');
    expect(_apply(op, 'Jane', 'PERSON', { vault, scope: 't' })).toBe('<PERSON_1>');
    expect(vault.lookup('s', '<PERSON_2>')?.value).toBe('Joe');
  });
});

describe('surrogate', () => {
  const op = surrogate({ key: K1 });
  it('is consistent per value and differs across keys and values', () => {
    expect(_apply(op, 'Jane Doe', 'PERSON')).toBe(_apply(op, 'Jane Doe', 'PERSON'));
    const many = new Set(['a@x.io', 'b@x.io', 'c@x.io', 'd@x.io'].map((v) => _apply(op, v, 'EMAIL_ADDRESS')));
    expect(many.size).toBeGreaterThan(1);
    expect(_apply(surrogate({ key: K2 }), '4111 1111 1111 1111', 'CREDIT_CARD')).not.toBe(_apply(op, '4111 1111 1111 1111', 'CREDIT_CARD'));
  });
  it('makes cards that pass Luhn with the same grouping and first digit', () => {
    for (const card of ['4111 1111 1111 1111', '5500-0000-0000-0004', '378282246310005']) {
      const fake = _apply(op, card, 'CREDIT_CARD');
      expect(fake).not.toBe(card);
      expect(luhn(fake)).toBe(true);
      expect(fake.replace(/\d/g, '0')).toBe(card.replace(/\d/g, '0'));
      expect(fake[0]).toBe(card[0]);
    }
  });
  it('puts emails, phones, SSNs and IPs in reserved ranges', () => {
    expect(_apply(op, 'jane@corp.com', 'EMAIL_ADDRESS')).toMatch(/^[a-z]+\.[a-z]+\d+@example\.(com|net|org)$/);
    expect(_apply(op, '(212) 555-7788', 'PHONE_NUMBER')).toMatch(/^\([2-9]\d\d\) 555-01\d\d$/);
    expect(_apply(op, '+1 212 555 7788', 'PHONE_NUMBER')).toMatch(/^\+1 [2-9]\d\d 555 01\d\d$/);
    expect(_apply(op, '+44 7911 123456', 'PHONE_NUMBER')).toMatch(/^\+44 7700 900\d{3}$/);
    expect(_apply(op, '07911 123456', 'PHONE_NUMBER')).toMatch(/^07700 900\d{3}$/);
    expect(_apply(op, '123-45-6789', 'US_SSN')).toMatch(/^9\d\d-[0-4]\d-\d{4}$/);
    expect(_apply(op, '8.8.8.8', 'IP_ADDRESS')).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
    expect(_apply(op, '2a00:1450::1', 'IP_ADDRESS')).toMatch(/^2001:db8::/);
  });
  it('makes IBANs with valid check digits, same country and grouping', () => {
    for (const iban of ['DE89 3704 0044 0532 0130 00', 'GB82WEST12345698765432', 'FR14 2004 1010 0505 0001 3M02 606']) {
      const fake = _apply(op, iban, 'IBAN_CODE');
      expect(fake).not.toBe(iban);
      expect(isIban(fake)).toBe(true);
      expect(fake.slice(0, 2)).toBe(iban.slice(0, 2));
      expect(fake.replace(/\S/g, 'x')).toBe(iban.replace(/\S/g, 'x'));
    }
  });
  it('makes names with as many parts, and keeps the shape of anything else', () => {
    expect(_apply(op, 'Jane', 'PERSON')).toMatch(/^[A-Z][a-z]+$/);
    expect(_apply(op, 'Jane Q. Doe', 'PERSON')).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(_apply(op, 'JANE DOE', 'PERSON')).toMatch(/^[A-Z]+ [A-Z]+$/);
    expect(_apply(op, 'AB-123/x', 'SOMETHING')).toMatch(/^[A-Z]{2}-\d{3}\/[a-z]$/);
  });
  it('needs a key', () => {
    expect(codeOf(() => surrogate({} as never))).toBe('invalid_operator');
  });
});
