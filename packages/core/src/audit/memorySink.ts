/**
 * {@link memorySink}: the in-memory {@link AuditSink}.
 *
 * @module
 */
import { canonicalJson } from './canonicalJson.ts';
import type { AuditRecord, AuditSink } from './types.ts';

/**
 * An {@link AuditSink} that keeps records in an array, the default of `createAuditLog`. Records
 * are frozen copies, so nothing outside the log can change what it stored.
 *
 * @param initial - records to start with (a log opened on the sink verifies them)
 * @returns the sink
 *
 * @example
 * ```ts
 * import { createAuditLog, memorySink } from '@airlock/core';
 * const sink = memorySink();
 * createAuditLog({ sink }).append({ kind: 'vault', event: 'erase', count: 2 });
 * [...sink.records()].length; //=> 1
 * // A second log on the same sink continues the chain.
 * createAuditLog({ sink }).append({ kind: 'vault', event: 'purge', count: 0 }).seq; //=> 1
 * ```
 */
export function memorySink(initial: Iterable<AuditRecord> = []): AuditSink {
  const stored: AuditRecord[] = [];
  const append = (record: AuditRecord): void => {
    stored.push(deepFreeze(JSON.parse(canonicalJson(record)) as AuditRecord));
  };
  for (const r of initial) append(r);
  return { append, records: () => stored.slice() };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
