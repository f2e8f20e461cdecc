/**
 * {@link decide}: whether a text may go to a destination, under a policy: allow, redact then allow,
 * or block, with the rules and reasons behind it.
 *
 * @module
 */
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import { LEVELS } from '../detect/defineDetector.ts';
import { allDetectors } from '../detect/presets.ts';
import type { Detector, Finding, Regime, SensitivityLevel } from '../detect/types.ts';
import { AirlockError } from '../errors/AirlockError.ts';
import { encrypt } from '../redact/operators/encrypt.ts';
import { hash } from '../redact/operators/hash.ts';
import { keep } from '../redact/operators/keep.ts';
import { mask } from '../redact/operators/mask.ts';
import { pseudonymize } from '../redact/operators/pseudonymize.ts';
import { remove } from '../redact/operators/remove.ts';
import { replace } from '../redact/operators/replace.ts';
import { surrogate } from '../redact/operators/surrogate.ts';
import type { Operator } from '../redact/types.ts';
import { _levelOf, _matches, classify } from './classify.ts';
import { documentMarkings, MARKING_FAMILY } from './documentMarkings.ts';
import { _canonicalJson, _isParsed, _parseDestination, _policyDigest, parsePolicy } from './parsePolicy.ts';
import { _inRegion } from './regions.ts';
import type { Condition, Decision, Destination, Direction, OperatorSpec, Policy, Rule } from './types.ts';

/** A destination given directly to {@link decide}: as in a policy, defaults optional. */
export type DestinationInput = Omit<Destination, 'certifications' | 'external'> & {
  readonly certifications?: readonly string[];
  readonly external?: boolean;
};

/** What {@link decide} decides on. */
export interface DecideInput {
  /** The text's findings ({@link ScanResult.findings}). */
  readonly findings: readonly Finding[];
  /** Whether the scan finished ({@link ScanResult.complete}); `false` makes the text restricted. */
  readonly complete: boolean;
  /** The destination: the id of one of the policy's destinations, or a destination itself. */
  readonly destination: string | DestinationInput;
  /** The policy: from {@link parsePolicy} or a preset (a plain document is parsed first). */
  readonly policy: Policy;
  /**
   * `request`: the text goes to the destination (the level gates apply). `response`: the text
   * comes back from it (only the rules apply; they can tell by `when.direction`).
   * @defaultValue 'request'
   */
  readonly direction?: Direction;
  /**
   * Where the text's data subjects are (`['DE']`, `['EU']`), if known. Region-specific identifiers
   * found in the text (a French NIR) add their region. When nothing tells, a rule's `subjectRegions`
   * condition is unknown: a block rule then applies, a permit does not (it fails closed).
   */
  readonly subjectRegions?: readonly string[];
  /** The scanned text, so that aggregation counts distinct values ({@link ClassifyOptions.text}). */
  readonly text?: string;
  /**
   * The detectors that produced the findings (`scanner.detectors`): their regimes and regions are
   * what `regimes` and `subjectRegions` conditions see. Findings of detectors not given are looked
   * up in the catalog; a finding found in neither has unknown regimes (block rules on regimes
   * apply to it, permits do not).
   */
  readonly detectors?: readonly Detector[];
  /** Keys named by `hash`, `encrypt` and `surrogate` operators in the policy, by name. */
  readonly keys?: Readonly<Record<string, Uint8Array>>;
  /**
   * Makes decision ids.
   * @defaultValue random UUIDs (v4) from `crypto.getRandomValues`
   */
  readonly id?: () => string;
}

/** Operators from most to least protective; the first wins when several permits redact one finding. */
const PROTECTION = ['remove', 'replace', 'hash', 'mask', 'surrogate', 'pseudonymize', 'encrypt', 'keep'] as const;

