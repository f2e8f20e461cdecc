/**
 * Redaction: what replaces sensitive data, and how structured values and chat messages are
 * redacted and restored.
 *
 * @module
 */
export * from './structured/index.ts';
