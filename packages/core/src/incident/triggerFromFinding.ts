import type { Finding, SensitivityLevel } from '../detect/types.ts';
import { AirlockError } from '../errors/AirlockError.ts';
import type { IncidentTrigger } from './createIncidentManager.ts';
import { fingerprint } from './fingerprint.ts';
import type { Severity } from './types.ts';

/** Options of {@link triggerFromFinding}. */
export interface TriggerFromFindingOptions {
  /** The HMAC key of {@link fingerprint}. */
  readonly key: Uint8Array;
  /**
   * The severity of the incident.
   * @defaultValue a `SECRET` finding (a credential) is `critical`; otherwise by level: `restricted`
   *   → `high`, `confidential` → `medium`, lower → `low`
   */
  readonly severity?: Severity | ((finding: Finding) => Severity);
  /**
   * When it was found.
   * @defaultValue the manager's `now()`
   */
  readonly at?: number;
}

const BY_LEVEL: Readonly<Record<SensitivityLevel, Severity>> = {
  restricted: 'high',
  confidential: 'medium',
  internal: 'low',
  public: 'low',
};

/**
 * Turns a scanner's finding into an incident trigger: the fingerprint of the value found (the text
 * between the finding's offsets), never the value itself, and a severity.
 *
 * @param finding - a finding from the scanner
 * @param text - the text that was scanned (the finding's offsets index into it)
 * @param options - the fingerprint key, and optionally the severity and the time
 * @returns a trigger for {@link IncidentManager.trigger}
 * @throws AirlockError `invalid_argument` when the offsets do not fit the text
 *
 * @example
 * ```ts
 * import { triggerFromFinding } from '@airlock/core';
 * const text = 'my key is sk-live-0123456789abcdef';
 * const finding = { type: 'API_KEY', family: 'SECRET', start: 10, end: 34, score: 0.9, detector: 'x', level: 'restricted' } as const;
 * const t = triggerFromFinding(finding, text, { key: new TextEncoder().encode('sixteen byte key!') });
 * t.severity; //=> 'critical'
 * t.fingerprint.includes('sk-live'); //=> false
 * ```
 */
export function triggerFromFinding(finding: Finding, text: string, options: TriggerFromFindingOptions): IncidentTrigger {
  if (typeof text !== 'string' || !(Number.isInteger(finding?.start) && Number.isInteger(finding.end) && finding.start >= 0 && finding.start < finding.end && finding.end <= text.length)) {
    throw new AirlockError('invalid_argument', 'triggerFromFinding: the finding\'s offsets must lie within the text that was scanned');
  }
  const severity =
    typeof options.severity === 'function'
      ? options.severity(finding)
      : (options.severity ?? (finding.family === 'SECRET' ? 'critical' : BY_LEVEL[finding.level]));
  return {
    kind: 'finding',
    fingerprint: fingerprint(text.slice(finding.start, finding.end), options.key),
    severity,
    ...(options.at !== undefined && { at: options.at }),
  };
}
