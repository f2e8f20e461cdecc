/**
 * {@link createScanner}: every detector's patterns in one multi-pattern automaton, one pass over the
 * text, then validators, entropy, context, allow and deny lists, thresholds and overlap resolution.
 *
 * @module
 */
import { AirlockError } from '../errors/AirlockError.ts';
import { DetectorDefinitionError } from '../errors/DetectorDefinitionError.ts';
import { newStats, type Regex, type RegexSet, type SearchStats, type SetMatch } from '../regex/api.ts';
import { checkText } from '../regex/meta/engines.ts';
import { compile } from '../regex/meta/regex.ts';
import { compileSet } from '../regex/meta/set.ts';
import { maxWidth } from '../regex/ir/width.ts';
import { parse } from '../regex/syntax/index.ts';
import { defineDetector, LEVELS } from './defineDetector.ts';
import { recommended } from './presets.ts';
import { _deriveScanView, type DeriveOptions } from './normalize/derive.ts';
import { _viewLength, _viewSlice, changedRanges, mapSpan } from './normalize/view.ts';
import type { Recognizer, RecognizerSignal } from './catalog/entities/recognizer.ts';
import { DEFAULT_CONTEXT_WINDOW, scoreCandidate, type Candidate } from './score.ts';
import type { Detector, Finding, SensitivityLevel } from './types.ts';

/** An allow-list entry: a value that is never reported. */
export type AllowEntry =
  /** Exactly this value (case-sensitive). */
  | string
  /** Values the whole of which match this RE2 pattern, optionally only for some types. */
  | { readonly pattern: string; readonly types?: readonly string[] };

/** A deny-list entry: values always reported as `type`, with score 1. */
export interface DenyEntry {
  /** Entity type to report (`EMPLOYEE_ID`). */
  readonly type: string;
  /** Exact values (matched case-sensitively, anywhere in the text). */
  readonly values?: readonly string[];
  /** RE2 patterns. */
  readonly patterns?: readonly string[];
  /**
   * Sensitivity of what it finds.
   * @defaultValue 'confidential'
   */
  readonly level?: SensitivityLevel;
}

/** How overlapping findings are resolved. */
export type OverlapMode =
  /**
   * Keep a set of findings no two of which overlap: the more sensitive level first (a secret inside
   * a URL stays a secret: airlock never under-classifies), then the longer span (of two equally
   * sensitive findings, the one that encloses the other wins, so redacting it leaves nothing of
   * either), then the higher score, then the earlier start, then the detector listed first. A
   * finding that overlaps one already kept is dropped. What redaction needs.
   */
  | 'resolve'
  /** Keep every finding above its threshold; identical spans of the same type are still merged. */
  | 'all';

/** Options of {@link createScanner}. */
export interface ScannerOptions {
  /**
   * The detectors to run, in priority order (earlier wins ties). Compose presets and your own:
   * `[...recommended(), myDetector]`.
   * @defaultValue `recommended()`
   */
  readonly detectors?: readonly Detector[];
  /**
   * Findings scoring below this are dropped.
   * @defaultValue 0.5
   */
  readonly minScore?: number;
  /** Per-type thresholds that override {@link ScannerOptions.minScore} (`{ PHONE_NUMBER: 0.7 }`). */
  readonly thresholds?: Readonly<Record<string, number>>;
  /** Values never reported. */
  readonly allow?: readonly AllowEntry[];
  /** Values always reported. */
  readonly deny?: readonly DenyEntry[];
  /**
   * How overlapping findings are resolved. Findings of `guard` detectors (signals such as prompt
   * injection) are always kept as in `'all'`: they never displace data findings, nor the reverse.
   * @defaultValue 'resolve'
   */
  readonly overlap?: OverlapMode;
  /**
   * Attach an {@link Explanation} to every finding.
   * @defaultValue false
   */
  readonly explain?: boolean;
  /**
   * Also scan what evasion hides: the text after NFKC normalization and with invisible characters
   * removed, spelled-out e-mail addresses (`john [at] example [dot] com`), and base64, URL-encoded
   * and hex runs decoded (see {@link deriveViews}). Findings in a derived text are mapped back to
   * the original offsets. `false` scans the text as it is; an object picks the steps.
   * @defaultValue true
   */
  readonly normalize?: boolean | DeriveOptions;
  /**
   * Asynchronous recognizers (an NER model, a remote service) run by {@link Scanner.scanAsync}
   * next to the patterns. Their findings go through the same thresholds, allow list and overlap
   * resolution. {@link Scanner.scan} cannot wait for them and ignores them.
   */
  readonly recognizers?: readonly Recognizer[];
  /**
   * The longest match assumed for a pattern without an upper bound (`[a-z]+@…`, a private key
   * block), in UTF-16 code units: what {@link Scanner.window} counts for such a pattern. It does
   * not change what {@link Scanner.scan} finds; it bounds what a streaming scan holds back (see
   * `docs/streaming.md`). Lower it to emit a stream sooner, at the price of exactness for longer
   * matches.
   * @defaultValue {@link DEFAULT_MAX_MATCH_LENGTH} (4096)
   */
  readonly maxMatchLength?: number;
}

