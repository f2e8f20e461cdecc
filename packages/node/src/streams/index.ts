/**
 * Node streams over core's streaming functions: {@link redactTransform}, {@link restoreTransform},
 * {@link scanTransform}.
 *
 * @module
 */
export { redactTransform, restoreTransform, scanTransform } from './transforms.ts';
export type { ScanTransformOptions } from './transforms.ts';
