import { describe, expect, it } from 'vitest';
import { StructuredDataError } from '../../errors/StructuredDataError.ts';
import { testRedactor } from '../../../test/redact/testRedactor.ts';
import { redactMessages } from './redactMessages.ts';
import { thrown as thrownBy } from '../../../test/errorCode.ts';

const redactor = testRedactor();
const EMAIL = 'jane@example.com';

const thrown = (fn: () => unknown): StructuredDataError => thrownBy<StructuredDataError>(fn);

describe('redactMessages: OpenAI chat shapes', () => {
  const request = {
    model: 'gpt-4o',
    temperature: 0,
    messages: [
      { role: 'system', content: `Escalate to ${EMAIL}` },
      { role: 'developer', content: [{ type: 'text', text: `Owner ${EMAIL}` }] },
      {
        role: 'user',
        name: 'jane',
        content: [
          { type: 'text', text: `card 4111 1111 1111 1111` },
          { type: 'image_url', image_url: { url: `https://example.com/a.png?u=${EMAIL}` } },
        ],
      },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"ssn": "401558812", "limit": 3}' } },
          { id: 'call_2', type: 'function', function: { name: 'note', arguments: `not json: ${EMAIL}` } },
          { id: 'call_3', type: 'function', function: { name: 'noop', arguments: '{ "q" : "weather" }' } },
          { id: 'call_4', type: 'custom', custom: { name: 'shell', input: `mail ${EMAIL}` } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: `found ${EMAIL}` },
      { role: 'assistant', content: 'ok', refusal: `cannot mail ${EMAIL}`, function_call: { name: 'f', arguments: `{"to":"${EMAIL}"}` } },
    ],
  };

  it('redacts content, parts, tool-call arguments (deep, keys as context), tool messages and refusals', () => {
    const { messages, findings, complete } = redactMessages(request, redactor);
    expect(messages).toEqual({
      model: 'gpt-4o',
      temperature: 0,
      messages: [
        { role: 'system', content: 'Escalate to <EMAIL_ADDRESS>' },
        { role: 'developer', content: [{ type: 'text', text: 'Owner <EMAIL_ADDRESS>' }] },
        {
          role: 'user',
          name: 'jane',
          content: [
            { type: 'text', text: 'card <CREDIT_CARD>' },
            { type: 'image_url', image_url: { url: `https://example.com/a.png?u=${EMAIL}` } },
          ],
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"ssn":"<US_SSN>","limit":3}' } },
            { id: 'call_2', type: 'function', function: { name: 'note', arguments: 'not json: <EMAIL_ADDRESS>' } },
            { id: 'call_3', type: 'function', function: { name: 'noop', arguments: '{ "q" : "weather" }' } },
            { id: 'call_4', type: 'custom', custom: { name: 'shell', input: 'mail <EMAIL_ADDRESS>' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: 'found <EMAIL_ADDRESS>' },
        { role: 'assistant', content: 'ok', refusal: 'cannot mail <EMAIL_ADDRESS>', function_call: { name: 'f', arguments: '{"to":"<EMAIL_ADDRESS>"}' } },
      ],
    });
    expect(findings.map((f) => f.path)).toEqual([
      'messages[0].content',
      'messages[1].content[0].text',
      'messages[2].content[0].text',
      'messages[3].tool_calls[0].function.arguments.ssn',
      'messages[3].tool_calls[1].function.arguments',
      'messages[3].tool_calls[3].custom.input',
      'messages[4].content',
      'messages[5].refusal',
      'messages[5].function_call.arguments.to',
    ]);
    expect(complete).toBe(true);
  });

  it('accepts a bare array of messages, and one message, in the shape given', () => {
    const list = redactMessages([{ role: 'user', content: `hi ${EMAIL}` }], redactor);
    expect(list.messages).toEqual([{ role: 'user', content: 'hi <EMAIL_ADDRESS>' }]);
    expect(list.findings[0]!.path).toBe('[0].content');
    expect(redactMessages({ role: 'user', content: EMAIL }, redactor).messages).toEqual({ role: 'user', content: '<EMAIL_ADDRESS>' });
  });

  it('roles and scanSystem choose whose text is scanned', () => {
    const noSystem = redactMessages(request, redactor, { scanSystem: false }).messages.messages;
    expect(noSystem[0]).toEqual(request.messages[0]);
    expect(noSystem[1]).toEqual(request.messages[1]);
    expect(noSystem[4]).toEqual({ role: 'tool', tool_call_id: 'call_1', content: 'found <EMAIL_ADDRESS>' });
    const userOnly = redactMessages(request, redactor, { roles: ['user'] }).messages.messages;
    expect(userOnly[0]).toEqual(request.messages[0]);
    expect(userOnly[2]!.content).toEqual([
      { type: 'text', text: 'card <CREDIT_CARD>' },
      { type: 'image_url', image_url: { url: `https://example.com/a.png?u=${EMAIL}` } },
    ]);
    expect(userOnly[3]).toEqual(request.messages[3]);
    expect(userOnly[4]).toEqual(request.messages[4]);
  });

  it('never mutates its input', () => {
    const before = structuredClone(request);
    redactMessages(request, redactor);
    expect(request).toEqual(before);
  });

  it('redacts an OpenAI response and a streamed delta without a role', () => {
    const response = { id: 'r', choices: [{ index: 0, message: { role: 'assistant', content: `to ${EMAIL}` }, finish_reason: 'stop' }] };
    expect(redactMessages(response, redactor).messages.choices[0]!.message.content).toBe('to <EMAIL_ADDRESS>');
    const chunk = { choices: [{ index: 0, delta: { content: `to ${EMAIL}` } }] };
    expect(redactMessages(chunk, redactor).messages.choices[0]!.delta).toEqual({ content: 'to <EMAIL_ADDRESS>' });
  });
});

