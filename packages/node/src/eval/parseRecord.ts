/**
 * Reading labelled records: one JSON Lines line at a time, checked field by field, so that a bad
 * record is reported with its file and line instead of skewing the scores.
 *
 * @module
 */
import { EvalInputError } from './EvalInputError.ts';
import type { EvalRecord, LabelSpan, PiiLabel, RecordSource } from './types.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a parsed JSON value and returns the record it describes. The kind is told per record: a
 * record with `expect` is a secret record, one with `entities` a PII record.
 *
 * @param value - one parsed JSON Lines record
 * @param source - where it was read (used in error messages and kept on the record)
 * @returns the checked record
 * @throws {@link EvalInputError} naming the problem (and the file and line, when given)
 *
 * @example
 * ```ts
 * const r = parseRecord({ text: 'mail a@b.co', entities: [{ start: 5, end: 11, type: 'EMAIL_ADDRESS' }] });
 * [r.kind, r.text]; //=> ['pii', 'mail a@b.co']
 * parseRecord({ text: 'x', expect: 'secret', rule: 'r' }).kind; //=> 'secret'
 * ```
 */
export function parseRecord(value: unknown, source?: RecordSource): EvalRecord {
  const fail = (problem: string): never => {
    throw new EvalInputError(problem, source);
  };
  if (!isObject(value)) return fail(`record must be a JSON object, got ${describe(value)}`);
  const { text } = value;
  if (typeof text !== 'string') return fail(`record has no "text" string (got ${describe(text)})`);
  const id = value['id'] === undefined ? undefined : String(value['id']);
  const hasExpect = 'expect' in value;
  const hasEntities = 'entities' in value;
  if (hasExpect && hasEntities) return fail('record has both "expect" (secret format) and "entities" (PII format); it must be one or the other');
  const spans = (field: string, list: unknown): LabelSpan[] => {
    if (!Array.isArray(list)) return fail(`"${field}" must be an array, got ${describe(list)}`);
    return list.map((e: unknown, i) => {
      if (!isObject(e)) return fail(`${field}[${i}] must be an object`);
      const { start, end } = e;
      if (!Number.isInteger(start) || !Number.isInteger(end)) return fail(`${field}[${i}] needs integer "start" and "end"`);
      const s = start as number;
      const t = end as number;
      if (s < 0 || s > t || t > text.length) return fail(`${field}[${i}] span [${s}, ${t}) is outside the text (length ${text.length})`);
      return { start: s, end: t };
    });
  };
  const base = { ...(id === undefined ? {} : { id }), text, ...(source ? { source } : {}) };

  if (hasExpect) {
    const { expect, rule, secrets, meta } = value;
    if (expect !== 'secret' && expect !== 'not-secret') return fail(`"expect" must be "secret" or "not-secret", got ${describe(expect)}`);
    if (rule !== undefined && typeof rule !== 'string') return fail(`"rule" must be a string, got ${describe(rule)}`);
    if (meta !== undefined && !isObject(meta)) return fail(`"meta" must be an object, got ${describe(meta)}`);
    const generated = meta?.['generated'];
    if (generated !== undefined && typeof generated !== 'boolean') return fail(`"meta.generated" must be a boolean, got ${describe(generated)}`);
    const path = meta?.['file_path'];
    if (path !== undefined && typeof path !== 'string') return fail(`"meta.file_path" must be a string, got ${describe(path)}`);
    return {
      kind: 'secret',
      ...base,
      expect,
      rule: rule ?? '',
      secrets: secrets === undefined || secrets === null ? [] : spans('secrets', secrets),
      generated: generated === true,
      ...(path === undefined ? {} : { path }),
    };
  }
  if (hasEntities) {
    const { entities, annotated_types: annotated } = value;
    const located = spans('entities', entities);
    const labels: PiiLabel[] = located.map((span, i) => {
      const type = (entities as Json[])[i]!['type'];
      if (typeof type !== 'string' || type === '') return fail(`entities[${i}] needs a non-empty "type" string`);
      return { ...span, type };
    });
    if (annotated !== undefined && (!Array.isArray(annotated) || !annotated.every((t) => typeof t === 'string'))) {
      return fail(`"annotated_types" must be an array of strings, got ${describe(annotated)}`);
    }
    return { kind: 'pii', ...base, entities: labels, ...(annotated === undefined ? {} : { annotatedTypes: annotated as string[] }) };
  }
  return fail('record has neither "entities" (PII format) nor "expect" (secret format)');
}

/**
 * Parses one line of a JSON Lines file. Blank lines give `undefined` (they are allowed, and skipped).
 *
 * @param line - the line, without its line break
 * @param source - where it was read
 * @returns the record, or `undefined` for a blank line
 * @throws {@link EvalInputError} when the line is not JSON or not a valid record
 *
 * @example
 * ```ts
 * parseLine('{"text":"hi","entities":[]}', { file: 'a.jsonl', line: 1 })?.kind; //=> 'pii'
 * parseLine('   ', { file: 'a.jsonl', line: 2 }); //=> undefined
 * ```
 */
export function parseLine(line: string, source: RecordSource): EvalRecord | undefined {
  const trimmed = line.trim().replace(/^\uFEFF/, '');
  if (trimmed === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    throw new EvalInputError(`not valid JSON (${(error as Error).message})`, source);
  }
  return parseRecord(value, source);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}
