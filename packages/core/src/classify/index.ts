/**
 * Classification and routing policy: how sensitive a text is, and whether it may go to a given AI
 * provider.
 *
 * - Detectors for the same scanner pass as the catalog: {@link documentMarkings} ("CONFIDENTIAL",
 *   "Internal use only", "PHI") and {@link internalTerms} (code names, internal hostnames, private
 *   address ranges).
 * - {@link classify}: the level of a text (`public < internal < confidential < restricted`) from its
 *   findings, level overrides and aggregation; an incomplete scan is `restricted`.
 * - {@link parsePolicy}: a JSON policy document (destinations, rules), checked against the published
 *   JSON Schema (`@airlock/core/policy.schema.json`); errors name the path of the problem.
 * - {@link decide}: allow, redact then allow, or block, with Cedar's semantics (a block wins, the
 *   default is deny, rule order does not matter), the level gates, the rules and reasons behind
 *   it, a policy digest and a decision id. It never throws: on error it blocks.
 * - Presets: {@link defaultPolicy}, {@link gdpr}, {@link hipaa}, {@link pciDss}, {@link soc2}, and
 *   {@link combinePolicies}.
 *
 * @module
 */
export { classify, DEFAULT_AGGREGATION, type ClassifyOptions } from './classify.ts';
export { documentMarkings, MARKING_FAMILY, type DocumentMarkingsOptions } from './documentMarkings.ts';
export { internalTerms, INTERNAL_FAMILY, PRIVATE_NETWORKS, type InternalTermsOptions } from './internalTerms.ts';
export { parsePolicy } from './parsePolicy.ts';
export { decide, type DecideInput, type DestinationInput } from './decide.ts';
export { combinePolicies, defaultPolicy, gdpr, hipaa, pciDss, soc2, type GdprOptions, type PciDssOptions } from './presets.ts';
export type {
  AggregationRule,
  Agreement,
  Classification,
  Condition,
  Decision,
  DecisionAction,
  Destination,
  DestinationCondition,
  Direction,
  EntityKey,
  OperatorSpec,
  Policy,
  Retention,
  Rule,
  RuleAction,
} from './types.ts';