describe('redactMessages: Anthropic shapes', () => {
  const request = {
    model: 'claude-sonnet-4-5',
    max_tokens: 100,
    system: [{ type: 'text', text: `Escalate to ${EMAIL}`, cache_control: { type: 'ephemeral' } }],
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: `I am ${EMAIL}` },
          { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
          { type: 'document', source: { type: 'text', media_type: 'text/plain', data: `ssn 536-22-1234` }, title: `notes for ${EMAIL}` },
        ],
      },
      {
        role: 'assistant',
        content: [
          { type: 'thinking', thinking: `the user is ${EMAIL}`, signature: 'sig' },
          { type: 'tool_use', id: 'tu_1', name: 'crm', input: { customer: { phone: '675 62314', email: EMAIL }, limit: 2 } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'tu_1', content: `record: ${EMAIL}` },
          { type: 'tool_result', tool_use_id: 'tu_2', content: [{ type: 'text', text: `card 4111 1111 1111 1111` }], is_error: false },
        ],
      },
    ],
  };

  it('redacts the system prompt, text, documents, tool inputs (deep, keys as context) and tool results; leaves media and thinking', () => {
    const { messages, findings } = redactMessages(request, redactor);
    expect(messages.system).toEqual([{ type: 'text', text: 'Escalate to <EMAIL_ADDRESS>', cache_control: { type: 'ephemeral' } }]);
    expect(messages.messages[0]!.content).toEqual([
      { type: 'text', text: 'I am <EMAIL_ADDRESS>' },
      request.messages[0]!.content[1],
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'ssn <US_SSN>' }, title: 'notes for <EMAIL_ADDRESS>' },
    ]);
    expect(messages.messages[1]!.content).toEqual([
      request.messages[1]!.content[0],
      { type: 'tool_use', id: 'tu_1', name: 'crm', input: { customer: { phone: '<PHONE_NUMBER>', email: '<EMAIL_ADDRESS>' }, limit: 2 } },
    ]);
    expect(messages.messages[2]!.content).toEqual([
      { type: 'tool_result', tool_use_id: 'tu_1', content: 'record: <EMAIL_ADDRESS>' },
      { type: 'tool_result', tool_use_id: 'tu_2', content: [{ type: 'text', text: 'card <CREDIT_CARD>' }], is_error: false },
    ]);
    expect(findings.map((f) => f.path)).toContain('messages[1].content[1].input.customer.phone');
  });

  it('takes the system prompt as a string, and skips it with scanSystem: false', () => {
    const withString = { ...request, system: `Escalate to ${EMAIL}` };
    expect(redactMessages(withString, redactor).messages.system).toBe('Escalate to <EMAIL_ADDRESS>');
    expect(redactMessages(withString, redactor, { scanSystem: false }).messages.system).toBe(`Escalate to ${EMAIL}`);
  });

  it('counts tool results as the role tool', () => {
    const out = redactMessages(request, redactor, { roles: ['user'] }).messages.messages[2]!.content;
    expect(out).toEqual(request.messages[2]!.content);
    const toolOnly = redactMessages(request, redactor, { roles: ['tool'] }).messages.messages;
    expect(toolOnly[2]!.content[0]).toEqual({ type: 'tool_result', tool_use_id: 'tu_1', content: 'record: <EMAIL_ADDRESS>' });
    expect(toolOnly[0]).toEqual(request.messages[0]);
  });

  it('applies toolInput options to tool inputs', () => {
    const out = redactMessages(request, redactor, { toolInput: { paths: { exclude: ['customer.email'] } } }).messages.messages[1]!.content[1];
    expect(out).toEqual({ type: 'tool_use', id: 'tu_1', name: 'crm', input: { customer: { phone: '<PHONE_NUMBER>', email: EMAIL }, limit: 2 } });
  });

  it('redacts an Anthropic response (one assistant message)', () => {
    const response = { id: 'msg_1', type: 'message', role: 'assistant', content: [{ type: 'text', text: `Mail ${EMAIL}` }], stop_reason: 'end_turn' };
    expect(redactMessages(response, redactor).messages).toEqual({ ...response, content: [{ type: 'text', text: 'Mail <EMAIL_ADDRESS>' }] });
  });
});