/**
 * The longest match assumed for a pattern that has no upper bound, unless
 * {@link ScannerOptions.maxMatchLength} says otherwise: 4096 UTF-16 code units.
 *
 * @example
 * ```ts
 * import { createScanner, DEFAULT_MAX_MATCH_LENGTH, emailAddress } from '@airlock/core';
 * const scanner = createScanner({ detectors: [emailAddress()], normalize: false });
 * scanner.window.match === DEFAULT_MAX_MATCH_LENGTH; //=> true
 * scanner.window.unbounded; //=> ['email-address']
 * ```
 */
export const DEFAULT_MAX_MATCH_LENGTH = 4096;

/**
 * How far outside a pattern match a detector's own code (validators, refine) may read, in UTF-16
 * code units, on either side. The catalog's detectors read at most a few units (a `+` six units
 * before a phone number, the character after an IP address); a detector that reads further breaks
 * the exactness of streaming scans.
 */
const LOOKAROUND = 64;

/** How far the decision about one finding can reach, as {@link Scanner.window} reports it. */
export interface ScanWindow {
  /**
   * The longest match of any pattern, in UTF-16 code units (from the width of each pattern, see
   * `maxWidth`), with each unbounded pattern counted as {@link ScannerOptions.maxMatchLength}.
   */
  readonly match: number;
  /** Ids of the detectors with a pattern that has no upper bound, for which `match` is an assumption. */
  readonly unbounded: readonly string[];
  /**
   * How far before a match and after it a decision reads: the longest context window of any
   * detector (64 by default) plus 64 units of look-around (which cover the one unit `\b`, `^`
   * and `$` look at, and what validators and `refine` read: at most 64 units outside the match).
   */
  readonly context: number;
  /**
   * The normalization rescan margin: with normalization on, a derived text is scanned again this
   * far (512 units) around what changed; 0 with normalization off.
   */
  readonly normalize: number;
  /**
   * `match + context + normalize`: a finding's decision depends only on the text within this
   * distance of where the finding's match starts (before) or of where it could end (after). A
   * stream holds back about this much.
   */
  readonly size: number;
}

/** Options of one scan ({@link Scanner.scan}, {@link Scanner.analyze}, {@link Scanner.scanAsync}). */
export interface ScanOptions {
  /**
   * Where the text comes from, when it is a file: its path, with `/` between folders
   * (`infra/main.tf`). Detectors with a {@link DetectorSpec.path} use it: one whose path pattern
   * does not match stays silent, and a path-only detector reports a text whose path matches.
   * @defaultValue unknown: every detector with patterns runs, path-only detectors stay silent
   */
  readonly path?: string;
}

/** Options of {@link Scanner.scanAsync}. */
export interface ScanAsyncOptions extends ScanOptions {
  /** Aborts the recognizers when the caller gives up; the result is then marked incomplete. */
  readonly signal?: RecognizerSignal;
}

/** What {@link Scanner.analyze} returns. */
export interface ScanResult {
  /** The findings, as {@link Scanner.scan} returns them. */
  readonly findings: Finding[];
  /**
   * `false` when a documented limit stopped part of the work (for example, the total size of
   * decoded runs): something may have been missed, and decisions built on this result must fail
   * closed.
   */
  readonly complete: boolean;
  /** Which limits were hit, for logs and audit entries. Empty when `complete`. */
  readonly limits: readonly string[];
}

