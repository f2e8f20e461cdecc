/**
 * examples/airlock.ts as a user runs it: a real `deno run` process, stdin written in chunks cut
 * inside characters, exit codes 0 / 1 / 2.
 */
import assert from 'node:assert/strict';
import { createRedactor } from '@airlock/deno';

const script = new URL('../examples/airlock.ts', import.meta.url).pathname;
const config = new URL('../deno.json', import.meta.url).pathname;

async function run(args: string[], stdin?: Uint8Array[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ['run', '--quiet', '--no-prompt', `--config=${config}`, '--allow-read', script, ...args],
    stdin: stdin === undefined ? 'null' : 'piped',
    stdout: 'piped',
    stderr: 'piped',
    env: { NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
  }).spawn();
  if (stdin !== undefined) {
    const writer = child.stdin.getWriter();
    for (const chunk of stdin) await writer.write(chunk);
    await writer.close();
  }
  const { code, stdout, stderr } = await child.output();
  return { code, stdout: new TextDecoder().decode(stdout), stderr: new TextDecoder().decode(stderr) };
}

const TEXT = 'Hi 😀, mail jane.doe@example.com or call +1 415 555 2671.\nkey AKIAZ7QX4N2PLW6RKDE3 ✓\n';

Deno.test('example: redact reads stdin in chunks cut inside characters and writes the whole-text redaction', async () => {
  const bytes = new TextEncoder().encode(TEXT);
  const chunks = [1, 4, 5, 6, 20, 33, 70, 71].reduce<{ at: number; out: Uint8Array[] }>(
    ({ at, out }, end) => ({ at: end, out: [...out, bytes.slice(at, end)] }),
    { at: 0, out: [] },
  );
  const { code, stdout, stderr } = await run(['redact'], [...chunks.out, bytes.slice(chunks.at)]);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  assert.equal(stdout, createRedactor().redact(TEXT).text);
  assert.equal(stdout, 'Hi 😀, mail <EMAIL_ADDRESS> or call <PHONE_NUMBER>.\nkey <AWS_ACCESS_KEY_ID> ✓\n');
});

Deno.test('example: scan prints JSON findings per file or stdin with UTF-16 offsets; exit 1 on findings, 0 when clean', async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/a.txt`, TEXT);
    await Deno.writeTextFile(`${dir}/clean.txt`, 'nothing to see 😀');
    const found = await run(['scan', `${dir}/a.txt`]);
    assert.equal(found.code, 1);
    const line = JSON.parse(found.stdout) as { path: string; findings: { type: string; start: number; end: number }[]; complete: boolean };
    assert.equal(line.path, `${dir}/a.txt`);
    assert.deepEqual(line.findings.map((f) => TEXT.slice(f.start, f.end)), ['jane.doe@example.com', '+1 415 555 2671', 'AKIAZ7QX4N2PLW6RKDE3']);
    const piped = await run(['scan', '-'], [new TextEncoder().encode(TEXT)]);
    assert.equal(piped.code, 1);
    assert.deepEqual(JSON.parse(piped.stdout), { ...line, path: '-' });
    const clean = await run(['scan', `${dir}/clean.txt`]);
    assert.equal(clean.code, 0);
    assert.deepEqual(JSON.parse(clean.stdout), { path: `${dir}/clean.txt`, findings: [], complete: true });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test('example: a missing file, a binary file or bad usage exit 2 with a message', async () => {
  const dir = await Deno.makeTempDir();
  try {
    const missing = await run(['redact', `${dir}/missing.txt`]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /No such file|not found/i);
    await Deno.writeFile(`${dir}/a.bin`, new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0xff, 0x00]));
    const binary = await run(['scan', `${dir}/a.bin`]);
    assert.equal(binary.code, 2);
    assert.match(binary.stderr, /not UTF-8 .*\[invalid_encoding\]/);
    const usage = await run(['frobnicate']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /^usage:/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
