/**
 * Guards a JSON request body for an AI API: every text in it goes through the guard (scan,
 * classify, decide, redact), and the body's decision is the strictest of its texts'.
 *
 * @module
 */
import {
  AirlockError,
  createRedactor,
  decide,
  keep,
  LEVELS,
  redactMessages,
  redactValue,
  type AuditDraft,
  type DestinationInput,
  type Finding,
  type Guard,
  type GuardResult,
  type RedactMessagesOptions,
  type RedactorLike,
  type RedactResult,
  type SensitivityLevel,
} from '@airlock/core';

/** The decision on one text of a request body. */
export interface TextDecision {
  /** `allow`, `redact` or `block`. */
  readonly action: GuardResult['action'];
  /** The text's sensitivity level. */
  readonly level: SensitivityLevel;
  /** Why (the policy's reasons, the guards' objections). */
  readonly reasons: readonly string[];
  /** The audit record of the guard call (no sensitive values in it). */
  readonly audit: AuditDraft;
}

/** The decision on a whole request body: the strictest of its texts'. */
export interface BodyDecision {
  /** `block` if any text blocks, else `redact` if any text was redacted, else `allow`. */
  readonly action: GuardResult['action'];
  /** The highest level of any text (`public` for a body without text). */
  readonly level: SensitivityLevel;
  /** Which shape the body was read as. */
  readonly shape: BodyShape;
  /** The reasons of every text that did not simply pass, without repeats. */
  readonly reasons: readonly string[];
  /** One per text that was guarded, in the order of the body. */
  readonly texts: readonly TextDecision[];
}

/**
 * How a body was read: `chat` (OpenAI Chat Completions or Anthropic Messages: `messages`, `system`),
 * `responses` (OpenAI Responses: `input`, `instructions`), `json` (any other JSON: every string) or
 * `text` (a body that is not JSON, guarded as one text when allowed).
 */
export type BodyShape = 'chat' | 'responses' | 'json' | 'text';

/** What {@link guardBody} returns: the value to send (absent when blocked) and the decision. */
export interface GuardedBody<T> {
  readonly value?: T;
  readonly decision: BodyDecision;
}

/** Options of {@link guardBody}. */
export interface GuardBodyOptions {
  /** Where the request goes: a destination id of the guard's policy, or a destination. */
  readonly destination: string | DestinationInput;
  /** Options of `redactMessages` for chat bodies (roles, system prompts, unknown parts). */
  readonly messages?: RedactMessagesOptions;
}

const rank = (level: SensitivityLevel): number => LEVELS.indexOf(level);

/**
 * A redactor (in the shape structured redaction drives) whose every text is guarded: the policy
 * decides per text, and each decision is recorded. A text whose findings include some seen only with
 * its JSON key as context (a field named `ssn`) is decided again with those findings too.
 */
function guardedRedactor(g: Guard, destination: string | DestinationInput, texts: TextDecision[]): RedactorLike {
  const record = (r: Pick<GuardResult, 'action' | 'decision' | 'audit'>): void => {
    texts.push({ action: r.action, level: r.decision.level, reasons: r.decision.reasons, audit: r.audit });
  };
  const result = (text: string, findings: readonly Finding[], complete: boolean): RedactResult => ({ text, findings, items: [], complete, limits: [] });
  return {
    scanner: g.scanner,
    redact(text) {
      const r = g.guard(text, { destination });
      record(r);
      return result(r.text ?? text, r.report.sensitive, r.report.complete);
    },
    apply(text, findings) {
      const r = g.guard(text, { destination });
      const seen = r.report.sensitive;
      const extra = findings.filter((f) => !seen.some((s) => s.start < f.end && f.start < s.end));
      if (extra.length === 0 || r.action === 'block') {
        record(r);
        return result(r.text ?? text, seen, r.report.complete);
      }
      const all = [...seen, ...extra];
      const decision = decide({
        findings: all,
        complete: r.report.complete,
        destination,
        policy: g.policy,
        direction: 'request',
        text,
        detectors: g.scanner.detectors,
      });
      let out = text;
      if (decision.action === 'redact') {
        const redactor = createRedactor({ scanner: g.scanner, vault: g.redactor.vault, scope: g.redactor.scope, operators: decision.operators ?? {}, default: keep() });
        out = redactor.apply(text, all).text;
      }
      record({ action: decision.action, decision, audit: { ...r.audit, action: decision.action, level: decision.level, sentLevel: decision.sentLevel, rules: decision.rules, reasons: decision.reasons } });
      return result(out, all, r.report.complete);
    },
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The shape of a parsed JSON body. */
export function bodyShape(body: unknown): Exclude<BodyShape, 'text'> {
  if (isObject(body) && Array.isArray(body['messages'])) return 'chat';
  if (isObject(body) && (typeof body['input'] === 'string' || Array.isArray(body['input']))) return 'responses';
  return 'json';
}

/**
 * Guards a parsed JSON request body (or a text, for a body that is not JSON).
 *
 * @throws {@link AirlockError} as `redactMessages` and `redactValue` throw for values of no known
 *   shape or past their limits (`unknown_shape`, `unsupported_value`, `input_too_large`)
 */
export function guardBody<T>(g: Guard, body: T, shape: BodyShape, options: GuardBodyOptions): GuardedBody<T> {
  const texts: TextDecision[] = [];
  const redactor = guardedRedactor(g, options.destination, texts);
  let value: T;
  let complete: boolean;
  if (shape === 'text') {
    const r = redactor.redact(body as string);
    value = r.text as T;
    complete = r.complete;
  } else if (shape === 'chat') {
    const r = redactMessages(body, redactor, options.messages);
    value = r.messages;
    complete = r.complete;
  } else {
    // Responses bodies: only what the user wrote (`input`, `instructions`), not model names or tool schemas.
    const r = redactValue(body, redactor, shape === 'responses' ? { paths: { include: ['input', 'instructions'] } } : {});
    value = r.value;
    complete = r.complete;
  }
  let action: GuardResult['action'] = 'allow';
  let level: SensitivityLevel = 'public';
  const reasons = new Set<string>();
  for (const t of texts) {
    if (rank(t.level) > rank(level)) level = t.level;
    if (t.action === 'block') action = 'block';
    else if (t.action === 'redact' && action === 'allow') action = 'redact';
    if (t.action !== 'allow') for (const r of t.reasons) reasons.add(r);
  }
  if (!complete) {
    action = 'block';
    level = 'restricted';
    reasons.add('the scan of the body was incomplete, so nothing is sent');
  }
  const decision: BodyDecision = { action, level, shape, reasons: [...reasons], texts };
  return action === 'block' ? { decision } : { value, decision };
}

/**
 * The error a blocked request rejects with: code `request_blocked`, with the decision behind it.
 *
 * @example
 * ```ts
 * import { RequestBlockedError } from '@airlock/browser';
 * const e = new RequestBlockedError({ action: 'block', level: 'restricted', shape: 'chat', reasons: ['a secret'], texts: [] });
 * e.code; //=> 'request_blocked'
 * e.message; //=> 'guardedFetch: the request was blocked (level restricted): a secret'
 * ```
 */
export class RequestBlockedError extends AirlockError<'request_blocked'> {
  override name: string = 'RequestBlockedError';
  /** The decision that blocked the request. */
  readonly decision: BodyDecision;

  /** @param decision - the blocking decision */
  constructor(decision: BodyDecision) {
    super('request_blocked', `guardedFetch: the request was blocked (level ${decision.level}): ${decision.reasons.join('; ') || 'no reason given'}`);
    this.decision = decision;
  }
}
