/**
 * The policy document's schema, written with valibot. It is the one source of truth: `parsePolicy`
 * validates against it, and `scripts/gen-policy-schema.ts` turns it into the published JSON Schema
 * (`schema/policy.schema.json`; a test keeps the two in step). Nothing here is generated at run time.
 *
 * valibot's object and record schemas accept an array as an object (an empty one has no unknown
 * key), where JSON Schema's `type: object` does not: `parsePolicy` rejects arrays in object places
 * itself ({@link _OBJECT_PLACES}).
 *
 * @internal
 * @module
 */
import * as v from 'valibot';

const LEVEL = v.picklist(['public', 'internal', 'confidential', 'restricted']);
const REGIME = v.picklist(['gdpr', 'hipaa', 'pci-dss', 'soc2', 'ccpa', 'glba']);
const AGREEMENT = v.picklist(['enterprise', 'baa', 'dpa']);
const RETENTION = v.picklist(['zero', 'standard']);
const TEXT = v.pipe(v.string(), v.minLength(1), v.maxLength(1000));
const ID = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/, 'must be a lower-case id such as "gdpr.dpa-required"'),
  v.maxLength(128),
);
const ENTITY = v.pipe(v.string(), v.regex(/^(?:\*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)$/, 'must be an UPPER_SNAKE entity type or family, or "*"'));
const REGION = v.pipe(v.string(), v.regex(/^(?:[A-Z]{2}|EU|EEA)$/, 'must be an ISO 3166 alpha-2 code such as "US", or "EU" or "EEA"'));
const KEY_ID = v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,64}$/, 'must name a key supplied at run time (letters, digits, . _ -)'));
const COUNT = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(1000));
const DESTINATION = v.strictObject({
  id: ID,
  provider: TEXT,
  model: v.optional(TEXT),
  endpoint: v.optional(TEXT),
  retention: RETENTION,
  agreements: list(AGREEMENT),
  region: REGION,
  certifications: v.optional(list(TEXT)),
  external: v.optional(v.boolean()),
});

const OPERATOR = v.variant('operator', [
  v.strictObject({ operator: v.literal('replace'), template: v.optional(v.pipe(v.string(), v.maxLength(200))) }),
  v.strictObject({ operator: v.literal('remove') }),
  v.strictObject({
    operator: v.literal('mask'),
    char: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(2))),
    // A mask in a policy counts as hiding the value (the level gates let it pass), so it may show at
    // most what PCI DSS allows of a card number: the first six and the last four characters.
    keepFirst: v.optional(COUNT(6)),
    keepLast: v.optional(COUNT(4)),
    preserveFormat: v.optional(v.boolean()),
  }),
  v.strictObject({
    operator: v.literal('hash'),
    key: KEY_ID,
    length: v.optional(v.pipe(v.number(), v.integer(), v.minValue(8), v.maxValue(64))),
    template: v.optional(v.pipe(v.string(), v.maxLength(200))),
  }),
  v.strictObject({ operator: v.literal('encrypt'), key: KEY_ID }),
  v.strictObject({ operator: v.literal('pseudonymize') }),
  v.strictObject({ operator: v.literal('surrogate'), key: KEY_ID }),
  v.strictObject({ operator: v.literal('keep') }),
]);

const CONDITION = v.strictObject({
  level: v.optional(v.union([LEVEL, list(LEVEL)])),
  entities: v.optional(list(ENTITY)),
  regimes: v.optional(list(REGIME)),
  subjectRegions: v.optional(list(REGION)),
  destination: v.optional(
    v.strictObject({
      ids: v.optional(list(ID)),
      providers: v.optional(list(TEXT)),
      retention: v.optional(RETENTION),
      agreements: v.optional(list(AGREEMENT)),
      regions: v.optional(list(REGION)),
      certifications: v.optional(list(TEXT)),
      external: v.optional(v.boolean()),
    }),
  ),
  direction: v.optional(v.picklist(['request', 'response'])),
});

const RULE_BASE = { id: ID, when: v.optional(CONDITION), unless: v.optional(CONDITION), description: v.optional(TEXT) };

const RULE = v.variant('action', [
  v.strictObject({ ...RULE_BASE, action: v.literal('allow') }),
  v.strictObject({ ...RULE_BASE, action: v.literal('block') }),
  v.strictObject({ ...RULE_BASE, action: v.literal('redact'), operators: v.pipe(v.record(ENTITY, OPERATOR), v.minEntries(1)) }),
]);

const POLICY = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.literal(1),
  id: v.optional(ID),
  description: v.optional(TEXT),
  levels: v.optional(v.record(ENTITY, LEVEL)),
  aggregation: v.optional(
    list(
      v.strictObject({
        entities: v.pipe(list(ENTITY), v.minLength(1)),
        threshold: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)),
        level: LEVEL,
      }),
    ),
  ),
  destinations: v.optional(list(DESTINATION)),
  rules: list(RULE),
});

/** The schema of a policy document. @internal */
export const _POLICY_SCHEMA: v.GenericSchema = POLICY;
/** The schema of one destination. @internal */
export const _DESTINATION_SCHEMA: v.GenericSchema = DESTINATION;

/**
 * Where a policy document holds objects, by the key (or the key of the array) they sit under; an
 * array there is an error. `*` stands for the values of `operators` and `levels` maps. @internal
 */
export const _OBJECT_PLACES: { readonly keys: ReadonlySet<string>; readonly items: ReadonlySet<string>; readonly values: ReadonlySet<string> } = {
  keys: new Set(['when', 'unless', 'destination', 'operators', 'levels']),
  items: new Set(['rules', 'destinations', 'aggregation']),
  values: new Set(['operators']),
};
