/**
 * What the commands build from their options and the config: the scanner, the policy, the
 * destination, the operators, and the colours of text output.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import pc from 'picocolors';
import {
  createScanner,
  defaultPolicy,
  gdpr,
  hipaa,
  isAirlockError,
  keep,
  mask,
  parsePolicy,
  pciDss,
  pii,
  pseudonymize,
  recommended,
  remove,
  replace,
  secrets,
  soc2,
  type Detector,
  type DestinationInput,
  type Operator,
  type Policy,
  type Scanner,
  type ScannerOptions,
} from '@airlock/core';
import { describeFsError, InputError, UsageError } from './args.ts';
import type { Config, LoadedConfig } from './config.ts';
import type { CliIo } from './io.ts';

/** The detector presets `--preset` accepts. */
export const PRESETS: Readonly<Record<string, () => Detector[]>> = { recommended, secrets, pii };

/** The policy presets `--policy` accepts besides a file. */
export const POLICY_PRESETS: Readonly<Record<string, () => Policy>> = { default: defaultPolicy, gdpr: () => gdpr(), hipaa, 'pci-dss': () => pciDss(), soc2 };

/** The operators `--operator` accepts. */
export const OPERATORS: Readonly<Record<string, () => Operator>> = { replace, remove, mask, pseudonymize, keep };

/**
 * Destinations every policy can be asked about, one per kind of AI endpoint, so that `guard` runs
 * with a preset and no destination list. A policy's or the config's destination of the same id
 * takes precedence.
 */
export const SAMPLE_DESTINATIONS: readonly DestinationInput[] = [
  { id: 'free-tier', provider: 'sample-ai', retention: 'standard', agreements: [], region: 'US' },
  { id: 'enterprise', provider: 'sample-ai', retention: 'standard', agreements: ['enterprise', 'dpa'], region: 'US' },
  { id: 'zdr', provider: 'sample-ai', retention: 'zero', agreements: ['enterprise', 'dpa'], region: 'US' },
  { id: 'self-hosted', provider: 'self-hosted', retention: 'standard', agreements: [], region: 'US', external: false },
];

/** Detector options from the command line; each wins over the config. */
export interface DetectorFlags {
  readonly preset?: string;
  readonly minScore?: number;
  readonly explain?: boolean;
}

/** The detectors of the preset the flags or the config name. */
export function detectorsOf(config: Config, flags: DetectorFlags): { readonly name: string; readonly detectors: Detector[] } {
  const name = flags.preset ?? config.detectors?.preset ?? 'recommended';
  const make = PRESETS[name];
  if (!make) throw new UsageError(`--preset must be ${Object.keys(PRESETS).map((p) => `'${p}'`).join(', ')}, got '${name}'`);
  return { name, detectors: make() };
}

/** Scanner options (thresholds, normalization, explanations) from the flags and the config. */
export function scanOptions(config: Config, flags: DetectorFlags): Omit<ScannerOptions, 'detectors'> {
  const minScore = flags.minScore ?? config.detectors?.minScore;
  return {
    ...(minScore === undefined ? {} : { minScore }),
    ...(config.detectors?.thresholds ? { thresholds: config.detectors.thresholds } : {}),
    ...(config.detectors?.normalize === undefined ? {} : { normalize: config.detectors.normalize }),
    ...(flags.explain ? { explain: true } : {}),
  };
}

/** Builds the scanner; a malformed option is reported as an input error. */
export function buildScanner(config: Config, flags: DetectorFlags): Scanner {
  const { detectors } = detectorsOf(config, flags);
  try {
    return createScanner({ ...scanOptions(config, flags), detectors });
  } catch (error) {
    if (isAirlockError(error)) throw new InputError(`cannot build the scanner: ${error.message}`);
    throw error;
  }
}

/**
 * The policy a preset names, or the policy in a file (relative to `dir`). A file that does not
 * parse is reported with its name and the place of the problem (`p.json: rules[0].action: …`).
 */
export async function loadPolicy(nameOrFile: string, dir: string): Promise<{ readonly name: string; readonly policy: Policy }> {
  const preset = POLICY_PRESETS[nameOrFile];
  if (preset) return { name: nameOrFile, policy: preset() };
  let text: string;
  try {
    text = await readFile(resolve(dir, nameOrFile), 'utf8');
  } catch (error) {
    throw new InputError(
      `cannot read policy ${nameOrFile}: ${describeFsError(error)} (a policy is a file or one of ${Object.keys(POLICY_PRESETS).join(', ')})`,
    );
  }
  try {
    return { name: nameOrFile, policy: parsePolicy(text) };
  } catch (error) {
    if (isAirlockError(error)) throw new InputError(`${nameOrFile}: ${error.message}`);
    throw error;
  }
}

/** The destination `id`: the policy's, else the config's, else a sample one. */
export function resolveDestination(id: string, policy: Policy, loaded: LoadedConfig): DestinationInput {
  const fromPolicy = policy.destinations.find((d) => d.id === id);
  if (fromPolicy) return fromPolicy;
  const configured = configDestinations(loaded).find((d) => d.id === id);
  if (configured) return configured;
  const sample = SAMPLE_DESTINATIONS.find((d) => d.id === id);
  if (sample) return sample;
  const known = [...policy.destinations.map((d) => d.id), ...configDestinations(loaded).map((d) => d.id), ...SAMPLE_DESTINATIONS.map((d) => d.id)];
  throw new UsageError(`unknown destination '${id}'; known: ${[...new Set(known)].join(', ')}`);
}

/** The config's destinations, checked as a policy checks its own (errors name the config file). */
function configDestinations(loaded: LoadedConfig): readonly DestinationInput[] {
  const list = loaded.config.destinations;
  if (!list || list.length === 0) return [];
  try {
    return parsePolicy({ version: 1, destinations: list, rules: [{ id: 'allow', action: 'allow' }] }).destinations;
  } catch (error) {
    if (isAirlockError(error)) throw new InputError(`${loaded.path ?? 'airlock.config.json'}: ${error.message}`);
    throw error;
  }
}

/** An operator by name, or a usage error listing the names. */
export function operatorOf(name: string, where: string): Operator {
  const make = OPERATORS[name];
  if (!make) throw new UsageError(`${where} must be ${Object.keys(OPERATORS).map((o) => `'${o}'`).join(', ')}, got '${name}'`);
  return make();
}

/**
 * Colours for text output: on when stdout is a terminal, off under `NO_COLOR`, on under
 * `FORCE_COLOR` (unless it is `0`). See https://no-color.org.
 */
export function colours(io: CliIo): ReturnType<typeof pc.createColors> {
  const env = io.env ?? {};
  const on = env['NO_COLOR'] ? false : env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '' ? env['FORCE_COLOR'] !== '0' : io.tty?.stdout === true;
  return pc.createColors(on);
}
