/**
 * LLM guards: input validation, invisible and confusable text, prompt-injection heuristics,
 * prohibited terms, and output checks (system-prompt leakage; personal data and secrets through
 * the scanner).
 *
 * - Should I use this module? Use it in front of a model (inputs) and behind it (answers).
 *   {@link createGuard} / {@link guard} do everything in one call: scan once, inspect, let the policy
 *   decide, redact, draft the audit record. Every
 *   guard that looks for text is a detector: put {@link guardDetectors} and your
 *   {@link prohibitedTerms} lists in the same scanner as the data detectors, and the text is read
 *   once for all of them. {@link inspect} (or {@link inspectResult} after your own scan) sorts the
 *   findings and runs the checks that are not patterns.
 * - How the layers fit: built on `detect` (detectors, the scanner and its decoded views); the
 *   policy that decides what to do with a {@link GuardReport} lives above it.
 * - Errors and limits: options are checked when detectors are built or a function is called
 *   ({@link DetectorDefinitionError} naming the field, or `invalid_argument`); nothing throws on a
 *   string. Work is linear in the text: one scanner pass, one pass of {@link validateInput}, one of
 *   {@link systemPromptLeak} per answer, and a scan of what Unicode tag runs spell. A failed
 *   classifier or a scanner limit makes the report incomplete, and decisions must fail closed.
 *
 * @module
 */
export {
  encodedPayload,
  fakeRoleMarker,
  INJECTION_ID_PREFIX,
  INJECTION_KINDS,
  injectionKindOf,
  instructionOverride,
  jailbreakPersona,
  PROMPT_INJECTION,
  promptInjectionDetectors,
  systemPromptExtraction,
} from './injection/index.ts';
export type { InjectionKind, PromptInjectionOptions } from './injection/index.ts';
export { bidiControls, hiddenTagText, invisibleTextDetectors, OBFUSCATED_TEXT, unicodeTags, zeroWidthText } from './invisible/invisibleTextDetectors.ts';
export { homoglyphTokens } from './invisible/homoglyphTokens.ts';
export { PROHIBITED_CONTENT, prohibitedTerms } from './prohibitedTerms.ts';
export type { ProhibitedTermsOptions } from './prohibitedTerms.ts';
export { guardDetectors } from './guardDetectors.ts';
export type { GuardDetectorsOptions } from './guardDetectors.ts';
export { estimateTokens, validateInput } from './validateInput.ts';
export type { InputProblem, InputProblemCode, InputValidation, ValidateInputOptions } from './validateInput.ts';
export { systemPromptLeak } from './systemPromptLeak.ts';
export type { SystemPromptLeak, SystemPromptLeakOptions } from './systemPromptLeak.ts';
export { runClassifiers } from './classifier.ts';
export type { Classifier, ClassifierOutcome, ClassifierResult, RunClassifiersOptions } from './classifier.ts';
export { injectionScore, inspect, inspectAsync, inspectResult } from './inspect.ts';
export type {
  GuardDirection,
  GuardReason,
  GuardReasonCode,
  GuardReport,
  InjectionReport,
  InjectionSignal,
  InspectAsyncOptions,
  InspectOptions,
  InspectResultOptions,
} from './inspect.ts';
export { createGuard, guard } from './createGuard.ts';
export type { AuditDraft, AuditFinding, Guard, GuardAsyncOptions, GuardAuditEntry, GuardCallOptions, GuardOptions, GuardReaction, GuardResult } from './createGuard.ts';
