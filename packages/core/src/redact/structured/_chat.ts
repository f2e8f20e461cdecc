/**
 * The walk under {@link redactMessages} and {@link restoreMessages}: finds the text of chat
 * messages in the OpenAI and Anthropic shapes and sends it through a set of operations.
 *
 * @internal
 * @module
 */
import { StructuredDataError } from '../../errors/StructuredDataError.ts';
import { _count, type Budget } from './_walk.ts';
import { formatPath, type PathSegment } from './paths.ts';

/** What to do with each kind of text a chat walk meets. */
export interface ChatOps {
  /** Whether the text of this role is transformed (`tool` for Anthropic `tool_result` blocks). */
  selected(role: string): boolean;
  /** Free text. */
  text(text: string, segments: readonly PathSegment[]): string;
  /** A structured value (an Anthropic `tool_use` input). */
  value(value: unknown, segments: readonly PathSegment[]): unknown;
  /** A JSON string (tool-call arguments): transformed as the value it holds, or as text if it is not JSON. */
  json(text: string, segments: readonly PathSegment[]): string;
  /** What to do with a content part of an unknown type: throw, or walk it with {@link ChatOps.unknownPart}. */
  readonly unknownContent: 'error' | 'scan';
  /** Walks a part of an unknown type (without its `type`) as a value. */
  unknownPart(part: unknown, segments: readonly PathSegment[]): unknown;
  readonly budget: Budget;
}

/** The roles airlock knows, in both APIs (`function` is OpenAI's legacy tool role). */
export const ROLES: ReadonlySet<string> = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);

/** Content parts copied as they are: media, and signed reasoning that must go back unchanged. */
const OPAQUE_PARTS: ReadonlySet<string> = new Set(['image_url', 'input_audio', 'file', 'image', 'thinking', 'redacted_thinking']);

type Obj = Readonly<Record<string, unknown>>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function shape(segments: readonly PathSegment[], problem: string): StructuredDataError {
  return new StructuredDataError('unknown_shape', formatPath(segments), problem);
}

/**
 * Maps chat input of any supported shape: an array of messages, a request (`{ messages, system? }`),
 * an OpenAI response (`{ choices: [{ message | delta }] }`) or a single message (`{ role, content }`,
 * an Anthropic response included).
 */
export function _mapChat(input: unknown, ops: ChatOps): unknown {
  if (Array.isArray(input)) return mapList(input, [], ops);
  if (isObject(input)) {
    if (Array.isArray(input.messages)) {
      const out: Record<string, unknown> = { ...input, messages: mapList(input.messages, ['messages'], ops) };
      if (input.system !== undefined) out.system = mapContent(input.system, ['system'], 'system', ops, false);
      return out;
    }
    if (Array.isArray(input.choices)) {
      return {
        ...input,
        choices: input.choices.map((choice: unknown, i) => {
          if (!isObject(choice)) throw shape(['choices', i], 'a choice must be an object { message } or { delta }');
          const out: Record<string, unknown> = { ...choice };
          // A streamed delta names its role only in its first chunk.
          if (choice.message !== undefined) out.message = mapMessage(choice.message, ['choices', i, 'message'], ops, undefined);
          if (choice.delta !== undefined) out.delta = mapMessage(choice.delta, ['choices', i, 'delta'], ops, 'assistant');
          return out;
        }),
      };
    }
    if (typeof input.role === 'string') return mapMessage(input, [], ops, undefined);
  }
  throw shape(
    [],
    'expected chat messages: an array of messages, a request { messages, system? }, an OpenAI response { choices } or one message { role, content }',
  );
}

function mapList(list: readonly unknown[], at: readonly PathSegment[], ops: ChatOps): unknown[] {
  return list.map((m, i) => mapMessage(m, [...at, i], ops, undefined));
}

function mapMessage(message: unknown, at: readonly PathSegment[], ops: ChatOps, defaultRole: string | undefined): unknown {
  _count(ops.budget, at);
  if (!isObject(message)) throw shape(at, 'a message must be an object { role, content }');
  const role = message.role ?? defaultRole;
  if (typeof role !== 'string' || !ROLES.has(role)) {
    throw shape(at, `unknown role ${JSON.stringify(role)}; expected one of ${[...ROLES].join(', ')}`);
  }
  const out: Record<string, unknown> = { ...message };
  if (message.content !== undefined) out.content = mapContent(message.content, [...at, 'content'], role, ops, false);
  if (!ops.selected(role)) return out;
  if (message.refusal !== undefined && message.refusal !== null) out.refusal = text(message.refusal, [...at, 'refusal'], ops);
  if (message.tool_calls !== undefined && message.tool_calls !== null) {
    if (!Array.isArray(message.tool_calls)) throw shape([...at, 'tool_calls'], 'tool_calls must be an array');
    out.tool_calls = message.tool_calls.map((call: unknown, i) => mapToolCall(call, [...at, 'tool_calls', i], ops));
  }
  if (message.function_call !== undefined && message.function_call !== null) {
    out.function_call = mapFunction(message.function_call, [...at, 'function_call'], ops);
  }
  return out;
}

