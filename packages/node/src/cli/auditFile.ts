/**
 * `--audit FILE`: the commands that decide or redact append what they did to an audit log file
 * (core's `createAuditLog` on {@link fileAuditSink}), which `airlock audit verify` checks.
 *
 * @module
 */
import { resolve } from 'node:path';
import { createAuditLog, isAirlockError, type AuditLog } from '@airlock/core';
import { fileAuditSink } from '../audit/fileSink.ts';
import { InputError } from './args.ts';

/** An audit log on a file, and how to close the file. */
export interface OpenAuditFile {
  readonly log: AuditLog;
  close(): void;
}

/**
 * Opens (or creates) the audit log at `path`, relative to `cwd`. A log that does not verify, or
 * ends in a torn line, is refused: the command stops before doing anything unlogged.
 */
export function openAuditFile(path: string, cwd: string): OpenAuditFile {
  try {
    const sink = fileAuditSink(resolve(cwd, path));
    try {
      return { log: createAuditLog({ sink }), close: () => sink.close() };
    } catch (error) {
      sink.close();
      throw error;
    }
  } catch (error) {
    if (isAirlockError(error)) throw new InputError(`cannot open audit log ${path}: ${error.code}: ${error.message}`);
    throw error;
  }
}
