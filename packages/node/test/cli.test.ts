/**
 * The `airlock` command end to end, on files: dispatch, exit codes, error messages that name the
 * file and line, and the report on the shared evaluation data (whose label counts the test derives
 * from the files itself, since the detector catalog keeps changing).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../src/cli/io.ts';
import { main } from '../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'airlock-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, lines: readonly unknown[]): string => {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  return path;
};
const run = async (...argv: string[]) => {
  const { io, out } = memoryIo();
  const code = await main(argv, io, { version: '9.9.9' });
  return { code, ...out };
};

// A detector of our own, so that exact counts do not depend on the catalog.
const TICKET = {
  id: 'ticket-id', type: 'TICKET_ID', patterns: ['\\bTCK-[0-9]{4}\\b'], score: 0.9, level: 'internal', category: 'pii',
  samples: { positive: ['TCK-1234'], negative: ['TCK-12'] },
};
const PII = { text: 'Ann lives at 1 Main St', entities: [{ start: 0, end: 3, type: 'PERSON' }, { start: 13, end: 22, type: 'STREET_ADDRESS' }] };
const SECRET = { text: 'key = "abc"', expect: 'secret', rule: 'r', secrets: [{ start: 7, end: 10 }], meta: { generated: false } };

describe('airlock', () => {
  it('--version, --help, unknown command, no command', async () => {
    expect(await run('--version')).toEqual({ code: 0, stdout: '9.9.9\n', stderr: '' });
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: airlock <command>/);
    const unknown = await run('scna');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^airlock: unknown command 'scna'\n\nUsage:/);
    expect((await run()).code).toBe(2);
    expect((await run('eval', '--help')).stdout).toMatch(/^Usage: airlock eval/);
  });
});

describe('airlock eval', () => {
  it('prints JSON with exactly the sections present in the input', async () => {
    const both = await run('eval', '--format', 'json', file('both.jsonl', [PII, '', SECRET]));
    expect(both.code).toBe(0);
    const json = JSON.parse(both.stdout) as { pii: Record<string, { tp: number; fn: number }>; secrets: Record<string, unknown> };
    expect(Object.keys(json)).toEqual(['pii', 'secrets']);
    expect(json.pii['PERSON']!.tp + json.pii['PERSON']!.fn).toBe(1);
    expect(json.pii['STREET_ADDRESS']!.tp + json.pii['STREET_ADDRESS']!.fn).toBe(1);
    for (const s of Object.values(json.pii)) expect(Object.keys(s)).toEqual(['tp', 'fp', 'fn', 'precision', 'recall', 'f1']);
    expect(json.secrets).toMatchObject({ records: 1, positives: 1, negatives: 0, fpRate: null });
    const onlyPii = JSON.parse((await run('eval', '--format=json', file('pii.jsonl', [PII]))).stdout) as object;
    expect(Object.keys(onlyPii)).toEqual(['pii']);
  }, 60_000);

  it('pools several files and restricts the report with --types', async () => {
    const r = await run('eval', '--format', 'json', '--types', 'PERSON', file('a.jsonl', [PII]), file('b.jsonl', [PII]));
    const json = JSON.parse(r.stdout) as { pii: Record<string, { tp: number; fn: number }> };
    expect(Object.keys(json.pii)).toEqual(['PERSON']);
    expect(json.pii['PERSON']!.tp + json.pii['PERSON']!.fn).toBe(2);
  }, 60_000);

  it('scores detectors given with --detectors, end to end', async () => {
    const detectors = file('detectors.json', []);
    writeFileSync(detectors, JSON.stringify([TICKET]));
    const data = file('tickets.jsonl', [
      { text: 'see TCK-1234 and TCK-9999', entities: [{ start: 4, end: 12, type: 'TICKET_ID' }] },
      { text: 'nothing, but TCK-0000 here', entities: [] },
      { text: 'TCK-12345 is too long', entities: [{ start: 0, end: 9, type: 'TICKET_ID' }] },
      { text: 'Ann TCK-5555', entities: [{ start: 0, end: 3, type: 'PERSON' }], annotated_types: ['PERSON'] },
    ]);
    const r = await run('eval', '--format', 'json', '--preset', 'none', '--detectors', detectors, data);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      pii: {
        PERSON: { tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 },
        TICKET_ID: { tp: 1, fp: 2, fn: 1, precision: 1 / 3, recall: 0.5, f1: 0.4 },
      },
    });
  });

  it('prints a table by default, and errors with context on request', async () => {
    const detectors = file('detectors2.json', []);
    writeFileSync(detectors, JSON.stringify({ detectors: [TICKET] }));
    const r = await run('eval', '--errors', '5', '--preset', 'none', '--detectors', detectors, file('t.jsonl', [PII]));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^preset none \+ .*detectors2\.json \(1 detectors\), match overlap/);
    expect(r.stdout).toMatch(/^PERSON\s+0\s+0\s+1 /m);
    expect(r.stdout).toContain('FN PERSON');
    expect(r.stdout).toContain('⟦Ann⟧ lives at');
    const json = await run('eval', '--format', 'json', '--errors', '5', '--preset', 'none', file('t2.jsonl', [PII]));
    expect(Object.keys(JSON.parse(json.stdout) as object)).toEqual(['pii']);
    expect(json.stderr).toContain('FN PERSON');
    expect(json.stderr).toContain('no detectors to run');
  });

  it('rejects a bad detectors file with its name', async () => {
    const bad = file('bad-detectors.json', []);
    writeFileSync(bad, JSON.stringify([{ ...TICKET, patterns: ['('] }]));
    const r = await run('eval', '--preset', 'none', '--detectors', bad, file('ok2.jsonl', [PII]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`airlock eval: ${bad}: `);
    expect((await run('eval', '--detectors', join(dir, 'nope.json'), file('ok3.jsonl', [PII]))).stderr).toMatch(/cannot read .*nope\.json: no such file/);
  });

  it('rejects bad input with the file and line, and a non-zero exit', async () => {
    const missing = await run('eval', join(dir, 'nope.jsonl'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.jsonl: no such file/);

    const bad = file('bad.jsonl', [PII, '{"text": "x", "entities": [', PII]);
    const r1 = await run('eval', bad);
    expect(r1).toMatchObject({ code: 1, stdout: '' });
    expect(r1.stderr).toContain(`${bad}:2: not valid JSON`);

    const noText = file('notext.jsonl', [PII, PII, { entities: [] }]);
    expect((await run('eval', noText)).stderr).toContain(`${noText}:3: record has no "text" string`);

    const empty = file('empty.jsonl', ['', '']);
    expect((await run('eval', empty)).stderr).toContain('no records');

    mkdirSync(join(dir, 'sub'));
    expect((await run('eval', join(dir, 'sub'))).stderr).toMatch(/cannot read .*sub: it is a directory/);
  });

  it('rejects bad options with usage and exit 2', async () => {
    const f = file('ok.jsonl', [PII]);
    for (const args of [['--format', 'xml', f], ['--match', 'fuzzy', f], ['--preset', 'all-of-them', f], ['--min-score', '2', f], ['--min-score', 'x', f], ['--errors', '-1', f], ['--types', ',', f], ['--frobnicate', f], []]) {
      const r = await run('eval', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: airlock eval');
    }
  });
});

// CI keeps the shared evaluation data next to the repository (see /work/shared/evaldata/README.md).
const evaldata = fileURLToPath(new URL('../../../../shared/evaldata/', import.meta.url));
// Simple detectors of our own: they find real things in the data and compile in milliseconds, so
// the invariants below do not wait on (or break with) the catalog under construction.
const DATA_DETECTORS = [
  {
    id: 'digits', type: 'CREDIT_CARD', patterns: ['\\b[0-9](?:[ -]?[0-9]){12,18}\\b'], score: 0.9, level: 'restricted', category: 'financial',
    samples: { positive: ['4556156821609393'], negative: ['12 34'] },
  },
  {
    id: 'capitalized', type: 'PERSON', patterns: ['\\b[A-Z][a-z]+ [A-Z][a-z]+\\b'], score: 0.9, level: 'confidential', category: 'pii',
    samples: { positive: ['Jane Doe'], negative: ['jane doe'] },
  },
  {
    id: 'long-token', type: 'GENERIC_TOKEN', family: 'SECRET', patterns: ['[A-Za-z0-9_+/=-]{24,}'], score: 0.9, level: 'restricted', category: 'credential',
    samples: { positive: ['token abcdefghijklmnop1234567890AB'], negative: ['short'] },
  },
];
describe.skipIf(!existsSync(evaldata))('airlock eval on the shared evaluation data', () => {
  const detectors = file('data-detectors.json', []);
  writeFileSync(detectors, JSON.stringify(DATA_DETECTORS));
  const countLabels = (path: string): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      for (const e of (JSON.parse(line) as { entities: { type: string }[] }).entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    }
    return counts;
  };

  it('accounts for every PII label as a TP or an FN', async () => {
    const path = join(evaldata, 'presidio-research/generated_small.jsonl');
    const r = await run('eval', '--format', 'json', '--preset', 'none', '--detectors', detectors, path);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { pii: Record<string, { tp: number; fp: number; fn: number }> };
    for (const [type, n] of countLabels(path)) expect(json.pii[type]!.tp + json.pii[type]!.fn, type).toBe(n);
    // the detectors did find things, so the accounting was exercised
    expect(json.pii['CREDIT_CARD']!.tp).toBeGreaterThan(0);
    expect(json.pii['PERSON']!.tp + json.pii['PERSON']!.fp).toBeGreaterThan(0);
  }, 120_000);

  it('counts every secret record, split by expect and by origin', async () => {
    const path = join(evaldata, 'gitleaks/gitleaks_rule_samples.jsonl');
    const records = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { expect: string; meta?: { generated?: boolean } });
    const r = await run('eval', '--format', 'json', '--preset', 'none', '--detectors', detectors, path);
    expect(r.code).toBe(0);
    const s = (JSON.parse(r.stdout) as { secrets: { records: number; positives: number; detected: number; byOrigin: { generated: { records: number } } } }).secrets;
    expect(s.detected).toBeGreaterThan(0);
    expect(s.records).toBe(records.length);
    expect(s.positives).toBe(records.filter((x) => x.expect === 'secret').length);
    expect(s.byOrigin.generated.records).toBe(records.filter((x) => x.expect === 'secret' && x.meta?.generated === true).length);
  }, 120_000);
});
