import { createScanner } from '@airlock/core';
import { describe, expect, it } from 'vitest';
import { compromiseRecognizer } from './compromiseRecognizer.ts';

describe('compromiseRecognizer', () => {
  const recognizer = compromiseRecognizer();

  it('finds people, places and organisations at UTF-16 offsets, without honorifics or trailing punctuation', async () => {
    const text = 'Yesterday 😀 Dr. Haruto Ishikawa flew to Rotterdam, then wrote to the World Health Organization.';
    const found = (await recognizer.recognize(text)).map((f) => [f.type, text.slice(f.start, f.end), f.level]);
    expect(found).toEqual([
      ['PERSON', 'Haruto Ishikawa', 'confidential'],
      ['LOCATION', 'Rotterdam', 'internal'],
      ['ORGANIZATION', 'World Health Organization', 'internal'],
    ]);
  });

  it('adds what the catalog misses when merged by scanAsync', async () => {
    const text = 'Tell Priyanka to email the World Health Organization.';
    const alone = createScanner().scan(text).map((f) => f.type);
    expect(alone).not.toContain('ORGANIZATION');
    const { findings, complete } = await createScanner({ recognizers: [recognizer] }).scanAsync(text);
    expect(complete).toBe(true);
    expect(findings.map((f) => [f.type, text.slice(f.start, f.end), f.detector])).toContainEqual(['ORGANIZATION', 'World Health Organization', 'ner-compromise']);
  });

  it('refuses a text over its limit, which makes the scan incomplete rather than silently partial', async () => {
    const small = compromiseRecognizer({ maxLength: 10 });
    const result = await createScanner({ recognizers: [small] }).scanAsync('Haruto Ishikawa flew to Rotterdam.');
    expect(result.complete).toBe(false);
    expect(result.limits.join()).toMatch(/ner-compromise/);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await recognizer.recognize('Haruto Ishikawa flew to Rotterdam.', controller.signal)).toEqual([]);
  });
});
