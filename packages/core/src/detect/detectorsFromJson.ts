/**
 * Ad-hoc detectors given as JSON at run time: a policy file, a gateway's config, a user's form.
 *
 * @module
 */
import { DetectorDefinitionError } from '../errors/DetectorDefinitionError.ts';
import { defineDetector } from './defineDetector.ts';
import type { Detector, DetectorSpec, Validator } from './types.ts';

/** Options of {@link detectorsFromJson}. */
export interface DetectorsFromJsonOptions {
  /**
   * Validators a definition may name in its `validators` array (`["luhn"]`). JSON cannot carry
   * functions, so it refers to them by name.
   * @defaultValue none: a definition that names a validator fails
   */
  readonly validators?: Readonly<Record<string, Validator>>;
}

/**
 * Builds detectors from JSON: an array of detector definitions (as {@link DetectorSpec}, with
 * `validators` as names), or an object `{ "detectors": [...] }`. Every definition is checked as
 * {@link defineDetector} checks it; the error names the field with its position, such as
 * `detectors[2].patterns[0]`.
 *
 * @param json - JSON text, or an already-parsed value
 * @param options - the validators definitions may name
 * @returns the detectors, in order
 * @throws {@link DetectorDefinitionError} naming the first bad field
 *
 * @example
 * ```ts
 * import { createScanner, detectorsFromJson } from '@airlock/core';
 * const detectors = detectorsFromJson(`[{
 *   "id": "employee-id", "type": "EMPLOYEE_ID", "patterns": ["\\\\bEMP-[0-9]{5}\\\\b"],
 *   "score": 0.9, "level": "internal", "category": "pii",
 *   "samples": { "positive": ["EMP-12345"], "negative": ["EMP-1"] }
 * }]`);
 * createScanner({ detectors }).scan('badge EMP-12345').map((f) => f.type); //=> ['EMPLOYEE_ID']
 * ```
 */
export function detectorsFromJson(json: string | unknown, options: DetectorsFromJsonOptions = {}): Detector[] {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (cause) {
      throw new DetectorDefinitionError('(json)', `is not valid JSON: ${(cause as Error).message}`, undefined, { cause });
    }
  }
  let list: unknown = value;
  let prefix = '';
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    list = (value as { detectors?: unknown }).detectors;
    prefix = 'detectors';
  }
  if (!Array.isArray(list)) throw new DetectorDefinitionError(prefix || '(json)', 'must be an array of detector definitions');
  const named = options.validators ?? {};
  return list.map((raw: unknown, i) => {
    const at = `${prefix}[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new DetectorDefinitionError(at, 'must be an object');
    const spec = raw as Record<string, unknown>;
    const id = typeof spec['id'] === 'string' ? spec['id'] : undefined;
    let validators: Validator[] | undefined;
    if (spec['validators'] !== undefined) {
      const names = spec['validators'];
      if (!Array.isArray(names)) throw new DetectorDefinitionError(`${at}.validators`, 'must be an array of validator names', id);
      validators = names.map((name: unknown, j) => {
        const fn = typeof name === 'string' && Object.hasOwn(named, name) ? named[name] : undefined;
        if (!fn) {
          const known = Object.keys(named);
          throw new DetectorDefinitionError(
            `${at}.validators[${j}]`,
            `names no known validator${known.length > 0 ? ` (known: ${known.join(', ')})` : ''}`,
            id,
          );
        }
        return fn;
      });
    }
    try {
      return defineDetector({ ...(spec as unknown as DetectorSpec), ...(validators ? { validators } : {}) });
    } catch (e) {
      if (e instanceof DetectorDefinitionError) {
        throw new DetectorDefinitionError(`${at}.${e.field}`, e.problem, e.detectorId, { cause: e });
      }
      throw e;
    }
  });
}
