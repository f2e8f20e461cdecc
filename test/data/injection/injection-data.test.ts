// Checks the shape of the prompt-injection evaluation files, not any detector: every record is
// well formed, ids are unique across files, and the hand-written set keeps its promised size and
// balance. A detector's scores on these files belong in its evaluation, not here.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface InjectionRecord {
  id: string;
  text: string;
  label: 'injection' | 'benign';
  kind: string;
  lang: string;
}

const DIR = dirname(fileURLToPath(import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.jsonl'));

function load(file: string): InjectionRecord[] {
  const lines = readFileSync(join(DIR, file), 'utf8').split('\n');
  expect(lines.at(-1), `${file} ends with a newline`).toBe('');
  return lines.slice(0, -1).map((line, i) => {
    const record: unknown = JSON.parse(line);
    expect(record, `${file}:${i + 1}`).toEqual({
      id: expect.any(String),
      text: expect.any(String),
      label: expect.stringMatching(/^(injection|benign)$/),
      kind: expect.stringMatching(/^[a-z0-9_]+$/),
      lang: expect.stringMatching(/^([a-z]{2}|mixed)$/),
    });
    return record as InjectionRecord;
  });
}

describe('prompt-injection evaluation data', () => {
  it('has the hand-written set and at least one converted public set', () => {
    expect(FILES).toContain('written.jsonl');
    expect(FILES.length).toBeGreaterThan(1);
  });

  it.each(FILES)('%s: every record is well formed, with a non-blank text', (file) => {
    const records = load(file);
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(r.text.trim(), r.id).not.toBe('');
  });

  it('ids are unique across all files', () => {
    const ids = FILES.flatMap((f) => load(f).map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('written.jsonl: at least 400 records, no repeated text, at least as many benign as injections', () => {
    const records = load('written.jsonl');
    const count = (label: InjectionRecord['label']) => records.filter((r) => r.label === label).length;
    expect(records.length).toBeGreaterThanOrEqual(400);
    expect(new Set(records.map((r) => r.text)).size).toBe(records.length);
    expect(count('benign')).toBeGreaterThanOrEqual(count('injection'));
    const langs = new Set(records.filter((r) => r.label === 'injection').map((r) => r.lang));
    for (const lang of ['en', 'de', 'fr', 'es']) expect(langs).toContain(lang);
  });
});
