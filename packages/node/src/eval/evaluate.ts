/**
 * {@link evaluate}: records and findings in, precision, recall and F1 out. Pure: the scanner runs
 * elsewhere (the CLI runs it; tests pass findings by hand).
 *
 * @module
 */
import { matchRecord, spansAgree } from './match.ts';
import type {
  EvalError,
  EvalReport,
  EvaluateOptions,
  FindingSpan,
  LabelSpan,
  MatchMode,
  PiiRecord,
  ScoredRecord,
  SecretRecall,
  SecretRecord,
  SecretReport,
  SecretRuleScore,
  TypeScore,
} from './types.ts';

/** The family every credential finding carries. */
const SECRET_FAMILY = 'SECRET';

/**
 * Scores findings against labels.
 *
 * PII records: findings are matched to labels one-to-one by {@link matchRecord} (spans agree and the
 * finding's type or family equals the label's type). A match is a true positive of the label's type,
 * a missed label a false negative of its type. A finding that matched nothing is a false positive
 * counted under its `type` if some label (or `annotated_types` entry) anywhere in the input uses
 * that type, else under its `family` if one does, else under its `type`: so a `US_SSN` finding is
 * charged to `US_SSN`, and a `DE_TAX_ID` finding (family `TAX_ID`) to `TAX_ID` on data labelled with
 * families. In a record with `annotated_types`, findings whose type and family are both outside the
 * list are ignored. A record with no labels still counts its false positives.
 *
 * Secret records: an `expect: secret` record is detected when every labelled span is covered by a
 * finding of family `SECRET` (overlap mode: the finding overlaps it; exact mode: contains it), or,
 * without spans, when there is any `SECRET` finding. A `not-secret` record with any `SECRET` finding is
 * a false positive.
 *
 * @param records - every record with the findings in its text
 * @param options - match mode, type filter, how many errors to keep
 * @returns the report; a section is absent when no record of its kind was given
 *
 * @example
 * ```ts
 * const report = evaluate([
 *   { record: { kind: 'pii', text: 'mail a@b.co', entities: [{ start: 5, end: 11, type: 'EMAIL_ADDRESS' }] },
 *     findings: [{ start: 5, end: 11, type: 'EMAIL_ADDRESS', family: 'EMAIL_ADDRESS' }] },
 *   { record: { kind: 'pii', text: 'no mail here', entities: [] },
 *     findings: [{ start: 0, end: 2, type: 'EMAIL_ADDRESS', family: 'EMAIL_ADDRESS' }] },
 * ]);
 * report.pii; //=> { EMAIL_ADDRESS: { tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1, f1: 2 / 3 } }
 * report.secrets; //=> undefined
 * ```
 */
export function evaluate(records: readonly ScoredRecord[], options: EvaluateOptions = {}): EvalReport {
  const mode: MatchMode = options.match ?? 'overlap';
  if (mode !== 'exact' && mode !== 'overlap') throw new TypeError(`match must be 'exact' or 'overlap', got ${String(mode)}`);
  const keep = options.errors ?? 0;
  const only = options.types ? new Set(options.types) : undefined;
  const errors = { fn: [] as EvalError[], fp: [] as EvalError[] };
  const note = (e: EvalError): void => {
    const list = errors[e.kind];
    if (list.length < keep) list.push(e);
  };

  const pii: { record: PiiRecord; findings: readonly FindingSpan[] }[] = [];
  const secret: { record: SecretRecord; findings: readonly FindingSpan[] }[] = [];
  for (const r of records) {
    if (r.record.kind === 'pii') pii.push({ record: r.record, findings: r.findings });
    else secret.push({ record: r.record, findings: r.findings });
  }
  const piiReport = pii.length > 0 ? evaluatePii(pii, mode, only, note) : undefined;
  const secretReport = secret.length > 0 ? evaluateSecrets(secret, mode, note) : undefined;
  return {
    ...(piiReport ? { pii: piiReport.byType, piiTotal: piiReport.total, piiRecords: pii.length } : {}),
    ...(secretReport ? { secrets: secretReport } : {}),
    errors: [...errors.fn, ...errors.fp],
  };
}

/**
 * Precision, recall and F1 from counts. A ratio whose denominator is zero is `null`; F1 is
 * `2tp / (2tp + fp + fn)`, which equals the harmonic mean whenever both are defined and is `null`
 * only when all three counts are zero.
 *
 * @param tp - true positives
 * @param fp - false positives
 * @param fn - false negatives
 * @returns the counts with their scores
 *
 * @example
 * ```ts
 * typeScore(3, 1, 0); //=> { tp: 3, fp: 1, fn: 0, precision: 0.75, recall: 1, f1: 6 / 7 }
 * typeScore(0, 0, 2).precision; //=> null
 * ```
 */
