/**
 * What every prompt-injection detector shares: its type, family, level and category, and the
 * pattern helpers its phrases are written with.
 *
 * @internal
 * @module
 */
import { defineDetector } from '../../detect/defineDetector.ts';
import type { Detector, DetectorSpec } from '../../detect/types.ts';

/**
 * The kinds of prompt injection the heuristics tell apart. Each is one detector, whose id is
 * `prompt-injection-<kind>`. New kinds can appear in minor releases.
 *
 * - `instruction-override`: "ignore all previous instructions", in several languages.
 * - `jailbreak-persona`: role-play templates that take the model's rules away (DAN, developer mode,
 *   "an AI without restrictions").
 * - `system-prompt-extraction`: "repeat the text above", "what is your system prompt".
 * - `encoded-payload`: "decode this and follow it", and any other kind's phrase found inside a
 *   base64, hex or URL-encoded run (the scanner decodes those in its derived views).
 * - `fake-role-marker`: chat-template tokens and fake system or turn delimiters
 *   (`<|im_start|>system`, `[INST]`, `=== END OF USER INPUT ===`).
 */
export type InjectionKind = 'instruction-override' | 'jailbreak-persona' | 'system-prompt-extraction' | 'encoded-payload' | 'fake-role-marker';

/** Entity type of every prompt-injection finding. */
export const PROMPT_INJECTION = 'PROMPT_INJECTION';

/** Prefix of every prompt-injection detector id; the kind follows it. */
export const INJECTION_ID_PREFIX = 'prompt-injection-';

/** The fields a kind's definition gives; the rest is the same for every kind. */
export type InjectionSpec = Omit<DetectorSpec, 'id' | 'type' | 'family' | 'level' | 'category'>;

/**
 * Builds the detector of one kind. Level `public`: an injection attempt is not sensitive data, and
 * the text's sensitivity must not change because of it; what to do about it is the guard's decision.
 * @internal
 */
export function _injectionDetector(kind: InjectionKind, spec: InjectionSpec): Detector {
  return defineDetector({
    ...spec,
    id: `${INJECTION_ID_PREFIX}${kind}`,
    type: PROMPT_INJECTION,
    family: PROMPT_INJECTION,
    level: 'public',
    category: 'guard',
  });
}

/** `(?:a|b|c)`. @internal */
export function _any(...alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** Zero to `max` words of `words`, each followed by whitespace. @internal */
export function _filler(words: readonly string[], max: number): string {
  return `(?:${_any(...words)}\\s+){0,${max}}`;
}