/** A compiled scanner. `scan` never throws on a string. */
export interface Scanner {
  /**
   * Finds every piece of sensitive data in `text`, sorted by start (then end).
   * @throws {@link AirlockError} `invalid_argument` when `text` is not a string, or `options.path`
   *   is given and is not a string
   */
  scan(text: string, options?: ScanOptions): Finding[];
  /**
   * Like {@link Scanner.scan}, and also says whether the scan was complete.
   * @throws {@link AirlockError} `invalid_argument` when `text` is not a string
   */
  analyze(text: string, options?: ScanOptions): ScanResult;
  /**
   * Like {@link Scanner.analyze}, with the scanner's recognizers too. A recognizer that fails,
   * returns malformed findings or is aborted does not make this reject: the result says it is
   * incomplete and names the recognizer in `limits`.
   * @throws {@link AirlockError} `invalid_argument` when `text` is not a string
   */
  scanAsync(text: string, options?: ScanAsyncOptions): Promise<ScanResult>;
  /** The detectors this scanner runs, deny-list detectors included. */
  readonly detectors: readonly Detector[];
  /**
   * The work done since creation or the last {@link Scanner.resetStats}: the regex engine's
   * counters (every pattern of every detector, group extraction included) and the number of
   * candidates scored. For tests and benchmarks; a scan's work is linear in the text.
   */
  stats(): ScannerStats;
  /** Sets every work counter back to zero. */
  resetStats(): void;
  /** How far the decision about one finding can reach (what a streaming scan holds back). */
  readonly window: ScanWindow;
}

/** Work counters of a {@link Scanner}. */
export interface ScannerStats extends SearchStats {
  /** Pattern matches scored (each one costs O(its length + context window)). */
  candidates: number;
}

interface PatternRef {
  readonly detector: number;
  readonly pattern: number;
}

/**
 * Compiles detectors into a {@link Scanner}. Every pattern of every detector goes into one
 * multi-pattern set, so a scan reads the text once whatever the number of detectors.
 *
 * @param options - detectors (the {@link recommended} catalog when omitted), thresholds, allow and
 *   deny lists
 * @returns the scanner
 * @throws {@link DetectorDefinitionError} when an option is malformed (naming the field), or two
 *   detectors share an id
 *
 * @example
 * ```ts
 * import { createScanner, defineDetector } from '@airlock/core';
 * const ticket = defineDetector({
 *   id: 'ticket-id', type: 'TICKET_ID', patterns: ['\\bTCK-[0-9]{6}\\b'], score: 0.8,
 *   level: 'internal', category: 'pii', samples: { positive: ['TCK-123456'], negative: [] },
 * });
 * const scanner = createScanner({ detectors: [ticket] });
 * scanner.scan('see TCK-123456').map((f) => [f.type, f.start, f.end]); //=> [['TICKET_ID', 4, 14]]
 *
 * // With no options, the recommended catalog:
 * createScanner().scan('mail jane.doe@example.com')[0]?.type; //=> 'EMAIL_ADDRESS'
 * ```
 */