/** A string, or an array of parts (`text` blocks for an Anthropic `system`). */
function mapContent(content: unknown, at: readonly PathSegment[], role: string, ops: ChatOps, nested: boolean): unknown {
  if (content === null) return content;
  if (typeof content === 'string') return ops.selected(role) ? ops.text(content, at) : content;
  if (!Array.isArray(content)) throw shape(at, 'content must be a string, null or an array of content parts');
  return content.map((part: unknown, i) => mapPart(part, [...at, i], role, ops, nested));
}

function mapPart(part: unknown, at: readonly PathSegment[], role: string, ops: ChatOps, nested: boolean): unknown {
  _count(ops.budget, at);
  if (!isObject(part) || typeof part.type !== 'string') throw shape(at, 'a content part must be an object { type, … }');
  const type = part.type;
  // An Anthropic tool result travels in a user message but is a tool's output: it has the role `tool`.
  const partRole = type === 'tool_result' ? 'tool' : role;
  if (!ops.selected(partRole) || OPAQUE_PARTS.has(type)) return { ...part };
  switch (type) {
    case 'text':
      return { ...part, text: text(part.text, [...at, 'text'], ops) };
    case 'refusal':
      return { ...part, refusal: text(part.refusal, [...at, 'refusal'], ops) };
    case 'tool_use':
      return { ...part, input: ops.value(part.input, [...at, 'input']) };
    case 'tool_result':
      if (nested) throw shape(at, 'a tool_result cannot hold another tool_result');
      return part.content === undefined ? { ...part } : { ...part, content: mapContent(part.content, [...at, 'content'], partRole, ops, true) };
    case 'document':
      return mapDocument(part, at, role, ops, nested);
  }
  if (ops.unknownContent === 'error') {
    throw shape(at, `unknown content part type ${JSON.stringify(type)}; pass unknownContent: 'scan' to scan every string in it`);
  }
  const { type: _, ...rest } = part;
  return { type, ...(ops.unknownPart(rest, at) as Obj) };
}

/** An Anthropic document: its text source (plain or content blocks), title and context. */
function mapDocument(part: Obj, at: readonly PathSegment[], role: string, ops: ChatOps, nested: boolean): unknown {
  const out: Record<string, unknown> = { ...part };
  for (const field of ['title', 'context'] as const) {
    if (part[field] !== undefined && part[field] !== null) out[field] = text(part[field], [...at, field], ops);
  }
  const source = part.source;
  if (isObject(source) && source.type === 'text') out.source = { ...source, data: text(source.data, [...at, 'source', 'data'], ops) };
  else if (isObject(source) && source.type === 'content') {
    out.source = { ...source, content: mapContent(source.content, [...at, 'source', 'content'], role, ops, nested) };
  }
  return out;
}

function mapToolCall(call: unknown, at: readonly PathSegment[], ops: ChatOps): unknown {
  _count(ops.budget, at);
  if (!isObject(call)) throw shape(at, 'a tool call must be an object { type, function }');
  if (call.function !== undefined) return { ...call, function: mapFunction(call.function, [...at, 'function'], ops) };
  // OpenAI custom tools take free text.
  if (isObject(call.custom)) return { ...call, custom: { ...call.custom, input: text(call.custom.input, [...at, 'custom', 'input'], ops) } };
  throw shape(at, 'a tool call must have function { name, arguments } or custom { name, input }');
}

function mapFunction(fn: unknown, at: readonly PathSegment[], ops: ChatOps): unknown {
  if (!isObject(fn)) throw shape(at, 'function must be an object { name, arguments }');
  if (fn.arguments === undefined) return { ...fn };
  if (typeof fn.arguments !== 'string') throw shape([...at, 'arguments'], 'arguments must be a string of JSON');
  return { ...fn, arguments: ops.json(fn.arguments, [...at, 'arguments']) };
}

function text(value: unknown, at: readonly PathSegment[], ops: ChatOps): string {
  if (typeof value !== 'string') throw shape(at, 'must be a string');
  return ops.text(value, at);
}

/**
 * A JSON string mapped as the value it holds, or as text when it is not JSON. When the mapped value
 * is unchanged the original string is returned, so formatting (and number text beyond what a
 * double holds) survives.
 */
export function _mapJson(
  text: string,
  at: readonly PathSegment[],
  value: (v: unknown, at: readonly PathSegment[]) => unknown,
  asText: (text: string) => string,
): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return asText(text);
  }
  const out = JSON.stringify(value(parsed, at));
  return out === JSON.stringify(parsed) ? text : out;
}
