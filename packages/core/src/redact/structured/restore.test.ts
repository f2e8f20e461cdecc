import { describe, expect, it } from 'vitest';
import { StructuredDataError } from '../../errors/StructuredDataError.ts';
import { testRedactor } from '../../../test/redact/testRedactor.ts';
import { redactMessages } from './redactMessages.ts';
import { redactValue } from './redactValue.ts';
import { restoreMessages, restoreValue } from './restore.ts';
import { thrown as thrownBy } from '../../../test/errorCode.ts';

const EMAIL = 'jane@example.com';
const TRICKY = 'o"brien\\x@example.com'; // a quote and a backslash: restoring it inside JSON text would break it

const thrown = (fn: () => unknown): StructuredDataError => thrownBy<StructuredDataError>(fn);

describe('restoreValue', () => {
  it('restores every string deep, keeps the rest, and round-trips a pseudonymized value', () => {
    const redactor = testRedactor({ pseudonyms: true });
    const input = { to: [EMAIL, 'bob@example.org'], card: '4111 1111 1111 1111', n: 3, ok: true, none: null, ssn: '401558812' };
    const { value } = redactValue(input, redactor);
    expect(value).toEqual({ to: ['<EMAIL_ADDRESS_1>', '<EMAIL_ADDRESS_2>'], card: '<CREDIT_CARD_1>', n: 3, ok: true, none: null, ssn: '<US_SSN_1>' });
    expect(restoreValue(value, (t) => redactor.restore(t).text)).toEqual(input);
  });

  it('restores keys only when asked', () => {
    const redactor = testRedactor({ pseudonyms: true });
    const { value } = redactValue({ [EMAIL]: { note: EMAIL } }, redactor, { scanKeys: true });
    expect(restoreValue(value, (t) => redactor.restore(t).text)).toEqual({ '<EMAIL_ADDRESS_1>': { note: EMAIL } });
    expect(restoreValue(value, (t) => redactor.restore(t).text, { keys: true })).toEqual({ [EMAIL]: { note: EMAIL } });
  });

  it('rejects what redactValue rejects, and a restore that does not return a string', () => {
    const a: Record<string, unknown> = {};
    a.a = a;
    expect(thrown(() => restoreValue(a, (t) => t)).code).toBe('cyclic_value');
    expect(thrown(() => restoreValue(new Map(), (t) => t)).code).toBe('unsupported_value');
    expect(thrown(() => restoreValue(['x'], (() => 1) as never)).code).toBe('invalid_argument');
    expect(thrown(() => restoreValue(['x'], 'restore' as never)).code).toBe('invalid_argument');
  });
});

describe('restoreMessages', () => {
  it('restores an OpenAI response: content, refusal and tool-call arguments, which stay valid JSON', () => {
    const restore = (t: string): string => t.split('<EMAIL_1>').join(TRICKY);
    const answer = {
      id: 'chatcmpl-1',
      choices: [
        {
          index: 0,
          finish_reason: 'tool_calls',
          message: {
            role: 'assistant',
            content: 'Writing to <EMAIL_1>.',
            refusal: null,
            tool_calls: [
              { id: 'c1', type: 'function', function: { name: 'send', arguments: '{"to":"<EMAIL_1>","cc":[]}' } },
              { id: 'c2', type: 'function', function: { name: 'x', arguments: '{"keep": 1.50}' } },
            ],
          },
        },
      ],
    };
    const out = restoreMessages(answer, restore);
    const message = out.choices[0]!.message;
    expect(message.content).toBe(`Writing to ${TRICKY}.`);
    expect(message.refusal).toBe(null);
    expect(JSON.parse(message.tool_calls[0]!.function.arguments)).toEqual({ to: TRICKY, cc: [] });
    expect(message.tool_calls[1]!.function.arguments).toBe('{"keep": 1.50}'); // nothing restored: the text is kept as it was
    expect(answer.choices[0]!.message.content).toBe('Writing to <EMAIL_1>.');
  });

  it('restores an Anthropic response: text, tool_use input; leaves thinking', () => {
    const restore = (t: string): string => t.split('<EMAIL_1>').join(EMAIL);
    const answer = {
      type: 'message',
      role: 'assistant',
      content: [
        { type: 'thinking', thinking: 'mail <EMAIL_1>', signature: 's' },
        { type: 'text', text: 'Mailing <EMAIL_1>' },
        { type: 'tool_use', id: 't', name: 'send', input: { to: ['<EMAIL_1>'] } },
        { type: 'server_tool_use', id: 's', name: 'web_search', input: { query: '<EMAIL_1>' } },
      ],
    };
    expect(restoreMessages(answer, restore).content).toEqual([
      { type: 'thinking', thinking: 'mail <EMAIL_1>', signature: 's' },
      { type: 'text', text: `Mailing ${EMAIL}` },
      { type: 'tool_use', id: 't', name: 'send', input: { to: [EMAIL] } },
      { type: 'server_tool_use', id: 's', name: 'web_search', input: { query: EMAIL } },
    ]);
  });

  it('round-trips a conversation through redactMessages with pseudonyms', () => {
    const redactor = testRedactor({ pseudonyms: true });
    const conversation = [
      { role: 'user', content: [{ type: 'text', text: `I am ${EMAIL}, card 4111 1111 1111 1111` }] },
      { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: JSON.stringify({ email: EMAIL, ssn: '401558812' }) } }] },
      { role: 'tool', tool_call_id: 'c', content: `ok ${EMAIL}` },
    ];
    const { messages } = redactMessages(conversation, redactor);
    expect(JSON.stringify(messages)).not.toContain(EMAIL);
    expect(JSON.stringify(messages)).not.toContain('401558812');
    expect(restoreMessages(messages, (t) => redactor.restore(t).text)).toEqual(conversation);
  });

  it('throws unknown_shape for what is not chat input', () => {
    expect(thrown(() => restoreMessages({ text: 'x' }, (t) => t)).code).toBe('unknown_shape');
  });
});