export function createScanner(options: ScannerOptions = {}): Scanner {
  if (typeof options !== 'object' || options === null) throw new DetectorDefinitionError('options', 'must be an object');
  const { detectors: given = recommended() } = options;
  if (!Array.isArray(given)) throw new DetectorDefinitionError('detectors', 'must be an array of detectors made by defineDetector');
  given.forEach((d, i) => {
    if (typeof d !== 'object' || d === null || (d as Detector).kind !== 'detector') {
      throw new DetectorDefinitionError(`detectors[${i}]`, 'must be a detector made by defineDetector');
    }
  });
  const minScore = options.minScore ?? 0.5;
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1)) throw new DetectorDefinitionError('minScore', 'must be a number in [0, 1]');
  const thresholds = new Map<string, number>();
  for (const [type, t] of Object.entries(options.thresholds ?? {})) {
    if (typeof t !== 'number' || !(t >= 0 && t <= 1)) throw new DetectorDefinitionError(`thresholds.${type}`, 'must be a number in [0, 1]');
    thresholds.set(type, t);
  }
  /** Whether a score of `type` reaches its threshold (the type's own, else `minScore`). */
  const passes = (score: number, type: string): boolean => score >= (thresholds.get(type) ?? minScore);
  const overlap = options.overlap ?? 'resolve';
  if (overlap !== 'resolve' && overlap !== 'all') throw new DetectorDefinitionError('overlap', "must be 'resolve' or 'all'");
  const explain = options.explain === true;
  const maxMatchLength = options.maxMatchLength ?? DEFAULT_MAX_MATCH_LENGTH;
  if (typeof maxMatchLength !== 'number' || !Number.isInteger(maxMatchLength) || maxMatchLength < 1) {
    throw new DetectorDefinitionError('maxMatchLength', 'must be a positive integer');
  }
  const normalize = options.normalize ?? true;
  if (typeof normalize !== 'boolean' && (typeof normalize !== 'object' || normalize === null)) {
    throw new DetectorDefinitionError('normalize', 'must be a boolean or an object of steps');
  }
  const detectors = [...given, ...(options.deny ?? []).map(denyDetector)];
  const ids = new Set<string>();
  for (const d of detectors) {
    if (ids.has(d.id)) throw new DetectorDefinitionError('detectors', `has two detectors with the id '${d.id}'`);
    ids.add(d.id);
  }
  const recognizers = options.recognizers ?? [];
  if (!Array.isArray(recognizers)) throw new DetectorDefinitionError('recognizers', 'must be an array of recognizers');
  recognizers.forEach((r, i) => {
    if (typeof r !== 'object' || r === null || typeof r.id !== 'string' || typeof r.recognize !== 'function' || !Array.isArray(r.types)) {
      throw new DetectorDefinitionError(`recognizers[${i}]`, 'must be a recognizer: { id, types, recognize(text, signal) }');
    }
    if (ids.has(r.id)) throw new DetectorDefinitionError(`recognizers[${i}].id`, `repeats the id '${r.id}'`);
    ids.add(r.id);
  });
  const allow = compileAllow(options.allow ?? []);
  // Priority among equals: the order detectors (then recognizers) were given in.
  const order = new Map<string, number>([...detectors.map((d) => d.id), ...recognizers.map((r) => r.id)].map((id, i) => [id, i]));
  // Guard detectors report signals about the text, not data to redact: overlap resolution keeps them
  // apart, so a prompt-injection phrase and a name inside it are both reported. So do path-only
  // detectors, whose finding is the whole text.
  const signals = new Set(detectors.filter((d) => d.category === 'guard' || d.patterns.length === 0).map((d) => d.id));
  const paths = detectors.map((d) => (d.path === undefined ? undefined : compile(d.path)));
  const pathOnly = detectors.flatMap((d, i) => (d.patterns.length === 0 ? [i] : []));

  // Each distinct pattern goes into the set once, with every detector pattern that is written the
  // same (person and location read the same capitalised runs): its matches are scored for each.
  const sources: string[] = [];
  const refsOf: PatternRef[][] = [];
  const sourceIndex = new Map<string, number>();
  detectors.forEach((d, di) =>
    d.patterns.forEach((p: string, pi: number) => {
      let k = sourceIndex.get(p);
      if (k === undefined) {
        sourceIndex.set(p, (k = sources.length));
        sources.push(p);
        refsOf.push([]);
      }
      refsOf[k]!.push({ detector: di, pattern: pi });
    }),
  );
  const set: RegexSet | undefined = sources.length > 0 ? compileSet(sources) : undefined;
  // Patterns with a capture group are compiled alone, once, on first use: the set reports whole
  // matches, and the group's span comes from the single pattern's captures at the same start.
  const singles: (Regex | undefined)[] = [];
  const single = (k: number): Regex => (singles[k] ??= compile(sources[k]!));
  let candidates = 0;

  /**
   * Scores every match in `text` (the original, or a derived view's text). A detector whose own
   * code (refine, validators) throws loses that candidate and the scan is marked incomplete: the
   * scan itself never throws on a string. In a view's window, `touches` tells the matches that
   * overlap a change from those the original's scan has scored already (and `mapBack` drops).
   */
  const collect = (
    text: string,
    found: Finding[],
    limits: string[],
    off: Uint8Array | undefined,
    mapBack?: (f: Finding) => Finding | undefined,
    touches?: (start: number, end: number) => boolean,
  ): void => {
    for (const m of set!.scan(text)) {
      if (touches && !touches(m.start, m.end)) continue;
      for (const ref of refsOf[m.pattern]!) collectMatch(text, m, ref, found, limits, off, mapBack);
    }
  };

  /** Scores one set match for one detector pattern written as the set's pattern. */
  const collectMatch = (
    text: string,
    m: SetMatch,
    ref: PatternRef,
    found: Finding[],
    limits: string[],
    off: Uint8Array | undefined,
    mapBack: ((f: Finding) => Finding | undefined) | undefined,
  ): void => {
    if (off && off[ref.detector] === 1) return;
    const detector = detectors[ref.detector]!;
    try {
      let start = m.start;
      let end = m.end;
      if (detector.group !== undefined) {
        const g = groupSpan(single(m.pattern), text, m.start, m.end, detector.group);
        if (!g) return; // the group did not take part in this match
        [start, end] = g;
      }
      if (start === end) return;
      if (detector.refine) {
        const where = { text, start, end, matchStart: m.start, matchEnd: m.end };
        const parts = detector.refine(text.slice(start, end), where);
        if (parts) {
          for (const [s, e] of parts) {
            if (s >= 0 && e > s && start + e <= end) consider(detector, text, ref.pattern, m.start, m.end, start + s, start + e, found, mapBack);
          }
          return;
        }
      }
      consider(detector, text, ref.pattern, m.start, m.end, start, end, found, mapBack);
    } catch (e) {
      const message = `detector '${detector.id}' threw, so its candidates were dropped: ${e instanceof Error ? e.message : String(e)}`;
      if (!limits.includes(message)) limits.push(message);
    }
  };

  /** Scores one candidate and keeps it if it passes the threshold and the allow list. */
  const consider = (
    detector: Detector,
    text: string,
    patternIndex: number,
    matchStart: number,
    matchEnd: number,
    start: number,
    end: number,
    found: Finding[],
    mapBack: ((f: Finding) => Finding | undefined) | undefined,
  ): void => {
    candidates++;
    const candidate: Candidate = { patternIndex, matchStart, matchEnd, start, end };
    let finding = scoreCandidate(detector, text, candidate, explain);
    if (!finding) return;
    if (!passes(finding.score, finding.type)) return;
    if (allow.length > 0 && isAllowed(allow, text.slice(start, end), finding.type)) return;
    if (mapBack) {
      const mapped = mapBack(finding);
      if (!mapped) return;
      finding = mapped;
    }
    found.push(finding);
  };

  /**
   * The detectors a known `path` turns off (1), and the findings of path-only detectors whose
   * path pattern matches it (over the whole text).
   */
  const byPath = (text: string, path: string, found: Finding[]): Uint8Array => {
    const off = new Uint8Array(detectors.length);
    paths.forEach((re, i) => {
      if (re && re.find(path) === null) off[i] = 1;
    });
    for (const i of pathOnly) {
      const d = detectors[i]!;
      if (off[i] === 1 || !passes(d.score, d.type)) continue;
      if (allow.length > 0 && isAllowed(allow, text, d.type)) continue;
      const explanation = explain ? { explanation: { patternIndex: -1, pattern: d.path!, scoreBefore: d.score, scoreAfter: d.score } } : {};
      found.push({ type: d.type, family: d.family, start: 0, end: text.length, score: d.score, detector: d.id, level: d.level, ...explanation });
    }
    return off;
  };

  /** Every finding before overlap resolution, and the limits hit. */
  const collectAll = (text: string, path?: string): { found: Finding[]; limits: string[] } => {
    checkText(text);
    if (path !== undefined && typeof path !== 'string') throw new AirlockError('invalid_argument', `path must be a string, got ${typeof path}`);
    const found: Finding[] = [];
    const limits: string[] = [];
    const off = path === undefined ? undefined : byPath(text, path, found);
    if (!set) return { found, limits };
    collect(text, found, limits, off);
    if (normalize !== false) {
      // The last derived view holds the changes of all the others (normalized, then spelled-out
      // forms read, then encoded runs decoded and read again): it is the one scanned.
      const { view, limited } = _deriveScanView(text, normalize === true ? {} : normalize);
      if (limited) limits.push('decode: a limit on decoded text was reached; some encoded runs were not decoded');
      if (view) {
        // Spans already reported on the original text, per type: a derived view mostly finds them again.
        const seen = new Set(found.map((f) => `${f.type}:${f.start}:${f.end}`));
        // Only the text around what changed is scanned again: elsewhere the view is the original.
        const changes = changedRanges(view, text);
        const length = _viewLength(view);
        for (const [ws, we] of viewWindows(changes, length)) {
          const window = ws === 0 && we === length ? view.text : _viewSlice(view, ws, we);
          collect(window, found, limits, off, (f) => {
            const fs = f.start + ws;
            const fe = f.end + ws;
            if (!overlapsAny(changes, fs, fe)) return undefined; // the original scan has it (a match may touch a change where its finding does not)
            const { start, end } = mapSpan(view, fs, fe);
            const key = `${f.type}:${start}:${end}`;
            if (seen.has(key)) return undefined;
            seen.add(key);
            const explanation = f.explanation ? { ...f.explanation, decodedFrom: view.decodedFrom } : undefined;
            return { ...f, start, end, ...(explanation ? { explanation } : {}) };
          }, (ms, me) => overlapsAny(changes, ms + ws, me + ws));
        }
      }
    }
    return { found, limits };
  };

  const analyze = (text: string, scanOptions: ScanOptions = {}): ScanResult => {
    const { found, limits } = collectAll(text, scanOptionsPath(scanOptions));
    return { findings: resolveOverlaps(found, overlap, order, signals), complete: limits.length === 0, limits };
  };

  const scanAsync = async (text: string, scanOptions: ScanAsyncOptions = {}): Promise<ScanResult> => {
    const { found, limits } = collectAll(text, scanOptionsPath(scanOptions));
    const signal = scanOptions.signal;
    const results = await Promise.allSettled(recognizers.map((r) => r.recognize(text, signal)));
    results.forEach((result, i) => {
      const r = recognizers[i]!;
      if (result.status === 'rejected') {
        limits.push(`recognizer '${r.id}' failed: ${String((result.reason as Error)?.message ?? result.reason)}`);
        return;
      }
      if (!Array.isArray(result.value) || !result.value.every((f) => isValidFinding(f, text.length))) {
        limits.push(`recognizer '${r.id}' returned a malformed finding; its findings were dropped`);
        return;
      }
      for (const f of result.value) {
        if (!passes(f.score, f.type)) continue;
        if (allow.length > 0 && isAllowed(allow, text.slice(f.start, f.end), f.type)) continue;
        found.push({ ...f, detector: r.id });
      }
    });
    if (signal?.aborted) limits.push('aborted: the caller gave up before every recognizer finished');
    return { findings: resolveOverlaps(found, overlap, order, signals), complete: limits.length === 0, limits };
  };
  const scan = (text: string, scanOptions?: ScanOptions): Finding[] => analyze(text, scanOptions).findings;
  const stats = (): ScannerStats => {
    const total: ScannerStats = { ...(set ? set.stats() : newStats()), candidates };
    for (const re of singles) {
      if (!re) continue;
      const s = re.stats();
      for (const k of Object.keys(s) as (keyof SearchStats)[]) total[k] += s[k];
    }
    return total;
  };
  const resetStats = (): void => {
    set?.resetStats();
    for (const re of singles) re?.resetStats();
    candidates = 0;
  };
  let window: ScanWindow | undefined;
  const scanner: Scanner = {
    scan,
    analyze,
    scanAsync,
    detectors: Object.freeze(detectors),
    stats,
    resetStats,
    get window(): ScanWindow {
      return (window ??= scanWindow(detectors, maxMatchLength, normalize !== false));
    },
  };
  internals.set(scanner, {
    collect: collectAll,
    resolve: (found) => resolveOverlaps(found, overlap, order, signals),
    wholeTextDetectors: (path) => pathOnly.filter((i) => paths[i]!.find(path) !== null && passes(detectors[i]!.score, detectors[i]!.type)).map((i) => detectors[i]!.id),
  });
  return scanner;
}

