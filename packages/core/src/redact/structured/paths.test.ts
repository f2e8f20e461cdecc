import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AirlockError } from '../../errors/AirlockError.ts';
import { _compileRules, _parseRule, formatPath, type PathRules, type PathSegment } from './paths.ts';

/** Whether strings at `path` are scanned under `rules`. */
function selects(rules: PathRules, path: readonly PathSegment[]): boolean {
  const selector = _compileRules(rules, 'paths');
  if (!selector) return true;
  let state = selector.root;
  for (const s of path) state = selector.step(state, s);
  return state.selected;
}

describe('formatPath', () => {
  it('writes plain keys with dots, indices and other keys in brackets', () => {
    expect(formatPath(['user', 'emails', 0])).toBe('user.emails[0]');
    expect(formatPath([0, 'content'])).toBe('[0].content');
    expect(formatPath(['headers', 'x-api-key', 'a b', 'a.b', '', '*', '0'])).toBe('headers.x-api-key["a b"]["a.b"][""]["*"].0');
    expect(formatPath([])).toBe('');
  });

  it('round-trips: a formatted path, read as a rule, selects exactly that path and what is under it', () => {
    const segment = fc.oneof(fc.nat({ max: 20 }), fc.string({ maxLength: 6 }), fc.constantFrom('a', 'b', 'ssn', '0', '*', '**', 'a.b', '"', '[x]'));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.array(segment, { minLength: 1, maxLength: 6 }), (path, other) => {
        const rules = { include: [formatPath(path)] };
        expect(selects(rules, path)).toBe(true);
        expect(selects(rules, [...path, ...other])).toBe(true);
        const same = other.length === path.length && other.every((s, i) => s === path[i]);
        const under = other.length > path.length && path.every((s, i) => s === other[i]);
        expect(selects(rules, other)).toBe(same || under);
      }),
    );
  });
});

describe('path rules', () => {
  it('select a value and everything under it', () => {
    expect(selects({ include: ['user'] }, ['user', 'emails', 3])).toBe(true);
    expect(selects({ include: ['user'] }, ['users'])).toBe(false);
    expect(selects({ include: ['user.ssn'] }, ['user', 'name'])).toBe(false);
  });

  it('have wildcards for one segment, one index, and any run of segments', () => {
    expect(selects({ include: ['messages[*].content'] }, ['messages', 4, 'content', 0, 'text'])).toBe(true);
    expect(selects({ include: ['messages[*].content'] }, ['messages', 'x', 'content'])).toBe(false);
    expect(selects({ include: ['users.*.email'] }, ['users', 2, 'email'])).toBe(true);
    expect(selects({ include: ['users.*.email'] }, ['users', 'bob', 'email'])).toBe(true);
    expect(selects({ include: ['**.password'] }, ['password'])).toBe(true);
    expect(selects({ include: ['**.password'] }, ['a', 0, 'b', 'password'])).toBe(true);
    expect(selects({ include: ['**.password'] }, ['a', 'passwords'])).toBe(false);
    expect(selects({ include: ['a.**.z'] }, ['a', 'z'])).toBe(true);
    expect(selects({ include: ['a.**.z'] }, ['a', 'b', 'c', 'z'])).toBe(true);
    expect(selects({ include: ['[0]'] }, [0, 'x'])).toBe(true);
    expect(selects({ include: ['[0]'] }, [1])).toBe(false);
    expect(selects({ include: ['["a b"].c'] }, ['a b', 'c'])).toBe(true);
  });

  it('tell an index from a key made of digits', () => {
    expect(selects({ include: ['a[0]'] }, ['a', 0])).toBe(true);
    expect(selects({ include: ['a[0]'] }, ['a', '0'])).toBe(false);
    expect(selects({ include: ['a.0'] }, ['a', '0'])).toBe(true);
    expect(selects({ include: ['a.0'] }, ['a', 0])).toBe(false);
  });

  it('exclude wins over include', () => {
    const rules = { include: ['user'], exclude: ['**.id'] };
    expect(selects(rules, ['user', 'name'])).toBe(true);
    expect(selects(rules, ['user', 'id'])).toBe(false);
    expect(selects(rules, ['user', 'tags', 0, 'id', 'x'])).toBe(false);
    expect(selects({ exclude: ['metadata'] }, ['content'])).toBe(true);
    expect(selects({ exclude: ['metadata'] }, ['metadata', 'note'])).toBe(false);
  });

  it('an empty include list selects nothing; no rules select everything', () => {
    expect(selects({ include: [] }, ['a'])).toBe(false);
    expect(selects({}, ['a'])).toBe(true);
    expect(_compileRules(undefined, 'paths')).toBeUndefined();
  });

  it('reject malformed rules with invalid_argument, naming the option and the position', () => {
    const bad: [unknown, string][] = [
      ['', 'must not be empty'],
      ['a..b', 'empty key at 2'],
      ['a.', 'empty key'],
      ['a[', 'missing ]'],
      ['a[x]', 'expected an index'],
      ['a["x]', 'unclosed quoted key'],
      ['a["x"', 'missing ]'],
      ['a[0]b', "expected '.' or '['"],
      ['a b', 'not a plain key'],
      ['a.**x', 'not a plain key'],
      [42, 'must be a path string'],
    ];
    for (const [rule, message] of bad) {
      let error: unknown;
      try {
        _parseRule(rule, 'paths.include[0]');
      } catch (e) {
        error = e;
      }
      expect(error, String(rule)).toBeInstanceOf(AirlockError);
      expect((error as AirlockError).code).toBe('invalid_argument');
      expect((error as AirlockError).message).toContain('paths.include[0]');
      expect((error as AirlockError).message).toContain(message);
    }
    expect(() => _compileRules({ include: 'a' as unknown as string[] }, 'paths')).toThrow(/paths.include must be an array/);
    expect(() => _compileRules(null as unknown as PathRules, 'paths')).toThrow(/paths must be an object/);
  });

  it('match a rule of many `**` against a long path (the state set is bounded by the length of the rule)', () => {
    const rule = Array.from({ length: 50 }, () => '**').join('.') + '.z';
    const path = Array.from({ length: 2000 }, (_, i) => `k${i}`);
    expect(selects({ include: [rule] }, path)).toBe(false);
    expect(selects({ include: [rule] }, [...path, 'z'])).toBe(true);
  });
});
