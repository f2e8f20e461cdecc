/**
 * The JavaScript side of the WIT world `airlock:core/airlock` (wit/airlock.wit): the interface
 * `engine`, implemented over @airlock/core. The build bundles this module with @airlock/core into
 * one ES module and turns it into a component; tests also import it in Node to compare.
 *
 * It keeps to ES2022 (no TextEncoder/TextDecoder, no Node or web globals), so that it runs in both
 * component engines (SpiderMonkey and QuickJS) without WASI.
 *
 * WIT mapping (as componentize-js and componentize-qjs both lift and lower it): records are objects
 * with camelCase keys, variants `{ tag, val }`, enums their case name as a string, `option<T>` is
 * `T | undefined`, a top-level `result<T, E>` is returned as `T` or thrown as `E`, a nested one is
 * `{ tag: 'ok' | 'err', val }`.
 *
 * @module
 */
import { decodeUtf8 } from './textCoding.ts';
import {
  AirlockError,
  allDetectors,
  classify as classifyFindings,
  createGuard,
  createRedactor,
  createScanner,
  createVault,
  defaultPolicy,
  gdpr,
  hipaa,
  mask,
  parsePolicy,
  pciDss,
  pii,
  pseudonymize,
  recommended,
  remove,
  replace,
  secrets,
  soc2,
  type Detector,
  type Finding,
  type Guard,
  type Operator,
  type Policy,
  type Redactor,
  type Scanner,
} from '@airlock/core';

// ---- WIT types, as JavaScript sees them ----

/** `variant text`. */
export type Text = { tag: 'str'; val: string } | { tag: 'utf8'; val: Uint8Array | readonly number[] } | { tag: 'utf16'; val: Uint16Array | readonly number[] };
/** `enum operator-kind`. */
export type OperatorKind = 'replace' | 'mask' | 'pseudonymize' | 'remove';
/** An `option<T>`: QuickJS lifts `none` as `null`, jco's host side gives `undefined`. */
export type Option<T> = T | null | undefined;
/** `record config`. */
export interface Config {
  preset?: Option<string>;
  minScore?: Option<number>;
  operator?: Option<OperatorKind>;
  policy?: Option<string>;
  destination?: Option<string>;
  maxInputBytes?: Option<number>;
  nowMs?: Option<number>;
}
/** `variant error`. */
export type EngineError =
  | { tag: 'invalid-config'; val: string }
  | { tag: 'input-too-large'; val: number }
  | { tag: 'invalid-utf8'; val: number }
  | { tag: 'failed'; val: { code: string; message: string } };
/** `record span`: UTF-16 code units and UTF-8 bytes. */
export interface Span {
  start: number;
  end: number;
  startByte: number;
  endByte: number;
}
/** `record finding`. */
export interface WitFinding {
  entityType: string;
  family: string;
  span: Span;
  score: number;
  detector: string;
  level: string;
}
/** `record scan-result`. */
export interface WitScanResult {
  findings: WitFinding[];
  complete: boolean;
  limits: string[];
}
/** `record redacted-item`. */
export interface WitRedactedItem {
  finding: WitFinding;
  operator: string;
  replacementSpan: Span;
  replacement: string;
}
/** `record redact-result`. */
export interface WitRedactResult {
  text: Text;
  items: WitRedactedItem[];
  complete: boolean;
  limits: string[];
}
/** `record restore-result`. */
export interface WitRestoreResult {
  text: Text;
  restored: number;
  unresolved: string[];
}
/** `record classification`. */
export interface WitClassification {
  level: string;
  reasons: string[];
  drivers: WitFinding[];
}
/** `record guard-result`. */
export interface WitGuardResult {
  action: 'allow' | 'redact' | 'block';
  text: Text | null;
  level: string;
  sentLevel: string;
  rules: string[];
  reasons: string[];
  guardReasons: string[];
  findings: WitFinding[];
  policyDigest: string;
}
/** A nested `result<T, error>`. */
export type Result<T> = { tag: 'ok'; val: T } | { tag: 'err'; val: EngineError };

// ---- limits ----

/**
 * Default `max-input-bytes`: 16 MiB.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_INPUT_BYTES } from './engine.ts';
 * DEFAULT_MAX_INPUT_BYTES; //=> 16777216
 * ```
 */
export const DEFAULT_MAX_INPUT_BYTES: number = 16 * 1024 * 1024;
/**
 * Largest `max-input-bytes` a configuration may set: 256 MiB.
 *
 * @example
 * ```ts
 * import { MAX_INPUT_BYTES_LIMIT } from './engine.ts';
 * MAX_INPUT_BYTES_LIMIT; //=> 268435456
 * ```
 */
export const MAX_INPUT_BYTES_LIMIT: number = 256 * 1024 * 1024;

