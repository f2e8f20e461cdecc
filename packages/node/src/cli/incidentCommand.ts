/**
 * `airlock incident list|show|advance|trigger|tick --store DIR`: incidents in a persisted store
 * ({@link createIncidentStore}), driven from the command line.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { INCIDENT_SEVERITIES, INCIDENT_TRIGGER_KINDS, isAirlockError, type IncidentEffect, type IncidentView, type Severity, type TriggerKind } from '@airlock/core';
import { createIncidentStore, type IncidentStore, type StoredIncident } from '../incident/store.ts';
import { UsageError } from './args.ts';
import { runCommand } from './command.ts';
import type { CliIo } from './io.ts';

/** Usage text of `airlock incident`. */
export const INCIDENT_USAGE: string = `Usage: airlock incident list --store DIR [--format text|json]
       airlock incident show ID --store DIR [--format text|json]
       airlock incident advance ID EVENT [--json PAYLOAD] --store DIR [--format text|json]
       airlock incident trigger --fingerprint FP --severity ${INCIDENT_SEVERITIES.join('|')}
                                [--kind ${INCIDENT_TRIGGER_KINDS.join('|')}] [--id ID] [--at MS] --store DIR
       airlock incident tick [--now MS] --store DIR [--format text|json]

Incidents live in a store: a directory of JSON snapshots, one per incident, written atomically;
one writer at a time (a .lock file). See docs/incident.md for the lifecycle.

list     every incident: id, state, severity, owner, pending effects
show     one incident: state, deadlines, evidence fingerprints, pending effects, history
advance  sends an event: ACK, CONTAIN, CONTAINED, CONTAINMENT_FAILED, RETRY, ASSESSED,
         NOTIFIED, REMEDIATED, CLOSE, DISMISS, EFFECT_DONE, EFFECT_FAILED, ATTACH, TICK. Its
         fields come from --json, e.g.
           advance inc-1 ACK --json '{"owner":"alice"}'
           advance inc-1 EFFECT_DONE --json '{"id":"inc-1:contain:1"}'
           advance inc-1 DISMISS --json '{"reason":"test key"}'
trigger  opens an incident for a fingerprint (fp: and 64 hex digits, from fingerprint() with
         your key; never the secret itself), or attaches to the open one with that fingerprint
tick     carries the clock in (default: now): overdue deadlines are escalated with a page effect

The command does not carry out effects (rotate, revoke, page, notify): it prints those pending,
with their idempotency keys; your runner carries them out and reports back with
advance ID EFFECT_DONE (or EFFECT_FAILED).

Options:
  --store DIR           the store directory (created if missing)
  --format text|json    output format (default: text)
  -h, --help            show this help

Exit codes: 0 done; 1 refused (an unknown incident, an event the incident does not accept
(invalid_event), a malformed stored snapshot (invalid_snapshot), a revision conflict); 2 error
(bad usage or a malformed argument such as a fingerprint that is not one (invalid_argument), a
file that cannot be read or written, the store locked by another writer (store_locked)).
`;

const REFUSED = new Set(['invalid_event', 'invalid_snapshot', 'store_conflict']);

/**
 * Runs `airlock incident` with the arguments after `incident`.
 *
 * @param args - command-line arguments, without `airlock incident`
 * @param io - where to print
 * @returns the exit code: 0 done, 1 refused, 2 error or bad usage
 *
 * @example
 * On the command line (works on a directory, so this block is not run by the example tests):
 * ```sh
 * pnpm airlock incident trigger --store ./incidents --fingerprint fp:3f… --severity critical
 * pnpm airlock incident advance inc-3f…-1764 EFFECT_DONE --json '{"id":"inc-3f…-1764:contain:1"}' --store ./incidents
 * ```
 *
 * @example
 * ```ts
 * import { memoryIo } from './io.ts';
 * const { io, out } = memoryIo();
 * await incidentCommand(['list'], io); //=> 2
 * out.stderr.split('\n')[0]; //=> 'airlock incident: --store DIR is required'
 * ```
 */
