/**
 * The deep walk under {@link redactValue} and {@link restoreValue}: copies a value, sending every
 * selected string (and, on request, number and key) through a visitor. It never mutates its input.
 *
 * @internal
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import { StructuredDataError } from '../../errors/StructuredDataError.ts';
import { formatPath, type PathSegment, type PathSelector, type SelectorState } from './paths.ts';
import type { StructuredLimits } from './types.ts';

/** What a walk does with what it meets. */
export interface Visitor {
  /** A selected string; `key` is the nearest enclosing object key (the context of the value). */
  text(value: string, segments: readonly PathSegment[], key: string | undefined): string;
  /** A selected number or bigint; without it, numbers are copied as they are. */
  number?(value: number | bigint, segments: readonly PathSegment[], key: string | undefined): unknown;
  /** A selected object key (`segments` ends with that key); without it, keys are copied. */
  key?(key: string, segments: readonly PathSegment[]): string;
}

/** The node count and limits of one call, shared by every walk it makes. */
export interface Budget {
  nodes: number;
  readonly maxNodes: number;
  readonly maxDepth: number;
}

const ALL: SelectorState = { selected: true, include: true, exclude: [] };
const MAX_DEPTH = 2000;

/** Checks the limits options and starts a budget. */
export function _budget(options: StructuredLimits, field = 'options'): Budget {
  const maxDepth = options.maxDepth ?? 100;
  const maxNodes = options.maxNodes ?? 1_000_000;
  if (!Number.isInteger(maxDepth) || maxDepth < 0 || maxDepth > MAX_DEPTH) {
    throw new AirlockError('invalid_argument', `${field}.maxDepth must be an integer from 0 to ${MAX_DEPTH}`);
  }
  if (!Number.isInteger(maxNodes) || maxNodes < 1) throw new AirlockError('invalid_argument', `${field}.maxNodes must be a positive integer`);
  return { nodes: 0, maxNodes, maxDepth };
}

/**
 * Counts one node against the budget.
 */
export function _count(budget: Budget, segments: readonly PathSegment[]): void {
  if (++budget.nodes > budget.maxNodes) {
    throw new StructuredDataError('input_too_large', formatPath(segments), `more than maxNodes (${budget.maxNodes}) values; raise maxNodes or redact the value in parts`);
  }
}

/**
 * Copies `value`, transforming what the visitor asks for. `prefix` is the path of `value` inside
 * whatever the caller walks (chat messages), for findings and errors; `key` is the context key of
 * `value` itself.
 *
 * Accepts strings, numbers, bigints, booleans, `null`, `undefined`, arrays (holes kept) and plain
 * objects (prototype `Object.prototype` or `null`, from any realm); a `Date` is copied untouched.
 * Anything else throws `unsupported_value`: a `Map`, typed array or class instance may hold text
 * that cannot be walked safely, so it is refused rather than passed through (fail closed).
 */
export function _walk(
  value: unknown,
  visitor: Visitor,
  budget: Budget,
  selector: PathSelector | undefined,
  prefix: readonly PathSegment[] = [],
  key?: string,
): unknown {
  const segments: PathSegment[] = [...prefix];
  // Containers on the way down, with their depth, to tell a cycle from a shared value.
  const ancestors = new Map<object, number>();
  const base = prefix.length;

  const go = (v: unknown, depth: number, key: string | undefined, sel: SelectorState): unknown => {
    _count(budget, segments);
    if (depth > budget.maxDepth) {
      throw new StructuredDataError('input_too_large', formatPath(segments), `nested deeper than maxDepth (${budget.maxDepth}); raise maxDepth or redact the value in parts`);
    }
    switch (typeof v) {
      case 'string':
        return sel.selected ? visitor.text(v, segments, key) : v;
      case 'number':
      case 'bigint':
        return sel.selected && visitor.number ? visitor.number(v, segments, key) : v;
      case 'boolean':
      case 'undefined':
        return v;
      case 'function':
      case 'symbol':
        throw unsupported(segments, `a ${typeof v}`);
    }
    if (v === null) return null;
    const obj = v as object;
    if (obj instanceof Date) return new Date(obj.getTime());
    const seenAt = ancestors.get(obj);
    if (seenAt !== undefined) {
      throw new StructuredDataError(
        'cyclic_value',
        formatPath(segments),
        `the value refers back to ${seenAt === 0 && base === 0 ? 'the top level' : formatPath(segments.slice(0, base + seenAt))}, which contains it; cyclic values cannot be redacted`,
      );
    }
    ancestors.set(obj, depth);
    let out: unknown;
    if (Array.isArray(obj)) out = goArray(obj, depth, key, sel);
    else if (isPlainObject(obj)) out = goObject(obj as Record<string, unknown>, depth, sel);
    else throw unsupported(segments, describe(obj));
    ancestors.delete(obj);
    return out;
  };

  const child = (sel: SelectorState, segment: PathSegment): SelectorState => (selector ? selector.step(sel, segment) : sel);

  const goArray = (arr: readonly unknown[], depth: number, key: string | undefined, sel: SelectorState): unknown[] => {
    const out: unknown[] = new Array(arr.length);
    for (let i = 0; i < arr.length; i++) {
      if (!(i in arr)) continue; // a hole stays a hole
      segments.push(i);
      // An element's context is the key of its array: `{ ssn: ['401558812'] }`.
      out[i] = go(arr[i], depth + 1, key, child(sel, i));
      segments.pop();
    }
    return out;
  };

  const goObject = (obj: Record<string, unknown>, depth: number, sel: SelectorState): Record<string, unknown> => {
    if (Object.getOwnPropertySymbols(obj).length > 0) throw unsupported(segments, 'an object with symbol-keyed properties');
    const out: Record<string, unknown> = Object.getPrototypeOf(obj) === null ? Object.create(null) : {};
    for (const k of Object.keys(obj)) {
      const s = child(sel, k);
      segments.push(k);
      let name = k;
      if (visitor.key && s.selected) {
        name = visitor.key(k, segments);
        segments[segments.length - 1] = name;
      }
      if (Object.prototype.hasOwnProperty.call(out, name)) {
        throw new StructuredDataError('key_collision', formatPath(segments), 'two keys of this object were redacted to the same text; redact keys with an operator that keeps them apart (a pseudonym, a hash)');
      }
      const v = go(obj[k], depth + 1, k, s);
      // `out[name] = v` would set the prototype for a key `__proto__` (which JSON.parse makes own).
      if (name === '__proto__') Object.defineProperty(out, name, { value: v, enumerable: true, writable: true, configurable: true });
      else out[name] = v;
      segments.pop();
    }
    return out;
  };

  return go(value, 0, key, selector ? selector.root : ALL);
}

/** Plain data objects: `{}`, `Object.create(null)`, and either from another realm. */
function isPlainObject(obj: object): boolean {
  if (Object.prototype.toString.call(obj) !== '[object Object]') return false;
  const proto: unknown = Object.getPrototypeOf(obj);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function describe(obj: object): string {
  const tag = Object.prototype.toString.call(obj).slice(8, -1);
  return tag === 'Object' ? 'a class instance' : `a ${tag}`;
}

function unsupported(segments: readonly PathSegment[], what: string): StructuredDataError {
  return new StructuredDataError(
    'unsupported_value',
    formatPath(segments),
    `${what} is not plain data (JSON values, arrays and plain objects); convert it first (Object.fromEntries(map), Array.from(set), JSON.parse(JSON.stringify(value)))`,
  );
}
