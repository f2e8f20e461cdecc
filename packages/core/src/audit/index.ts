/**
 * The tamper-evident audit log.
 *
 * @module
 */
export { canonicalJson, CANONICAL_JSON_MAX_DEPTH } from './canonicalJson.ts';
export {
  merkleConsistencyProof,
  merkleInclusionProof,
  merkleLeafHash,
  merkleRoot,
  verifyConsistency,
  verifyInclusion,
  type ConsistencyCheck,
  type HashInput,
  type InclusionCheck,
} from './merkle.ts';
