import { describe, expect, it } from 'vitest';
import type { Scanner } from '../detect/createScanner.ts';
import type { Finding } from '../detect/types.ts';
import { _finding } from '../../test/redact/_operators.ts';
import { createRedactor } from './createRedactor.ts';
import { encrypt } from './operators/encrypt.ts';
import { keep } from './operators/keep.ts';
import { mask } from './operators/mask.ts';
import { pseudonymize } from './operators/pseudonymize.ts';
import { remove } from './operators/remove.ts';
import { createVault } from './vault/createVault.ts';
import { codeOf } from '../../test/errorCode.ts';

const at = (type: string, start: number, end: number, extra: Partial<Finding> = {}): Finding => ({ ..._finding(type, ''), start, end, ...extra });
/** A scanner that returns fixed findings: the redactor's logic without the catalog. */
const fixed = (findings: Finding[], complete = true): Scanner =>
  ({ analyze: () => ({ findings, complete, limits: complete ? [] : ['a limit'] }), scanAsync: async () => ({ findings, complete, limits: [] }) }) as unknown as Scanner;

describe('createRedactor', () => {
  it('picks the operator of the type, else of the family, else the default', () => {
    const text = 'AAA BBB CCC';
    const r = createRedactor({
      scanner: fixed([at('A', 0, 3), at('B', 4, 7, { family: 'SECRET' }), at('C', 8, 11)]),
      operators: { A: mask(), SECRET: remove() },
    });
    expect(r.redact(text).text).toBe('***  <C>');
  });

  it('reports each replacement with its offsets in the output; kept findings are not listed', () => {
    const text = 'mail a@b.io and c@d.io ok';
    const r = createRedactor({ scanner: fixed([at('EMAIL_ADDRESS', 5, 11), at('URL', 16, 22)]), operators: { URL: keep() } });
    const out = r.redact(text);
    expect(out.text).toBe('mail <EMAIL_ADDRESS> and c@d.io ok');
    expect(out.items).toHaveLength(1);
    const [item] = out.items;
    expect(out.text.slice(item!.start, item!.end)).toBe(item!.replacement);
    expect(item!.operator).toBe('replace');
    expect(out.findings).toHaveLength(2);
  });

  it('says when the scan was incomplete, so the caller can fail closed', () => {
    const out = createRedactor({ scanner: fixed([], false) }).redact('x');
    expect(out.complete).toBe(false);
    expect(out.limits).toEqual(['a limit']);
  });

  it('apply sorts findings and merges overlapping ones into their union, typed by the most sensitive', () => {
    const r = createRedactor();
    const text = '0123456789abcdef';
    const out = r.apply(text, [
      at('LOW', 6, 9, { level: 'internal' }),
      at('HIGH', 2, 5, { level: 'restricted' }),
      at('MID', 4, 7, { level: 'confidential' }),
      at('LAST', 12, 14),
    ]);
    expect(out.text).toBe('01<HIGH>9ab<LAST>ef');
    expect(out.findings.map((f) => [f.type, f.start, f.end])).toEqual([
      ['HIGH', 2, 9],
      ['LAST', 12, 14],
    ]);
    expect(out.complete).toBe(true);
    expect(r.apply(text, []).text).toBe(text);
  });

  it('apply rejects malformed findings and non-string text with invalid_argument', () => {
    const r = createRedactor();
    expect(codeOf(() => r.apply('abc', [at('X', 2, 4)]))).toBe('invalid_argument');
    expect(codeOf(() => r.apply('abc', [at('X', 2, 2)]))).toBe('invalid_argument');
    expect(codeOf(() => r.apply('abc', [at('X', -1, 2)]))).toBe('invalid_argument');
    expect(codeOf(() => r.apply('abc', [at('X', 0.5, 2)]))).toBe('invalid_argument');
    expect(codeOf(() => r.apply('abc', 'no' as never))).toBe('invalid_argument');
    expect(codeOf(() => r.apply(42 as never, []))).toBe('invalid_argument');
    expect(codeOf(() => r.redact(null as never))).toBe('invalid_argument');
  });

  it('checks its operators when built, and what a custom operator returns', () => {
    expect(codeOf(() => createRedactor({ operators: { X: {} as never } }))).toBe('invalid_operator');
    expect(codeOf(() => createRedactor({ default: 'replace' as never }))).toBe('invalid_operator');
    expect(codeOf(() => createRedactor({ scope: 1 as never }))).toBe('invalid_argument');
    const bad = createRedactor({ default: { kind: 'bad', apply: () => 42 as never } });
    expect(codeOf(() => bad.apply('abc', [at('X', 0, 1)]))).toBe('invalid_operator');
    const upper = createRedactor({ default: { kind: 'upper', apply: (v) => v.toUpperCase() } });
    expect(upper.apply('abc', [at('X', 0, 1)]).text).toBe('Abc');
  });

  it('pseudonymizes into its vault and scope, and restores with them and its encrypt keys', () => {
    const vault = createVault();
    const enc = encrypt({ key: new Uint8Array(32).fill(4) });
    const r = createRedactor({ default: pseudonymize(), operators: { SECRET: enc }, vault, scope: 'chat-9' });
    const out = r.apply('Jane and sk-123', [at('PERSON', 0, 4), at('API_KEY', 9, 15, { family: 'SECRET' })]);
    expect(out.text).toMatch(/^<PERSON_1> and API_KEY_ENC\(\d+\):[A-Z2-7]+$/);
    expect(vault.lookup('chat-9', '<PERSON_1>')?.value).toBe('Jane');
    expect(r.restore(`Hello [person_1], your key is ${out.text.split(' and ')[1]}.`).text).toBe('Hello Jane, your key is sk-123.');
  });

  it('redactAsync runs the scanner’s recognizers too', async () => {
    const r = createRedactor({ scanner: fixed([at('X', 0, 1)]) });
    expect((await r.redactAsync('abc')).text).toBe('<X>bc');
  });
});
