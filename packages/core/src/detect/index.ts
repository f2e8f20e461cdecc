/**
 * Detection: detectors (data plus pure functions), the scanner that runs them all in one pass, and
 * the helpers detectors are built from.
 *
 * @module
 */
export { createScanner, DEFAULT_MAX_MATCH_LENGTH, escapeLiteral } from './createScanner.ts';
export type { AllowEntry, DenyEntry, OverlapMode, ScanAsyncOptions, ScanOptions, ScanResult, Scanner, ScannerOptions, ScannerStats, ScanWindow } from './createScanner.ts';
export { defineDetector, LEVELS } from './defineDetector.ts';
export { createStreamScanner, scanChunks } from './stream.ts';
export type { StreamScanner, StreamScannerOptions, StreamUpdate } from './stream.ts';
export { shannonEntropy } from './entropy.ts';
export { isPlaceholder } from './placeholder.ts';
export type {
  CandidateContext,
  ContextSpec,
  Detector,
  DetectorCategory,
  DetectorSamples,
  DetectorSpec,
  Explanation,
  Finding,
  Regime,
  SensitivityLevel,
  ValidationResult,
  Validator,
} from './types.ts';
export * from './catalog/index.ts';
export * from './validators/index.ts';
export * from './normalize/index.ts';
export { allDetectors, byRegime, byRegion, pii, recommended, secrets } from './presets.ts';
export { detectorsFromJson } from './detectorsFromJson.ts';
export type { DetectorsFromJsonOptions } from './detectorsFromJson.ts';
