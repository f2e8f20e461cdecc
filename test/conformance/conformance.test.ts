/**
 * The conformance suites under vitest, through the same code as `pnpm conformance`: the small suites
 * against the engine, the RE2 log parser against the converted sample, and the harness itself against
 * stub engines (so that a broken harness cannot pass a broken engine).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompileOptions, Match } from '@airlock/core/regex';
import { checkRecord, recordStatus, type CheckableRegex, type CompileFn } from './check.ts';
import { loadCompile } from './engine.ts';
import { fowlerByteWidth, posixDivergence, toRecord, utf16IndexOfByte, type ConformanceRecord } from './formats.ts';
import { decodeGoUtf8, goUnquote, parseResult, parseRe2Log, type Re2LogCase } from './re2log.ts';
import { conformanceDataDir, formatFailure, reportLines, runFile } from './suite.ts';
import { verifySample } from './verify.ts';

const dataFile = (name: string): string => join(conformanceDataDir(), name);

const SMALL_SUITES = [
  're2_search.jsonl',
  're2_exhaustive_every1000th.jsonl',
  'fowler_basic.jsonl',
  'fowler_nullsubexpr.jsonl',
  'fowler_repetition.jsonl',
];

describe('conformance suites against the engine', () => {
  for (const name of SMALL_SUITES) {
    it(`${name} passes completely`, { timeout: 300_000 }, async () => {
      const { compile } = await loadCompile();
      const tally = await runFile(dataFile(name), compile, { maxFailures: 20 });
      const report = reportLines(name, tally, false).join('\n');
      expect(tally.failed, report).toBe(0);
      expect(tally.passed, report).toBeGreaterThan(0);
    });
  }
});

describe('RE2 log parser', () => {
  it("reads Go's example stanza", async () => {
    const log = [
      '# comment',
      'Example.Test',
      'strings',
      '"abc"',
      '"123x"',
      'regexps',
      '"[a-z]+"',
      '0-3;0-3;0-3;0-3',
      '-;-;-;-',
      '"([0-9])([0-9])([0-9])"',
      '-;-;-;-',
      '-;0-3 0-1 1-2 2-3;-;0-3 0-1 1-2 2-3',
    ];
    const cases = await collect(parseRe2Log(log, 'ex'));
    expect(cases.map((c) => [c.index, c.block, c.record.regexp, c.record.text])).toEqual([
      [0, 1, '[a-z]+', 'abc'],
      [1, 1, '[a-z]+', '123x'],
      [2, 1, '([0-9])([0-9])([0-9])', 'abc'],
      [3, 1, '([0-9])([0-9])([0-9])', '123x'],
    ]);
    expect(cases[3]?.record.expected.partial).toEqual([
      [0, 3],
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(cases[0]?.record.section).toBe('Example.Test');
    expect(cases.every((c) => c.record.skip === undefined)).toBe(true);
  });

  it('converts byte offsets to UTF-16 and skips exactly what Go skips', async () => {
    const log = [
      'strings',
      '"☺x"',
      '"ab"',
      'regexps',
      '"x"',
      '3-4;3-4;3-4;3-4',
      '-;-;-;-',
      '"\\\\Bx"', // the regexp \Bx: skipped on non-ASCII text only
      '-;-;-;-',
      '-;-;-;-',
      '"a\\\\C"', // \C: skipped always
      '-;-;-;-',
      '-;0-2;-;0-2',
      '"."', // an offset inside ☺ (no note would say why): skipped with its own reason
      '-;0-1;-;0-1',
      '-;0-1;-;0-1',
    ];
    const cases = await collect(parseRe2Log(log, 'ex'));
    expect(cases[0]?.record.expected.full).toEqual([[1, 2]]);
    expect(cases[0]?.expectedBytes.full).toEqual([[3, 4]]);
    expect(cases.map((c) => c.record.skip?.slice(0, 12))).toEqual([
      undefined,
      undefined,
      '\\B on non-AS',
      undefined,
      '\\C matches a',
      '\\C matches a',
      'expected off',
      undefined,
    ]);
  });

  it('stops on a log that is out of sync, as Go does', async () => {
    await expect(collect(parseRe2Log(['strings', '"a"', 'regexps', '"a"', '-;-;-;-', '-;-;-;-'], 'ex'))).rejects.toThrow(/no input remaining/);
    await expect(collect(parseRe2Log(['strings', '"a"', '"b"', 'regexps', '"a"', '-;-;-;-'], 'ex'))).rejects.toThrow(/strings left at EOF/);
    await expect(collect(parseRe2Log(['strings', '', 'regexps'], 'ex'))).rejects.toThrow(/blank line/);
    await expect(collect(parseRe2Log(['strings', '"a"', 'regexps', '"a"', '-;-;-'], 'ex'))).rejects.toThrow(/3 test results/);
  });

  it("unquotes Go strings to bytes, as strconv.Unquote does", () => {
    expect([...goUnquote('"a\\x41\\n\\t\\\\\\"\\101"')]).toEqual([0x61, 0x41, 10, 9, 0x5c, 0x22, 0x41]);
    expect([...goUnquote('"\\u00e9☺"')]).toEqual([0xc3, 0xa9, 0xe2, 0x98, 0xba]);
    expect([...goUnquote('"\\xff"')]).toEqual([0xff]);
    expect(() => goUnquote('"\\q"')).toThrow();
    expect(() => goUnquote('"\\x4"')).toThrow();
    expect(() => goUnquote('"a"b"')).toThrow();
    expect(() => goUnquote('abc')).toThrow();
  });

  it('decodes invalid UTF-8 as Go does: one U+FFFD per bad byte', () => {
    const d = decodeGoUtf8(Uint8Array.from([0x61, 0xff, 0xe2, 0x98, 0xba, 0xe2, 0x98]));
    expect(d.text).toBe('a\ufffd☺\ufffd\ufffd');
    expect(d.ascii).toBe(false);
    expect([...(d.utf16At ?? [])]).toEqual([0, 1, 2, -1, -1, 3, 4, 5]);
    expect(decodeGoUtf8(Uint8Array.from([0x61, 0x62])).utf16At).toBeNull();
  });

  it("parses result fields as Go's parseResult", () => {
    expect(parseResult('-')).toBeNull();
    expect(parseResult('0-10 - 12-12')).toEqual([[0, 10], null, [12, 12]]);
    for (const bad of ['3-2', '1', '1-', 'a-b', '0-1  2-3', '0-1 ']) expect(() => parseResult(bad), bad).toThrow();
  });

  it('reads the raw exhaustive log exactly as the converted every-1000th sample', { timeout: 300_000 }, async () => {
    const report = await verifySample(dataFile('raw/re2-exhaustive.txt.gz'), dataFile('re2_exhaustive_every1000th.jsonl'));
    expect(report.mismatches).toEqual([]);
    expect(report.parsed).toBe(5_716_884);
    expect(report.compared).toBe(report.sampleRecords);
  });
});

describe('offsets and Fowler semantics', () => {
  it('maps UTF-8 byte offsets to UTF-16 indices', () => {
    expect([...utf16IndexOfByte('a☺😀')]).toEqual([0, 1, -1, -1, 2, -1, -1, -1, 4]);
  });

  it('counts a \\xHH byte of a $-flagged Fowler line as one byte', () => {
    expect([...utf16IndexOfByte('\u0001\u00ff', fowlerByteWidth('BE$'))]).toEqual([0, 1, 2]);
    expect([...utf16IndexOfByte('\u00ff', fowlerByteWidth('E'))]).toEqual([0, -1, 1]);
  });

  it('detects where POSIX syntax and RE2 syntax read a pattern differently', () => {
    for (const p of ['a**', 'a*?', 'a{2}{3}', '\\d', 'x\\b', '(?i)a', '[a-b-c]', '[\\w]', '\\pL']) expect(posixDivergence(p), p).not.toEqual([]);
    for (const p of ['a*b+c?', '[a-m-]*', '[]a]', '[^-a]', 'a{2}b{1,}', '\\\\XXX', '(a|b)*', '[[:alpha:]-]', 'a{,2}*']) {
      expect(posixDivergence(p), p).toEqual([]);
    }
  });

  it('every E and L line of the Fowler files reads the same in POSIX and RE2 syntax', () => {
    const divergent: string[] = [];
    for (const name of ['fowler_basic.jsonl', 'fowler_nullsubexpr.jsonl', 'fowler_repetition.jsonl']) {
      for (const line of readFileSync(dataFile(name), 'utf8').split('\n')) {
        if (line === '') continue;
        const r = toRecord(JSON.parse(line), name);
        if (r.kind !== 'fowler' || !/[EL]/.test(r.flags) || r.flags.includes('L')) continue;
        const d = posixDivergence(r.pattern);
        if (d.length > 0) divergent.push(`${r.id} ${r.pattern}: ${d.join(', ')}`);
      }
    }
    expect(divergent).toEqual([]);
  });
});

describe('the harness reports what it should', () => {
  const re2 = (regexp: string, text: string, spans: Record<string, unknown>, notes?: string[]): ConformanceRecord =>
    toRecord({ id: 't', regexp, text, expected_utf16: spans, ...(notes ? { notes } : {}) }, 't');
  const all = (v: unknown): Record<string, unknown> => ({ full: v, partial: v, full_longest: v, partial_longest: v });

  /** A tiny engine for the literal `a` (and its anchored form), with deliberate faults. */
  const stub =
    (fault?: 'throw' | 'wrong' | 'test' | 'groups'): CompileFn =>
    (pattern: string, options: CompileOptions): CheckableRegex => {
      if (pattern.includes('(') && !pattern.startsWith('\\A(?:')) throw Object.assign(new Error('bad'), { code: 'regex_syntax' });
      const anchored = pattern.startsWith('\\A(?:');
      const regex = {
        find(text: string): Match | null {
          if (fault === 'throw') throw new Error('boom');
          const at = anchored ? (text === 'a' ? 0 : -1) : text.indexOf('a');
          if (at < 0) return null;
          if (fault === 'wrong' && options.longest) return { start: at, end: at, groups: [] };
          return { start: at, end: at + 1, groups: fault === 'groups' ? [undefined] : [] };
        },
        test(text: string): boolean {
          return fault === 'test' ? false : regex.find(text) !== null;
        },
      };
      return regex;
    };

  it('passes a correct engine', () => {
    const r = checkRecord(re2('a', 'ba', { full: null, partial: [[1, 2]], full_longest: null, partial_longest: [[1, 2]] }), stub());
    expect(r.map((x) => x.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(recordStatus(r)).toBe('pass');
  });

  it('fails wrong spans, wrong group counts, throws from find, and test() disagreeing', () => {
    const rec = re2('a', 'a', all([[0, 1]]));
    expect(checkRecord(rec, stub('wrong')).map((x) => x.status)).toEqual(['pass', 'pass', 'fail', 'fail']);
    expect(recordStatus(checkRecord(rec, stub('groups')))).toBe('fail');
    const thrown = checkRecord(rec, stub('throw'));
    expect(thrown.every((x) => x.status === 'fail' && x.reason === 'find threw')).toBe(true);
    expect(checkRecord(rec, stub('test')).every((x) => x.status === 'fail' && /test\(\)/.test(x.reason ?? ''))).toBe(true);
  });

  it('fails a regexp that does not compile, once', () => {
    const r = checkRecord(re2('(a', 'a', all(null)), stub());
    expect(r).toHaveLength(1);
    expect(r[0]?.mode).toBe('compile');
    expect(formatFailure(r[0] as never)).toContain('FAIL t [compile] pattern="(a"');
  });

  it('skips only records whose notes say UTF-16 cannot express them', () => {
    expect(recordStatus(checkRecord(re2('a\\C', 'a', all(null), ['\\C (any byte) is unsupported by Go regexp; Go skips this regexp']), stub()))).toBe('skip');
    expect(recordStatus(checkRecord(re2('a', 'a', all(null), ['some other note']), stub()))).toBe('fail');
    expect(recordStatus(checkRecord(re2('a', 'a', all([[0, null]])), stub()))).toBe('fail');
  });

  it('checks Fowler lines as Go does: E/L only, compile errors, truncated groups, byte offsets', () => {
    const fowler = (pattern: string, flags: string, text: string, expect: unknown): ConformanceRecord =>
      toRecord({ id: 'f', pattern, flags, modes: [...flags].filter((c) => /[A-Z]/.test(c)), icase: flags.includes('i'), text, expect }, 'f');
    const seen: CompileOptions[] = [];
    const spy: CompileFn = (p, o) => (seen.push(o), stub()(p, o));
    expect(checkRecord(fowler('a', 'Ei', 'ba', { compiles: true, matches: true, groups: [[1, 2]] }), spy)[0]?.status).toBe('pass');
    expect(seen[0]).toEqual({ longest: true, syntax: { multiLine: true, caseInsensitive: true } });
    expect(checkRecord(fowler('a', 'L', '☺a', { compiles: true, matches: true, groups: [[3, 4]] }), spy)[0]?.status).toBe('pass');
    expect(seen[1]).toEqual({ longest: true, syntax: { multiLine: true, literal: true } });
    // Go compares as many groups as the expectation lists: a longer expectation fails, a shorter one is a prefix.
    expect(checkRecord(fowler('a', 'E', 'a', { compiles: true, matches: true, groups: [[0, 1], [-1, -1]] }), stub())[0]?.status).toBe('fail');
    expect(checkRecord(fowler('a', 'E', 'a', { compiles: true, matches: true, groups: [[0, 1]] }), stub('groups'))[0]?.status).toBe('pass');
    expect(checkRecord(fowler('a', 'E', 'a', { compiles: true, matches: true, groups: null }), stub())[0]?.status).toBe('pass');
    expect(checkRecord(fowler('a', 'E', 'b', { compiles: true, matches: false, groups: null }), stub())[0]?.status).toBe('pass');
    expect(checkRecord(fowler('(a', 'E', '', { compiles: false }), stub())[0]?.status).toBe('pass');
    expect(checkRecord(fowler('a', 'E', '', { compiles: false }), stub())[0]?.status).toBe('fail');
    expect(recordStatus(checkRecord(fowler('a', 'B', 'a', { compiles: true, matches: true, groups: [[0, 1]] }), stub()))).toBe('skip');
    const notSyntax: CompileFn = () => {
      throw new Error('not a syntax error');
    };
    expect(checkRecord(fowler('(a', 'E', '', { compiles: false }), notSyntax)[0]?.status).toBe('fail');
  });

  it('turns unreadable lines into failures instead of crashing', () => {
    expect(recordStatus(checkRecord(toRecord({ foo: 1 }, 'x:1'), stub()))).toBe('fail');
    expect(recordStatus(checkRecord(toRecord([1], 'x:2'), stub()))).toBe('fail');
  });
});

async function collect(gen: AsyncIterable<Re2LogCase>): Promise<Re2LogCase[]> {
  const out: Re2LogCase[] = [];
  for await (const c of gen) out.push(c);
  return out;
}