/**
 * What the streaming scanner needs of a scanner besides its public methods: every finding before
 * overlap resolution, and overlap resolution itself.
 * @internal
 */
export interface ScannerInternals {
  /** Every finding of `text` (from the file at `path`, if known) before overlap resolution, and the limits hit (as `analyze` has them). */
  collect(text: string, path?: string): { found: Finding[]; limits: string[] };
  /** Overlap resolution as the scanner does it (on whole clusters of overlapping findings). */
  resolve(found: Finding[]): Finding[];
  /** Ids of the path-only detectors that would report a file at `path` (over its whole text). */
  wholeTextDetectors(path: string): string[];
}

const internals = new WeakMap<Scanner, ScannerInternals>();

/**
 * The internals of a scanner made by {@link createScanner}; `undefined` for any other object.
 * @internal
 */
export function scannerInternals(scanner: Scanner): ScannerInternals | undefined {
  return internals.get(scanner);
}

/** The `path` of a scan's options, checked. */
function scanOptionsPath(options: ScanOptions): string | undefined {
  if (typeof options !== 'object' || options === null) throw new AirlockError('invalid_argument', 'scan options must be an object');
  return options.path;
}

/** {@link Scanner.window} of a scanner's detectors. */
function scanWindow(detectors: readonly Detector[], cap: number, normalize: boolean): ScanWindow {
  let match = 0;
  let contextWindow = 0;
  const unbounded: string[] = [];
  for (const d of detectors) {
    for (const p of d.patterns) {
      const w = maxWidth(parse(p).ir);
      if (w === Infinity && !unbounded.includes(d.id)) unbounded.push(d.id);
      match = Math.max(match, w === Infinity ? cap : w);
    }
    if (d.context) contextWindow = Math.max(contextWindow, d.context.window ?? DEFAULT_CONTEXT_WINDOW);
  }
  const context = contextWindow + LOOKAROUND;
  const margin = normalize ? VIEW_WINDOW : 0;
  return Object.freeze({ match, unbounded: Object.freeze(unbounded), context, normalize: margin, size: match + context + margin });
}

