/**
 * {@link classify}: the sensitivity level of a text, from its findings.
 *
 * @module
 */
import { LEVELS } from '../detect/defineDetector.ts';
import type { Finding, SensitivityLevel } from '../detect/types.ts';
import type { AggregationRule, Classification, EntityKey, Policy } from './types.ts';

/**
 * The aggregation rule used when neither the options nor the policy give one: ten or more distinct
 * contact or identity values (e-mail addresses, phone numbers, street addresses, dates of birth,
 * bank accounts) in one text make it a bulk of personal records, which is `restricted`.
 */
export const DEFAULT_AGGREGATION: readonly AggregationRule[] = Object.freeze([
  Object.freeze({
    entities: Object.freeze(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'IBAN_CODE']),
    threshold: 10,
    level: 'restricted' as const,
  }),
]);

/** Options of {@link classify}. */
export interface ClassifyOptions {
  /**
   * Whether the scan that produced the findings finished ({@link ScanResult.complete}). An
   * incomplete scan may have missed anything, so the text is `restricted`.
   */
  readonly complete: boolean;
  /** The policy whose level overrides ({@link Policy.levels}) and aggregation rules apply. */
  readonly policy?: Pick<Policy, 'levels' | 'aggregation'>;
  /**
   * Aggregation rules, in place of the policy's.
   * @defaultValue the policy's, else {@link DEFAULT_AGGREGATION}
   */
  readonly aggregation?: readonly AggregationRule[];
  /**
   * The scanned text. With it, aggregation counts distinct values (the same address ten times is
   * one); without it, every finding counts as a value of its own (never fewer than the truth).
   */
  readonly text?: string;
}

/**
 * Classifies a text by its findings. The level is the highest of:
 *
 * - each finding's level: the policy's override for its type, else for its family, else the
 *   finding's own (a level airlock does not know counts as `restricted`);
 * - each aggregation rule that reaches its threshold;
 * - `restricted` when the scan was incomplete: what airlock could not judge, it does not pass.
 *
 * It is monotone: more findings never give a lower level.
 *
 * @param findings - the findings of one text
 * @param options - whether the scan was complete, the policy, aggregation rules, the text
 * @returns the level, the reasons for it and the findings that set it
 *
 * @example
 * ```ts
 * import { classify, createScanner, recommended } from '@airlock/core';
 * const scan = createScanner({ detectors: recommended() }).analyze('mail jane.doe@example.com');
 * const c = classify(scan.findings, { complete: scan.complete });
 * c.level; //=> 'confidential'
 * c.reasons; //=> ['EMAIL_ADDRESS is confidential']
 * classify([], { complete: false }).level; //=> 'restricted'
 * ```
 */
export function classify(findings: readonly Finding[], options: ClassifyOptions): Classification {
  const reasons: string[] = [];
  // Malformed options are read as "incomplete": the answer is then restricted, never lower.
  const opts: Partial<ClassifyOptions> = typeof options === 'object' && options !== null ? options : {};
  const complete = opts.complete === true;
  const levels = opts.policy?.levels ?? {};
  const list = Array.isArray(findings) ? findings : [];
  if (!Array.isArray(findings)) reasons.push('the findings are not an array: counted as restricted');
  let top = complete ? 0 : 3;
  const rank: number[] = list.map((f) => LEVELS.indexOf(_levelOf(f, levels)));
  rank.forEach((r) => (top = Math.max(top, r)));
  const aggregation = opts.aggregation ?? opts.policy?.aggregation ?? DEFAULT_AGGREGATION;
  const raised: { rule: AggregationRule; count: number; members: Finding[] }[] = [];
  for (const rule of aggregation) {
    const members = list.filter((f) => typeof f === 'object' && f !== null && _matches(rule.entities, f));
    const values = new Set(members.map((f) => (typeof opts.text === 'string' ? normalizeValue(opts.text.slice(f.start, f.end)) : `${f.start}:${f.end}:${f.type}`)));
    if (values.size >= rule.threshold) {
      raised.push({ rule, count: values.size, members });
      top = Math.max(top, LEVELS.indexOf(rule.level));
    }
  }
  const level = LEVELS[Math.max(0, top)]!;
  const drivers = new Set<Finding>();
  const typesAtTop = new Set<string>();
  list.forEach((f, i) => {
    if (rank[i] !== top) return;
    drivers.add(f);
    if (typeof f === 'object' && f !== null && typeof f.type === 'string') typesAtTop.add(f.type);
    else reasons.push(`findings[${i}] is malformed: counted as restricted`);
  });
  for (const type of typesAtTop) reasons.push(`${type} is ${level}`);
  for (const { rule, count, members } of raised) {
    if (LEVELS.indexOf(rule.level) !== top) continue;
    members.forEach((f) => drivers.add(f));
    reasons.push(`${count} distinct values of ${rule.entities.join(', ')} (${rule.threshold} or more) make the text ${rule.level}`);
  }
  if (!complete) reasons.push('the scan was incomplete: what airlock could not judge counts as restricted');
  if (reasons.length === 0) reasons.push(list.length === 0 ? 'nothing sensitive was found' : `every finding is ${level}`);
  return { level, reasons, drivers: [...drivers] };
}

/** A finding's level under `levels` (type, then family, then its own); unknown is restricted. @internal */
export function _levelOf(f: Finding, levels: Readonly<Record<string, SensitivityLevel>>): SensitivityLevel {
  if (typeof f !== 'object' || f === null) return 'restricted';
  const level = (Object.hasOwn(levels, f.type) ? levels[f.type] : Object.hasOwn(levels, f.family) ? levels[f.family] : undefined) ?? f.level;
  return LEVELS.includes(level) ? level : 'restricted';
}

/** Whether an entity-key list names the finding's type or family, or has `*`. @internal */
export function _matches(keys: readonly EntityKey[], f: Finding): boolean {
  return keys.includes('*') || keys.includes(f.type) || keys.includes(f.family);
}

function normalizeValue(value: string): string {
  return value.toLowerCase().replace(/\s+/g, '');
}
