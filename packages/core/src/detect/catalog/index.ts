/**
 * The detector catalog. Every detector is made by a side-effect-free factory; nothing registers
 * itself anywhere. Compose them with the presets in `../presets.ts`, or pick single ones.
 *
 * @module
 */
export * from './contact/index.ts';
export * from './financial/index.ts';
export * from './government/index.ts';
export * from './health/index.ts';
export * from './secrets/index.ts';
export * from './entities/index.ts';