/**
 * How far around a change in a derived view the scanner reads again, in code units: a finding in a
 * derived view is found if it lies within this distance of a change (documented limit).
 */
const VIEW_WINDOW = 512;

/** Windows of the derived text to scan: each change widened by {@link VIEW_WINDOW}, merged. */
function viewWindows(changes: readonly number[], length: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < changes.length; i += 2) {
    const ws = Math.max(0, changes[i]! - VIEW_WINDOW);
    const we = Math.min(length, changes[i + 1]! + VIEW_WINDOW);
    const last = out[out.length - 1];
    if (last && ws <= last[1]) last[1] = Math.max(last[1], we);
    else out.push([ws, we]);
  }
  return out;
}

/** Whether `[start, end)` overlaps one of the sorted, disjoint `changes`. */
function overlapsAny(changes: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = changes.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changes[2 * mid + 1]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < changes.length >> 1 && changes[2 * lo]! < end;
}

/** Whether a recognizer's finding is well formed for a text of `length` code units. */
function isValidFinding(f: unknown, length: number): boolean {
  if (typeof f !== 'object' || f === null) return false;
  const x = f as Finding;
  return (
    typeof x.type === 'string' &&
    typeof x.family === 'string' &&
    Number.isInteger(x.start) &&
    Number.isInteger(x.end) &&
    x.start >= 0 &&
    x.start < x.end &&
    x.end <= length &&
    typeof x.score === 'number' &&
    x.score >= 0 &&
    x.score <= 1 &&
    LEVELS.includes(x.level)
  );
}

