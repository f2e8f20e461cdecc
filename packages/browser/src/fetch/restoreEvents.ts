/**
 * {@link restoreEventStream}: restores pseudonyms in a server-sent event stream of an AI API (OpenAI
 * Chat Completions, OpenAI Responses, Anthropic Messages), inside each event's JSON, with a token
 * split across text deltas restored as if it had come whole.
 *
 * @module
 */
import { restoreValue, type StreamRestorer } from '@airlock/core';
import { createParser, type EventSourceMessage } from 'eventsource-parser';

/** Restores one whole text; a restorer for a new text channel. */
export interface EventRestore {
  /** Restores a whole text (a field that is not a delta). */
  readonly text: (text: string) => string;
  /** A streaming restorer, for one channel of deltas. */
  readonly restorer: () => StreamRestorer;
}

type Json = Record<string, unknown>;

/** A text delta in an event: the channel it belongs to, and where it is. */
interface Delta {
  readonly channel: string;
  readonly parent: Json;
  readonly field: string;
}

/** What an event holds: its text deltas, and the channels it ends (or `'all'`). */
interface EventParts {
  readonly deltas: Delta[];
  readonly ends: string[] | 'all';
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The deltas and channel ends of one event, for the three streaming formats. A channel is one text
 * that arrives in pieces: a choice's content, an Anthropic content block, a Responses output part.
 */
function partsOf(event: Json): EventParts {
  const deltas: Delta[] = [];
  const add = (channel: string, parent: unknown, field: string): void => {
    if (isObject(parent) && typeof parent[field] === 'string') deltas.push({ channel, parent, field });
  };
  const type = event['type'];
  // Anthropic Messages.
  if (type === 'content_block_delta') {
    const d = event['delta'];
    add(`a${String(event['index'])}`, d, isObject(d) && d['type'] === 'input_json_delta' ? 'partial_json' : 'text');
    return { deltas, ends: [] };
  }
  if (type === 'content_block_stop') return { deltas, ends: [`a${String(event['index'])}`] };
  if (type === 'message_stop') return { deltas, ends: 'all' };
  // OpenAI Responses.
  if (typeof type === 'string' && type.startsWith('response.')) {
    const channel = `o${String(event['item_id'])}:${String(event['content_index'] ?? event['output_index'])}`;
    if (type === 'response.output_text.delta' || type === 'response.refusal.delta' || type === 'response.function_call_arguments.delta') {
      add(`${type}:${channel}`, event, 'delta');
      return { deltas, ends: [] };
    }
    if (type.endsWith('.done')) return { deltas, ends: [`${type.slice(0, -'.done'.length)}.delta:${channel}`] };
    if (type === 'response.completed' || type === 'response.failed' || type === 'response.incomplete') return { deltas, ends: 'all' };
    return { deltas, ends: [] };
  }
  // OpenAI Chat Completions chunks.
  const ends: string[] = [];
  if (Array.isArray(event['choices'])) {
    for (const choice of event['choices']) {
      if (!isObject(choice)) continue;
      const i = String(choice['index']);
      const delta = choice['delta'];
      add(`c${i}`, delta, 'content');
      add(`r${i}`, delta, 'refusal');
      if (isObject(delta) && Array.isArray(delta['tool_calls'])) {
        for (const call of delta['tool_calls']) if (isObject(call)) add(`t${i}.${String(call['index'])}`, call['function'], 'arguments');
      }
      if (choice['finish_reason'] !== null && choice['finish_reason'] !== undefined) {
        ends.push(`c${i}`, `r${i}`);
        // Tool-call channels of this choice end too.
        ends.push(`t${i}.`);
      }
    }
  }
  return { deltas, ends };
}

/** Serializes one event in the SSE wire format. */
function formatEvent(event: EventSourceMessage): string {
  let out = '';
  if (event.event !== undefined) out += `event: ${event.event}\n`;
  if (event.id !== undefined) out += `id: ${event.id}\n`;
  for (const line of event.data.split('\n')) out += `data: ${line}\n`;
  return `${out}\n`;
}

/**
 * A `TransformStream` over the text of a server-sent event stream that restores pseudonyms in it.
 *
 * - Text deltas (`choices[].delta.content`, tool-call `arguments`, Anthropic `text_delta` and
 *   `input_json_delta`, Responses `*.delta`) go through one streaming restorer per channel: a token
 *   split across deltas is restored whole, in the delta where it ends. What a restorer holds back
 *   when its channel ends (a finish reason, `content_block_stop`, a `.done` event, `[DONE]`, the end of
 *   the stream) is sent in one more delta event, shaped like the channel's last one, just before.
 * - Every other string of an event's JSON is restored whole (`response.completed`, `.done` texts).
 * - Data that is not JSON is restored as text, event by event. Comments and `retry` pass through.
 *
 * @param restore - how to restore (the guard's vault and scope)
 * @returns the stream, text in, text out
 */
export function restoreEventStream(restore: EventRestore): TransformStream<string, string> {
  const channels = new Map<string, { readonly restorer: StreamRestorer; template?: { event: EventSourceMessage; json: Json; delta: Delta } }>();
  let emit: (text: string) => void = () => {};

  /** Sends what a channel held back, in an event shaped like its last delta, and forgets the channel. */
  const flushTail = (name: string): void => {
    const ch = channels.get(name)!;
    channels.delete(name);
    const tail = ch.restorer.end();
    if (tail === '' || !ch.template) return;
    const { event, json, delta } = ch.template;
    delta.parent[delta.field] = tail;
    emit(formatEvent({ ...event, data: JSON.stringify(json) }));
  };

  /** A copy of the event holding only the delta `k`, emptied: the shape of a tail event. */
  const template = (event: EventSourceMessage, k: number): { event: EventSourceMessage; json: Json; delta: Delta } => {
    const json = JSON.parse(event.data) as Json;
    const deltas = partsOf(json).deltas;
    for (const d of deltas) d.parent[d.field] = '';
    if (Array.isArray(json['choices'])) for (const c of json['choices']) if (isObject(c) && 'finish_reason' in c) c['finish_reason'] = null;
    delete json['usage'];
    return { event, json, delta: deltas[k]! };
  };

  const onEvent = (event: EventSourceMessage): void => {
    if (event.data === '[DONE]') {
      for (const name of [...channels.keys()]) flushTail(name);
      emit(formatEvent(event));
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(event.data);
    } catch {
      emit(formatEvent({ ...event, data: restore.text(event.data) }));
      return;
    }
    if (!isObject(json)) {
      emit(formatEvent({ ...event, data: JSON.stringify(restoreValue(json, restore.text)) }));
      return;
    }
    const { deltas, ends } = partsOf(json);
    const endsHere = (name: string): boolean => ends === 'all' || ends.some((n) => (n.endsWith('.') ? name.startsWith(n) : name === n));
    const inThisEvent = new Set(deltas.map((d) => d.channel));
    // Channels that end here without a delta of their own: their tails go out first.
    for (const name of [...channels.keys()]) if (!inThisEvent.has(name) && endsHere(name)) flushTail(name);
    const originals = deltas.map((d) => d.parent[d.field] as string);
    // Whole-text restore for everything else; the deltas are then written from their channels.
    const out = restoreValue(json, restore.text);
    partsOf(out).deltas.forEach((d, k) => {
      let ch = channels.get(d.channel);
      if (!ch) {
        ch = { restorer: restore.restorer() };
        channels.set(d.channel, ch);
      }
      let text = ch.restorer.push(originals[k]!);
      if (endsHere(d.channel)) {
        text += ch.restorer.end();
        channels.delete(d.channel);
      } else {
        ch.template = template(event, k);
      }
      d.parent[d.field] = text;
    });
    emit(formatEvent({ ...event, data: JSON.stringify(out) }));
  };

  const parser = createParser({
    onEvent,
    onComment: (comment) => emit(`:${comment}\n\n`),
    onRetry: (retry) => emit(`retry: ${retry}\n\n`),
  });

  return new TransformStream<string, string>({
    transform(chunk, controller) {
      emit = (text) => controller.enqueue(text);
      parser.feed(chunk);
    },
    flush(controller) {
      emit = (text) => controller.enqueue(text);
      // A last event without its blank line is dispatched by the end of the stream.
      parser.feed('\n\n');
      for (const name of [...channels.keys()]) flushTail(name);
    },
  });
}