export async function incidentCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runCommand('incident', INCIDENT_USAGE, io, async () => {
    const o = parseOptions(args);
    if (o.help) {
      io.stdout(INCIDENT_USAGE);
      return 0;
    }
    const json = o.format === 'json';
    const print = (value: unknown, text: string): void => io.stdout(json ? `${JSON.stringify(value)}\n` : text);
    try {
      const store = createIncidentStore(o.store);
      switch (o.action) {
        case 'list': {
          const incidents = store.list();
          print({ incidents }, incidents.length === 0 ? 'no incidents\n' : table(incidents.map((i) => [i.id, i.state, i.severity, i.owner ?? '-', String(i.pending), i.savedAt])));
          return 0;
        }
        case 'show': {
          const stored = store.load(o.id);
          if (!stored) return notFound(io, o.id, store, json);
          print({ id: o.id, revision: stored.revision, savedAt: stored.savedAt, ...stored.snapshot }, describe(stored));
          return 0;
        }
        case 'advance': {
          if (!store.ids().includes(o.id)) return notFound(io, o.id, store, json);
          const view = withIncidents(store, (incidents) => incidents.send(o.id, { ...o.payload, type: o.event }));
          print({ incident: viewJson(view), pending: view.context.pendingEffects }, `${o.id}: ${o.event} accepted; now ${view.state}\n${effects(view.context.pendingEffects)}`);
          return 0;
        }
        case 'trigger': {
          const result = withIncidents(store, (incidents) =>
            incidents.trigger({ kind: o.kind, fingerprint: o.fingerprint, severity: o.severity, ...(o.id ? { id: o.id } : {}), ...(o.at === undefined ? {} : { at: o.at }) }),
          );
          const view = result.incident;
          print(
            { opened: result.opened, incident: view ? viewJson(view) : null, pending: view?.context.pendingEffects ?? [] },
            view ? `${view.id}: ${result.opened ? 'opened' : 'attached'}, ${view.state}, ${view.context.severity}\n${effects(view.context.pendingEffects)}` : 'no incident opened (below the policy’s minimum severity)\n',
          );
          return 0;
        }
        case 'tick': {
          const escalated = withIncidents(store, (incidents) => incidents.tick(o.now));
          print(
            { escalated: escalated.map(viewJson) },
            escalated.length === 0 ? 'nothing overdue\n' : escalated.map((v) => `${v.id}: escalated (${v.context.escalated.join(', ')})\n${effects(v.context.pendingEffects)}`).join(''),
          );
          return 0;
        }
      }
    } catch (error) {
      if (!isAirlockError(error)) throw error;
      const exit = REFUSED.has(error.code) ? 1 : 2;
      if (json) io.stdout(`${JSON.stringify({ error: { code: error.code, message: error.message } })}\n`);
      else io.stderr(`airlock incident: ${error.code}: ${error.message}\n`);
      return exit;
    }
  });
}

/** Opens the store for writing (taking its lock), runs `fn`, closes it. The CLI runs no effects. */
function withIncidents<T>(store: IncidentStore, fn: (incidents: ReturnType<IncidentStore['open']>) => T): T {
  const incidents = store.open({ onEffect: () => {} });
  try {
    return fn(incidents);
  } finally {
    incidents.close();
  }
}

function notFound(io: CliIo, id: string, store: IncidentStore, json: boolean): number {
  const message = `no incident ${id} in ${store.dir}`;
  if (json) io.stdout(`${JSON.stringify({ error: { code: 'not_found', message } })}\n`);
  else io.stderr(`airlock incident: ${message}\n`);
  return 1;
}

function viewJson(view: IncidentView) {
  return { id: view.id, state: view.state, done: view.done, context: view.context };
}

function effects(pending: readonly IncidentEffect[]): string {
  if (pending.length === 0) return '';
  return `pending effects (carry out, then: advance ID EFFECT_DONE --json '{"id":"…"}'):\n${pending.map((e) => `  ${e.id}  ${e.kind}  ${JSON.stringify(e.args)}\n`).join('')}`;
}

