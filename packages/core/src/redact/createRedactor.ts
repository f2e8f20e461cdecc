/**
 * {@link createRedactor}: a scanner plus operators per entity type, with a vault for pseudonyms.
 *
 * @module
 */
import { createScanner, type ScanAsyncOptions, type Scanner, type ScanOptions } from '../detect/createScanner.ts';
import { LEVELS } from '../detect/defineDetector.ts';
import { recommended } from '../detect/presets.ts';
import type { Finding } from '../detect/types.ts';
import { AirlockError } from '../errors/AirlockError.ts';
import { replace } from './operators/replace.ts';
import type { EncryptOperator } from './operators/encrypt.ts';
import { restore, type RestoreOptions, type RestoreResult } from './restore/restore.ts';
import type { Operator, OperatorContext, RedactedItem, RedactResult } from './types.ts';
import { createVault } from './vault/createVault.ts';
import type { Vault, VaultAuditEntry } from './vault/types.ts';

/** Options of {@link createRedactor}. */
export interface RedactorOptions {
  /**
   * The scanner that finds what to redact.
   * @defaultValue `createScanner({ detectors: recommended() })`, compiled once and shared
   */
  readonly scanner?: Scanner;
  /**
   * Operators per entity type (`EMAIL_ADDRESS`) or family (`SECRET`, `NATIONAL_ID`). A finding takes
   * the operator of its type, else of its family, else {@link RedactorOptions.default}.
   */
  readonly operators?: Readonly<Record<string, Operator>>;
  /**
   * The operator of every finding whose type and family have none.
   * @defaultValue `replace()` (`<EMAIL_ADDRESS>`)
   */
  readonly default?: Operator;
  /**
   * Where {@link pseudonymize} keeps its tokens.
   * @defaultValue a new in-memory vault ({@link createVault})
   */
  readonly vault?: Vault;
  /**
   * The redactor's scope in the vault: one per conversation, or per tenant. Tokens restore only in
   * their scope.
   * @defaultValue `'default'`
   */
  readonly scope?: string;
  /**
   * An audit log (`createAuditLog()`, or anything with an `append` method). Each `redact`,
   * `redactAsync`, `apply` and `restore` appends a {@link RedactorAuditEntry} (types, offsets and
   * operators; never a value) before it returns; when `append` throws, the call throws and returns
   * nothing. A vault the redactor makes itself logs to it too. Streaming and structured redaction
   * go through `apply`, one entry per piece they redact.
   */
  readonly audit?: { append(entry: RedactorAuditEntry | VaultAuditEntry): unknown };
}

/**
 * What a redactor appends to {@link RedactorOptions.audit}.
 *
 * - `redaction`: the scope, the text's length, whether the scan was complete, and each span
 *   replaced (type, family, offsets in the input, operator).
 * - `restore`: the scope, the answer's length, how many tokens were put back, and how many
 *   pseudonym-shaped tokens were left unresolved.
 */
export type RedactorAuditEntry =
  | {
      readonly kind: 'redaction';
      readonly scope: string;
      readonly length: number;
      readonly complete: boolean;
      readonly spans: readonly { readonly type: string; readonly family: string; readonly start: number; readonly end: number; readonly operator: string }[];
    }
  | {
      readonly kind: 'restore';
      readonly scope: string;
      readonly length: number;
      readonly restored: number;
      readonly unresolved: number;
    };