const PRESETS: Readonly<Record<string, () => Detector[]>> = { recommended, pii, secrets, all: allDetectors };
const POLICIES: Readonly<Record<string, () => Policy>> = { default: defaultPolicy, gdpr: () => gdpr(), hipaa, 'pci-dss': () => pciDss(), soc2 };
const OPERATORS: Readonly<Record<OperatorKind, () => Operator>> = { replace: () => replace(), mask: () => mask(), pseudonymize: () => pseudonymize(), remove: () => remove() };

/** Thrown out of a top-level export: the component lowers it as the `error` case of its result. */
class WitError {
  readonly error: EngineError;
  readonly tag: EngineError['tag'];
  readonly val: EngineError['val'];
  constructor(error: EngineError) {
    this.error = error;
    this.tag = error.tag;
    this.val = error.val;
  }
}

// ---- the engine's state ----

interface State {
  readonly scanner: Scanner;
  readonly redactor: Redactor;
  readonly guard: Guard;
  readonly policy: Policy;
  readonly destination: string | undefined;
  readonly maxInputBytes: number;
}

let decisionSeq = 0;

function build(options: Config): State {
  if (typeof options !== 'object' || options === null) throw new WitError({ tag: 'invalid-config', val: 'config must be a record' });
  const config = {
    preset: options.preset ?? undefined,
    minScore: options.minScore ?? undefined,
    operator: options.operator ?? undefined,
    policy: options.policy ?? undefined,
    destination: options.destination ?? undefined,
    maxInputBytes: options.maxInputBytes ?? undefined,
    nowMs: options.nowMs ?? undefined,
  };
  const presetName = config.preset ?? 'recommended';
  const preset = Object.hasOwn(PRESETS, presetName) ? PRESETS[presetName] : undefined;
  if (preset === undefined) throw new WitError({ tag: 'invalid-config', val: `preset: unknown preset '${presetName}' (recommended, pii, secrets, all)` });
  const minScore = config.minScore;
  if (minScore !== undefined && !(typeof minScore === 'number' && minScore >= 0 && minScore <= 1)) {
    throw new WitError({ tag: 'invalid-config', val: `min-score: must be in [0, 1], got ${String(minScore)}` });
  }
  const operatorName = config.operator ?? 'replace';
  const operator = Object.hasOwn(OPERATORS, operatorName) ? OPERATORS[operatorName] : undefined;
  if (operator === undefined) throw new WitError({ tag: 'invalid-config', val: `operator: unknown operator '${operatorName}'` });
  const maxInputBytes = config.maxInputBytes === undefined ? DEFAULT_MAX_INPUT_BYTES : Number(config.maxInputBytes);
  if (!(Number.isInteger(maxInputBytes) && maxInputBytes > 0 && maxInputBytes <= MAX_INPUT_BYTES_LIMIT)) {
    throw new WitError({ tag: 'invalid-config', val: `max-input-bytes: must be in [1, ${MAX_INPUT_BYTES_LIMIT}], got ${String(config.maxInputBytes)}` });
  }
  const nowMs = config.nowMs ?? 0;
  if (!(typeof nowMs === 'number' && Number.isFinite(nowMs) && nowMs >= 0)) {
    throw new WitError({ tag: 'invalid-config', val: `now-ms: must be a finite number of ms since the epoch, got ${String(nowMs)}` });
  }
  const policy = policyOf(config.policy);
  const destination = config.destination;
  if (destination !== undefined && !policy.destinations.some((d) => d.id === destination)) {
    throw new WitError({ tag: 'invalid-config', val: `destination: the policy has no destination '${destination}'` });
  }
  return guarded('invalid-config', () => {
    const scan = minScore === undefined ? {} : { minScore };
    const scanner = createScanner({ detectors: preset(), ...scan });
    // One vault for `redact` and `guard`, so that `restore` puts back the pseudonyms of both.
    const vault = createVault({ now: () => nowMs });
    const redactor = createRedactor({ scanner, vault, default: operator() });
    const guard = createGuard({
      policy,
      detectors: preset(),
      scan,
      vault,
      scope: redactor.scope,
      // A component has neither a clock nor randomness of its own: the host gives the time, and
      // decision ids count.
      now: () => nowMs,
      id: () => `decision-${++decisionSeq}`,
    });
    return { scanner, redactor, guard, policy, destination, maxInputBytes };
  });
}

function policyOf(text: string | undefined): Policy {
  const name = text ?? 'default';
  if (Object.hasOwn(POLICIES, name)) return POLICIES[name]!();
  let document: unknown;
  try {
    document = JSON.parse(name);
  } catch {
    throw new WitError({ tag: 'invalid-config', val: `policy: neither a preset (${Object.keys(POLICIES).join(', ')}) nor a JSON document` });
  }
  return guarded('invalid-config', () => parsePolicy(document));
}

