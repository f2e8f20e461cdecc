/**
 * {@link parsePolicy}: checks a policy document against the policy schema and returns it frozen,
 * with its defaults filled in.
 *
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import * as v from 'valibot';
import { PolicyError } from '../errors/PolicyError.ts';
import { DEFAULT_AGGREGATION } from './classify.ts';
import { _DESTINATION_SCHEMA, _OBJECT_PLACES, _POLICY_SCHEMA } from './schema.ts';
import type { Destination, Policy, Rule } from './types.ts';

const parsed = new WeakSet<object>();

/**
 * Checks a policy document and returns it as a {@link Policy}: frozen, with defaults filled in
 * (no level overrides, {@link DEFAULT_AGGREGATION}, no destinations; a destination is external and
 * has no certifications unless it says otherwise).
 *
 * The document follows the JSON Schema published as `@airlock/core/policy.schema.json`; on top of
 * it, rule ids and destination ids must be unique, and a condition may name only declared
 * destinations. The first problem found is thrown, with its path.
 *
 * @param json - the document: an object, or its JSON text
 * @returns the policy
 * @throws {@link PolicyError} (`invalid_policy`) whose `path` names the problem's place
 *   (`rules[3].when.level`)
 *
 * @example
 * ```ts
 * import { parsePolicy } from '@airlock/core';
 * const policy = parsePolicy({
 *   version: 1,
 *   destinations: [{ id: 'gpt', provider: 'openai', retention: 'zero', agreements: ['enterprise'], region: 'US' }],
 *   rules: [{ id: 'allow-all', action: 'allow' }],
 * });
 * policy.destinations[0]?.external; //=> true
 * try { parsePolicy('{"version": 1, "rules": [{"id": "x", "action": "permit"}]}'); } catch (e) { (e as Error).message; }
 * //=> 'rules[0].action: must be one of "allow", "block", "redact" (got "permit")'
 * ```
 */
export function parsePolicy(json: unknown): Policy {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (e) {
      throw new PolicyError('', `is not valid JSON (${(e as Error).message})`, { cause: e });
    }
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new PolicyError('', `must be an object (got ${Array.isArray(input) ? 'an array' : input === null ? 'null' : typeof input})`);
  }
  rejectArrays(input, '');
  const result = v.safeParse(_POLICY_SCHEMA, input, { abortEarly: true });
  if (!result.success) {
    const issue = _deepest(result.issues[0]);
    throw new PolicyError(_issuePath(issue), _issueProblem(issue));
  }
  const doc = result.output as {
    id?: string;
    description?: string;
    levels?: Policy['levels'];
    aggregation?: Policy['aggregation'];
    destinations?: readonly Omit<Destination, 'external' | 'certifications'>[];
    rules: readonly Rule[];
  };
  const ruleIds = new Map<string, number>();
  doc.rules.forEach((r, i) => {
    const j = ruleIds.get(r.id);
    if (j !== undefined) throw new PolicyError(`rules[${i}].id`, `repeats the id "${r.id}" of rules[${j}]`);
    ruleIds.set(r.id, i);
  });
  const destinations = (doc.destinations ?? []).map(_destination);
  const destIds = new Map<string, number>();
  destinations.forEach((d, i) => {
    const j = destIds.get(d.id);
    if (j !== undefined) throw new PolicyError(`destinations[${i}].id`, `repeats the id "${d.id}" of destinations[${j}]`);
    destIds.set(d.id, i);
  });
  doc.rules.forEach((r, i) => {
    for (const part of ['when', 'unless'] as const) {
      r[part]?.destination?.ids?.forEach((id, k) => {
        if (!destIds.has(id)) throw new PolicyError(`rules[${i}].${part}.destination.ids[${k}]`, `names "${id}", which is not among the policy's destinations`);
      });
    }
  });
  const policy: Policy = {
    version: 1,
    ...(doc.id !== undefined ? { id: doc.id } : {}),
    ...(doc.description !== undefined ? { description: doc.description } : {}),
    levels: doc.levels ?? {},
    aggregation: doc.aggregation ?? DEFAULT_AGGREGATION,
    destinations,
    rules: doc.rules,
  };
  const frozen = deepFreeze(policy);
  parsed.add(frozen);
  return frozen;
}

/** Whether `policy` came from {@link parsePolicy} (and so is checked and frozen). @internal */
export function _isParsed(policy: unknown): policy is Policy {
  return typeof policy === 'object' && policy !== null && parsed.has(policy);
}