/**
 * Decides whether a text (its findings) may go to a destination under a policy. The semantics are
 * Cedar's: a matching `block` rule (forbid) wins over everything; else the matching permits decide
 * (`redact` over `allow`; when several redact one finding, the most protective operator wins);
 * with no matching permit the answer is no (default deny). Rule order never matters.
 *
 * On top of the rules, the level gates are forbids that no permit overrides. What is sent (after
 * redaction, for a text going to the destination) may be at most:
 * `restricted` for a destination that is not external; `confidential` for zero data retention;
 * `internal` under an enterprise agreement; `public` otherwise. Document markings and an incomplete
 * scan classify the whole text: redaction does not lower them.
 *
 * It never throws: a malformed input or an error while deciding gives `block`, with the reason.
 *
 * @param input - findings, completeness, destination, policy and the facts rules may look at
 * @returns the decision, with the rules and reasons behind it
 *
 * @example
 * ```ts
 * import { createScanner, decide, gdpr, recommended } from '@airlock/core';
 * const scan = createScanner({ detectors: recommended() }).analyze('Customer: jane.doe@example.com');
 * const usProvider = { id: 'us-llm', provider: 'acme-ai', retention: 'standard', agreements: ['enterprise'], region: 'US' } as const;
 * const d = decide({ ...scan, destination: usProvider, policy: gdpr(), subjectRegions: ['DE'], id: () => 'd-1' });
 * d.action; //=> 'block'
 * d.rules; //=> ['gdpr.dpa-required']
 * d.findings.map((f) => f.type); //=> ['EMAIL_ADDRESS']
 * ```
 */
export function decide(input: DecideInput): Decision {
  let id = '';
  let policyDigest = '';
  let destination = '';
  try {
    id = input.id ? input.id() : uuid();
    if (typeof id !== 'string' || id === '') throw new AirlockError('invalid_argument', 'the id generator must return a non-empty string');
    const policy = _isParsed(input.policy) ? input.policy : parsePolicy(input.policy);
    policyDigest = _policyDigest(policy);
    destination = typeof input.destination === 'string' ? input.destination : String((input.destination as { id?: unknown })?.id ?? '');
    return evaluate(input, policy, id, policyDigest);
  } catch (e) {
    return {
      id: id || uuid(),
      action: 'block',
      level: 'restricted',
      sentLevel: 'restricted',
      findings: [],
      rules: ['airlock.error'],
      reasons: [`the decision failed (${e instanceof Error ? e.message : String(e)}): blocked, since airlock fails closed`],
      destination,
      policyDigest,
    };
  }
}

interface Facts {
  readonly level: SensitivityLevel;
  readonly findings: readonly Finding[];
  readonly regimes: readonly (readonly Regime[] | undefined)[];
  readonly subjects: ReadonlySet<string>;
  /**
   * Whether `subjects` is all there is: the caller said where the data subjects are. Regions read
   * off identifiers in the text only add subjects; they say nothing of the other subjects (an SSN
   * next to an e-mail address does not make its owner American).
   */
  readonly subjectsKnown: boolean;
  readonly destination: Destination;
  readonly direction: Direction;
}

/** Kleene truth: 1 true, 0 false, 0.5 unknown. */
type Truth = 0 | 0.5 | 1;