/**
 * The span of `group` in the match `[start, end)` that the set reported: the pattern's own groups of
 * that match ({@link Regex.matchAt}), whose cost is the match's length, not the text's.
 */
function groupSpan(re: Regex, text: string, start: number, end: number, group: number | string): readonly [number, number] | undefined {
  const m = re.matchAt(text, start, end);
  if (!m) return undefined;
  const index = typeof group === 'number' ? group : re.captureNames.indexOf(group);
  return index >= 1 ? m.groups[index - 1] : undefined;
}

interface CompiledAllow {
  readonly exact?: string;
  readonly regex?: Regex;
  readonly types?: ReadonlySet<string>;
}

function compileAllow(entries: readonly AllowEntry[]): CompiledAllow[] {
  if (!Array.isArray(entries)) throw new DetectorDefinitionError('allow', 'must be an array');
  return entries.map((e, i) => {
    if (typeof e === 'string') return { exact: e };
    if (typeof e !== 'object' || e === null || typeof e.pattern !== 'string') {
      throw new DetectorDefinitionError(`allow[${i}]`, 'must be a string or { pattern, types? }');
    }
    let regex: Regex;
    try {
      // Anchored at both ends: the whole value must match.
      regex = compile(`^(?:${e.pattern})$`);
    } catch (cause) {
      throw new DetectorDefinitionError(`allow[${i}].pattern`, `is not valid RE2 syntax: ${(cause as Error).message}`, undefined, { cause });
    }
    if (e.types !== undefined && !Array.isArray(e.types)) throw new DetectorDefinitionError(`allow[${i}].types`, 'must be an array of entity types');
    return { regex, ...(e.types ? { types: new Set(e.types) } : {}) };
  });
}

function isAllowed(allow: readonly CompiledAllow[], value: string, type: string): boolean {
  for (const a of allow) {
    if (a.types && !a.types.has(type)) continue;
    if (a.exact !== undefined ? a.exact === value : a.regex!.find(value) !== null) return true;
  }
  return false;
}