function describe(stored: StoredIncident): string {
  const { state, context: c } = stored.snapshot;
  const time = (ms: number | undefined) => (ms === undefined ? '-' : new Date(ms).toISOString());
  const lines = [
    `${c.id}  ${state}  ${c.severity}  (revision ${stored.revision}, saved ${stored.savedAt})`,
    `trigger: ${c.trigger}; aware at ${time(c.awareAt)}; owner ${c.owner ?? '-'}; containment ${c.containment}, ${c.attempts} attempt(s)`,
    `deadlines: ${Object.entries(c.deadlines).map(([k, v]) => `${k} ${time(v as number | undefined)}${c.escalated.includes(k as never) ? ' (escalated)' : ''}`).join('; ') || '-'}`,
    `evidence: ${c.evidence.join(', ')}`,
    ...(c.assessment ? [`assessment: ${JSON.stringify(c.assessment)}`] : []),
    ...(c.dismissal ? [`dismissed: ${c.dismissal}`] : []),
    `history:`,
    ...c.history.map((h) => `  ${JSON.stringify(h)}`),
  ];
  return `${lines.join('\n')}\n${effects(c.pendingEffects)}`;
}

function table(rows: readonly string[][]): string {
  const all = [['ID', 'STATE', 'SEVERITY', 'OWNER', 'PENDING', 'SAVED'], ...rows];
  const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}


function parseOptions(args: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      store: { type: 'string' },
      format: { type: 'string', default: 'text' },
      json: { type: 'string' },
      fingerprint: { type: 'string' },
      severity: { type: 'string' },
      kind: { type: 'string', default: 'finding' },
      id: { type: 'string' },
      at: { type: 'string' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be 'text' or 'json', got '${values.format}'`);
  const format: 'text' | 'json' = values.format;
  if (values.help) return { help: true, format } as const;
  const store = values.store;
  if (store === undefined || store === '') throw new UsageError('--store DIR is required');
  const [action, ...rest] = positionals;
  const arity = (n: number, what: string): void => {
    if (rest.length !== n) throw new UsageError(`${action} takes ${what}`);
  };
  const ms = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new UsageError(`--${name} must be a time in ms since the epoch, got '${value}'`);
    return Number(value);
  };
  const base = { help: false, format, store } as const;
  switch (action) {
    case 'list':
      arity(0, 'no arguments');
      return { ...base, action } as const;
    case 'show':
      arity(1, 'one ID');
      return { ...base, action, id: rest[0]! } as const;
    case 'advance': {
      arity(2, 'an ID and an EVENT');
      let payload: Record<string, unknown> = {};
      if (values.json !== undefined) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(values.json);
        } catch {
          throw new UsageError(`--json is not JSON: ${values.json.slice(0, 100)}`);
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError('--json must be a JSON object of the event’s fields');
        payload = parsed as Record<string, unknown>;
      }
      return { ...base, action, id: rest[0]!, event: rest[1]!, payload } as const;
    }
    case 'trigger': {
      arity(0, 'no positional arguments (use --fingerprint and --severity)');
      if (values.fingerprint === undefined) throw new UsageError('trigger needs --fingerprint FP');
      const severity = values.severity;
      if (!INCIDENT_SEVERITIES.includes(severity as Severity)) throw new UsageError(`--severity must be one of ${INCIDENT_SEVERITIES.join(', ')}`);
      if (!INCIDENT_TRIGGER_KINDS.includes(values.kind as TriggerKind)) throw new UsageError(`--kind must be one of ${INCIDENT_TRIGGER_KINDS.join(', ')}`);
      return {
        ...base,
        action,
        fingerprint: values.fingerprint,
        severity: severity as Severity,
        kind: values.kind as TriggerKind,
        id: values.id,
        at: ms('at', values.at),
      } as const;
    }
    case 'tick':
      arity(0, 'no arguments');
      return { ...base, action, now: ms('now', values.now) } as const;
    default:
      throw new UsageError(action === undefined ? 'missing subcommand (list, show, advance, trigger or tick)' : `unknown subcommand '${action}'`);
  }
}