function evaluate(input: DecideInput, policy: Policy, id: string, policyDigest: string): Decision {
  if (typeof input !== 'object' || input === null) throw new AirlockError('invalid_argument', 'decide takes an object');
  const findings = input.findings;
  if (!Array.isArray(findings)) throw new AirlockError('invalid_argument', 'findings must be an array');
  findings.forEach((f: Finding, i) => {
    if (typeof f !== 'object' || f === null || typeof f.type !== 'string' || typeof f.family !== 'string' || typeof f.detector !== 'string') {
      throw new AirlockError('invalid_argument', `findings[${i}] must be a finding (type, family, detector, level)`);
    }
  });
  if (typeof input.complete !== 'boolean') throw new AirlockError('invalid_argument', 'complete must be a boolean');
  const direction = input.direction ?? 'request';
  if (direction !== 'request' && direction !== 'response') throw new AirlockError('invalid_argument', "direction must be 'request' or 'response'");
  const destination = resolveDestination(input.destination, policy);
  const text = typeof input.text === 'string' ? input.text : undefined;
  const classifyOptions = { complete: input.complete, policy, ...(text !== undefined ? { text } : {}) };
  const classification = classify(findings, classifyOptions);
  const lookup = detectorFacts(input.detectors);
  const given = input.subjectRegions ?? [];
  if (!Array.isArray(given) || !given.every((r) => typeof r === 'string')) throw new AirlockError('invalid_argument', 'subjectRegions must be an array of region codes');
  const subjects = new Set<string>(given);
  const regimes = findings.map((f) => {
    const facts = lookup.byId.get(f.detector) ?? lookup.byType.get(f.type);
    facts?.regions.forEach((r) => subjects.add(r));
    return facts?.regimes;
  });
  const facts: Facts = { level: classification.level, findings, regimes, subjects, subjectsKnown: given.length > 0, destination, direction };
  const base = { id, level: classification.level, destination: destination.id, policyDigest };

  // Forbids: any that may apply (true or unknown) blocks.
  const forbids: { rule: Rule; truth: Truth; drivers: Finding[] }[] = [];
  const permits: Rule[] = [];
  for (const rule of policy.rules) {
    const when = condition(rule.when, facts);
    const unless = rule.unless ? condition(rule.unless, facts).truth : 0;
    const truth = Math.min(when.truth, 1 - unless) as Truth;
    if (rule.action === 'block' && truth > 0) forbids.push({ rule, truth, drivers: when.drivers });
    else if (rule.action !== 'block' && truth === 1) permits.push(rule);
  }
  if (forbids.length > 0) {
    forbids.sort((a, b) => (a.rule.id < b.rule.id ? -1 : 1));
    const drivers = unique(forbids.flatMap((f) => f.drivers));
    return {
      ...base,
      action: 'block',
      sentLevel: classification.level,
      findings: drivers.length > 0 ? drivers : classification.drivers,
      rules: forbids.map((f) => f.rule.id),
      reasons: forbids.map(({ rule, truth }) =>
        `rule "${rule.id}" blocks this${truth === 0.5 ? ' (it may apply: a fact it depends on is unknown, so it is taken to apply)' : ''}${rule.description ? `: ${rule.description}` : ''}`,
      ),
    };
  }
  if (permits.length === 0) {
    return {
      ...base,
      action: 'block',
      sentLevel: classification.level,
      findings: classification.drivers,
      rules: ['airlock.default-deny'],
      reasons: [`no rule permits sending this ${classification.level} text to "${destination.id}": denied by default`],
    };
  }

  // Permits: per finding, the most protective operator any matching redact rule gives it.
  const chosen = new Map<string, { spec: OperatorSpec; rule: string }>();
  for (const f of findings) {
    for (const rule of permits) {
      if (rule.action !== 'redact' || !rule.operators) continue;
      const ops = rule.operators;
      const spec = Object.hasOwn(ops, f.type) ? ops[f.type] : Object.hasOwn(ops, f.family) ? ops[f.family] : ops['*'];
      if (!spec) continue;
      const prev = chosen.get(f.type);
      // Ties (the same operator and options) go to the smaller rule id: rule order never matters.
      if (!prev || moreProtective(spec, prev.spec) || (!moreProtective(prev.spec, spec) && rule.id < prev.rule)) chosen.set(f.type, { spec, rule: rule.id });
    }
  }
  const redacted = findings.filter((f) => (chosen.get(f.type)?.spec.operator ?? 'keep') !== 'keep');
  const gone = new Set(redacted.filter((f) => f.family !== MARKING_FAMILY));
  const sent = findings.filter((f) => !gone.has(f));
  const after = redacted.length > 0 ? classify(sent, classifyOptions) : classification;
  const deciding = redacted.length > 0
    ? unique(redacted.map((f) => chosen.get(f.type)!.rule))
    : permits.filter((r) => r.action === 'allow').map((r) => r.id);
  const ruleIds = (deciding.length > 0 ? deciding : permits.map((r) => r.id)).sort();

  // The level gate, on what is actually sent.
  const gate = ceiling(destination);
  if (direction === 'request' && LEVELS.indexOf(after.level) > LEVELS.indexOf(gate.level)) {
    return {
      ...base,
      action: 'block',
      sentLevel: after.level,
      findings: after.drivers,
      rules: [`airlock.gate.${after.level}`],
      reasons: [
        `"${destination.id}" accepts at most ${gate.level} data (${gate.why}), and what would be sent${redacted.length > 0 ? ' after redaction' : ''} is ${after.level}: ${after.reasons.join('; ')}`,
      ],
    };
  }
  const fits =
    direction === 'request'
      ? `what is sent is ${after.level}, and "${destination.id}" accepts up to ${gate.level} (${gate.why})`
      : `the text is ${after.level}; the level gates apply to requests only`;
  if (redacted.length === 0) {
    return {
      ...base,
      action: 'allow',
      sentLevel: classification.level,
      findings: classification.drivers,
      rules: ruleIds,
      reasons: [...ruleIds.map((r) => `rule "${r}" allows this${describe(permits, r)}`), fits],
    };
  }
  const redactions: Record<string, OperatorSpec> = {};
  for (const f of findings) redactions[f.type] = chosen.get(f.type)?.spec ?? { operator: 'keep' };
  const operators: Record<string, Operator> = {};
  for (const [type, spec] of Object.entries(redactions)) operators[type] = toOperator(spec, input.keys, chosen.get(type)?.rule);
  return {
    ...base,
    action: 'redact',
    sentLevel: after.level,
    findings: redacted,
    rules: ruleIds,
    reasons: ruleIds.map((r) => {
      const types = Object.keys(redactions).filter((t) => chosen.get(t)?.rule === r && redactions[t]!.operator !== 'keep');
      return `rule "${r}" redacts ${types.map((t) => `${t} (${redactions[t]!.operator})`).join(', ')}${describe(permits, r)}`;
    }).concat(fits),
    redactions,
    operators,
  };
}

