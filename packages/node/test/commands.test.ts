/**
 * The `airlock` executable end to end: every test spawns the real process (node with tsx, on the
 * TypeScript source) and checks its exit code, stdout and stderr. SARIF output is validated
 * against the official SARIF 2.1.0 schema (test/fixtures/README.md says where it came from), and
 * `redact` and `restore` are fed stdin in small chunks with pauses, to show that output comes
 * before the input ends and equals the whole-text result.
 */
import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { createRedactor, createScanner, recommended, replace } from '@airlock/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishCli, repoRoot as root, spawnCli, startCli, type CliRun, type SpawnOptions } from './spawnCli.ts';

const SAMPLE = join(root, 'samples/chat-transcript.txt');
const sample = readFileSync(SAMPLE, 'utf8');
// The made-up secrets of the sample: no output may ever hold one.
const SECRETS = ['AKIADQRVP7XLHPV4UGWR', '9KzjiClV+C32TP0JFSuKx2BwmBNz+hRdnuaYsQAG', 'ghp_blJ40skXWC4HqimYEoygq3iXrlF9Iq2QSrTe', 'sk-proj-sMRhYeOD7m4mfPiapV3lnTmGVZ8djk3Uvzri5Lr6BsL9KpH8'];
const KEY = 'a1'.repeat(32);

