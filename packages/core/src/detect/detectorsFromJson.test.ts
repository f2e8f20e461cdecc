import { describe, expect, it } from 'vitest';
import { DetectorDefinitionError } from '../errors/index.ts';
import { createScanner } from './createScanner.ts';
import { detectorsFromJson } from './detectorsFromJson.ts';

const good = {
  id: 'emp',
  type: 'EMPLOYEE_ID',
  patterns: ['\\bEMP-([0-9]{5})\\b'],
  group: 1,
  validators: ['even'],
  score: 0.9,
  level: 'internal',
  category: 'pii',
  samples: { positive: ['EMP-12346'], negative: [] },
};
const even = (v: string) => Number(v) % 2 === 0;

function fieldOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof DetectorDefinitionError) return e.field;
    throw e;
  }
  throw new Error('did not throw');
}

describe('detectorsFromJson', () => {
  it('builds working detectors from text or values, with named validators', () => {
    const [d] = detectorsFromJson(JSON.stringify([good]), { validators: { even } });
    const scanner = createScanner({ detectors: [d!] });
    expect(scanner.scan('EMP-12346 EMP-12345').map((f) => [f.start, f.end])).toEqual([[4, 9]]);
    expect(detectorsFromJson({ detectors: [good] }, { validators: { even } })).toHaveLength(1);
  });

  it('names the bad field with its position', () => {
    expect(fieldOf(() => detectorsFromJson('[{'))).toBe('(json)');
    expect(fieldOf(() => detectorsFromJson('{"detectors": 3}'))).toBe('detectors');
    expect(fieldOf(() => detectorsFromJson([good, 5], { validators: { even } }))).toBe('[1]');
    expect(fieldOf(() => detectorsFromJson([good]))).toBe('[0].validators[0]');
    expect(fieldOf(() => detectorsFromJson({ detectors: [{ ...good, validators: [], patterns: ['(x'] }] }))).toBe('detectors[0].patterns[0]');
    expect(fieldOf(() => detectorsFromJson([{ ...good, validators: [], context: { words: ['a'], window: -1 } }]))).toBe('[0].context.window');
    expect(fieldOf(() => detectorsFromJson([{ ...good, validators: [], level: 'secret' }]))).toBe('[0].level');
    expect(fieldOf(() => detectorsFromJson([{ ...good, validators: [], path: '(?P<' }]))).toBe('[0].path');
    expect(fieldOf(() => detectorsFromJson([{ ...good, validators: [], path: 3 }]))).toBe('[0].path');
    expect(fieldOf(() => detectorsFromJson([{ ...good, validators: [], patterns: [] }]))).toBe('[0].patterns');
    expect(fieldOf(() => detectorsFromJson([{ ...good, validators: [], samples: { positive: [], negative: [{ path: 'a' }] } }]))).toBe('[0].samples.negative[0]');
  });

  it('builds path rules: a path-only detector from JSON reports a matching file', () => {
    const [keystore] = detectorsFromJson([
      { id: 'jks', type: 'JAVA_KEYSTORE', patterns: [], path: '(?i)\\.jks$', score: 0.8, level: 'restricted', category: 'credential', samples: { positive: [{ text: '', path: 'a.jks' }], negative: [] } },
    ]);
    const scanner = createScanner({ detectors: [keystore!] });
    expect(scanner.scan('\u00fe\u00ed', { path: 'conf/server.JKS' }).map((f) => [f.type, f.start, f.end])).toEqual([['JAVA_KEYSTORE', 0, 2]]);
    expect(scanner.scan('\u00fe\u00ed')).toEqual([]);
  });

  it('does not resolve validator names through the prototype', () => {
    expect(fieldOf(() => detectorsFromJson([{ ...good, validators: ['toString'] }], { validators: { even } }))).toBe('[0].validators[0]');
  });
});