/** Runs `f`; an AirlockError becomes the given error case (`failed` for anything else). */
function guarded<T>(tag: 'invalid-config' | 'failed', f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof WitError) throw e;
    if (e instanceof AirlockError) {
      throw new WitError(tag === 'invalid-config' ? { tag, val: `${e.code}: ${e.message}` } : { tag, val: { code: e.code, message: e.message } });
    }
    throw new WitError({ tag: 'failed', val: { code: 'internal', message: e instanceof Error ? e.message : String(e) } });
  }
}

// The component configures itself while its module is evaluated, at build time (src/component.ts):
// the snapshot holds the compiled scanner and guard. Elsewhere the defaults are built on first use.
let state: State | undefined;

function current(): State {
  state ??= build({});
  return state;
}

// ---- texts across the boundary ----

/** The input as a JavaScript string, after the size check; `utf16` tells how the output goes back. */
function decode(text: Text, maxInputBytes: number): { text: string; utf16: boolean } {
  if (typeof text !== 'object' || text === null) throw new WitError({ tag: 'failed', val: { code: 'invalid_argument', message: 'text must be a variant' } });
  if (text.tag === 'str') {
    const bytes = utf8Length(text.val, maxInputBytes);
    if (bytes > maxInputBytes) throw new WitError({ tag: 'input-too-large', val: bytes });
    return { text: text.val, utf16: false };
  }
  if (text.tag === 'utf8') {
    if (text.val.length > maxInputBytes) throw new WitError({ tag: 'input-too-large', val: text.val.length });
    const decoded = decodeUtf8(text.val);
    if (typeof decoded === 'number') throw new WitError({ tag: 'invalid-utf8', val: decoded });
    return { text: decoded, utf16: false };
  }
  if (text.tag === 'utf16') {
    if (text.val.length * 2 > maxInputBytes) throw new WitError({ tag: 'input-too-large', val: text.val.length * 2 });
    return { text: fromCodeUnits(text.val), utf16: true };
  }
  throw new WitError({ tag: 'failed', val: { code: 'invalid_argument', message: 'unknown text case' } });
}

/** UTF-8 length of a string (a lone surrogate counts 3, as U+FFFD); stops counting past `cap`. */
function utf8Length(s: string, cap = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= cap; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function fromCodeUnits(units: Uint16Array | readonly number[]): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...Array.prototype.slice.call(units, i, i + 8192));
  return out;
}

function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
    else if (c >= 0xd800 && c <= 0xdfff) return false;
  }
  return true;
}

/** An output text: `utf16` when asked for or when `s` is not valid Unicode (a WIT string could not hold it). */
function encode(s: string, utf16: boolean): Text {
  if (!utf16 && isWellFormed(s)) return { tag: 'str', val: s };
  const units = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
  return { tag: 'utf16', val: units };
}

/** Maps UTF-16 offsets of `s` to UTF-8 byte offsets, in one pass over the text. */
function byteOffsets(s: string, offsets: readonly number[]): Map<number, number> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const map = new Map<number, number>();
  let unit = 0;
  let bytes = 0;
  for (const target of sorted) {
    while (unit < target && unit < s.length) {
      const c = s.charCodeAt(unit);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff && unit + 1 < s.length && isLow(s.charCodeAt(unit + 1))) {
        // A pair is 4 bytes; an offset between its halves (never one of airlock's) maps to its start.
        if (unit + 1 === target) break;
        bytes += 4;
        unit++;
      } else bytes += 3;
      unit++;
    }
    map.set(target, bytes);
  }
  return map;
}

function spanOf(start: number, end: number, bytes: Map<number, number>): Span {
  return { start, end, startByte: bytes.get(start)!, endByte: bytes.get(end)! };
}

function findingsOf(text: string, findings: readonly Finding[]): WitFinding[] {
  const bytes = byteOffsets(text, findings.flatMap((f) => [f.start, f.end]));
  return findings.map((f) => witFinding(f, bytes));
}

function witFinding(f: Finding, bytes: Map<number, number>): WitFinding {
  return { entityType: f.type, family: f.family, span: spanOf(f.start, f.end, bytes), score: f.score, detector: f.detector, level: f.level };
}

/** Runs one call: errors become thrown WIT errors, never traps. */
function call<T>(text: Text, f: (s: State, input: string, utf16: boolean) => T): T {
  const s = current();
  const { text: input, utf16 } = decode(text, s.maxInputBytes);
  return guarded('failed', () => f(s, input, utf16));
}

