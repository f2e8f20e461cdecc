/**
 * The shapes of classification and policy: policies, destinations, rules, conditions, operator
 * specifications and decisions.
 *
 * @module
 */
import type { Finding, Regime, SensitivityLevel } from '../detect/types.ts';
import type { Operator } from '../redact/types.ts';

/** An entity key: an entity type (`EMAIL_ADDRESS`), a family (`SECRET`), or `*` for every finding. */
export type EntityKey = string;

/** A contract a destination's provider has signed. */
export type Agreement =
  /** An enterprise agreement (no training on your data, confidentiality terms). */
  | 'enterprise'
  /** A HIPAA business associate agreement. */
  | 'baa'
  /** A GDPR data processing agreement (Art. 28). */
  | 'dpa';

/** How long a destination keeps what it is sent. */
export type Retention = 'zero' | 'standard';

/** Which way text flows: to the destination, or back from it. */
export type Direction = 'request' | 'response';

/** Where text may be sent: a provider, model or endpoint, and what it has promised. */
export interface Destination {
  /** Unique id in the policy (`openai-enterprise`); rules and {@link decide} refer to it. */
  readonly id: string;
  /** Who runs it (`openai`, `anthropic`, `self-hosted`). */
  readonly provider: string;
  /** The model, when the destination is one model. */
  readonly model?: string;
  /** The endpoint's URL. */
  readonly endpoint?: string;
  /** `zero` for zero data retention, else `standard`. */
  readonly retention: Retention;
  /** The agreements in force with the provider. */
  readonly agreements: readonly Agreement[];
  /** Where the data is processed: an ISO 3166 alpha-2 code (`US`, `DE`), or `EU` / `EEA`. */
  readonly region: string;
  /** Certifications the provider holds (`soc2`, `iso27001`, `pci-dss`, `hipaa`). */
  readonly certifications: readonly string[];
  /** `false` for a destination inside your own boundary (a self-hosted model). */
  readonly external: boolean;
}

/** A redaction operator written as JSON (keys for `hash`, `encrypt` and `surrogate` are named, never given). */
export type OperatorSpec =
  | { readonly operator: 'replace'; readonly template?: string }
  | { readonly operator: 'remove' }
  | { readonly operator: 'mask'; readonly char?: string; readonly keepFirst?: number; readonly keepLast?: number; readonly preserveFormat?: boolean }
  | { readonly operator: 'hash'; readonly key: string; readonly length?: number; readonly template?: string }
  | { readonly operator: 'encrypt'; readonly key: string }
  | { readonly operator: 'pseudonymize' }
  | { readonly operator: 'surrogate'; readonly key: string }
  | { readonly operator: 'keep' };

/** Conditions on a destination's attributes; every one given must hold. */
export interface DestinationCondition {
  /** The destination's id is one of these. */
  readonly ids?: readonly string[];
  /** Its provider is one of these. */
  readonly providers?: readonly string[];
  /** Its retention is this. */
  readonly retention?: Retention;
  /** It has every one of these agreements. */
  readonly agreements?: readonly Agreement[];
  /** Its region is one of these (`EU` and `EEA` include their member states). */
  readonly regions?: readonly string[];
  /** It holds every one of these certifications. */
  readonly certifications?: readonly string[];
  /** It is (`true`) or is not (`false`) external. */
  readonly external?: boolean;
}

/**
 * When a rule applies. Every condition given must hold (an empty condition always holds).
 * `entities` and `regimes` hold when one finding satisfies both.
 */
export interface Condition {
  /** The text's level is this one, or one of these. */
  readonly level?: SensitivityLevel | readonly SensitivityLevel[];
  /** Some finding's type or family is one of these (`*` for any finding). */
  readonly entities?: readonly EntityKey[];
  /** Some finding falls under one of these regimes. */
  readonly regimes?: readonly Regime[];
  /** A data subject is in one of these regions (`EU` and `EEA` include their member states). */
  readonly subjectRegions?: readonly string[];
  /** The destination's attributes. */
  readonly destination?: DestinationCondition;
  /** The direction of the text. */
  readonly direction?: Direction;
}