function describe(rules: readonly Rule[], id: string): string {
  const d = rules.find((r) => r.id === id)?.description;
  return d ? `: ${d}` : '';
}

function condition(c: Condition | undefined, facts: Facts): { truth: Truth; drivers: Finding[] } {
  if (c === undefined) return { truth: 1, drivers: [] };
  let truth: Truth = 1;
  const and = (t: Truth): void => {
    truth = Math.min(truth, t) as Truth;
  };
  if (c.level !== undefined) and((typeof c.level === 'string' ? [c.level] : c.level).includes(facts.level) ? 1 : 0);
  if (c.direction !== undefined) and(c.direction === facts.direction ? 1 : 0);
  const d = c.destination;
  if (d !== undefined) {
    const dest = facts.destination;
    if (d.ids !== undefined) and(d.ids.includes(dest.id) ? 1 : 0);
    if (d.providers !== undefined) and(d.providers.includes(dest.provider) ? 1 : 0);
    if (d.retention !== undefined) and(d.retention === dest.retention ? 1 : 0);
    if (d.agreements !== undefined) and(d.agreements.every((a) => dest.agreements.includes(a)) ? 1 : 0);
    if (d.regions !== undefined) and(d.regions.some((r) => _inRegion(dest.region, r)) ? 1 : 0);
    if (d.certifications !== undefined) and(d.certifications.every((x) => dest.certifications.includes(x)) ? 1 : 0);
    if (d.external !== undefined) and(d.external === dest.external ? 1 : 0);
  }
  if (c.subjectRegions !== undefined) {
    const wanted = c.subjectRegions;
    // A subject in a wanted region: true. Otherwise false only if the caller gave every subject's
    // region; inferred regions alone leave it unknown (so adding text never lifts a block).
    const some = [...facts.subjects].some((s) => wanted.some((w) => _inRegion(s, w)));
    and(some ? 1 : facts.subjectsKnown ? 0 : 0.5);
  }
  let drivers: Finding[] = [];
  if (c.entities !== undefined || c.regimes !== undefined) {
    let best: Truth = 0;
    const per = facts.findings.map((f, i): Truth => {
      const e: Truth = c.entities === undefined || _matches(c.entities, f) ? 1 : 0;
      const known = facts.regimes[i];
      const r: Truth = c.regimes === undefined ? 1 : known === undefined ? 0.5 : c.regimes.some((x) => known.includes(x)) ? 1 : 0;
      const t = Math.min(e, r) as Truth;
      if (t > best) best = t;
      return t;
    });
    drivers = best > 0 ? facts.findings.filter((_, i) => per[i] === best) : [];
    and(best);
  }
  return { truth, drivers };
}

