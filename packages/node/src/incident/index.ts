/**
 * Incidents on disk: {@link createIncidentStore}, a directory of versioned JSON snapshots over
 * core's incident manager.
 *
 * @module
 */
export { createIncidentStore, INCIDENT_FILE_FORMAT } from './store.ts';
export type { IncidentStore, IncidentStoreOptions, IncidentSummary, PersistedIncidents, SaveOptions, StoredIncident } from './store.ts';
