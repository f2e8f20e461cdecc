/**
 * `pnpm start`: runs airlock on a bundled sample.
 *
 * 1. Scans `samples/support-ticket.txt` with the recommended catalog (every detector compiled into
 *    one multi-pattern set) and prints each finding: type, where it is (UTF-16
 *    offsets), its score, sensitivity level and the detector that found it, with the reason.
 * 2. Classifies the text by its most sensitive finding (public < internal < confidential <
 *    restricted) and shows which kinds of AI destination may receive it, as the brief defines them.
 * 3. Redacts the findings (`createRedactor`, entity-type labels) and prints the text that could
 *    leave the machine; then pseudonymizes it instead and restores a model's answer that uses the
 *    pseudonyms.
 * 4. Shows why the engine exists: `(a+)+$`, which hangs a backtracking engine on a short input,
 *    runs here over 100,000 characters with work proportional to the input.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRedactor, createScanner, createVault, LEVELS, pseudonymize, recommended, type SensitivityLevel } from '@airlock/core';
import { compile } from '@airlock/core/regex';

const samplePath = fileURLToPath(new URL('../samples/support-ticket.txt', import.meta.url));
const text = readFileSync(samplePath, 'utf8');

const t0 = performance.now();
const scanner = createScanner({ detectors: recommended(), explain: true });
const compileMs = performance.now() - t0;
const { findings, complete, limits } = scanner.analyze(text);

console.log(`airlock demo — ${scanner.detectors.length} detectors compiled into one multi-pattern set in ${compileMs.toFixed(0)} ms`);
console.log(`scanning ${samplePath}\n`);
console.log('Found:');
for (const f of findings) {
  const value = text.slice(f.start, f.end);
  const shown = value.length > 12 ? `${value.slice(0, 6)}…${value.slice(-3)}` : value;
  const e = f.explanation;
  const why = [
    e?.validation === true ? 'validated' : undefined,
    e?.contextWord ? `context "${e.contextWord}"` : undefined,
    e?.decodedFrom ? `decoded from ${e.decodedFrom}` : undefined,
  ].filter(Boolean);
  console.log(
    `  ${f.type.padEnd(24)} ${`[${f.start}, ${f.end})`.padEnd(12)} ${JSON.stringify(shown).padEnd(20)} score ${f.score.toFixed(2)}  ${f.level.padEnd(12)} ${f.detector}${why.length ? ` (${why.join(', ')})` : ''}`,
  );
}

// Classification: the text is as sensitive as its most sensitive finding; if the scan could not
// finish, it counts as restricted (fail closed).
const rank = (l: SensitivityLevel): number => LEVELS.indexOf(l);
let level: SensitivityLevel = 'public';
for (const f of findings) if (rank(f.level) > rank(level)) level = f.level;
if (!complete) level = 'restricted';
console.log(`\nClassified: ${level}${complete ? '' : ` (incomplete scan: ${limits.join('; ')})`}`);
const DESTINATIONS: [string, SensitivityLevel][] = [
  ['any AI API', 'public'],
  ['providers under an enterprise agreement', 'internal'],
  ['zero-data-retention endpoints', 'confidential'],
];
console.log('Decision, as sent:');
for (const [dest, max] of DESTINATIONS) console.log(`  ${rank(level) <= rank(max) ? 'allow' : 'block'}  ${dest}`);
console.log(`  ${level === 'restricted' ? 'block' : 'allow'}  (restricted data never goes to an external API)`);

// The findings are already there: apply the operators (the default labels each one `<TYPE>`).
const redacted = createRedactor({ scanner }).apply(text, findings).text;
const after = scanner.analyze(redacted);
let redactedLevel: SensitivityLevel = 'public';
for (const f of after.findings) if (rank(f.level) > rank(redactedLevel)) redactedLevel = f.level;
console.log(`\nRedacted text (re-scanned: ${after.findings.length} findings, classified ${redactedLevel}, so it may go to any AI API):\n`);
console.log(redacted.replace(/^/gm, '  '));

// Pseudonyms instead of labels: the model can still tell people apart, and its answer is restored.
const vault = createVault();
const pseudonymizer = createRedactor({ scanner, default: pseudonymize(), vault, scope: 'ticket-1' });
const { items } = pseudonymizer.apply(text, findings);
const names = [...new Set(items.map((i) => i.replacement))].slice(0, 3);
const answer = `Thanks. I have updated the account of ${names.map((t, i) => (i === 1 ? `**${t.toLowerCase()}**` : t)).join(', ')}.`;
console.log(`\nPseudonymized instead: ${items.length} findings became ${new Set(items.map((i) => i.replacement)).size} tokens such as ${names[0] ?? '(none)'}.`);
console.log(`  A model's answer:  ${answer}`);
console.log(`  Restored:          ${pseudonymizer.restore(answer).text}`);

const evil = compile('(a+)+$');
const input = 'a'.repeat(100_000) + '!';
evil.resetStats();
const result = evil.find(input);
const s = evil.stats();
console.log(`\nReDoS check: (a+)+$ on ${input.length.toLocaleString('en')} characters → ${result === null ? 'no match' : 'match'};`);
console.log(`  work: ${(s.dfaSteps + s.pikevmSteps).toLocaleString('en')} steps (${((s.dfaSteps + s.pikevmSteps) / input.length).toFixed(2)} per character).`);
console.log('  A backtracking engine (native RegExp) needs on the order of 2^n steps for the same search.');