/** What a rule does when it applies. */
export type RuleAction = 'allow' | 'redact' | 'block';

/** A rule: a permit (`allow`, `redact`) or a forbid (`block`), and when it applies. */
export interface Rule {
  /** Unique id, reported in every decision the rule takes part in. */
  readonly id: string;
  /** `block` forbids; `allow` and `redact` permit (redact first, with {@link Rule.operators}). */
  readonly action: RuleAction;
  /** For `redact`: the operator per entity type, family or `*`. */
  readonly operators?: Readonly<Record<EntityKey, OperatorSpec>>;
  /** The rule applies when this holds. @defaultValue always */
  readonly when?: Condition;
  /** ...and this does not. @defaultValue never */
  readonly unless?: Condition;
  /** Why the rule exists, quoted in decisions' reasons. */
  readonly description?: string;
}

/** Raises the text's level when many values of some kinds are present together. */
export interface AggregationRule {
  /** The entity types or families counted. */
  readonly entities: readonly EntityKey[];
  /** How many distinct values raise the level. */
  readonly threshold: number;
  /** The level they raise it to. */
  readonly level: SensitivityLevel;
}

/** A policy, as {@link parsePolicy} returns it: checked, with defaults filled in, frozen. */
export interface Policy {
  /** Schema version; 1. */
  readonly version: 1;
  /** The policy's name. */
  readonly id?: string;
  /** What it is for. */
  readonly description?: string;
  /** Level overrides per entity type or family (`{ "EMAIL_ADDRESS": "restricted" }`). */
  readonly levels: Readonly<Record<EntityKey, SensitivityLevel>>;
  /** Aggregation rules; see {@link DEFAULT_AGGREGATION} for the default. */
  readonly aggregation: readonly AggregationRule[];
  /** The destinations it knows. */
  readonly destinations: readonly Destination[];
  /** The rules, in no significant order. */
  readonly rules: readonly Rule[];
}

/** What {@link classify} returns. */
export interface Classification {
  /** The text's level. */
  readonly level: SensitivityLevel;
  /** Why, for humans. */
  readonly reasons: readonly string[];
  /** The findings that set the level. */
  readonly drivers: readonly Finding[];
}

/** The outcome of a {@link decide}. */
export type DecisionAction = 'allow' | 'redact' | 'block';

/** What {@link decide} returns: the action and everything needed to explain and audit it. */
export interface Decision {
  /** A unique id for audit logs. */
  readonly id: string;
  /** `allow` (send as is), `redact` (apply {@link Decision.operators}, then send) or `block`. */
  readonly action: DecisionAction;
  /** The text's level before any redaction. */
  readonly level: SensitivityLevel;
  /** The level of what is sent: after redaction for `redact`, the text's level otherwise. */
  readonly sentLevel: SensitivityLevel;
  /** The findings that drove the decision. */
  readonly findings: readonly Finding[];
  /** The ids of the rules that decided it (built-in ones start with `airlock.`). Never empty. */
  readonly rules: readonly string[];
  /** Why, for humans. Never empty. */
  readonly reasons: readonly string[];
  /** The destination's id (or what was given in its place). */
  readonly destination: string;
  /** For `redact`: the operator of every entity type found (`keep` for those left as they are). */
  readonly redactions?: Readonly<Record<string, OperatorSpec>>;
  /**
   * For `redact`: {@link Decision.redactions} as operators, for
   * `createRedactor({ operators, default: keep() }).apply(text, findings)`.
   */
  readonly operators?: Readonly<Record<string, Operator>>;
  /** SHA-256 (hex) of the policy's canonical JSON: which policy decided. */
  readonly policyDigest: string;
}