const dir = mkdtempSync(join(tmpdir(), 'airlock-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Run = CliRun;
// The commands run in the test's directory, with the vault key in the environment.
const withDefaults = <T extends SpawnOptions>(options: T): T => ({ ...options, cwd: options.cwd ?? dir, env: { AIRLOCK_VAULT_KEY: KEY, ...options.env } });
const start = (args: readonly string[], options: SpawnOptions = {}): ChildProcess => startCli(args, withDefaults(options));
const finish = finishCli;
const run = (args: readonly string[], options: SpawnOptions & { stdin?: string } = {}): Promise<Run> => spawnCli(args, withDefaults(options));

const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};
const noSecrets = (r: Run): void => {
  for (const s of SECRETS) {
    expect(r.stdout).not.toContain(s);
    expect(r.stderr).not.toContain(s);
  }
};

describe('airlock help', () => {
  it('prints each command help and exits 0', async () => {
    for (const command of ['scan', 'redact', 'restore', 'guard', 'eval', 'audit', 'incident']) {
      const r = await run(['help', command]);
      expect(r.code, command).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: airlock ${command}`));
    }
    const bad = await run(['scan', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("airlock scan: --format must be 'text', 'json', 'jsonl', 'sarif', got 'xml'");
  }, 120_000);
});

describe('airlock eval', () => {
  it('table and json: precision, recall and F1 per type from the real process; exit 1 on a bad record', async () => {
    const samples = join(root, 'samples/eval/tickets.jsonl');
    const table = await run(['eval', samples]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^EMAIL_ADDRESS\s+2\s+1\s+0\s+0\.667\s+1\.000\s+0\.800$/m);
    const json = await run(['eval', '--format', 'json', samples]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { pii: Record<string, { tp: number }> };
    expect(report.pii['IBAN_CODE']?.tp).toBe(1);
    file('bad.jsonl', '{"text": "x", "entities": [{"start": 5, "end": 1, "type": "X"}]}\n');
    const bad = await run(['eval', 'bad.jsonl']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.jsonl:1');
  }, 120_000);
});

describe('airlock scan', () => {
  it('text: type, place, score and a masked preview, never a value; exit 1 on findings', async () => {
    const r = await run(['scan', SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('samples/chat-transcript.txt');
    expect(r.stdout).toMatch(/12:25 +AWS_ACCESS_KEY_ID +restricted +score 0\.\d\d +AKIA\*+ \(20 chars\)/);
    expect(r.stdout).toMatch(/EMAIL_ADDRESS/);
    expect(r.stdout).not.toContain('maria.gonzalez84@example.com');
    expect(r.stdout).not.toContain('\x1b['); // NO_COLOR, and not a terminal
    noSecrets(r);
  }, 60_000);

  it('json: one {input, findings} per input, in the DESIGN contract, offsets into the text', async () => {
    const r = await run(['scan', '--format', 'json', SAMPLE]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { input: string; findings: { type: string; family: string; start: number; end: number; score: number; detector: string; level: string; line: number; column: number }[] };
    expect(out.input).toBe(SAMPLE);
    const types = new Set(out.findings.map((f) => f.type));
    for (const t of ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'US_SSN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN', 'OPENAI_API_KEY']) expect(types, t).toContain(t);
    const lines = sample.split('\n');
    for (const f of out.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['type', 'family', 'start', 'end', 'score', 'detector', 'level']));
      expect(f.score).toBeGreaterThanOrEqual(0);
      expect(f.score).toBeLessThanOrEqual(1);
      // line and column point where the offsets do
      expect(lines[f.line - 1]!.slice(f.column - 1, f.column - 1 + (f.end - f.start))).toBe(sample.slice(f.start, f.end));
    }
    const aws = out.findings.find((f) => f.type === 'AWS_ACCESS_KEY_ID')!;
    expect(sample.slice(aws.start, aws.end)).toBe(SECRETS[0]);
    noSecrets(r);
  }, 60_000);

  it('jsonl: one finding per line with its input; several inputs; stdin as -', async () => {
    const clean = file('clean.txt', 'nothing to see here\n');
    const r = await run(['scan', '--format', 'jsonl', '--preset', 'secrets', clean, '-'], { stdin: `token ${SECRETS[2]}\n` });
    expect(r.code).toBe(1);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; type: string; start: number });
    expect(rows).toEqual([expect.objectContaining({ input: '-', type: 'GITHUB_TOKEN', start: 6 })]);
    noSecrets(r);
  }, 60_000);

  it('exit 0 when clean, and the findings exit code is configurable', async () => {
    const clean = await run(['scan', '--preset', 'secrets', '-'], { stdin: 'a perfectly ordinary sentence\n' });
    expect(clean).toMatchObject({ code: 0 });
    expect(clean.stdout).toContain('No findings in 1 input.');
    const custom = await run(['scan', '--preset', 'secrets', '--exit-code-findings', '7', '-'], { stdin: `k=${SECRETS[2]}` });
    expect(custom.code).toBe(7);
    const cfgDir = join(dir, 'cfg-exit');
    mkdirSync(cfgDir);
    writeFileSync(join(cfgDir, 'airlock.config.json'), JSON.stringify({ detectors: { preset: 'secrets' }, exitCodes: { findings: 9 } }));
    expect((await run(['scan', '-'], { stdin: `k=${SECRETS[2]}`, cwd: cfgDir })).code).toBe(9);
  }, 90_000);

  it('sarif: valid SARIF 2.1.0 (official schema), rules = detectors, regions in UTF-16 columns, no values', async () => {
    const emoji = file('emoji.txt', `😀😀 x\nkey: ${SECRETS[2]}\n`);
    const r = await run(['scan', '--format', 'sarif', SAMPLE, emoji]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; columnKind: string; results: { ruleId: string; ruleIndex: number; message: { text: string }; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endColumn: number; charOffset: number; charLength: number } } }[] }[] }[];
    };
    const schema = JSON.parse(readFileSync(join(root, 'packages/node/test/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    // a broken log is rejected by the same validator, so the check can fail
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);

    const run0 = log.runs[0]!;
    expect(run0.columnKind).toBe('utf16CodeUnits');
    const rules = run0.tool.driver.rules.map((x) => x.id);
    for (const res of run0.results) {
      expect(rules[res.ruleIndex]).toBe(res.ruleId);
      expect(Object.keys(res.partialFingerprints).length).toBeGreaterThan(0);
    }
    const gh = run0.results.find((x) => x.ruleId === 'github-pat' && x.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('emoji.txt'))!;
    // line 2, after "key: " (the emoji on line 1 are two UTF-16 units each and do not shift line 2)
    expect(gh.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 6, endColumn: 46, charOffset: 12, charLength: 40 });
    noSecrets(r);
    expect(r.stdout).not.toContain('maria.gonzalez84@example.com');
  }, 60_000);
});

describe('directories and bad input', () => {
  it('walks a directory: .gitignore, --include, --exclude; binary files skipped with a notice', async () => {
    file('tree/.gitignore', 'ignored.txt\nbuild/\n');
    file('tree/ignored.txt', `k=${SECRETS[2]}`);
    file('tree/build/out.txt', `k=${SECRETS[2]}`);
    file('tree/src/a.txt', `k=${SECRETS[2]}`);
    file('tree/src/b.md', `k=${SECRETS[2]}`);
    file('tree/vendor/c.txt', `k=${SECRETS[2]}`);
    file('tree/image.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    file('tree/latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const r = await run(['scan', '--format', 'jsonl', '--preset', 'secrets', '--exclude', 'vendor/**', 'tree'], { cwd: dir });
    const inputs = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { input: string }).input);
    expect(inputs).toEqual([join('tree', 'src/a.txt'), join('tree', 'src/b.md')]);
    expect(r.stderr).toContain(`airlock scan: ${join('tree', 'image.bin')}: skipped, binary file (a NUL byte in the first 8 KB)`);
    expect(r.stderr).toContain(`airlock scan: ${join('tree', 'latin1.txt')}: skipped, binary file (not valid UTF-8)`);
    expect(r.code).toBe(1); // files found under a directory and skipped do not make it an error
    expect(r.stderr).not.toContain('scanning ['); // no progress bar into a pipe
    const only = await run(['scan', '--format', 'jsonl', '--preset', 'secrets', '--include', '**/*.md', '--no-gitignore', 'tree'], { cwd: dir });
    expect(only.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { input: string }).input)).toEqual([join('tree', 'src/b.md')]);
    const all = await run(['scan', '--format', 'jsonl', '--preset', 'secrets', '--no-gitignore', '--include', '**/*.txt', 'tree'], { cwd: dir });
    expect(all.stdout).toContain('ignored.txt');
    expect(all.stdout).toContain('build/out.txt');
  }, 120_000);

  it('gives detectors the file name: a .p12 keystore is a finding, binary or not; a Terraform password only in .tf', async () => {
    file('paths/certs/client.p12', new Uint8Array([0x30, 0x82, 0, 1, 2]));
    file('paths/infra/main.tf', 'password = "q7rz2mvx9lpk"\n');
    file('paths/src/db.js', 'password = "q7rz2mvx9lpk"\n');
    for (const jobs of ['1', '2']) {
      const r = await run(['scan', '--format', 'jsonl', '--preset', 'secrets', '--jobs', jobs, 'paths'], { cwd: dir });
      const got = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; type: string }).map((f) => [f.input, f.type]);
      expect(got, `--jobs ${jobs}`).toContainEqual([join('paths', 'certs/client.p12'), 'PKCS12_FILE']);
      expect(got, `--jobs ${jobs}`).toContainEqual([join('paths', 'infra/main.tf'), 'HASHICORP_TF_PASSWORD']);
      expect(got.filter(([input]) => input === join('paths', 'src/db.js')).map(([, type]) => type), `--jobs ${jobs}`).not.toContain('HASHICORP_TF_PASSWORD');
      expect(r.stderr).not.toContain('client.p12');
    }
    // redact reads the file as a stream, with the same path rules.
    const tf = await run(['redact', '--preset', 'secrets', join('paths', 'infra/main.tf')], { cwd: dir });
    expect(tf.stderr).toContain('HASHICORP_TF_PASSWORD');
    const js = await run(['redact', '--preset', 'secrets', join('paths', 'src/db.js')], { cwd: dir });
    expect(js.stderr).not.toContain('HASHICORP_TF_PASSWORD');
  }, 120_000);

  it('--jobs scans on worker threads and prints what one thread prints, in the same order', async () => {
    for (let i = 0; i < 6; i++) file(`jobs/f${i}.txt`, `ticket ${i}: mail jane${i}@example.com, key ${SECRETS[i % SECRETS.length]}\n${'filler text. '.repeat(200 * i)}`);
    file('jobs/skip.bin', new Uint8Array([0, 1, 2]));
    const args = ['scan', '--format', 'json', '--explain', '--min-score', '0.6', 'jobs'];
    const one = await run(args, { cwd: dir });
    const two = await run([...args, '--jobs', '2'], { cwd: dir });
    expect(one.code).toBe(1);
    expect(two).toEqual(one);
    expect(one.stdout).toContain('"explanation"');
    const text = await run(['scan', '--jobs', '2', 'jobs'], { cwd: dir });
    expect(text.stdout).toMatch(/findings in 6 of 6 inputs \(2 worker threads\)\.\n$/);
    expect((await run(['scan', '--jobs', '0', 'jobs'], { cwd: dir })).code).toBe(2);
  }, 180_000);

  it('a missing file, a binary file named on the command line, an unreadable directory: message and exit 2', async () => {
    const missing = await run(['scan', 'nope.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('airlock scan: cannot read nope.txt: no such file or directory\n');
    for (const command of ['redact', 'guard --destination zdr', 'restore --vault v']) {
      const r = await run([...command.split(' '), 'nope.txt']);
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toContain('cannot read nope.txt: no such file or directory');
    }
    const bin = file('named.bin', new Uint8Array([1, 2, 0, 3]));
    const binary = await run(['scan', '--preset', 'secrets', bin]);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain(`${bin}: skipped, binary file (a NUL byte in the first 8 KB)`);
    const redactBinary = await run(['redact', bin]);
    expect(redactBinary).toMatchObject({ code: 2, stdout: '' });
    expect(redactBinary.stderr).toContain('binary file');

    const locked = join(dir, 'locked');
    mkdirSync(join(locked, 'inner'), { recursive: true });
    writeFileSync(join(locked, 'inner', 'x.txt'), 'x');
    chmodSync(join(locked, 'inner'), 0o000);
    // root reads any directory: run the child as an unprivileged user then
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    if (uid !== undefined) chmodSync(dir, 0o755);
    const r = await run(['scan', '--preset', 'secrets', 'locked'], { cwd: dir, ...(uid === undefined ? {} : { uid }) });
    chmodSync(join(locked, 'inner'), 0o755);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`airlock scan: cannot read directory ${join('locked', 'inner')}: permission denied`);
  }, 120_000);

  it('an invalid config or policy is reported with the path of the problem, exit 2', async () => {
    const cfgDir = join(dir, 'cfg-bad');
    mkdirSync(cfgDir);
    writeFileSync(join(cfgDir, 'airlock.config.json'), JSON.stringify({ detectors: { minScore: 'high' }, redact: { operator: 'shred' }, colour: true }));
    const r = await run(['scan', '-'], { cwd: cfgDir, stdin: 'x' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('airlock scan: airlock.config.json: detectors.minScore: expected number, got "high"');
    expect(r.stderr).toContain('airlock scan: airlock.config.json: redact.operator: expected ("replace" | "remove" | "mask" | "pseudonymize" | "keep"), got "shred"');
    expect(r.stderr).toContain('airlock scan: airlock.config.json: colour: unknown key');
    const explicit = await run(['scan', '--config', 'cfg-bad/airlock.config.json', '-'], { stdin: 'x' });
    expect(explicit.stderr).toContain('airlock scan: cfg-bad/airlock.config.json: detectors.minScore: expected number');
    const notJson = file('broken.json', '{ "detectors": ');
    expect((await run(['scan', '--config', notJson, '-'], { stdin: 'x' })).stderr).toContain(`${notJson}: not valid JSON`);

    const policy = file('bad-policy.json', JSON.stringify({ version: 1, rules: [{ id: 'a', action: 'allow', when: { level: 'secret' } }] }));
    const p = await run(['guard', '--policy', policy, '--destination', 'zdr', '-'], { stdin: 'hello' });
    expect(p.code).toBe(2);
    expect(p.stderr).toBe(`airlock guard: ${policy}: rules[0].when.level: must be a level or an array of levels (got "secret")\n`);
    const dest = await run(['guard', '--destination', 'mars', '-'], { stdin: 'hello' });
    expect(dest.code).toBe(2);
    expect(dest.stderr).toContain("unknown destination 'mars'; known: free-tier, enterprise, zdr, self-hosted");
  }, 120_000);
});

describe('airlock redact and restore', () => {
  it('streams stdin: output appears before stdin ends and equals whole-text redaction', async () => {
    // Enough text that the stream settles segments long before the end (the recommended
    // catalog holds back at most ~58k code units).
    const para = (i: number): string => `Ticket ${i}: write to user${i}@example.com or call +1 415-555-01${String(i % 100).padStart(2, '0')}; card 4111 1111 1111 1111. Notes follow.\n`;
    let text = '';
    for (let i = 0; text.length < 400_000; i++) text += para(i);
    const child = start(['redact', '--quiet']);
    const done = finish(child);
    let outBeforeEnd = 0;
    let ended = false;
    const firstOutput = new Promise<void>((resolve) => {
      child.stdout!.on('data', () => {
        if (!ended) outBeforeEnd++;
        resolve();
      });
    });
    // write in uneven small chunks with pauses
    const sizes = [1, 7, 4096, 13, 8191, 3];
    for (let at = 0, i = 0; at < text.length; i++) {
      const n = sizes[i % sizes.length]! * 3;
      child.stdin!.write(text.slice(at, at + n));
      at += n;
      if (i % 40 === 0) await new Promise((r) => setTimeout(r, 20));
    }
    // Keep stdin open until output arrives (the child compiles the catalog first), or give up.
    await Promise.race([firstOutput, new Promise((r) => setTimeout(r, 120_000))]);
    ended = true;
    child.stdin!.end();
    const r = await done;
    expect(r.code).toBe(1);
    expect(outBeforeEnd).toBeGreaterThan(0);
    const whole = createRedactor({ scanner: createScanner({ detectors: recommended() }), default: replace() }).redact(text).text;
    expect(r.stdout.length).toBe(whole.length);
    expect(r.stdout === whole).toBe(true);
    expect(r.stdout).toContain('<EMAIL_ADDRESS>');
  }, 240_000);

  it('writes only the redacted text to stdout, the summary to stderr, the report to a file', async () => {
    const report = join(dir, 'report.json');
    const r = await run(['redact', '--report', report, '--operators', 'SECRET=remove', SAMPLE]);
    expect(r.code).toBe(1);
    noSecrets(r);
    expect(r.stdout).toContain('aws_access_key_id = \n');
    expect(r.stdout).toContain('<EMAIL_ADDRESS>');
    expect(r.stdout).not.toContain('airlock redact:');
    expect(r.stderr).toMatch(/^airlock redact: redacted \d+: /);
    const json = JSON.parse(readFileSync(report, 'utf8')) as { input: string; complete: boolean; redacted: number; findings: { type: string; start: number; end: number; operator: string }[] };
    expect(json.complete).toBe(true);
    expect(json.redacted).toBe(json.findings.length);
    const gh = json.findings.find((f) => f.type === 'GITHUB_TOKEN')!;
    expect(sample.slice(gh.start, gh.end)).toBe(SECRETS[2]);
    expect(gh.operator).toBe('remove');
    expect(readFileSync(report, 'utf8')).not.toContain(SECRETS[2]);
    const mask = await run(['redact', '--operator', 'mask', '--preset', 'secrets', '-'], { stdin: `t=${SECRETS[2]}` });
    expect(mask.stdout).toBe(`t=${'*'.repeat(40)}`);
  }, 90_000);

  it('--vault keeps pseudonyms; restore streams them back; the wrong key is refused', async () => {
    const vault = join(dir, 'chat.vault');
    const prompt = 'Please email jane.doe@example.com and call +1 415-555-0142.';
    const r = await run(['redact', '--vault', vault, '--scope', 'chat-1', '-'], { stdin: prompt });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('Please email <EMAIL_ADDRESS_1> and call <PHONE_NUMBER_1>.');
    expect(readFileSync(vault, 'utf8')).not.toContain('jane.doe');

    const answer = 'Done: I wrote to **<email_address_1>** and rang <PHONE_NUMBER_1>. <PERSON_9> is unknown.';
    const child = start(['restore', '--vault', vault, '--scope', 'chat-1']);
    const done = finish(child);
    for (let at = 0; at < answer.length; at += 5) {
      child.stdin!.write(answer.slice(at, at + 5));
      await new Promise((res) => setTimeout(res, 5));
    }
    child.stdin!.end();
    const restored = await done;
    expect(restored.code).toBe(0);
    expect(restored.stdout).toBe('Done: I wrote to **jane.doe@example.com** and rang +1 415-555-0142. <PERSON_9> is unknown.');

    const wrong = await run(['restore', '--vault', vault, '-'], { stdin: answer, env: { AIRLOCK_VAULT_KEY: 'b2'.repeat(32) } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('was saved under another key');
    const noKey = await run(['redact', '--vault', vault, '-'], { stdin: 'x', env: { AIRLOCK_VAULT_KEY: '' } });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('AIRLOCK_VAULT_KEY');
  }, 90_000);
});

describe('airlock guard', () => {
  let json: { action: string; level: string; rules: string[]; guards: string[]; findings: { count: number; types: Record<string, number> } };
  beforeAll(async () => {
    const r = await run(['guard', '--format', 'json', '--destination', 'zdr', SAMPLE]);
    expect(r.code).toBe(1);
    noSecrets(r);
    json = JSON.parse(r.stdout) as typeof json;
  }, 60_000);

  it('json: the sample is blocked for its prompt injection, with level, rules and finding types', () => {
    expect(json).toMatchObject({ action: 'block', level: 'restricted', rules: ['airlock.guard.prompt_injection'], guards: expect.arrayContaining(['prompt_injection']) });
    expect(json.findings.types['GITHUB_TOKEN']).toBe(1);
    expect(json.findings.count).toBe(Object.values(json.findings.types).reduce((a, b) => a + b, 0));
  });

  it("the quick start (pnpm start): findings with reasons, guards, level, decision, the policy's redaction", async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const args = pkg.scripts['start']!.split(' ').slice(pkg.scripts['start']!.split(' ').indexOf('packages/node/src/bin.ts') + 1);
    expect(args).toEqual(['guard', 'samples/chat-transcript.txt', '--destination', 'zdr', '--explain', '--exit-code-block', '0']);
    const r = await run(args, { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Findings \(\d+\):$/m);
    expect(r.stdout).toMatch(/AWS_SECRET_ACCESS_KEY +restricted +score 1\.00 +9Kzj\*+ \(40 chars\)\n +aws-secret-access-key: .*context word/);
    expect(r.stdout).toMatch(/^  prompt_injection: prompt injection scored/m);
    expect(r.stdout).toMatch(/^Level: +restricted$/m);
    expect(r.stdout).toMatch(/^Decision: +block for zdr \(airlock\.guard\.prompt_injection\)$/m);
    const redacted = r.stdout.slice(r.stdout.indexOf("Redacted text (the policy's redaction for zdr; not sent, since the guards block):"));
    expect(redacted).toContain("It's <EMAIL_ADDRESS_1>, phone <PHONE_NUMBER_1>.");
    expect(redacted).toContain('The Visa <CREDIT_CARD_1>');
    expect(redacted).toContain('    GITHUB_TOKEN=\n');
    noSecrets(r);
    for (const value of ['maria.gonzalez84@example.com', '4111 1111 1111 1111', '536-22-8174']) expect(r.stdout).not.toContain(value);
  }, 60_000);

  it('text: findings, level, decision and the redacted text; exit 0 on redact', async () => {
    const r = await run(['guard', '--destination', 'zdr', '--policy', 'default', '-'], { stdin: 'Customer jane.doe@example.com asked for a refund; key ' + SECRETS[2] });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('EMAIL_ADDRESS');
    expect(r.stdout).toMatch(/Level: +restricted/);
    expect(r.stdout).toMatch(/Decision: +redact for zdr/);
    expect(r.stdout).toContain('Customer <EMAIL_ADDRESS_1> asked for a refund; key \n');
    noSecrets(r);
    const j = JSON.parse((await run(['guard', '--format', 'json', '--destination', 'zdr', '-'], { stdin: 'Customer jane.doe@example.com asked for a refund' })).stdout) as { action: string; redactedText: string };
    expect(j).toMatchObject({ action: 'redact', redactedText: 'Customer <EMAIL_ADDRESS_1> asked for a refund' });
  }, 90_000);

  it('--audit FILE logs decisions and redactions without values; airlock audit verify accepts the file', async () => {
    const log = join(dir, 'decisions.jsonl');
    const guarded = await run(['guard', '--destination', 'zdr', '--format', 'json', '--audit', log, SAMPLE]);
    expect(guarded.code).toBe(1);
    const redacted = await run(['redact', '--audit', log, '-'], { stdin: `mail jane@example.com key ${SECRETS[0]}` });
    expect(redacted.code).toBe(1);
    const records = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { seq: number; entry: { kind: string; action?: string } });
    expect(records.map((r) => [r.seq, r.entry.kind])).toEqual([
      [0, 'decision'],
      [1, 'redaction'],
    ]);
    expect(records[0]!.entry.action).toBe('block');
    const file = readFileSync(log, 'utf8');
    for (const secret of SECRETS) expect(file).not.toContain(secret);
    expect(file).not.toContain('jane@example.com');
    const verified = await run(['audit', 'verify', log]);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    writeFileSync(log, file.replace('"block"', '"allow"'));
    expect((await run(['audit', 'verify', log])).code).toBe(1);
    const refused = await run(['guard', '--destination', 'zdr', '--audit', log, SAMPLE]);
    expect(refused.code).toBe(2); // a tampered log is not appended to
    expect(refused.stderr).toContain('cannot open audit log');
  }, 120_000);

  it('a policy file with its own destination, a block exit code from the config', async () => {
    const policy = file('policy.json', JSON.stringify({
      version: 1,
      destinations: [{ id: 'us-vendor', provider: 'acme', retention: 'standard', agreements: ['enterprise'], region: 'US' }],
      rules: [{ id: 'allow', action: 'allow' }, { id: 'no-cards', action: 'block', when: { entities: ['CREDIT_CARD'] } }],
    }));
    const cfgDir = join(dir, 'cfg-guard');
    mkdirSync(cfgDir);
    writeFileSync(join(cfgDir, 'airlock.config.json'), JSON.stringify({ guard: { policy, destination: 'us-vendor' }, exitCodes: { block: 4 } }));
    const blocked = await run(['guard', '--format', 'json', '-'], { stdin: 'card 4111 1111 1111 1111', cwd: cfgDir });
    expect(blocked.code).toBe(4);
    expect(JSON.parse(blocked.stdout)).toMatchObject({ action: 'block', rules: ['no-cards'], destination: 'us-vendor' });
    const allowed = await run(['guard', '--format', 'json', '-'], { stdin: 'the meeting moved to Tuesday', cwd: cfgDir });
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout)).toMatchObject({ action: 'allow' });
  }, 90_000);
});
