/**
 * {@link redactMessages}: redacts chat messages in the OpenAI and Anthropic shapes, tool calls and
 * tool results included.
 *
 * @module
 */
import { AirlockError } from '../../errors/AirlockError.ts';
import { _mapChat, _mapJson, ROLES } from './_chat.ts';
import { _budget, _walk } from './_walk.ts';
import { _compileRules, type PathSegment } from './paths.ts';
import { _checkRedactor, _textSink, _valueVisitor, type RedactValueOptions } from './redactValue.ts';
import type { RedactorLike, StructuredFinding, StructuredLimits } from './types.ts';

/** Options of {@link redactMessages}. */
export interface RedactMessagesOptions extends StructuredLimits {
  /**
   * The roles whose text is scanned: `system`, `developer`, `user`, `assistant`, `tool` (OpenAI tool
   * messages and Anthropic `tool_result` blocks alike) and `function` (OpenAI's legacy tool role).
   * Text of other roles is copied as it is.
   * @defaultValue every role
   */
  readonly roles?: readonly string[];
  /**
   * Scan system prompts: `system` and `developer` messages and an Anthropic request's `system`.
   * `false` is the way to leave a fixed system prompt alone (it is yours, not the user's).
   * @defaultValue true
   */
  readonly scanSystem?: boolean;
  /**
   * What to do with a content part of a type airlock does not know (a part a provider added after
   * this release): throw `unknown_shape`, or scan every string in it except its `type`.
   * @defaultValue 'error'
   */
  readonly unknownContent?: 'error' | 'scan';
  /**
   * How tool inputs and tool-call arguments (parsed from JSON) are walked; their `paths` are
   * relative to the input (`{ exclude: ['query.id'] }`).
   * @defaultValue keys as context, values only
   */
  readonly toolInput?: Pick<RedactValueOptions, 'paths' | 'keysAsContext' | 'scanKeys' | 'scanNumbers'>;
}

/** What {@link redactMessages} returns. */
export interface RedactMessagesResult<T> {
  /** A redacted copy of the messages, in the shape given. */
  readonly messages: T;
  /**
   * Every finding, with its path (`messages[2].content[0].text`). In tool-call arguments the path
   * goes on into the parsed JSON (`[1].tool_calls[0].function.arguments.email`), and the offsets
   * index into that string of the arguments.
   */
  readonly findings: readonly StructuredFinding[];
  /** `false` when a scan hit a limit: decisions built on it must fail closed. */
  readonly complete: boolean;
  /** The redactor's items (vault entries, …), in walk order. */
  readonly items: readonly unknown[];
}

