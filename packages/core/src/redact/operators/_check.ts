/**
 * Option checks shared by the operator factories: each failure is an `invalid_operator` error that
 * names the operator and the option.
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';

/** @internal */
export function _invalid(operator: string, problem: string): AirlockError {
  return new AirlockError('invalid_operator', `${operator}(): ${problem}`);
}

/** Checks that `options` is an object (or absent); returns it. @internal */
export function _options<T extends object>(operator: string, options: T | undefined): T | Record<string, never> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) throw _invalid(operator, 'options must be an object');
  return options;
}

/** Checks a key: a Uint8Array of one of `lengths`, or of at least `min` bytes. @internal */
export function _key(operator: string, key: unknown, accept: { readonly min?: number; readonly lengths?: readonly number[] }): Uint8Array {
  if (!(key instanceof Uint8Array)) throw _invalid(operator, 'key must be a Uint8Array (the caller keeps it secret)');
  if (accept.lengths && !accept.lengths.includes(key.length)) {
    throw _invalid(operator, `key must be ${accept.lengths.join(', ')} bytes long (got ${key.length})`);
  }
  if (accept.min !== undefined && key.length < accept.min) throw _invalid(operator, `key must be at least ${accept.min} bytes long (got ${key.length})`);
  return key.slice(); // a copy: the caller may reuse or wipe its buffer
}

/** Checks an integer option in `[min, max]`. @internal */
export function _int(operator: string, name: string, value: unknown, min: number, max: number): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw _invalid(operator, `${name} must be an integer in [${min}, ${max}]`);
  }
  return value as number;
}

/**
 * Compiles a template with `{name}` placeholders into a function, checking the names once.
 * `{{` and `}}` stand for literal braces. @internal
 */
export function _template(operator: string, template: unknown, names: readonly string[]): (values: Readonly<Record<string, string>>) => string {
  if (typeof template !== 'string') throw _invalid(operator, 'template must be a string');
  const parts: { literal: string; name?: string }[] = [];
  let literal = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if ((c === '{' || c === '}') && template[i + 1] === c) {
      literal += c;
      i++;
    } else if (c === '{') {
      const close = template.indexOf('}', i);
      const name = close < 0 ? '' : template.slice(i + 1, close);
      if (!names.includes(name)) {
        throw _invalid(operator, `template has an unknown placeholder {${name}}; use ${names.map((n) => `{${n}}`).join(', ')} (and {{ }} for braces)`);
      }
      parts.push({ literal, name });
      literal = '';
      i = close;
    } else if (c === '}') {
      throw _invalid(operator, 'template has an unmatched }; write }} for a literal brace');
    } else literal += c;
  }
  parts.push({ literal });
  return (values) => {
    let out = '';
    for (const p of parts) out += p.literal + (p.name === undefined ? '' : values[p.name]!);
    return out;
  };
}
