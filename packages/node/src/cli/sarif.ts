/**
 * SARIF 2.1.0 output of `airlock scan --format sarif`: one run, one rule per detector that found
 * something, one result per finding with its region. Columns count UTF-16 code units
 * (`columnKind: utf16CodeUnits`), as the offsets do. No message or fingerprint holds the value:
 * the fingerprint hashes the finding's line with the value replaced by its type.
 *
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Detector, Finding } from '@airlock/core';
import { lineIndex } from './findings.ts';

/** The findings of one input, for {@link toSarif}. */
export interface SarifInput {
  /** The input's path as given (`-` for stdin, reported as `stdin`). */
  readonly path: string;
  readonly text: string;
  readonly findings: readonly Finding[];
}

const LEVEL: Readonly<Record<string, 'error' | 'warning' | 'note'>> = { restricted: 'error', confidential: 'warning', internal: 'note', public: 'note' };

/** A path as a SARIF `uri`: relative paths stay relative, separators become `/`, characters are escaped. */
function toUri(path: string): string {
  if (path === '-') return 'stdin';
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
}

/** The line of `text` around [start, end), with that span replaced by `<TYPE>`. */
function maskedLine(text: string, f: Finding): string {
  let from = f.start;
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
  let to = f.end;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
  return `${text.slice(from, f.start)}<${f.type}>${text.slice(f.end, to)}`;
}

/** Builds a SARIF log one input at a time; {@link SarifBuilder.log} returns it. */
export interface SarifBuilder {
  /** Adds the results of one input (its text is not kept). */
  add(input: SarifInput): void;
  /** The SARIF 2.1.0 log, as a JSON-ready object. */
  log(): object;
}

/**
 * Starts a SARIF log.
 *
 * @param options - the tool version, and the detectors (for rule descriptions)
 */
export function sarifBuilder(options: { readonly version: string; readonly detectors: readonly Detector[] }): SarifBuilder {
  const byId = new Map(options.detectors.map((d) => [d.id, d]));
  const ruleIndex = new Map<string, number>();
  const rules: object[] = [];
  const results: object[] = [];
  const add = (input: SarifInput): void => {
    const lines = lineIndex(input.text);
    const seen = new Map<string, number>();
    for (const f of input.findings) {
      let index = ruleIndex.get(f.detector);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(f.detector, index);
        const d = byId.get(f.detector);
        rules.push({
          id: f.detector,
          name: f.type,
          shortDescription: { text: `${f.type}${d?.category ? ` (${d.category})` : ''} found by the ${f.detector} detector` },
          defaultConfiguration: { level: LEVEL[f.level] ?? 'error' },
          properties: { tags: [...new Set([f.family, f.level, ...(d?.category ? [d.category] : [])])] },
        });
      }
      const from = lines.position(f.start);
      const to = lines.position(f.end);
      const line = maskedLine(input.text, f);
      const key = `${f.detector}\0${line}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      results.push({
        ruleId: f.detector,
        ruleIndex: index,
        level: LEVEL[f.level] ?? 'error',
        message: { text: `${f.type} (${f.level}, score ${f.score.toFixed(2)}) found by ${f.detector}; the value is not shown` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(input.path) },
              region: {
                startLine: from.line,
                startColumn: from.column,
                endLine: to.line,
                endColumn: to.column,
                charOffset: f.start,
                charLength: f.end - f.start,
              },
            },
          },
        ],
        partialFingerprints: { 'airlockMaskedLineHash/v1': `${bytesToHex(sha256(utf8ToBytes(key))).slice(0, 32)}:${occurrence}` },
        properties: { type: f.type, family: f.family, score: f.score, level: f.level },
      });
    }
  };
  const log = (): object => ({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'airlock', version: options.version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  });
  return { add, log };
}
