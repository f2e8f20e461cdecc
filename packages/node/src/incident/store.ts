/**
 * {@link createIncidentStore}: incidents persisted as a directory of versioned JSON snapshots,
 * one file per incident, each written atomically, over core's `createIncidentManager`.
 *
 * @module
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import {
  AirlockError,
  createIncidentManager,
  restoreIncident,
  snapshotIncident,
  type IncidentManager,
  type IncidentManagerOptions,
  type IncidentSnapshot,
  type IncidentStateName,
  type IncidentTrigger,
  type IncidentView,
  type Severity,
  type TriggerResult,
} from '@airlock/core';
import { fileError } from '../fileError.ts';

/** The format of a stored incident file. */
export const INCIDENT_FILE_FORMAT = 'airlock-incident/1';

/** An incident as stored: core's snapshot, with the store's revision and time. */
export interface StoredIncident {
  /** {@link INCIDENT_FILE_FORMAT}. */
  readonly format: typeof INCIDENT_FILE_FORMAT;
  /** How many times it was saved: 1 for the first save. */
  readonly revision: number;
  /** When it was saved last, ISO 8601. */
  readonly savedAt: string;
  /** Core's snapshot (`{ version: 1, state, context }`), checked by `restoreIncident` on load. */
  readonly snapshot: IncidentSnapshot;
}

/** One line of {@link IncidentStore.list}. */
export interface IncidentSummary {
  /** The incident's id. */
  readonly id: string;
  /** Its state. */
  readonly state: IncidentStateName;
  /** Its severity. */
  readonly severity: Severity;
  /** Who acknowledged it, if anyone. */
  readonly owner: string | undefined;
  /** How many effects are pending. */
  readonly pending: number;
  /** The stored revision. */
  readonly revision: number;
  /** When it was saved last. */
  readonly savedAt: string;
}

/** Options of {@link createIncidentStore}. */
export interface IncidentStoreOptions {
  /**
   * How long a writer waits for another writer's lock before `store_locked`, in ms.
   * @defaultValue 2000
   */
  readonly lockTimeout?: number;
  /** The clock of `savedAt` (default `Date.now`). */
  readonly now?: () => number;
}

/** Options of {@link IncidentStore.save}. */
export interface SaveOptions {
  /**
   * Save only if the stored revision is still this one (0: the incident must not be stored yet);
   * otherwise `store_conflict`.
   */
  readonly expectedRevision?: number;
}

/** A directory of incidents; see {@link createIncidentStore}. */
export interface IncidentStore {
  /** The directory. */
  readonly dir: string;
  /** The ids of the stored incidents, sorted. */
  ids(): string[];
  /** Every stored incident, summarized, sorted by id. */
  list(): IncidentSummary[];
  /** One incident, checked; `undefined` when it is not stored. */
  load(id: string): StoredIncident | undefined;
  /** Saves a snapshot (atomically) and returns its new revision. */
  save(snapshot: IncidentSnapshot, options?: SaveOptions): number;
  /**
   * Takes the store's lock (until {@link PersistedIncidents.close}), restores every stored incident
   * into a new incident manager (which issues their pending effects again, each once, to
   * `onEffect`) and returns it with methods that save what they change.
   */
  open(options: IncidentManagerOptions): PersistedIncidents;
}

/** An incident manager whose changes are saved to the store; the store stays locked until `close`. */
export interface PersistedIncidents {
  /** The manager, with every stored incident restored. Changes made on it directly are saved by {@link PersistedIncidents.save}. */
  readonly manager: IncidentManager;
  /** `manager.trigger`, then saves the incident opened or attached to. */
  trigger(trigger: IncidentTrigger): TriggerResult;
  /** `manager.send`, then saves the incident. */
  send(id: string, event: unknown): IncidentView;
  /** `manager.tick`, then saves every open incident. */
  tick(now?: number): IncidentView[];
  /** Saves one incident as the manager has it. */
  save(id: string): void;
  /** Releases the lock. Calling it again does nothing. */
  close(): void;
}

const LOCK = '.lock';
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