function moreProtective(a: OperatorSpec, b: OperatorSpec): boolean {
  const ra = PROTECTION.indexOf(a.operator);
  const rb = PROTECTION.indexOf(b.operator);
  return ra !== rb ? ra < rb : _canonicalJson(a) < _canonicalJson(b);
}

/** The highest level a destination may receive (its level gate), and why. */
function ceiling(d: Destination): { level: SensitivityLevel; why: string } {
  if (!d.external) return { level: 'restricted', why: 'it is not external' };
  if (d.retention === 'zero') return { level: 'confidential', why: 'it is external, with zero data retention' };
  if (d.agreements.includes('enterprise')) return { level: 'internal', why: 'it is external, under an enterprise agreement, and retains data' };
  return { level: 'public', why: 'it is external, retains data and has no enterprise agreement' };
}

function resolveDestination(given: string | DestinationInput, policy: Policy): Destination {
  if (typeof given === 'string') {
    const found = policy.destinations.find((d) => d.id === given);
    if (!found) throw new AirlockError('invalid_argument', `destination "${given}" is not among the policy's destinations`);
    return found;
  }
  return _parseDestination(given);
}

function toOperator(spec: OperatorSpec, keys: DecideInput['keys'], rule: string | undefined): Operator {
  const key = (name: string): Uint8Array => {
    const k = keys && Object.hasOwn(keys, name) ? keys[name] : undefined;
    if (!(k instanceof Uint8Array)) throw new AirlockError('invalid_argument', `rule "${rule}" names the key "${name}" for ${spec.operator}, and keys has no such Uint8Array`);
    return k;
  };
  switch (spec.operator) {
    case 'replace':
      return replace(spec.template !== undefined ? { template: spec.template } : {});
    case 'remove':
      return remove();
    case 'mask': {
      const { operator: _, ...options } = spec;
      return mask(options);
    }
    case 'hash': {
      const { operator: _, key: name, ...options } = spec;
      return hash({ ...options, key: key(name) });
    }
    case 'encrypt':
      return encrypt({ key: key(spec.key) });
    case 'pseudonymize':
      return pseudonymize();
    case 'surrogate':
      return surrogate({ key: key(spec.key) });
    case 'keep':
      return keep();
  }
}

interface DetectorFacts {
  readonly regimes: readonly Regime[];
  readonly regions: readonly string[];
}

let catalog: { byId: Map<string, DetectorFacts>; byType: Map<string, DetectorFacts> } | undefined;

/** Regimes and regions by detector id (given detectors first, then the catalog) and by type (catalog). */
function detectorFacts(given: readonly Detector[] | undefined): { byId: ReadonlyMap<string, DetectorFacts>; byType: ReadonlyMap<string, DetectorFacts> } {
  if (catalog === undefined) {
    const byId = new Map<string, DetectorFacts>();
    const byType = new Map<string, { regimes: Set<Regime>; regions: Set<string> | undefined }>();
    // internalTerms' detectors are made from options, but their ids and facts are fixed: no regime.
    for (const id of ['internal-term', 'internal-hostname', 'internal-ip-address']) byId.set(id, { regimes: [], regions: [] });
    for (const d of [...allDetectors(), ...documentMarkings()]) {
      byId.set(d.id, { regimes: d.regimes, regions: d.regions });
      const t = byType.get(d.type);
      if (!t) byType.set(d.type, { regimes: new Set(d.regimes), regions: new Set(d.regions) });
      else {
        d.regimes.forEach((r) => t.regimes.add(r));
        // A type several detectors share keeps a region only if all of them agree on it.
        if (t.regions) t.regions = new Set([...t.regions].filter((r) => d.regions.includes(r)));
      }
    }
    catalog = { byId, byType: new Map([...byType].map(([k, v]) => [k, { regimes: [...v.regimes], regions: [...(v.regions ?? [])] }])) };
  }
  if (given === undefined) return catalog;
  if (!Array.isArray(given)) throw new AirlockError('invalid_argument', 'detectors must be an array of detectors');
  const byId = new Map(catalog.byId);
  for (const d of given) byId.set(d.id, { regimes: d.regimes ?? [], regions: d.regions ?? [] });
  return { byId, byType: catalog.byType };
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function uuid(): string {
  const b = randomBytes(16);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = bytesToHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