function denyDetector(entry: DenyEntry, i: number): Detector {
  if (typeof entry !== 'object' || entry === null) throw new DetectorDefinitionError(`deny[${i}]`, 'must be an object');
  const values = entry.values ?? [];
  const patterns = entry.patterns ?? [];
  if (!Array.isArray(values)) throw new DetectorDefinitionError(`deny[${i}].values`, 'must be an array of strings');
  if (!Array.isArray(patterns)) throw new DetectorDefinitionError(`deny[${i}].patterns`, 'must be an array of patterns');
  values.forEach((v, j) => {
    if (typeof v !== 'string' || v.length === 0) throw new DetectorDefinitionError(`deny[${i}].values[${j}]`, 'must be a non-empty string');
  });
  try {
    return defineDetector({
      id: `deny-${i}`,
      type: entry.type,
      patterns: [...values.map(escapeLiteral), ...patterns],
      score: 1,
      level: entry.level ?? 'confidential',
      category: 'pii',
      description: 'deny list',
      samples: { positive: [], negative: [] },
    });
  } catch (e) {
    if (e instanceof DetectorDefinitionError) {
      // Re-point the field at the deny entry: patterns[k] counts values first.
      const field = e.field.replace(/^patterns\[(\d+)\]$/, (_, k: string) =>
        Number(k) < values.length ? `values[${k}]` : `patterns[${Number(k) - values.length}]`,
      );
      throw new DetectorDefinitionError(`deny[${i}].${field}`, e.problem, undefined, { cause: e });
    }
    throw e;
  }
}

/** Escapes every RE2 metacharacter of `s`, so the pattern matches `s` literally. */
export function escapeLiteral(s: string): string {
  let out = '';
  for (const ch of s) out += '\\.+*?()|[]{}^$'.includes(ch) ? '\\' + ch : ch;
  return out;
}

function resolveOverlaps(found: Finding[], mode: OverlapMode, order: ReadonlyMap<string, number>, signals: ReadonlySet<string>): Finding[] {
  // Identical spans of the same type: keep the best-scored.
  const byStart = (a: Finding, b: Finding): number => a.start - b.start || a.end - b.end;
  const rank = (a: Finding, b: Finding): number =>
    LEVELS.indexOf(b.level) - LEVELS.indexOf(a.level) ||
    b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start || order.get(a.detector)! - order.get(b.detector)!;
  if (signals.size > 0 && found.some((f) => signals.has(f.detector))) {
    // Signals go through 'all' among themselves; data findings through the chosen mode.
    const data = resolveOverlaps(found.filter((f) => !signals.has(f.detector)), mode, order, new Set());
    const kept = resolveOverlaps(found.filter((f) => signals.has(f.detector)), 'all', order, new Set());
    return [...data, ...kept].sort(byStart);
  }
  if (mode === 'all') {
    const best = new Map<string, Finding>();
    for (const f of found) {
      const key = `${f.start}:${f.end}:${f.type}`;
      const prev = best.get(key);
      if (!prev || rank(f, prev) < 0) best.set(key, f);
    }
    return [...best.values()].sort(byStart);
  }
  // Greedy by rank within each cluster of transitively overlapping findings; clusters are small in
  // practice, so this stays near O(n log n) overall.
  found.sort(byStart);
  const out: Finding[] = [];
  for (let i = 0; i < found.length; ) {
    let j = i + 1;
    let clusterEnd = found[i]!.end;
    while (j < found.length && found[j]!.start < clusterEnd) clusterEnd = Math.max(clusterEnd, found[j++]!.end);
    if (j === i + 1) out.push(found[i]!);
    else out.push(...keepDisjoint(found.slice(i, j).sort(rank)).sort(byStart));
    i = j;
  }
  return out;
}

/** Keeps each finding (in the given order) that overlaps none kept before it. */
function keepDisjoint(ranked: readonly Finding[]): Finding[] {
  const kept: Finding[] = []; // sorted by start, pairwise disjoint
  for (const f of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < f.end) lo = mid + 1;
      else hi = mid;
    }
    // Only the kept finding that starts last before f.end can overlap f.
    const prev = kept[lo - 1];
    if (prev && prev.end > f.start) continue;
    kept.splice(lo, 0, f);
  }
  return kept;
}