/** What {@link createRedactor} returns. */
export interface Redactor {
  /** The scanner that finds what to redact. */
  readonly scanner: Scanner;
  /** The vault {@link pseudonymize} writes to and {@link Redactor.restore} reads. */
  readonly vault: Vault;
  /** The redactor's scope in the vault. */
  readonly scope: string;
  /**
   * Scans `text`, then applies the operators to the findings. When the scan was incomplete, the
   * result says so (`complete: false`): the caller must not send the text.
   * @param options - where the text comes from ({@link ScanOptions.path}), for detectors with a path rule
   * @throws {@link AirlockError} `invalid_argument` when `text` is not a string
   */
  redact(text: string, options?: ScanOptions): RedactResult;
  /**
   * Like {@link Redactor.redact}, with the scanner's asynchronous recognizers too
   * ({@link Scanner.scanAsync}).
   * @throws {@link AirlockError} `invalid_argument` when `text` is not a string
   */
  redactAsync(text: string, options?: ScanAsyncOptions): Promise<RedactResult>;
  /**
   * Applies the operators to findings the caller already has (no scanning); `complete` is `true`.
   *
   * Findings may come in any order and may overlap. They are sorted by start; findings that overlap,
   * directly or through others, are merged into one whose span is the union of theirs (nothing of
   * either is left in the text), and whose type, family, level and score are those of the most
   * sensitive of them (then the highest score, then the longest). The merged finding is what
   * {@link RedactResult.findings} lists and what the operator receives.
   *
   * @throws {@link AirlockError} `invalid_argument` when `text` is not a string or a finding is
   *   malformed (offsets not integers with `0 <= start < end <= text.length`, type not a string);
   *   `invalid_operator` when a custom operator returns something other than a string
   */
  apply(text: string, findings: readonly Finding[]): RedactResult;
  /**
   * Puts the originals back into `text` (a model's answer): {@link restore} with this redactor's
   * vault and scope, and its {@link encrypt} operators as decryption keys.
   */
  restore(text: string, options?: RestoreOptions): RestoreResult;
}

let sharedScanner: Scanner | undefined;

/**
 * Makes a redactor: scan, then replace each finding with its operator's output.
 *
 * @param options - scanner, operators per type or family, default operator, vault, scope
 * @returns the redactor
 * @throws {@link AirlockError} `invalid_operator` when an operator is not one (an object with a
 *   string `kind` and an `apply` function); `invalid_argument` when another option is malformed
 *
 * @example
 * ```ts
 * import { createRedactor, mask, remove } from '@airlock/core';
 * const redactor = createRedactor({ operators: { CREDIT_CARD: mask({ keepLast: 4 }), SECRET: remove() } });
 * const out = redactor.redact('Mail jane.doe@example.com, card 4111 1111 1111 1111');
 * out.text; //=> 'Mail <EMAIL_ADDRESS>, card ***************1111'
 * out.items.map((i) => [i.operator, i.start, i.end]); //=> [['replace', 5, 20], ['mask', 27, 46]]
 * out.complete; //=> true
 * ```
 */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  if (typeof options !== 'object' || options === null) throw new AirlockError('invalid_argument', 'createRedactor options must be an object');
  const checkOperator = (op: unknown, where: string): Operator => {
    const o = op as Operator;
    if (typeof o !== 'object' || o === null || typeof o.kind !== 'string' || typeof o.apply !== 'function') {
      throw new AirlockError('invalid_operator', `${where} must be an operator (an object with a string kind and an apply function), such as replace()`);
    }
    return o;
  };
  const operators = new Map<string, Operator>();
  if (options.operators !== undefined) {
    if (typeof options.operators !== 'object' || options.operators === null) throw new AirlockError('invalid_argument', 'operators must be an object of entity type → operator');
    for (const [type, op] of Object.entries(options.operators)) operators.set(type, checkOperator(op, `operators.${type}`));
  }
  const fallback = options.default === undefined ? replace() : checkOperator(options.default, 'default');
  const scope = options.scope ?? 'default';
  if (typeof scope !== 'string') throw new AirlockError('invalid_argument', 'scope must be a string');
  const audit = options.audit;
  if (audit !== undefined && typeof audit?.append !== 'function') throw new AirlockError('invalid_argument', 'audit must have an append method (an audit log made by createAuditLog())');
  const vault = options.vault ?? createVault(audit !== undefined ? { audit } : {});
  if (typeof vault !== 'object' || vault === null || typeof vault.pseudonym !== 'function') throw new AirlockError('invalid_argument', 'vault must be a vault made by createVault()');
  const scanner = options.scanner ?? (sharedScanner ??= createScanner({ detectors: recommended() }));
  if (typeof scanner !== 'object' || scanner === null || typeof scanner.analyze !== 'function') throw new AirlockError('invalid_argument', 'scanner must be a scanner made by createScanner()');
  const context: OperatorContext = { vault, scope };
  const decrypt = [...new Set([fallback, ...operators.values()])].filter((op): op is EncryptOperator => op.kind === 'encrypt' && typeof (op as EncryptOperator).decrypt === 'function');

  const run = (text: string, given: readonly Finding[], complete: boolean, limits: readonly string[]): RedactResult => {
    const findings = _disjoint(text, given);
    const items: RedactedItem[] = [];
    let out = '';
    let at = 0;
    for (const f of findings) {
      const op = operators.get(f.type) ?? operators.get(f.family) ?? fallback;
      const replacement = op.apply(text.slice(f.start, f.end), f, context);
      if (typeof replacement !== 'string') throw new AirlockError('invalid_operator', `operator '${op.kind}' returned ${typeof replacement}, not a string`);
      out += text.slice(at, f.start);
      if (op.kind !== 'keep') items.push({ finding: f, operator: op.kind, start: out.length, end: out.length + replacement.length, replacement });
      out += replacement;
      at = f.end;
    }
    out += text.slice(at);
    audit?.append({
      kind: 'redaction',
      scope,
      length: text.length,
      complete,
      spans: items.map(({ finding: f, operator }) => ({ type: f.type, family: f.family, start: f.start, end: f.end, operator })),
    });
    return { text: out, items, findings, complete, limits };
  };

  return {
    scanner,
    vault,
    scope,
    redact(text, scanOptions) {
      const r = scanner.analyze(text, scanOptions);
      return run(text, r.findings, r.complete, r.limits);
    },
    async redactAsync(text, scanOptions) {
      const r = await scanner.scanAsync(text, scanOptions);
      return run(text, r.findings, r.complete, r.limits);
    },
    apply(text, findings) {
      if (typeof text !== 'string') throw new AirlockError('invalid_argument', `text must be a string, got ${text === null ? 'null' : typeof text}`);
      return run(text, findings, true, []);
    },
    restore(text, restoreOptions = {}) {
      const r = restore(text, vault, { scope, ...restoreOptions, decrypt: [...decrypt, ...(restoreOptions.decrypt ?? [])] });
      audit?.append({ kind: 'restore', scope: restoreOptions.scope ?? scope, length: text.length, restored: r.items.length, unresolved: r.unresolved.length });
      return r;
    },
  };
}

