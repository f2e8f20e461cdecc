import { createRedactor, decide, keep, parsePolicy, type DestinationInput, type Finding } from '@airlock/core';
import { describe, expect, it } from 'vitest';
import { KEYS } from './arbitraries.ts';

const text = 'mail jane@example.com key A3TQSADPZVAF74DWWEDM';
const email: Finding = { type: 'EMAIL_ADDRESS', family: 'EMAIL_ADDRESS', start: 5, end: 21, score: 1, detector: 'email-address', level: 'confidential' };
const secret: Finding = { type: 'AWS_ACCESS_KEY_ID', family: 'SECRET', start: 26, end: 46, score: 1, detector: 'aws-access-token', level: 'restricted' };
const zdr: DestinationInput = { id: 'zdr', provider: 'p', retention: 'zero', agreements: ['enterprise'], region: 'US' };
const policy = (...rules: unknown[]) => parsePolicy({ version: 1, rules, destinations: [{ ...zdr, id: 'declared' }] });
const base = { findings: [email], complete: true, destination: zdr, id: () => 'fixed' } as const;

describe('decide', () => {
  it('denies by default, and says so', () => {
    const d = decide({ ...base, policy: policy() });
    expect(d).toMatchObject({ id: 'fixed', action: 'block', level: 'confidential', rules: ['airlock.default-deny'], findings: [email] });
    expect(d.reasons[0]).toMatch(/denied by default/);
  });

  it('lets a block win over any permit', () => {
    const d = decide({ ...base, policy: policy({ id: 'a', action: 'allow' }, { id: 'r', action: 'redact', operators: { '*': { operator: 'remove' } } }, { id: 'no-email', action: 'block', when: { entities: ['EMAIL_ADDRESS'] }, description: 'no e-mail' }) });
    expect(d).toMatchObject({ action: 'block', rules: ['no-email'], findings: [email] });
    expect(d.reasons).toEqual(['rule "no-email" blocks this: no e-mail']);
  });

  it('prefers redaction over allow, and the most protective operator among redactions', () => {
    const p = policy(
      { id: 'a', action: 'allow' },
      { id: 'pseudo', action: 'redact', operators: { '*': { operator: 'pseudonymize' } } },
      { id: 'gone', action: 'redact', operators: { SECRET: { operator: 'remove' }, EMAIL_ADDRESS: { operator: 'keep' } } },
    );
    const d = decide({ ...base, findings: [email, secret], policy: p });
    expect(d.action).toBe('redact');
    expect(d.redactions).toEqual({ EMAIL_ADDRESS: { operator: 'pseudonymize' }, AWS_ACCESS_KEY_ID: { operator: 'remove' } });
    expect(d.rules).toEqual(['gone', 'pseudo']);
    expect(d.sentLevel).toBe('public');
    const out = createRedactor({ operators: d.operators!, default: keep() }).apply(text, d.findings).text;
    expect(out).toMatch(/^mail <EMAIL_ADDRESS_\d+> key $/);
  });

  it('a redaction that leaves restricted data in place is blocked by the gate', () => {
    const d = decide({ ...base, findings: [email, secret], policy: policy({ id: 'r', action: 'redact', operators: { EMAIL_ADDRESS: { operator: 'replace' } } }) });
    expect(d).toMatchObject({ action: 'block', rules: ['airlock.gate.restricted'], findings: [secret], sentLevel: 'restricted' });
    expect(d.reasons[0]).toMatch(/accepts at most confidential .* after redaction is restricted/);
  });

  it('applies the gates to requests only', () => {
    const p = policy({ id: 'a', action: 'allow' });
    expect(decide({ ...base, findings: [secret], policy: p }).action).toBe('block');
    expect(decide({ ...base, findings: [secret], policy: p, direction: 'response' }).action).toBe('allow');
  });

  it('sets each gate by retention, agreements and externality', () => {
    const p = policy({ id: 'a', action: 'allow' });
    const at = (d: Partial<DestinationInput>) => decide({ ...base, policy: p, destination: { ...zdr, ...d } }).rules;
    expect(at({})).toEqual(['a']);
    expect(decide({ ...base, policy: p }).reasons).toEqual([
      'rule "a" allows this',
      'what is sent is confidential, and "zdr" accepts up to confidential (it is external, with zero data retention)',
    ]);
    expect(at({ retention: 'standard' })).toEqual(['airlock.gate.confidential']);
    expect(at({ retention: 'standard', agreements: [] })).toEqual(['airlock.gate.confidential']);
    expect(decide({ ...base, findings: [], complete: false, policy: p, destination: { ...zdr, external: false } }).action).toBe('allow');
  });

  it('treats an unknown fact as applying for a block and not for a permit', () => {
    const p = policy(
      { id: 'eu-only', action: 'allow', when: { subjectRegions: ['EU'] } },
      { id: 'no-eu', action: 'block', when: { subjectRegions: ['EU'] }, unless: { destination: { agreements: ['dpa'] } } },
    );
    const unknown = decide({ ...base, policy: p });
    expect(unknown.rules).toEqual(['no-eu']);
    expect(unknown.reasons[0]).toMatch(/it may apply/);
    expect(decide({ ...base, policy: p, subjectRegions: ['US'] }).rules).toEqual(['airlock.default-deny']);
    expect(decide({ ...base, policy: p, subjectRegions: ['IT'], destination: { ...zdr, agreements: ['dpa'] } }).rules).toEqual(['eu-only']);
  });

  it('takes regimes from the detectors given, then the catalog, and unknown ones fail closed', () => {
    const p = policy({ id: 'a', action: 'allow' }, { id: 'no-hipaa', action: 'block', when: { regimes: ['hipaa'] } });
    const custom: Finding = { ...email, type: 'TICKET_ID', family: 'TICKET_ID', detector: 'ticket-id', level: 'internal' };
    expect(decide({ ...base, policy: p }).action).toBe('allow'); // the catalog's email detector is not under HIPAA
    expect(decide({ ...base, findings: [custom], policy: p }).rules).toEqual(['no-hipaa']);
    const ticket = { id: 'ticket-id', regimes: [], regions: [] } as never;
    expect(decide({ ...base, findings: [custom], policy: p, detectors: [ticket] }).action).toBe('allow');
  });

  it('finds a declared destination by id, and blocks an unknown one', () => {
    const p = policy({ id: 'a', action: 'allow', when: { destination: { ids: ['declared'] } } });
    expect(decide({ ...base, policy: p, destination: 'declared' }).action).toBe('allow');
    const d = decide({ ...base, policy: p, destination: 'nowhere' });
    expect(d).toMatchObject({ action: 'block', rules: ['airlock.error'], destination: 'nowhere' });
    expect(d.reasons[0]).toMatch(/"nowhere" is not among the policy's destinations/);
  });

  it('blocks when a key named by an operator is not supplied, and works when it is', () => {
    const p = policy({ id: 'h', action: 'redact', operators: { '*': { operator: 'hash', key: 'k1' } } });
    const missing = decide({ ...base, policy: p });
    expect(missing.action).toBe('block');
    expect(missing.reasons[0]).toMatch(/key "k1"/);
    expect(decide({ ...base, policy: p, keys: KEYS }).action).toBe('redact');
  });

  it('never throws: malformed input blocks, with the reason', () => {
    const p = policy({ id: 'a', action: 'allow' });
    const cases: unknown[] = [
      { ...base, policy: p, findings: 'nope' },
      { ...base, policy: p, findings: [{ type: 1 }] },
      { ...base, policy: p, complete: 'yes' },
      { ...base, policy: { version: 1, rules: [{ id: 'a', action: 'allow', when: { level: 'x' } }] } },
      { ...base, policy: p, destination: { id: 'x' } },
      { ...base, policy: p, direction: 'sideways' },
      { ...base, policy: p, subjectRegions: 'DE' },
      { ...base, policy: p, detectors: {} },
      { ...base, policy: p, id: () => { throw new Error('no entropy'); } },
      null,
    ];
    for (const input of cases) {
      const d = decide(input as never);
      expect(d.action).toBe('block');
      expect(d.rules).toEqual(['airlock.error']);
      expect(d.reasons[0]).toMatch(/blocked, since airlock fails closed/);
    }
  });

  it('parses a plain policy document given in place of a parsed one', () => {
    expect(decide({ ...base, policy: { version: 1, rules: [{ id: 'a', action: 'allow' }] } as never }).action).toBe('allow');
  });

  it('makes random UUIDs by default', () => {
    const a = decide({ findings: [], complete: true, destination: zdr, policy: policy() }).id;
    const b = decide({ findings: [], complete: true, destination: zdr, policy: policy() }).id;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });

  it('a redact rule with nothing to redact allows, naming itself', () => {
    const d = decide({ ...base, findings: [], policy: policy({ id: 'r', action: 'redact', operators: { SECRET: { operator: 'remove' } } }) });
    expect(d).toMatchObject({ action: 'allow', rules: ['r'] });
  });
});