/**
 * Opens (creating it if needed) a directory of incidents: one file `<id>.json` per incident,
 * holding core's versioned snapshot with the store's revision (`{ format, revision, savedAt,
 * snapshot }`). Files are written atomically (a temporary file, `fsync`, `rename`, `fsync` of the
 * directory), so a reader, or a crash, sees the old file or the new one, never half of one.
 *
 * Writers: one at a time. A writer takes the lock file `.lock` (created with `O_EXCL`, holding its
 * pid) for each {@link IncidentStore.save}, and for the whole life of {@link IncidentStore.open};
 * another writer waits up to `lockTimeout` and then gets `store_locked`. A lock left by a crashed
 * process is not taken over automatically (the error names the file and its pid): remove it once
 * you know that process is gone. The lock works between processes on one machine with a local
 * file system; on a network file system (NFS) `O_EXCL` may not be atomic: keep one writer there.
 * Readers ({@link IncidentStore.list}, {@link IncidentStore.load}) need no lock.
 *
 * Loading checks every file: a file that is not JSON, not of the format, or whose snapshot core's
 * `restoreIncident` refuses throws `invalid_snapshot`, naming the file.
 *
 * @param dir - the directory
 * @param options - lock timeout and clock
 * @returns the store
 * @throws {@link AirlockError} `file_error` when the directory cannot be created or read
 *
 * @example
 * ```ts
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { fingerprint } from '@airlock/core';
 * const store = createIncidentStore(join(mkdtempSync(join(tmpdir(), 'airlock-')), 'incidents'));
 * const effects: string[] = [];
 * const incidents = store.open({ onEffect: (e) => effects.push(e.id), now: () => 1_000 });
 * const fp = fingerprint('AKIAZ7QX4N2PLW6RKDE3', new Uint8Array(32).fill(1));
 * const { incident } = incidents.trigger({ kind: 'finding', fingerprint: fp, severity: 'critical', id: 'inc-1' });
 * incident?.state; //=> 'containing'
 * effects; //=> ['inc-1:contain:1']
 * incidents.close();
 * store.list().map((i) => [i.id, i.state, i.revision]); //=> [['inc-1', 'containing', 1]]
 * // Reopened (another process, later): the pending rotation is issued again, with the same key.
 * const again = store.open({ onEffect: (e) => effects.push(e.id), now: () => 2_000 });
 * again.send('inc-1', { type: 'EFFECT_DONE', id: 'inc-1:contain:1' }).state; //=> 'assessing'
 * again.close();
 * effects; //=> ['inc-1:contain:1', 'inc-1:contain:1']
 * store.load('inc-1')?.revision; //=> 2
 * ```
 */