/**
 * Redacts chat messages before they go to a model, in the shapes of the OpenAI Chat Completions and
 * Anthropic Messages APIs. Accepts an array of messages, a request (`{ model, messages, system? }`),
 * an OpenAI response (`{ choices }`) or one message; returns the same shape.
 *
 * What is scanned: `content` as a string or as parts (`text`, `refusal`, Anthropic `document` text
 * sources, title and context); OpenAI `tool_calls[].function.arguments` and legacy `function_call`
 * (a JSON string: parsed, redacted deep with keys as context, and written back; if nothing changes
 * the original string is kept; text that is not JSON is redacted as text); custom tool input;
 * Anthropic `tool_use` input (deep) and `tool_result` content. Copied as they are: media parts
 * (`image_url`, `image`, `input_audio`, `file`), `thinking` blocks (signed: the API rejects them
 * changed), ids, names, and every field airlock does not read (shared by reference with the input,
 * which is never mutated).
 *
 * @param messages - messages, a request, a response or one message
 * @param redactor - the text redactor (any {@link RedactorLike}, `createRedactor`'s result included)
 * @param options - roles, system prompts, unknown parts, tool inputs, limits
 * @returns the redacted copy, the findings with their paths, and whether every scan was complete
 * @throws {@link StructuredDataError} `unknown_shape` for input of no known shape (an unknown role,
 *   a part without a type, an unknown part type unless `unknownContent: 'scan'`), and the errors of
 *   {@link redactValue} for tool inputs; {@link AirlockError} `invalid_argument` for a malformed option
 *
 * @example
 * ```ts
 * import { createScanner, emailAddress, redactMessages, type Finding } from '@airlock/core';
 * const scanner = createScanner({ detectors: [emailAddress()] });
 * const apply = (text: string, findings: readonly Finding[]) => ({
 *   text: findings.reduceRight((t, f) => t.slice(0, f.start) + `<${f.type}>` + t.slice(f.end), text),
 *   findings, complete: true, items: [],
 * });
 * const redactor = { scanner, apply, redact: (text: string) => apply(text, scanner.scan(text)) };
 *
 * const request = {
 *   model: 'gpt-4o',
 *   messages: [
 *     { role: 'system', content: 'Support desk: help@example.com' },
 *     { role: 'user', content: [{ type: 'text', text: 'I am jane@example.com' }] },
 *     { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'find', arguments: '{"email":"jane@example.com"}' } }] },
 *   ],
 * };
 * const { messages, findings } = redactMessages(request, redactor, { scanSystem: false });
 * messages.messages[0].content; //=> 'Support desk: help@example.com'
 * messages.messages[1].content; //=> [{ type: 'text', text: 'I am <EMAIL_ADDRESS>' }]
 * messages.messages[2].tool_calls[0].function.arguments; //=> '{"email":"<EMAIL_ADDRESS>"}'
 * findings.map((f) => f.path); //=> ['messages[1].content[0].text', 'messages[2].tool_calls[0].function.arguments.email']
 * ```
 */
export function redactMessages<T>(messages: T, redactor: RedactorLike, options: RedactMessagesOptions = {}): RedactMessagesResult<T> {
  _checkRedactor(redactor);
  if (typeof options !== 'object' || options === null) throw new AirlockError('invalid_argument', 'options must be an object');
  const selected = roleFilter(options);
  const unknownContent = options.unknownContent ?? 'error';
  if (unknownContent !== 'error' && unknownContent !== 'scan') throw new AirlockError('invalid_argument', "options.unknownContent must be 'error' or 'scan'");
  const toolInput = options.toolInput === undefined ? {} : options.toolInput;
  if (typeof toolInput !== 'object' || toolInput === null) throw new AirlockError('invalid_argument', 'options.toolInput must be an object');
  const budget = _budget(options);
  const rules = _compileRules(toolInput.paths, 'options.toolInput.paths');
  // Free text has no key; tool inputs read their own keys as context.
  const sink = _textSink(redactor, toolInput.keysAsContext ?? true);
  const visitor = _valueVisitor(sink, toolInput);
  const value = (v: unknown, at: readonly PathSegment[]): unknown => _walk(v, visitor, budget, rules, at);
  const out = _mapChat(messages, {
    selected,
    text: (text, at) => sink.text(text, at, undefined),
    value,
    // The toolInput path rules are about tool inputs, not about parts of unknown types.
    unknownPart: (part, at) => _walk(part, visitor, budget, undefined, at),
    json: (text, at) => _mapJson(text, at, value, (t) => sink.text(t, at, undefined)),
    unknownContent,
    budget,
  }) as T;
  return { messages: out, findings: sink.findings, complete: sink.complete, items: sink.items };
}

function roleFilter(options: RedactMessagesOptions): (role: string) => boolean {
  const roles = options.roles;
  if (roles !== undefined) {
    if (!Array.isArray(roles)) throw new AirlockError('invalid_argument', 'options.roles must be an array of roles');
    for (const [i, r] of roles.entries()) {
      if (!ROLES.has(r)) throw new AirlockError('invalid_argument', `options.roles[${i}] is ${JSON.stringify(r)}; expected one of ${[...ROLES].join(', ')}`);
    }
  }
  const scanSystem = options.scanSystem ?? true;
  if (typeof scanSystem !== 'boolean') throw new AirlockError('invalid_argument', 'options.scanSystem must be a boolean');
  const set = new Set(roles ?? ROLES);
  if (!scanSystem) {
    set.delete('system');
    set.delete('developer');
  }
  return (role) => set.has(role);
}