export function typeScore(tp: number, fp: number, fn: number): TypeScore {
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn) };
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

type Note = (e: EvalError) => void;

function evaluatePii(
  items: readonly { record: PiiRecord; findings: readonly FindingSpan[] }[],
  mode: MatchMode,
  only: ReadonlySet<string> | undefined,
  note: Note,
): { byType: Record<string, TypeScore>; total: TypeScore } {
  // The types the input is labelled with decide which key an unmatched finding is charged to.
  const labelled = new Set<string>();
  for (const { record } of items) {
    for (const e of record.entities) labelled.add(e.type);
    for (const t of record.annotatedTypes ?? []) labelled.add(t);
  }
  const fpKey = (f: FindingSpan): string => (labelled.has(f.type) ? f.type : labelled.has(f.family) ? f.family : f.type);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (type: string) => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const type of only ?? []) count(type);

  for (const { record, findings: all } of items) {
    const annotated = record.annotatedTypes ? new Set(record.annotatedTypes) : undefined;
    const findings = annotated ? all.filter((f) => annotated.has(f.type) || annotated.has(f.family)) : all;
    const labels = only ? record.entities.filter((e) => only.has(e.type)) : record.entities;
    const where = { ...(record.id === undefined ? {} : { id: record.id }), ...(record.source ? { source: record.source } : {}), text: record.text };
    const m = matchRecord(labels, findings, mode);
    for (const [l] of m.pairs) count(labels[l]!.type).tp++;
    for (const l of m.missed) {
      const label = labels[l]!;
      count(label.type).fn++;
      note({ kind: 'fn', type: label.type, ...where, span: { start: label.start, end: label.end } });
    }
    for (const i of m.spurious) {
      const f = findings[i]!;
      const key = fpKey(f);
      if (only && !only.has(key)) continue;
      count(key).fp++;
      note({ kind: 'fp', type: key, ...where, span: { start: f.start, end: f.end } });
    }
  }
  const byType: Record<string, TypeScore> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const type of [...counts.keys()].sort()) {
    const c = counts.get(type)!;
    byType[type] = typeScore(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { byType, total: typeScore(tp, fp, fn) };
}

function covers(mode: MatchMode, finding: LabelSpan, label: LabelSpan): boolean {
  return mode === 'exact' ? finding.start <= label.start && label.end <= finding.end : spansAgree('overlap', finding, label);
}

function evaluateSecrets(items: readonly { record: SecretRecord; findings: readonly FindingSpan[] }[], mode: MatchMode, note: Note): SecretReport {
  const origin = { handWritten: { records: 0, detected: 0 }, generated: { records: 0, detected: 0 } };
  const rules = new Map<string, { positives: number; detected: number; negatives: number; falsePositives: number }>();
  let positives = 0;
  let detected = 0;
  let negatives = 0;
  let falsePositives = 0;
  for (const { record, findings } of items) {
    const found = findings.filter((f) => f.family === SECRET_FAMILY);
    let rule = rules.get(record.rule);
    if (!rule) rules.set(record.rule, (rule = { positives: 0, detected: 0, negatives: 0, falsePositives: 0 }));
    const where = { ...(record.id === undefined ? {} : { id: record.id }), ...(record.source ? { source: record.source } : {}), text: record.text };
    if (record.expect === 'secret') {
      const hit =
        record.secrets.length > 0 ? record.secrets.every((s) => found.some((f) => covers(mode, f, s))) : found.length > 0;
      const o = record.generated ? origin.generated : origin.handWritten;
      positives++;
      rule.positives++;
      o.records++;
      if (hit) {
        detected++;
        rule.detected++;
        o.detected++;
      } else {
        const span = record.secrets.find((s) => !found.some((f) => covers(mode, f, s)));
        note({ kind: 'fn', type: record.rule, ...where, ...(span ? { span } : {}) });
      }
    } else {
      negatives++;
      rule.negatives++;
      const first = found[0];
      if (first) {
        falsePositives++;
        rule.falsePositives++;
        note({ kind: 'fp', type: first.type, ...where, span: { start: first.start, end: first.end } });
      }
    }
  }
  const recallOf = (o: { records: number; detected: number }): SecretRecall => ({ ...o, recall: ratio(o.detected, o.records) });
  const byRule: Record<string, SecretRuleScore> = {};
  for (const name of [...rules.keys()].sort()) byRule[name] = rules.get(name)!;
  return {
    records: items.length,
    positives,
    negatives,
    detected,
    falsePositives,
    recall: ratio(detected, positives),
    fpRate: ratio(falsePositives, negatives),
    byOrigin: { handWritten: recallOf(origin.handWritten), generated: recallOf(origin.generated) },
    byRule,
  };
}
