/**
 * Builds the published JSON Schema of policy documents (`schema/policy.schema.json`) from the
 * valibot schema that `parsePolicy` validates with, so the two cannot disagree. Run
 * `pnpm --filter @airlock/core gen:policy-schema` after changing src/classify/schema.ts; a test
 * fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { _POLICY_SCHEMA } from '../src/classify/schema.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../schema/policy.schema.json', import.meta.url));

/** The JSON Schema (draft 2020-12) of policy documents, as the text written to {@link SCHEMA_PATH}. */
export function policyJsonSchemaText(): string {
  const schema = toJsonSchema(_POLICY_SCHEMA, { target: 'draft-2020-12' });
  const published = {
    $schema: schema.$schema,
    $id: 'https://airlock.dev/schema/policy.schema.json',
    title: 'airlock policy',
    description:
      'A policy for @airlock/core: destinations, rules (allow, redact, block) with Cedar semantics, level overrides and aggregation. Generated from src/classify/schema.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_PATH, policyJsonSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