describe('redactMessages: bad input', () => {
  it('throws unknown_shape for what is not chat input, naming where', () => {
    const cases: [unknown, string, string][] = [
      [{ prompt: 'x' }, '', 'expected chat messages'],
      ['hello', '', 'expected chat messages'],
      [[{ content: 'x' }], '[0]', 'unknown role undefined'],
      [[{ role: 'robot', content: 'x' }], '[0]', 'unknown role "robot"'],
      [['just text'], '[0]', 'must be an object'],
      [[{ role: 'user', content: 42 }], '[0].content', 'content must be'],
      [[{ role: 'user', content: [{ text: 'x' }] }], '[0].content[0]', 'content part must be'],
      [[{ role: 'user', content: [{ type: 'text', text: 7 }] }], '[0].content[0].text', 'must be a string'],
      [[{ role: 'user', content: [{ type: 'hologram', data: 'x' }] }], '[0].content[0]', "unknownContent: 'scan'"],
      [[{ role: 'assistant', tool_calls: {} }], '[0].tool_calls', 'must be an array'],
      [[{ role: 'assistant', tool_calls: [{ id: 'x' }] }], '[0].tool_calls[0]', 'must have function'],
      [[{ role: 'assistant', tool_calls: [{ function: { arguments: {} } }] }], '[0].tool_calls[0].function.arguments', 'string of JSON'],
      [[{ role: 'user', content: [{ type: 'tool_result', content: [{ type: 'tool_result', content: 'x' }] }] }], '[0].content[0].content[0]', 'cannot hold'],
      [{ choices: ['x'] }, 'choices[0]', 'a choice must be'],
    ];
    for (const [input, path, message] of cases) {
      const e = thrown(() => redactMessages(input, redactor));
      expect(e.code, JSON.stringify(input)).toBe('unknown_shape');
      expect(e.path, JSON.stringify(input)).toBe(path);
      expect(e.message).toContain(message);
    }
  });

  it("scans a part of an unknown type deep with unknownContent: 'scan'", () => {
    const input = [{ role: 'user', content: [{ type: 'hologram', caption: `by ${EMAIL}`, meta: { owner: EMAIL } }] }];
    const withRules = redactMessages(input, redactor, { unknownContent: 'scan', toolInput: { paths: { include: ['nothing'] } } });
    expect(withRules.messages[0]!.content[0]!.caption).toBe('by <EMAIL_ADDRESS>'); // tool-input rules do not apply to it
    expect(redactMessages(input, redactor, { unknownContent: 'scan' }).messages).toEqual([
      { role: 'user', content: [{ type: 'hologram', caption: 'by <EMAIL_ADDRESS>', meta: { owner: '<EMAIL_ADDRESS>' } }] },
    ]);
  });

  it('a cyclic tool input throws cyclic_value', () => {
    const input: Record<string, unknown> = { a: 1 };
    input.me = input;
    const e = thrown(() => redactMessages([{ role: 'assistant', content: [{ type: 'tool_use', id: 't', name: 'x', input }] }], redactor));
    expect([e.code, e.path]).toEqual(['cyclic_value', '[0].content[0].input.me']);
  });

  it('malformed options throw invalid_argument', () => {
    for (const options of [{ roles: ['robot'] }, { roles: 'user' }, { scanSystem: 'no' }, { unknownContent: 'skip' }, { toolInput: null }, { maxNodes: 0 }]) {
      expect(thrown(() => redactMessages([], redactor, options as never)).code).toBe('invalid_argument');
    }
  });

  it('maxNodes bounds messages and parts too', () => {
    const many = Array.from({ length: 50 }, () => ({ role: 'user', content: 'x' }));
    expect(thrown(() => redactMessages(many, redactor, { maxNodes: 20 })).code).toBe('input_too_large');
  });
});
