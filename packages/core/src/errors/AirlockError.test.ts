import { describe, expect, it } from 'vitest';
import { AirlockError, isAirlockError } from './AirlockError.ts';
import { RegexSyntaxError } from './RegexSyntaxError.ts';

describe('AirlockError', () => {
  it('carries its code, message and cause', () => {
    const cause = new Error('root');
    const error = new AirlockError('invalid_argument', 'text must be a string', { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AirlockError');
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('text must be a string');
    expect(error.cause).toBe(cause);
  });

  it('is recognized by isAirlockError, also as a subclass', () => {
    expect(isAirlockError(new AirlockError('regex_too_big', 'too big'))).toBe(true);
    expect(isAirlockError(new RegexSyntaxError('missing_paren', '(a', { start: 0, end: 1 }, 'missing )'))).toBe(true);
  });

  it('recognizes an error from another copy of the package by its registered symbol', () => {
    // A second bundle of @airlock/core has its own class but the same Symbol.for key.
    const foreign = { [Symbol.for('@airlock/core/AirlockError')]: true, code: 'regex_syntax' };
    expect(isAirlockError(foreign)).toBe(true);
  });

  it('rejects everything else', () => {
    for (const value of [new Error('x'), null, undefined, 'AirlockError', 42, {}, { code: 'regex_syntax' }]) {
      expect(isAirlockError(value)).toBe(false);
    }
  });
});
