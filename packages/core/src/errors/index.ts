/**
 * Errors thrown by airlock. Every one is an {@link AirlockError} with a stable `code`.
 *
 * @module
 */
export { AirlockError, isAirlockError, type AirlockErrorCode } from './AirlockError.ts';
export { RegexSyntaxError, type SyntaxErrorKind, type Span } from './RegexSyntaxError.ts';
export { DetectorDefinitionError } from './DetectorDefinitionError.ts';
export { StructuredDataError, type StructuredDataErrorCode } from './StructuredDataError.ts';
export { PolicyError } from './PolicyError.ts';
