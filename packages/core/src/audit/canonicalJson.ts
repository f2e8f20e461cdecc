/**
 * {@link canonicalJson}: one byte-exact JSON text per value, so that hashes and signatures over
 * JSON are reproducible.
 *
 * @module
 */
import { StructuredDataError } from '../errors/StructuredDataError.ts';

/** Values nested deeper than this are refused (`input_too_large`) instead of overflowing the stack. */
export const CANONICAL_JSON_MAX_DEPTH = 256;

/**
 * Serializes a JSON value canonically, in the manner of RFC 8785 (JCS): object keys sorted by
 * UTF-16 code units, no whitespace, numbers and strings as `JSON.stringify` writes them (the
 * ECMAScript number-to-string algorithm JCS specifies; `-0` is `0`). Two equal values always give
 * the same text, and a value parsed from a canonical text gives that text back.
 *
 * Only plain data is accepted: `null`, booleans, finite numbers, strings, arrays and plain objects.
 * Anything `JSON.stringify` would drop or bend is refused, never dropped.
 *
 * @param value - the value
 * @returns its canonical JSON text
 * @throws {@link StructuredDataError} `unsupported_value` for `undefined` (also as a property value
 *   or array element), a non-finite number, a bigint, a symbol, a function or an object that is not
 *   plain (a `Date`, a `Map`, a class instance); `cyclic_value` when the value refers to itself;
 *   `input_too_large` when it is nested deeper than {@link CANONICAL_JSON_MAX_DEPTH}. `path` says
 *   where.
 *
 * @example
 * ```ts
 * import { canonicalJson } from '@airlock/core';
 * canonicalJson({ b: [1, 2.5, -0], a: 'x', c: { z: null, y: true } }); //=> '{"a":"x","b":[1,2.5,0],"c":{"y":true,"z":null}}'
 * canonicalJson(1e21); //=> '1e+21'
 * ```
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, '', 0, new Set(), parts);
  return parts.join('');
}

function write(value: unknown, path: string, depth: number, open: Set<object>, out: string[]): void {
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new StructuredDataError('unsupported_value', path, `${value} is not a JSON number`);
      out.push(JSON.stringify(value));
      return;
    case 'object':
      break;
    default:
      throw new StructuredDataError('unsupported_value', path, `a ${typeof value} is not a JSON value`);
  }
  if (value === null) {
    out.push('null');
    return;
  }
  if (depth >= CANONICAL_JSON_MAX_DEPTH) {
    throw new StructuredDataError('input_too_large', path, `the value is nested deeper than ${CANONICAL_JSON_MAX_DEPTH} levels`);
  }
  if (open.has(value)) throw new StructuredDataError('cyclic_value', path, 'the value refers to itself');
  open.add(value);
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      write(value[i], `${path}[${i}]`, depth + 1, open, out);
    }
    out.push(']');
  } else {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new StructuredDataError('unsupported_value', path, 'only plain objects and arrays are JSON values');
    }
    if (Object.getOwnPropertySymbols(value).length > 0) {
      throw new StructuredDataError('unsupported_value', path, 'a symbol-keyed property is not JSON');
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    out.push('{');
    keys.forEach((key, i) => {
      if (i > 0) out.push(',');
      out.push(JSON.stringify(key), ':');
      write(record[key], path === '' ? key : `${path}.${key}`, depth + 1, open, out);
    });
    out.push('}');
  }
  open.delete(value);
}
