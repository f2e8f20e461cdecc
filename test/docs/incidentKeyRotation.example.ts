import { createAuditLog, type AuditLog, type IncidentEffect } from '@airlock/core';
import { createIncidentStore, fileAuditSink, type PersistedIncidents } from '@airlock/node';

/** What your key manager offers (your cloud's IAM, a vault, a provider's admin API). */
export interface KeyManager {
  /** Rotates (or revokes) the key a fingerprint stands for. `idempotencyKey` makes a retry harmless. */
  rotate(fingerprint: string, idempotencyKey: string): Promise<void>;
  revoke(fingerprint: string, idempotencyKey: string): Promise<void>;
}

/**
 * The host's effect runner for containment: carries out each `rotate` / `revoke` effect once per
 * idempotency key, records it in the audit log (the ledger of what was done), and reports back.
 */
export function createKeyRotationRunner(options: { keys: KeyManager; audit: AuditLog }) {
  const { keys, audit } = options;
  // What was carried out before, also by an earlier process: the ledger survives restarts.
  const done = new Set(audit.records().flatMap((r) => (r.entry.kind === 'incident' && r.entry.event === 'effect_done' ? [String(r.entry.effect)] : [])));
  const queue: IncidentEffect[] = [];
  return {
    /** The manager's onEffect: only queues (it is synchronous); `drain` does the work. */
    enqueue: (effect: IncidentEffect): void => void queue.push(effect),
    /** Carries out what is queued and reports each outcome to the incident. */
    async drain(incidents: PersistedIncidents): Promise<void> {
      while (queue.length > 0) {
        const effect = queue.shift()!;
        if (effect.kind !== 'rotate' && effect.kind !== 'revoke') continue; // page / notify: other runners
        if (!done.has(effect.id)) {
          try {
            for (const fp of effect.args['fingerprints'] as readonly string[]) {
              await keys[effect.kind](fp, `${effect.id}:${fp}`);
            }
          } catch (error) {
            incidents.send(effect.incident, { type: 'EFFECT_FAILED', id: effect.id, error: String(error) });
            continue;
          }
          audit.append({ kind: 'incident', event: 'effect_done', effect: effect.id, incident: effect.incident, action: effect.kind });
          done.add(effect.id);
        }
        // Done now or before a restart: the incident moves on (containing → assessing).
        incidents.send(effect.incident, { type: 'EFFECT_DONE', id: effect.id });
      }
    },
  };
}

/** One process's life: open the store and the log, handle a trigger if any, run the effects, close. */
export async function runOnce(dir: string, keys: KeyManager, trigger?: Parameters<PersistedIncidents['trigger']>[0]): Promise<void> {
  const store = createIncidentStore(`${dir}/incidents`); // creates the directories
  const sink = fileAuditSink(`${dir}/audit.jsonl`);
  const runner = createKeyRotationRunner({ keys, audit: createAuditLog({ sink }) });
  // Opening restores every stored incident and issues its pending effects again, each once.
  const incidents = store.open({ onEffect: runner.enqueue });
  try {
    if (trigger) incidents.trigger(trigger);
    await runner.drain(incidents);
  } finally {
    incidents.close();
    sink.close();
  }
}