function batch<T>(texts: readonly Text[], f: (text: Text) => T): Result<T>[] {
  return Array.from(texts, (text) => {
    try {
      return { tag: 'ok', val: f(text) };
    } catch (e) {
      if (e instanceof WitError) return { tag: 'err', val: e.error };
      return { tag: 'err', val: { tag: 'failed', val: { code: 'internal', message: String(e) } } };
    }
  });
}

// ---- the interface `engine` ----

function configure(config: Config): void {
  state = build(config);
}

function scan(text: Text): WitScanResult {
  return call(text, (s, input) => {
    const r = s.scanner.analyze(input);
    return { findings: findingsOf(input, r.findings), complete: r.complete, limits: [...r.limits] };
  });
}

function redact(text: Text): WitRedactResult {
  return call(text, (s, input, utf16) => {
    const r = s.redactor.redact(input);
    const inBytes = byteOffsets(input, r.items.flatMap((i) => [i.finding.start, i.finding.end]));
    const outBytes = byteOffsets(r.text, r.items.flatMap((i) => [i.start, i.end]));
    return {
      text: encode(r.text, utf16),
      items: r.items.map((i) => ({ finding: witFinding(i.finding, inBytes), operator: i.operator, replacementSpan: spanOf(i.start, i.end, outBytes), replacement: i.replacement })),
      complete: r.complete,
      limits: [...r.limits],
    };
  });
}

function restore(text: Text): WitRestoreResult {
  return call(text, (s, input, utf16) => {
    const r = s.redactor.restore(input);
    return { text: encode(r.text, utf16), restored: r.items.length, unresolved: [...r.unresolved] };
  });
}

function classify(text: Text): WitClassification {
  return call(text, (s, input) => {
    const r = s.scanner.analyze(input);
    const c = classifyFindings(r.findings, { complete: r.complete, policy: s.policy, text: input });
    return { level: c.level, reasons: [...c.reasons], drivers: findingsOf(input, c.drivers) };
  });
}

function guard(text: Text, destination: Option<string>): WitGuardResult {
  return call(text, (s, input, utf16) => {
    // An unknown destination (or none) is core's to refuse: the decision fails closed, and blocks.
    const r = s.guard.guard(input, { destination: destination ?? s.destination ?? '' });
    return {
      action: r.action,
      text: r.text === undefined ? null : encode(r.text, utf16),
      level: r.decision.level,
      sentLevel: r.decision.sentLevel,
      rules: [...r.decision.rules],
      reasons: [...r.decision.reasons],
      guardReasons: r.report.reasons.map((g) => g.code),
      findings: findingsOf(input, r.decision.findings),
      policyDigest: r.decision.policyDigest,
    };
  });
}

/** The functions of the WIT interface `airlock:core/engine`, camelCased. */
export interface Engine {
  configure(config: Config): void;
  scan(text: Text): WitScanResult;
  scanBatch(texts: readonly Text[]): Result<WitScanResult>[];
  redact(text: Text): WitRedactResult;
  redactBatch(texts: readonly Text[]): Result<WitRedactResult>[];
  restore(text: Text): WitRestoreResult;
  classify(text: Text): WitClassification;
  classifyBatch(texts: readonly Text[]): Result<WitClassification>[];
  guard(text: Text, destination: Option<string>): WitGuardResult;
  guardBatch(texts: readonly Text[], destination: Option<string>): Result<WitGuardResult>[];
}

/**
 * The exported interface `airlock:core/engine`: what the component runs. Errors are thrown as the
 * WIT `error` variant (`{ tag, val }`); the component returns them as the `err` case.
 *
 * @example
 * ```ts
 * import { engine } from './engine.ts';
 * const r = engine.scan({ tag: 'str', val: 'für jane@example.com' });
 * r.findings[0]!.entityType; //=> 'EMAIL_ADDRESS'
 * r.findings[0]!.span; //=> { start: 4, end: 20, startByte: 5, endByte: 21 }
 * engine.redact({ tag: 'utf16', val: [0xd800, 0x20, 0x61, 0x40, 0x62, 0x2e, 0x63, 0x6f] }).text.tag; //=> 'utf16'
 * let error: unknown;
 * try {
 *   engine.scan({ tag: 'utf8', val: new Uint8Array([0x61, 0xff]) });
 * } catch (e) {
 *   error = e;
 * }
 * (error as { tag: string; val: number }).val; //=> 1
 * ```
 */
export const engine: Engine = {
  configure,
  scan,
  scanBatch: (texts) => batch(texts, scan),
  redact,
  redactBatch: (texts) => batch(texts, redact),
  restore,
  classify,
  classifyBatch: (texts) => batch(texts, classify),
  guard,
  guardBatch: (texts, destination) => batch(texts, (t) => guard(t, destination)),
};