/**
 * Checks findings against `text`, sorts them and merges the overlapping ones (see
 * {@link Redactor.apply}). O(n log n). @internal
 */
export function _disjoint(text: string, findings: readonly Finding[]): Finding[] {
  if (!Array.isArray(findings)) throw new AirlockError('invalid_argument', 'findings must be an array');
  findings.forEach((f, i) => {
    if (typeof f !== 'object' || f === null || typeof f.type !== 'string' || !Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end <= f.start || f.end > text.length) {
      throw new AirlockError('invalid_argument', `findings[${i}] must have a string type and integer offsets with 0 <= start < end <= text.length (${text.length})`);
    }
  });
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const rank = (f: Finding): number => LEVELS.indexOf(f.level);
  const better = (a: Finding, b: Finding): boolean =>
    rank(a) !== rank(b) ? rank(a) > rank(b) : a.score !== b.score ? a.score > b.score : a.end - a.start > b.end - b.start;
  const out: Finding[] = [];
  for (let i = 0; i < sorted.length; ) {
    let best = sorted[i]!;
    let end = best.end;
    let j = i + 1;
    for (; j < sorted.length && sorted[j]!.start < end; j++) {
      if (better(sorted[j]!, best)) best = sorted[j]!;
      end = Math.max(end, sorted[j]!.end);
    }
    const start = sorted[i]!.start;
    out.push(best.start === start && best.end === end ? best : { ...best, start, end });
    i = j;
  }
  return out;
}