export function createIncidentStore(dir: string, options: IncidentStoreOptions = {}): IncidentStore {
  if (typeof dir !== 'string' || dir === '') throw new AirlockError('invalid_argument', 'createIncidentStore: dir must be a non-empty string');
  const lockTimeout = options.lockTimeout ?? 2000;
  if (!Number.isFinite(lockTimeout) || lockTimeout < 0) throw new AirlockError('invalid_argument', 'createIncidentStore: lockTimeout must be a non-negative number of ms');
  const now = options.now ?? Date.now;
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw fileError(`createIncidentStore: cannot create ${dir}`, error);
  }
  let held = 0; // nesting depth of this store's hold on the lock

  const lockPath = join(dir, LOCK);
  const acquire = (): void => {
    if (held++ > 0) return;
    const deadline = Date.now() + lockTimeout;
    for (;;) {
      try {
        const fd = openSync(lockPath, 'wx', 0o600);
        writeSync(fd, `${process.pid}\n`);
        closeSync(fd);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          held--;
          throw fileError(`cannot create the lock ${lockPath}`, error);
        }
      }
      if (Date.now() >= deadline) {
        held--;
        let holder = 'unknown';
        try {
          holder = readFileSync(lockPath, 'utf8').trim() || 'unknown';
        } catch {
          // released meanwhile, or unreadable: say what we know
        }
        throw new AirlockError(
          'store_locked',
          `${dir} is locked by another writer (pid ${holder}, lock file ${lockPath}); if no such process runs any more, a crash left the lock behind: remove the file`,
        );
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  };
  const release = (): void => {
    if (held === 0 || --held > 0) return;
    try {
      unlinkSync(lockPath);
    } catch {
      // already gone: nothing to release
    }
  };
  const withLock = <T>(fn: () => T): T => {
    acquire();
    try {
      return fn();
    } finally {
      release();
    }
  };

  const fileOf = (id: string): string => {
    if (typeof id !== 'string' || !ID.test(id)) {
      throw new AirlockError('invalid_argument', `incident store: "${String(id).slice(0, 100)}" is not a storable incident id (letters, digits, . _ : -, at most 200, not starting with punctuation)`);
    }
    return join(dir, `${id}.json`);
  };

  const ids = (): string[] => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      throw fileError(`incident store: cannot read ${dir}`, error);
    }
    return names
      .filter((n) => n.endsWith('.json') && ID.test(n.slice(0, -5)))
      .map((n) => n.slice(0, -5))
      .sort();
  };

  const load = (id: string): StoredIncident | undefined => {
    const path = fileOf(id);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw fileError(`incident store: cannot read ${path}`, error);
    }
    return parseStored(text, path, id);
  };

  const save = (snapshot: IncidentSnapshot, saveOptions: SaveOptions = {}): number => {
    // Core checks the snapshot (and gives its canonical form) before anything is written.
    const checked = snapshotIncident(restoreIncident(snapshot));
    const path = fileOf(checked.context.id);
    return withLock(() => {
      const current = load(checked.context.id)?.revision ?? 0;
      if (saveOptions.expectedRevision !== undefined && saveOptions.expectedRevision !== current) {
        throw new AirlockError('store_conflict', `incident ${checked.context.id} is at revision ${current} in ${dir}, not ${saveOptions.expectedRevision}: another writer saved it`);
      }
      const stored: StoredIncident = { format: INCIDENT_FILE_FORMAT, revision: current + 1, savedAt: new Date(now()).toISOString(), snapshot: checked };
      writeAtomically(path, `${JSON.stringify(stored, null, 2)}\n`);
      return stored.revision;
    });
  };

  const writeAtomically = (path: string, text: string): void => {
    const tmp = join(dir, `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    try {
      const fd = openSync(tmp, 'wx', 0o600);
      try {
        const bytes = Buffer.from(text, 'utf8');
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, path);
      const dirFd = openSync(dir, 'r');
      try {
        fsyncSync(dirFd);
      } finally {
        closeSync(dirFd);
      }
    } catch (error) {
      rmSync(tmp, { force: true });
      throw fileError(`incident store: cannot write ${path}`, error);
    }
  };

  const list = (): IncidentSummary[] =>
    ids().flatMap((id) => {
      const stored = load(id);
      if (!stored) return []; // removed between readdir and read
      const { state, context } = stored.snapshot;
      return [{ id, state, severity: context.severity, owner: context.owner, pending: context.pendingEffects.length, revision: stored.revision, savedAt: stored.savedAt }];
    });

  const open = (managerOptions: IncidentManagerOptions): PersistedIncidents => {
    acquire();
    let closed = false;
    try {
      const manager = createIncidentManager(managerOptions);
      const revisions = new Map<string, number>();
      const stored = ids().map((id) => [id, load(id)!] as const);
      for (const [id, s] of stored) revisions.set(id, s.revision);
      for (const [, s] of stored) manager.restore(s.snapshot);
      const saveOne = (id: string): void => {
        if (closed) throw new AirlockError('invalid_argument', `incident store ${dir}: closed`);
        revisions.set(id, save(manager.snapshot(id), { expectedRevision: revisions.get(id) ?? 0 }));
      };
      return {
        manager,
        trigger(trigger) {
          const result = manager.trigger(trigger);
          if (result.incident) saveOne(result.incident.id);
          return result;
        },
        send(id, event) {
          const view = manager.send(id, event);
          saveOne(id);
          return view;
        },
        tick(at) {
          let first: unknown;
          let escalated: IncidentView[] = [];
          try {
            escalated = manager.tick(at);
          } catch (error) {
            first = error; // the manager ticked every incident anyway: save them, then rethrow
          }
          for (const view of manager.list()) if (!view.done) saveOne(view.id);
          if (first !== undefined) throw first;
          return escalated;
        },
        save: saveOne,
        close() {
          if (closed) return;
          closed = true;
          release();
        },
      };
    } catch (error) {
      release();
      throw error;
    }
  };

  return { dir, ids, list, load, save, open };
}

function parseStored(text: string, path: string, id: string): StoredIncident {
  const bad = (problem: string, cause?: unknown): never => {
    throw new AirlockError('invalid_snapshot', `${path}: ${problem}`, cause === undefined ? undefined : { cause });
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return bad('not JSON', error);
  }
  if (typeof value !== 'object' || value === null) return bad('not an object');
  const stored = value as Partial<StoredIncident>;
  if (stored.format !== INCIDENT_FILE_FORMAT) return bad(`format must be "${INCIDENT_FILE_FORMAT}", got ${JSON.stringify(stored.format)}`);
  if (!Number.isSafeInteger(stored.revision) || stored.revision! < 1) return bad('revision must be a positive integer');
  if (typeof stored.savedAt !== 'string' || Number.isNaN(Date.parse(stored.savedAt))) return bad('savedAt must be an ISO 8601 time');
  let snapshot: IncidentSnapshot;
  try {
    snapshot = snapshotIncident(restoreIncident(stored.snapshot));
  } catch (error) {
    return bad(error instanceof Error ? error.message : String(error), error);
  }
  if (snapshot.context.id !== id) return bad(`holds incident ${JSON.stringify(snapshot.context.id)}, not ${JSON.stringify(id)}`);
  return { format: INCIDENT_FILE_FORMAT, revision: stored.revision!, savedAt: stored.savedAt, snapshot };
}
