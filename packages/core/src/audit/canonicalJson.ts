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
  return write(value, [], new Set());
}

/** The path syntax of `redactValue`, built only when an error needs it. */
function formatPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Writes `value`; `path` holds the keys down to it (the depth is its length). */
function write(value: unknown, path: (string | number)[], open: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new StructuredDataError('unsupported_value', formatPath(path), `${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new StructuredDataError('unsupported_value', formatPath(path), `a ${typeof value} is not a JSON value`);
  }
  if (value === null) return 'null';
  if (path.length >= CANONICAL_JSON_MAX_DEPTH) {
    throw new StructuredDataError('input_too_large', formatPath(path), `the value is nested deeper than ${CANONICAL_JSON_MAX_DEPTH} levels`);
  }
  if (open.has(value)) throw new StructuredDataError('cyclic_value', formatPath(path), 'the value refers to itself');
  open.add(value);
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      out += (i > 0 ? ',' : '') + write(value[i], path, open);
      path.pop();
    }
    out += ']';
  } else {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new StructuredDataError('unsupported_value', formatPath(path), 'only plain objects and arrays are JSON values');
    }
    if (Object.getOwnPropertySymbols(value).length > 0) {
      throw new StructuredDataError('unsupported_value', formatPath(path), 'a symbol-keyed property is not JSON');
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    out = '{';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      path.push(key);
      out += (i > 0 ? ',' : '') + JSON.stringify(key) + ':' + write(record[key], path, open);
      path.pop();
    }
    out += '}';
  }
  open.delete(value);
  return out;
}
