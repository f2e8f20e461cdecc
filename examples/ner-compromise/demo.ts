/**
 * Scans one text with the recommended catalog alone, then with compromise's NER as a recognizer,
 * and prints what each found.
 *
 * ```sh
 * pnpm --filter @airlock/example-ner-compromise start
 * pnpm --filter @airlock/example-ner-compromise start -- "Tell Priyanka to email the World Health Organization."
 * ```
 *
 * @module
 */
import { createScanner, type Finding } from '@airlock/core';
import { compromiseRecognizer } from './src/compromiseRecognizer.ts';

const text = process.argv.slice(2).filter((a) => a !== '--').join(' ') || 'Tell Priyanka to email the World Health Organization about Dr. Haruto Ishikawa.';
const show = (title: string, findings: readonly Finding[]): void => {
  console.log(title);
  for (const f of findings) console.log(`  ${f.type.padEnd(14)} ${JSON.stringify(text.slice(f.start, f.end)).padEnd(30)} ${f.detector}`);
  if (findings.length === 0) console.log('  (nothing)');
};

console.log(`text: ${text}\n`);
show('recommended catalog:', createScanner().scan(text));
const result = await createScanner({ recognizers: [compromiseRecognizer()] }).scanAsync(text);
show('\nwith compromise as a recognizer:', result.findings);
if (!result.complete) console.log(`incomplete: ${result.limits.join('; ')}`);
