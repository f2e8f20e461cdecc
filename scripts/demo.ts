/**
 * `pnpm start`: runs airlock's engine on a bundled sample.
 *
 * 1. Finds personal data and credentials in `samples/support-ticket.txt` with one compiled set of
 *    patterns, in one pass, and prints what was found where (UTF-16 offsets).
 * 2. Redacts the findings and prints the text that could leave the machine.
 * 3. Shows why the engine exists: the pattern `(a+)+$` that hangs a backtracking engine on a short
 *    input runs here over 100,000 characters with work proportional to the input.
 *
 * Classification and routing decisions arrive with the classification layer (issue 5); this demo
 * shows the detection and redaction steps that they build on.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile, compileSet } from '@airlock/core/regex';
import { PATTERNS } from '../benchmarks/patterns.ts';

const samplePath = fileURLToPath(new URL('../samples/support-ticket.txt', import.meta.url));
const text = readFileSync(samplePath, 'utf8');

const set = compileSet(PATTERNS.map((p) => p.source));
const matches = set.scan(text);

// Keep the leftmost match at each place; on a tie, the longer one (a card number beats a phone-shaped run).
const chosen: typeof matches = [];
for (const m of [...matches].sort((a, b) => a.start - b.start || b.end - a.end)) {
  const last = chosen[chosen.length - 1];
  if (last && m.start < last.end) continue;
  chosen.push(m);
}

console.log(`airlock demo — ${PATTERNS.length} patterns compiled into one set, scanning ${samplePath}\n`);
console.log('Found:');
for (const m of chosen) {
  const p = PATTERNS[m.pattern]!;
  const value = text.slice(m.start, m.end);
  const shown = value.length > 8 ? value.slice(0, 4) + '…' + value.slice(-2) : value;
  console.log(`  ${p.type.padEnd(22)} ${`[${m.start}, ${m.end})`.padEnd(12)} ${JSON.stringify(shown)}`);
}
const overlapping = matches.length - chosen.length;
if (overlapping > 0) console.log(`  (${overlapping} overlapping candidate(s) from other patterns set aside)`);

let redacted = '';
let at = 0;
for (const m of chosen) {
  redacted += text.slice(at, m.start) + `<${PATTERNS[m.pattern]!.type}>`;
  at = m.end;
}
redacted += text.slice(at);
console.log('\nRedacted text:\n');
console.log(redacted.replace(/^/gm, '  '));

const evil = compile('(a+)+$');
const input = 'a'.repeat(100_000) + '!';
evil.resetStats();
const result = evil.find(input);
const s = evil.stats();
console.log(`\nReDoS check: (a+)+$ on ${input.length.toLocaleString('en')} characters → ${result === null ? 'no match' : 'match'};`);
console.log(`  work: ${(s.dfaSteps + s.pikevmSteps).toLocaleString('en')} steps (${((s.dfaSteps + s.pikevmSteps) / input.length).toFixed(2)} per character).`);
console.log('  A backtracking engine (native RegExp) needs on the order of 2^n steps for the same search.');