/** Checks one destination and fills in its defaults. @throws {@link PolicyError} @internal */
export function _parseDestination(input: unknown): Destination {
  const result = v.safeParse(_DESTINATION_SCHEMA, input, { abortEarly: true });
  if (!result.success) {
    const issue = _deepest(result.issues[0]);
    throw new PolicyError(_issuePath(issue).replace(/^(?!$)/, 'destination.') || 'destination', _issueProblem(issue));
  }
  return deepFreeze(_destination(result.output as Omit<Destination, 'external' | 'certifications'>));
}

function _destination(d: Omit<Destination, 'external' | 'certifications'> & { external?: boolean; certifications?: readonly string[] }): Destination {
  return { ...d, certifications: d.certifications ?? [], external: d.external ?? true };
}

const digests = new WeakMap<Policy, string>();

/**
 * SHA-256 (hex) of the policy's canonical JSON: keys sorted, rules and destinations sorted by id
 * (their order means nothing), so equal policies have equal digests. @internal
 */
export function _policyDigest(policy: Policy): string {
  let d = digests.get(policy);
  if (d === undefined) {
    const canonical = {
      ...policy,
      rules: [...policy.rules].sort((a, b) => (a.id < b.id ? -1 : 1)),
      destinations: [...policy.destinations].sort((a, b) => (a.id < b.id ? -1 : 1)),
    };
    d = bytesToHex(sha256(utf8ToBytes(_canonicalJson(canonical))));
    digests.set(policy, d);
  }
  return d;
}

/** JSON with object keys sorted, at every depth. @internal */
export function _canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(_canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${_canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Throws at the first array in a place that holds an object (see {@link _OBJECT_PLACES}). */
function rejectArrays(value: unknown, path: string, objectHere = false, depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 16) return;
  if (Array.isArray(value)) {
    if (objectHere) throw new PolicyError(path, 'must be an object, not an array');
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    const at = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path === '' ? '' : `${path}.`}${key}` : `${path}[${JSON.stringify(key)}]`;
    rejectArrays(child, at, _OBJECT_PLACES.keys.has(key), depth + 1);
    if (Array.isArray(child) && _OBJECT_PLACES.items.has(key)) child.forEach((item, i) => rejectArrays(item, `${at}[${i}]`, true, depth + 1));
    if (_OBJECT_PLACES.values.has(key) && typeof child === 'object' && child !== null && !Array.isArray(child)) {
      for (const [k, op] of Object.entries(child)) rejectArrays(op, `${at}.${k}`, true, depth + 1);
    }
  }
}

type Issue = v.BaseIssue<unknown>;

/** For a union (a level or a list of levels), the alternative's issue that got furthest. */
function _deepest(issue: Issue | undefined): Issue | undefined {
  if (issue?.type !== 'union' || !issue.issues) return issue;
  const best = [...issue.issues].sort((a, b) => (b.path?.length ?? 0) - (a.path?.length ?? 0))[0];
  return best && (best.path?.length ?? 0) > (issue.path?.length ?? 0) ? _deepest(best) : issue;
}

function _issuePath(issue: Issue | undefined): string {
  let out = '';
  for (const item of issue?.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string') out += /^[A-Za-z_$][\w$]*$/.test(key) ? `${out === '' ? '' : '.'}${key}` : `[${JSON.stringify(key)}]`;
  }
  return out;
}

function _issueProblem(issue: Issue | undefined): string {
  if (issue === undefined) return 'is invalid';
  const got = issue.received;
  switch (issue.type) {
    case 'strict_object':
    case 'object':
      if (issue.expected === 'never') return 'is not a known field';
      return issue.input === undefined ? 'is required' : `must be an object (got ${got})`;
    case 'picklist':
    case 'variant':
    case 'literal':
      if (issue.input === undefined) return 'is required';
      return `must be one of ${String(issue.expected).replace(/^\(|\)$/g, '').split(' | ').sort().join(', ')} (got ${got})`;
    case 'union':
      return `must be a level or an array of levels (got ${got})`;
    case 'regex':
      return issue.message;
    case 'min_value':
    case 'max_value':
    case 'min_length':
    case 'max_length':
    case 'min_entries':
      return `must be ${issue.type.endsWith('value') ? '' : `of ${issue.type.endsWith('entries') ? 'entries' : 'length'} `}${issue.expected} (got ${got})`;
    default:
      return issue.input === undefined && issue.kind === 'schema' ? 'is required' : issue.message.replace(/^Invalid (\w+): /, '').replace(/^Expected/, 'expected');
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
