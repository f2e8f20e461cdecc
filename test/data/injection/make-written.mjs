// Builds written.jsonl from the hand-written texts in written-src/.
// Run: node test/data/injection/make-written.mjs
// Deterministic: the same sources give the same file, byte for byte.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENIGN } from './written-src/benign.mjs';
import { ENCODED_PAYLOADS, INJECTIONS, WRAPPERS } from './written-src/injection.mjs';

const ROT13 = (s) =>
  s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const ENCODERS = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  rot13: ROT13,
  leet: (s) => s.replace(/[aeiost]/gi, (c) => LEET[c.toLowerCase()]),
  url: (s) => encodeURIComponent(s),
  reversed: (s) => [...s].reverse().join(''),
};

const records = [];
const push = (label, kind, lang, text) => records.push({ label, kind, lang, text });

for (const [kind, lang, text] of INJECTIONS) push('injection', kind, lang, text);
for (const [encoding, encode] of Object.entries(ENCODERS)) {
  const wrappers = WRAPPERS[encoding];
  ENCODED_PAYLOADS.forEach((payload, i) => {
    const wrapper = wrappers[i % wrappers.length];
    push('injection', `encoded_${encoding}`, 'en', wrapper.replace('{p}', encode(payload)));
  });
}
for (const [kind, lang, text] of BENIGN) push('benign', kind, lang, text);

const seen = new Set();
for (const r of records) {
  if (seen.has(r.text)) throw new Error(`duplicate text: ${r.text.slice(0, 60)}`);
  seen.add(r.text);
}

const lines = records.map((r, i) =>
  JSON.stringify({ id: `written-${String(i + 1).padStart(4, '0')}`, text: r.text, label: r.label, kind: r.kind, lang: r.lang }),
);
const out = join(dirname(fileURLToPath(import.meta.url)), 'written.jsonl');
writeFileSync(out, lines.join('\n') + '\n');

const count = (label) => records.filter((r) => r.label === label).length;
console.log(`${records.length} records: ${count('injection')} injection, ${count('benign')} benign -> ${out}`);
