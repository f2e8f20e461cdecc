/**
 * {@link defineDetector}: checks a detector definition once, fills in its defaults and freezes it.
 *
 * @module
 */
import { DetectorDefinitionError } from '../errors/DetectorDefinitionError.ts';
import { RegexSyntaxError } from '../errors/RegexSyntaxError.ts';
import { isAirlockError } from '../errors/AirlockError.ts';
import { parse } from '../regex/syntax/index.ts';
import type { Detector, DetectorCategory, DetectorSpec, Regime, SensitivityLevel } from './types.ts';

/** The sensitivity levels, in increasing order. */
export const LEVELS: readonly SensitivityLevel[] = Object.freeze(['public', 'internal', 'confidential', 'restricted']);
const CATEGORIES: readonly DetectorCategory[] = ['pii', 'contact', 'network', 'financial', 'health', 'government-id', 'credential', 'marking', 'internal', 'guard'];
const REGIMES: readonly Regime[] = ['gdpr', 'hipaa', 'pci-dss', 'soc2', 'ccpa', 'glba'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TYPE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const REGION = /^[A-Z]{2}$/;

/**
 * Checks a detector definition and returns it frozen, with every default filled in. Each pattern is
 * parsed here, so a bad pattern fails now, not when a scanner is built. Nothing is registered
 * anywhere: pass the result to {@link createScanner}.
 *
 * @param spec - the definition
 * @returns the checked detector
 * @throws {@link DetectorDefinitionError} naming the first bad field
 *
 * @example
 * ```ts
 * import { defineDetector } from '@airlock/core';
 * const ticket = defineDetector({
 *   id: 'ticket-id', type: 'TICKET_ID', patterns: ['\\bTCK-[0-9]{6}\\b'], score: 0.8,
 *   level: 'internal', category: 'pii',
 *   samples: { positive: ['see TCK-123456'], negative: ['TCK-12'] },
 * });
 * ticket.family; //=> 'TICKET_ID'
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function defineDetector(spec: DetectorSpec): Detector {
  if (typeof spec !== 'object' || spec === null) throw new DetectorDefinitionError('(definition)', 'must be an object');
  const id = spec.id;
  if (typeof id !== 'string' || !ID.test(id)) throw new DetectorDefinitionError('id', 'must be a kebab-case string such as "aws-access-key-id"');
  const fail = (field: string, problem: string): never => {
    throw new DetectorDefinitionError(field, problem, id);
  };
  if (typeof spec.type !== 'string' || !TYPE.test(spec.type)) fail('type', 'must be an UPPER_SNAKE string such as "EMAIL_ADDRESS"');
  if (spec.family !== undefined && (typeof spec.family !== 'string' || !TYPE.test(spec.family))) fail('family', 'must be an UPPER_SNAKE string');
  if (spec.category === 'credential' && spec.family !== undefined && spec.family !== 'SECRET') fail('family', "must be 'SECRET' for a credential");
  if (spec.path !== undefined) {
    if (typeof spec.path !== 'string' || spec.path.length === 0) fail('path', 'must be a non-empty RE2 pattern');
    checkPattern(spec.path, 'path', id);
  }
  if (!Array.isArray(spec.patterns) || (spec.patterns.length === 0 && spec.path === undefined)) {
    fail('patterns', 'must be a non-empty array of RE2 patterns (or empty, with a path, for a path-only detector)');
  }
  let groupOk = spec.group === undefined;
  spec.patterns.forEach((p, i) => {
    if (typeof p !== 'string' || p.length === 0) fail(`patterns[${i}]`, 'must be a non-empty string');
    const parsed = checkPattern(p, `patterns[${i}]`, id);
    if (spec.group === undefined) return;
    if (typeof spec.group === 'number') groupOk ||= Number.isInteger(spec.group) && spec.group >= 1 && spec.group <= parsed.captureCount;
    else groupOk ||= parsed.captureNames.includes(spec.group);
  });
  if (!groupOk) fail('group', 'must name a capture group of one of the patterns');
  if (spec.refine !== undefined && typeof spec.refine !== 'function') fail('refine', 'must be a function');
  if (spec.validators !== undefined) {
    if (!Array.isArray(spec.validators)) fail('validators', 'must be an array of functions');
    spec.validators.forEach((v, i) => typeof v === 'function' || fail(`validators[${i}]`, 'must be a function'));
  }
  if (spec.minEntropy !== undefined && !(typeof spec.minEntropy === 'number' && spec.minEntropy >= 0 && spec.minEntropy <= 16)) {
    fail('minEntropy', 'must be a number of bits per character in [0, 16]');
  }
  const keywords = stringList(spec.keywords, 'keywords', fail);
  if (spec.context !== undefined) {
    const c = spec.context;
    if (typeof c !== 'object' || c === null) fail('context', 'must be an object');
    const words = stringList(c.words, 'context.words', fail);
    if (words.length === 0) fail('context.words', 'must be a non-empty array of strings');
    if (c.window !== undefined && !(Number.isInteger(c.window) && c.window >= 0 && c.window <= 4096)) fail('context.window', 'must be an integer in [0, 4096]');
    if (c.boost !== undefined && !isScore(c.boost)) fail('context.boost', 'must be a number in [0, 1]');
    if (c.required !== undefined && typeof c.required !== 'boolean') fail('context.required', 'must be a boolean');
  }
  if (!isScore(spec.score)) fail('score', 'must be a number in [0, 1]');
  if (spec.validScore !== undefined && !isScore(spec.validScore)) fail('validScore', 'must be a number in [0, 1]');
  if (!LEVELS.includes(spec.level)) fail('level', `must be one of ${LEVELS.join(', ')}`);
  if (!CATEGORIES.includes(spec.category)) fail('category', `must be one of ${CATEGORIES.join(', ')}`);
  const regions = stringList(spec.regions, 'regions', fail);
  regions.forEach((r, i) => REGION.test(r) || fail(`regions[${i}]`, 'must be an ISO 3166 alpha-2 code such as "US"'));
  const regimes = stringList(spec.regimes, 'regimes', fail) as Regime[];
  regimes.forEach((r, i) => REGIMES.includes(r) || fail(`regimes[${i}]`, `must be one of ${REGIMES.join(', ')}`));
  if (spec.description !== undefined && typeof spec.description !== 'string') fail('description', 'must be a string');
  if (spec.rejectPlaceholders !== undefined && typeof spec.rejectPlaceholders !== 'boolean') fail('rejectPlaceholders', 'must be a boolean');
  const samples = spec.samples;
  if (typeof samples !== 'object' || samples === null) fail('samples', 'must be an object with positive and negative arrays');
  if (!Array.isArray(samples.positive)) fail('samples.positive', 'must be an array');
  samples.positive.forEach((s, i) => {
    const ok =
      typeof s === 'string' ||
      (typeof s === 'object' && s !== null && typeof s.text === 'string' &&
        (s.value === undefined || (typeof s.value === 'string' && s.text.includes(s.value))) &&
        (s.path === undefined || typeof s.path === 'string'));
    if (!ok) fail(`samples.positive[${i}]`, 'must be a string, or { text, value?, path? } where text contains value');
  });
  if (!Array.isArray(samples.negative)) fail('samples.negative', 'must be an array');
  samples.negative.forEach((s, i) => {
    const ok = typeof s === 'string' || (typeof s === 'object' && s !== null && typeof s.text === 'string' && (s.path === undefined || typeof s.path === 'string'));
    if (!ok) fail(`samples.negative[${i}]`, 'must be a string, or { text, path? }');
  });
  return Object.freeze({
    ...spec,
    kind: 'detector' as const,
    family: spec.family ?? (spec.category === 'credential' ? 'SECRET' : spec.type),
    patterns: Object.freeze([...spec.patterns]),
    validators: Object.freeze([...(spec.validators ?? [])]),
    keywords,
    validScore: spec.validScore ?? 1,
    regions,
    regimes,
    rejectPlaceholders: spec.rejectPlaceholders ?? spec.category === 'credential',
  });
}

/** Parses one pattern of a definition; a bad one is a {@link DetectorDefinitionError} naming `field`. */
function checkPattern(pattern: string, field: string, id: string): ReturnType<typeof parse> {
  try {
    return parse(pattern);
  } catch (e) {
    if (e instanceof RegexSyntaxError) throw new DetectorDefinitionError(field, `is not valid RE2 syntax: ${e.message}`, id, { cause: e });
    if (isAirlockError(e)) throw new DetectorDefinitionError(field, e.message, id, { cause: e });
    throw e;
  }
}

function isScore(x: unknown): x is number {
  return typeof x === 'number' && x >= 0 && x <= 1;
}

function stringList(value: unknown, field: string, fail: (field: string, problem: string) => never): readonly string[] {
  if (value === undefined) return Object.freeze([]);
  if (!Array.isArray(value)) return fail(field, 'must be an array of strings');
  value.forEach((v, i) => (typeof v === 'string' && v.length > 0) || fail(`${field}[${i}]`, 'must be a non-empty string'));
  return Object.freeze([...(value as string[])]);
}
