/**
 * The CLI's pure parts, in process: processFiles (order, concurrency bound, errors, progress),
 * line and column from UTF-16 offsets, and the masked preview.
 */
import { describe, expect, it } from 'vitest';
import { lineIndex, maskedPreview } from '../src/cli/findings.ts';
import { processFiles } from '../src/cli/processFiles.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('processFiles', () => {
  it('yields in input order, never runs more than concurrency tasks, reports progress', async () => {
    let running = 0;
    let peak = 0;
    const progress: number[] = [];
    const out: number[] = [];
    const items = Array.from({ length: 20 }, (_, i) => i);
    for await (const r of processFiles(
      items,
      async (n) => {
        running++;
        peak = Math.max(peak, running);
        await wait((n * 7) % 5);
        running--;
        return n * 2;
      },
      { concurrency: 3, onProgress: (done, total) => progress.push(done * 100 + total) },
    )) out.push(r);
    expect(out).toEqual(items.map((n) => n * 2));
    expect(peak).toBe(3);
    expect(progress).toEqual(items.map((_, i) => (i + 1) * 100 + 20));
  });

  it('a failing task ends the iteration after the results before it; later tasks are not started', async () => {
    const started: number[] = [];
    const out: number[] = [];
    const run = async () => {
      for await (const r of processFiles(
        [0, 1, 2, 3, 4, 5, 6, 7],
        async (n) => {
          started.push(n);
          await wait(1);
          if (n === 2) throw new Error('boom');
          return n;
        },
        { concurrency: 2 },
      )) out.push(r);
    };
    await expect(run()).rejects.toThrow('boom');
    expect(out).toEqual([0, 1]);
    expect(Math.max(...started)).toBeLessThanOrEqual(3);
  });
});

describe('lineIndex', () => {
  it('counts lines at \\n, \\r\\n and a lone \\r; columns in UTF-16 code units', () => {
    const text = 'ab\r\ncd\re😀f\ng';
    const lines = lineIndex(text);
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(text.indexOf('c'))).toEqual({ line: 2, column: 1 });
    expect(lines.position(text.indexOf('f'))).toEqual({ line: 3, column: 4 });
    expect(lines.position(text.indexOf('g'))).toEqual({ line: 4, column: 1 });
    expect(lines.position(text.length)).toEqual({ line: 4, column: 2 });
  });
});

describe('maskedPreview', () => {
  it('keeps a credential prefix or one character, never more', () => {
    expect(maskedPreview('ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'SECRET')).toBe('ghp_************ (40 chars)');
    expect(maskedPreview('hunter2', 'SECRET')).toBe('******* (7 chars)');
    expect(maskedPreview('jane@example.com', 'EMAIL_ADDRESS')).toBe('j************ (16 chars)');
    expect(maskedPreview('Ann', 'PERSON')).toBe('*** (3 chars)');
  });
});
