/**
 * Printing a report: the JSON shape other tools read, and a table for people.
 *
 * @module
 */
import type { EvalError, EvalReport, TypeScore } from './types.ts';

/**
 * The machine-readable form printed by `airlock eval --format json`:
 * `{"pii": {TYPE: {tp, fp, fn, precision, recall, f1}}, "secrets": {records, recall, fpRate, …}}`.
 * A section is absent when the input had no record of its kind; a score whose denominator is zero
 * is `null`. Errors are not part of it (the CLI prints them on stderr).
 *
 * @param report - what {@link evaluate} returned
 * @returns the JSON text, without a trailing newline
 *
 * @example
 * ```ts
 * import { typeScore } from './evaluate.ts';
 * const text = formatJson({ pii: { PERSON: typeScore(1, 0, 1) }, errors: [] });
 * text; //=> '{"pii":{"PERSON":{"tp":1,"fp":0,"fn":1,"precision":1,"recall":0.5,"f1":0.6666666666666666}}}'
 * ```
 */
export function formatJson(report: EvalReport): string {
  return JSON.stringify({
    ...(report.pii ? { pii: report.pii } : {}),
    ...(report.secrets ? { secrets: report.secrets } : {}),
  });
}

/** Options of {@link formatTable}. */
export interface FormatTableOptions {
  /** A line printed above the tables (preset, detector count, match mode). */
  readonly header?: string;
}

/**
 * The human-readable form printed by `airlock eval`: one row per PII type with a micro-averaged
 * total, then secret recall (hand-written and generated apart) and false-positive rate.
 *
 * @param report - what {@link evaluate} returned
 * @param options - an optional header line
 * @returns the table text, ending with a newline
 *
 * @example
 * ```ts
 * import { typeScore } from './evaluate.ts';
 * const text = formatTable({ pii: { PERSON: typeScore(1, 0, 1) }, piiTotal: typeScore(1, 0, 1), piiRecords: 2, errors: [] });
 * text.split('\n')[2]; //=> 'PERSON         1    0    1      1.000   0.500  0.667'
 * ```
 */
export function formatTable(report: EvalReport, options: FormatTableOptions = {}): string {
  const out: string[] = [];
  if (options.header) out.push(options.header, '');
  if (report.pii) {
    const rows: [string, TypeScore][] = Object.entries(report.pii);
    if (report.piiTotal) rows.push(['all (micro)', report.piiTotal]);
    const width = Math.max(4, ...rows.map(([t]) => t.length));
    out.push(`PII: ${report.piiRecords ?? '?'} records`);
    out.push(`${'type'.padEnd(width)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  precision  recall     f1`);
    for (const [type, s] of rows) {
      out.push(
        `${type.padEnd(width)} ${pad(s.tp, 4)} ${pad(s.fp, 4)} ${pad(s.fn, 4)} ${score(s.precision, 10)} ${score(s.recall, 7)} ${score(s.f1, 6)}`,
      );
    }
    if (rows.length === 1 && report.piiTotal) out.push('(no labels and no findings)');
  }
  const s = report.secrets;
  if (s) {
    if (report.pii) out.push('');
    out.push(`Secrets: ${s.records} records (${s.positives} secret, ${s.negatives} not-secret)`);
    out.push(`  recall          ${score(s.recall, 6)}  (${s.detected}/${s.positives})`);
    out.push(`    hand-written  ${score(s.byOrigin.handWritten.recall, 6)}  (${s.byOrigin.handWritten.detected}/${s.byOrigin.handWritten.records})`);
    out.push(`    generated     ${score(s.byOrigin.generated.recall, 6)}  (${s.byOrigin.generated.detected}/${s.byOrigin.generated.records})`);
    out.push(`  fp rate         ${score(s.fpRate, 6)}  (${s.falsePositives}/${s.negatives})`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * Prints false negatives and positives with the text around them, the span between `⟦` and `⟧`;
 * line breaks and tabs show as `⏎` and `⇥` so that each error stays on one line.
 *
 * @param errors - from {@link EvalReport.errors}
 * @param context - how many code units of text to show on each side
 * @returns one line per error, each ending with a newline
 *
 * @example
 * ```ts
 * const missed = { kind: 'fn', type: 'PERSON', text: 'hi Ann!', span: { start: 3, end: 6 }, source: { file: 'a.jsonl', line: 4 } } as const;
 * formatErrors([missed]); //=> 'FN PERSON a.jsonl:4: hi ⟦Ann⟧!\n'
 * ```
 */
export function formatErrors(errors: readonly EvalError[], context = 40): string {
  return errors
    .map((e) => {
      const where = [e.source ? `${e.source.file}:${e.source.line}` : '', e.id && !e.source ? e.id : ''].filter(Boolean).join(' ');
      const head = `${e.kind.toUpperCase()} ${e.type}${where ? ` ${where}` : ''}:`;
      if (!e.span) return `${head} (no span) ${clip(e.text, 0, Math.min(e.text.length, 2 * context))}${e.text.length > 2 * context ? '…' : ''}\n`;
      const from = Math.max(0, e.span.start - context);
      const to = Math.min(e.text.length, e.span.end + context);
      const body = `${from > 0 ? '…' : ''}${clip(e.text, from, e.span.start)}⟦${clip(e.text, e.span.start, e.span.end)}⟧${clip(e.text, e.span.end, to)}${to < e.text.length ? '…' : ''}`;
      return `${head} ${body}\n`;
    })
    .join('');
}

function clip(text: string, from: number, to: number): string {
  return text.slice(from, to).replace(/\r?\n/g, '⏎').replace(/\t/g, '⇥');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width);
}

function score(v: number | null, width: number): string {
  return (v === null ? '—' : v.toFixed(3)).padStart(width);
}
