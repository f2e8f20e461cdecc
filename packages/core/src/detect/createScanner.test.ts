import { describe, expect, it } from 'vitest';
import { AirlockError, DetectorDefinitionError } from '../errors/index.ts';
import { createScanner } from './createScanner.ts';
import { defineDetector } from './defineDetector.ts';
import type { DetectorSpec } from './types.ts';

const base = {
  score: 0.6,
  level: 'confidential',
  category: 'pii',
  samples: { positive: [], negative: [] },
} as const;

const digits = (id: string, type: string, pattern: string, extra: Partial<DetectorSpec> = {}) =>
  defineDetector({ ...base, id, type, patterns: [pattern], ...extra });

describe('createScanner', () => {
  it('reports matches of every detector in one pass, sorted by start', () => {
    const s = createScanner({ detectors: [digits('four', 'FOUR', '\\b[0-9]{4}\\b'), digits('word', 'WORD', '\\bsecret\\b')] });
    expect(s.scan('secret 1234 and 5678').map((f) => [f.type, f.start, f.end])).toEqual([
      ['WORD', 0, 6],
      ['FOUR', 7, 11],
      ['FOUR', 16, 20],
    ]);
  });

  it('reports only the capture group when the detector names one', () => {
    const d = digits('pw', 'PASSWORD', 'password=(?P<value>[^ ]+)', { group: 'value' });
    const s = createScanner({ detectors: [d] });
    expect(s.scan('x password=hunter22 y').map((f) => [f.start, f.end])).toEqual([[11, 19]]);
    const byIndex = createScanner({ detectors: [digits('pw2', 'PASSWORD', 'password=([^ ]+)', { group: 1 })] });
    expect(byIndex.scan('password=abc').map((f) => [f.start, f.end])).toEqual([[9, 12]]);
  });

  it('scores a pattern that several detectors share for each of them, with its own group, validators and index', () => {
    const odd = (v: string) => Number(v) % 2 === 1;
    const s = createScanner({
      detectors: [
        digits('pair', 'PAIR', 'id ([0-9]{2})', { group: 1 }),
        defineDetector({ ...base, id: 'any', type: 'ANY', patterns: ['\\bx\\b', 'id ([0-9]{2})'] }),
        digits('odd', 'ODD', 'id ([0-9]{2})', { group: 1, validators: [odd] }),
      ],
      overlap: 'all',
      explain: true,
    });
    const found = s.scan('id 12 id 13 x');
    expect(found.map((f) => [f.detector, f.start, f.end, f.explanation?.patternIndex])).toEqual([
      ['pair', 3, 5, 0],
      ['any', 0, 5, 1],
      ['pair', 9, 11, 0],
      ['any', 6, 11, 1],
      ['odd', 9, 11, 0],
      ['any', 12, 13, 0],
    ].sort((a, b) => (a[1] as number) - (b[1] as number)));
  });

  it('drops candidates a validator rejects and raises those it accepts', () => {
    const even = (v: string) => (Number(v) % 2 === 0 ? true : false);
    const s = createScanner({ detectors: [digits('even', 'EVEN', '\\b[0-9]{2}\\b', { validators: [even], score: 0.3 })] });
    const found = s.scan('12 13 14');
    expect(found.map((f) => [f.start, f.score])).toEqual([
      [0, 1],
      [6, 1],
    ]);
  });

  it('applies context words, thresholds and required context', () => {
    const d = digits('acct', 'ACCOUNT', '\\b[0-9]{6}\\b', { score: 0.3, context: { words: ['account'], window: 20 } });
    const s = createScanner({ detectors: [d] });
    expect(s.scan('number 123456')).toEqual([]);
    expect(s.scan('my account: 123456').map((f) => f.score)).toEqual([0.3 + 0.35]);
    expect(s.scan('accounting 123456')).toEqual([]); // word boundary
    const lenient = createScanner({ detectors: [d], thresholds: { ACCOUNT: 0.2 } });
    expect(lenient.scan('number 123456')).toHaveLength(1);
    const required = createScanner({
      detectors: [digits('acct2', 'ACCOUNT', '\\b[0-9]{6}\\b', { score: 0.9, context: { words: ['account'], required: true } })],
    });
    expect(required.scan('number 123456')).toEqual([]);
    expect(required.scan('account 123456')).toHaveLength(1);
  });

  it('rejects low-entropy values and placeholders of credentials', () => {
    const d = defineDetector({
      ...base,
      id: 'tok',
      type: 'TOKEN',
      category: 'credential',
      patterns: ['token=(\\S{8,})'],
      group: 1,
      minEntropy: 3,
    });
    const s = createScanner({ detectors: [d] });
    expect(s.scan('token=aaaaaaaaaaaa')).toEqual([]);
    expect(s.scan('token=${MY_TOKEN}')).toEqual([]);
    const [f] = s.scan('token=Zx81Qp02Lm77');
    expect(f?.family).toBe('SECRET');
  });

  it('resolves overlaps by level, then length (the enclosing finding), then score, then position', () => {
    const long = digits('long', 'LONG', '[0-9]{3}-[0-9]{4}', { score: 0.6 });
    const short = digits('short', 'SHORT', '[0-9]{4}', { score: 0.9 });
    const s = createScanner({ detectors: [long, short] });
    // The better-scored inner finding does not win: redacting it would leave '555-' behind.
    expect(s.scan('555-1234').map((f) => f.type)).toEqual(['LONG']);
    const left = digits('left', 'LEFT', '[0-9]{3}-[0-9]{2}', { score: 0.6 });
    const right = digits('right', 'RIGHT', '[0-9]-[0-9]{4}', { score: 0.9 });
    expect(createScanner({ detectors: [left, right] }).scan('555-1234').map((f) => f.type)).toEqual(['RIGHT']);
    const all = createScanner({ detectors: [long, short], overlap: 'all' });
    expect(all.scan('555-1234').map((f) => f.type)).toEqual(['LONG', 'SHORT']);
    const tie = createScanner({ detectors: [digits('a', 'A', '[0-9]{3}-[0-9]{4}'), digits('b', 'B', '[0-9]{4}')] });
    expect(tie.scan('555-1234').map((f) => f.type)).toEqual(['A']);
    const secret = digits('key', 'KEY', '[0-9]{3}-[0-9]{4}', { score: 0.6, level: 'restricted' });
    const sensitiveFirst = createScanner({ detectors: [short, secret] });
    expect(sensitiveFirst.scan('555-1234').map((f) => f.type)).toEqual(['KEY']);
  });

  it('honours allow and deny lists', () => {
    const d = digits('four', 'FOUR', '\\b[0-9]{4}\\b');
    const s = createScanner({
      detectors: [d],
      allow: ['1234', { pattern: '9[0-9]{3}', types: ['FOUR'] }],
      deny: [{ type: 'CODENAME', values: ['Project (X)'] }],
    });
    expect(s.scan('1234 5678 9999 Project (X)').map((f) => [f.type, f.start])).toEqual([
      ['FOUR', 5],
      ['CODENAME', 15],
    ]);
  });

  it('explains findings on request', () => {
    const s = createScanner({ detectors: [digits('four', 'FOUR', '\\b[0-9]{4}\\b', { context: { words: ['pin'] } })], explain: true });
    const [f] = s.scan('pin 1234');
    expect(f?.explanation).toEqual({ patternIndex: 0, pattern: '\\b[0-9]{4}\\b', scoreBefore: 0.6, scoreAfter: 0.95, contextWord: 'pin' });
  });

  it('fails on bad input with typed errors naming the field', () => {
    const s = createScanner({ detectors: [digits('four', 'FOUR', '[0-9]{4}')] });
    expect(() => s.scan(42 as unknown as string)).toThrow(AirlockError);
    const field = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof DetectorDefinitionError ? e.field : 'not a DetectorDefinitionError';
      }
      return undefined;
    };
    expect(field(() => createScanner({ detectors: [{} as never] }))).toBe('detectors[0]');
    expect(field(() => createScanner({ detectors: [], minScore: 2 }))).toBe('minScore');
    expect(field(() => createScanner({ detectors: [], deny: [{ type: 'X', patterns: ['(a'] }] }))).toBe('deny[0].patterns[0]');
    expect(field(() => createScanner({ detectors: [], allow: [{ pattern: '(' }] }))).toBe('allow[0].pattern');
    expect(field(() => createScanner({ detectors: [digits('a', 'A', 'a'), digits('a', 'B', 'b')] }))).toBe('detectors');
    expect(field(() => digits('x', 'X', 'a(b', {}))).toBe('patterns[0]');
    expect(field(() => digits('x', 'X', 'a', { group: 2 }))).toBe('group');
    expect(field(() => digits('x', 'lower', 'a'))).toBe('type');
    expect(field(() => digits('x', 'X', 'a', { context: { words: [] } }))).toBe('context.words');
    expect(field(() => digits('x', 'X', 'a', { score: 1.5 }))).toBe('score');
    expect(() => createScanner().scan('x', { path: 42 as unknown as string })).toThrow(AirlockError);
    expect(() => createScanner().scan('x', null as unknown as {})).toThrow(AirlockError);
    expect(() => defineDetector({ ...base, id: 'none', type: 'NONE', patterns: [] })).toThrow(/patterns/);
    expect(() => defineDetector({ ...base, id: 'bad-path', type: 'BAD', patterns: [], path: '(' })).toThrow(expect.objectContaining({ field: 'path' }));
  });

  it('runs a detector with a path only where the known path matches, and every detector when none is known', () => {
    const tf = digits('tf-password', 'TF_PASSWORD', 'password = "([a-z0-9]{8,})"', { group: 1, path: '(?i)\\.tf$' });
    const any = digits('four', 'FOUR', '\\b[0-9]{4}\\b');
    const s = createScanner({ detectors: [tf, any] });
    const text = 'password = "q7rz2mvx" pin 1234';
    const types = (path?: string) => s.scan(text, path === undefined ? undefined : { path }).map((f) => f.type);
    expect(types()).toEqual(['TF_PASSWORD', 'FOUR']);
    expect(types('infra/MAIN.TF')).toEqual(['TF_PASSWORD', 'FOUR']);
    expect(types('src/main.js')).toEqual(['FOUR']);
    expect(s.analyze(text, { path: 'src/main.js' }).findings.map((f) => f.type)).toEqual(['FOUR']);
  });

  it('reports a path-only detector over the whole text when the path matches, beside the other findings', () => {
    const p12 = defineDetector({ ...base, id: 'keystore', type: 'KEYSTORE', patterns: [], path: '\\.p12$', score: 0.8, level: 'restricted', category: 'credential' });
    const s = createScanner({ detectors: [p12, digits('four', 'FOUR', '\\b[0-9]{4}\\b')], explain: true });
    expect(s.scan('0\x82 1234')).toHaveLength(1); // no path known: only the text detector
    const found = s.scan('0\x82 1234', { path: 'certs/a.p12' });
    expect(found.map((f) => [f.type, f.start, f.end])).toEqual([['KEYSTORE', 0, 7], ['FOUR', 3, 7]]);
    expect(found[0]!.explanation).toMatchObject({ patternIndex: -1, pattern: '\\.p12$', scoreAfter: 0.8 });
    expect(s.scan('', { path: 'a.p12' }).map((f) => [f.type, f.start, f.end])).toEqual([['KEYSTORE', 0, 0]]);
    expect(s.scan('', { path: 'a.p12.txt' })).toEqual([]);
    // Thresholds apply to it as to any finding.
    const strict = createScanner({ detectors: [p12], thresholds: { KEYSTORE: 0.9 } });
    expect(strict.scan('', { path: 'a.p12' })).toEqual([]);
  });

  it('finds what evasion hides, at offsets into the original text', () => {
    const email = digits('mail', 'EMAIL', '\\b[a-z]+@[a-z]+\\.com\\b');
    const s = createScanner({ detectors: [email], explain: true });
    const hidden = 'write to jo\u200Bhn@exa\u200Dmple.com now';
    const [f] = s.scan(hidden);
    expect([f?.start, f?.end, f?.explanation?.decodedFrom]).toEqual([9, 27, 'normalize']);
    const spelled = 'mail john [at] example [dot] com';
    expect(s.scan(spelled).map((x) => spelled.slice(x.start, x.end))).toEqual(['john [at] example [dot] com']);
    const encoded = `payload ${btoa('contact: mary@example.com')} end`;
    const [g] = s.scan(encoded);
    expect(g && encoded.slice(g.start, g.end)).toBe(btoa('contact: mary@example.com'));
    expect(g?.explanation?.decodedFrom).toBe('base64');
    expect(s.analyze(encoded).complete).toBe(true);
    const pin = createScanner({ detectors: [digits('four', 'FOUR', '\\b[0-9]{4}\\b')] });
    const wide = `${'x '.repeat(2000)}pin \uFF11\uFF12\uFF13\uFF14 ok ${'y '.repeat(2000)}`;
    expect(pin.scan(wide).map((x) => [x.start, x.end])).toEqual([[4004, 4008]]);
    const plain = createScanner({ detectors: [email], normalize: false });
    expect(plain.scan(hidden)).toEqual([]);
    expect(plain.scan('a@b.com').length).toBe(1);
  });

  it('merges recognizer findings in scanAsync and fails closed when one misbehaves', async () => {
    const four = digits('four', 'FOUR', '\\b[0-9]{4}\\b');
    const finding = (start: number, end: number, score = 0.9) => ({ type: 'PERSON', family: 'PERSON', start, end, score, detector: 'x', level: 'confidential' as const });
    const good = { id: 'ner', types: ['PERSON'], recognize: async () => [finding(0, 3), finding(4, 8, 0.2)] };
    const s = createScanner({ detectors: [four], recognizers: [good] });
    const r = await s.scanAsync('Ada 1234');
    expect(r.findings.map((f) => [f.type, f.detector, f.start])).toEqual([
      ['PERSON', 'ner', 0],
      ['FOUR', 'four', 4],
    ]);
    expect(r.complete).toBe(true);
    expect(s.scan('Ada 1234').map((f) => f.type)).toEqual(['FOUR']);
    const failing = { id: 'down', types: ['PERSON'], recognize: async () => Promise.reject(new Error('model offline')) };
    const broken = { id: 'broken', types: ['PERSON'], recognize: async () => [finding(5, 99)] };
    const r2 = await createScanner({ detectors: [four], recognizers: [failing, broken] }).scanAsync('Ada 1234');
    expect(r2.complete).toBe(false);
    const nothing = { id: 'nothing', types: ['PERSON'], recognize: async () => undefined as unknown as [] };
    const r3 = await createScanner({ detectors: [four], recognizers: [nothing] }).scanAsync('Ada 1234');
    expect([r3.complete, r3.findings.length]).toEqual([false, 1]);
    expect(r2.limits.join('\n')).toMatch(/'down' failed: model offline[\s\S]*'broken' returned a malformed finding/);
    expect(r2.findings.map((f) => f.type)).toEqual(['FOUR']);
    expect(() => createScanner({ detectors: [four], recognizers: [{ ...good, id: 'four' }] })).toThrow(DetectorDefinitionError);
  });

  it("never throws on a string when a detector's own code does: the result is incomplete", () => {
    const boom = digits('boom', 'BOOM', '\\b[0-9]{4}\\b', {
      validators: [
        (v: string) => {
          if (v === '6666') throw new Error('bad luck');
          return true;
        },
      ],
    });
    const s = createScanner({ detectors: [boom, digits('word', 'WORD', '\\bok\\b')] });
    const r = s.analyze('1234 6666 ok');
    expect(r.findings.map((f) => f.type)).toEqual(['BOOM', 'WORD']);
    expect(r.complete).toBe(false);
    expect(r.limits).toEqual(["detector 'boom' threw, so its candidates were dropped: bad luck"]);
    expect(() => s.scan('6666')).not.toThrow();
  });
});

