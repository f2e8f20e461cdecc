/**
 * Merkle trees as RFC 6962 / RFC 9162 (Certificate Transparency) define them, over SHA-256: tree
 * heads, inclusion proofs, consistency proofs and their verification.
 *
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { AirlockError } from '../errors/AirlockError.ts';

/** A hash as bytes, or as lower- or upper-case hex. */
export type HashInput = Uint8Array | string;

const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

/**
 * The RFC 6962 hash of a leaf: SHA-256(0x00 ‖ data).
 *
 * @param data - the leaf's bytes
 * @returns 32 bytes
 *
 * @example
 * ```ts
 * import { merkleLeafHash } from '@airlock/core';
 * const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
 * hex(merkleLeafHash(new Uint8Array(0))); //=> '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d'
 * ```
 */
export function merkleLeafHash(data: Uint8Array): Uint8Array {
  if (!(data instanceof Uint8Array)) throw new AirlockError('invalid_argument', 'merkleLeafHash: data must be a Uint8Array');
  return sha256.create().update(LEAF).update(data).digest();
}

/** SHA-256(0x01 ‖ left ‖ right). @internal */
export function _nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256.create().update(NODE).update(left).update(right).digest();
}

/** The largest power of two smaller than n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH over leaf hashes `hashes[from, to)`. */
function subtreeRoot(hashes: readonly Uint8Array[], from: number, to: number): Uint8Array {
  const n = to - from;
  if (n === 0) return sha256(new Uint8Array(0));
  if (n === 1) return hashes[from]!;
  const k = split(n);
  return _nodeHash(subtreeRoot(hashes, from, from + k), subtreeRoot(hashes, from + k, to));
}

/** The root of the first `size` leaf hashes. @internal */
export function _rootOf(hashes: readonly Uint8Array[], size: number): Uint8Array {
  return subtreeRoot(hashes, 0, size);
}

/** Checks an index or size in `[0, max]`; throws `invalid_argument` naming `where`. @internal */
export function _checkSize(where: string, name: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new AirlockError('invalid_argument', `${where}: ${name} must be an integer in [0, ${max}], got ${String(value)}`);
  }
  return value;
}

function checkLeaves(where: string, leaves: readonly Uint8Array[]): Uint8Array[] {
  if (!Array.isArray(leaves) || !leaves.every((l) => l instanceof Uint8Array)) {
    throw new AirlockError('invalid_argument', `${where}: leaves must be an array of Uint8Array`);
  }
  return leaves.map(merkleLeafHash);
}

/**
 * The Merkle tree hash (the root) of `leaves`, per RFC 9162 §2.1.1. The empty tree's root is
 * SHA-256 of the empty string.
 *
 * @param leaves - the leaves' bytes, in order
 * @returns 32 bytes
 * @throws {@link AirlockError} `invalid_argument` when `leaves` is not an array of `Uint8Array`
 *
 * @example
 * ```ts
 * import { merkleRoot } from '@airlock/core';
 * const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
 * hex(merkleRoot([])); //=> 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 * hex(merkleRoot([new Uint8Array(0), Uint8Array.of(0)])); //=> 'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'
 * ```
 */
export function merkleRoot(leaves: readonly Uint8Array[]): Uint8Array {
  const hashes = checkLeaves('merkleRoot', leaves);
  return subtreeRoot(hashes, 0, hashes.length);
}

/** PATH(m, D[from, to)) of RFC 9162 §2.1.3.1, over leaf hashes. @internal */
export function _inclusionPath(hashes: readonly Uint8Array[], index: number, size: number): Uint8Array[] {
  const path: Uint8Array[] = [];
  // Walk down from the root and collect siblings; RFC order is bottom-up, so reverse at the end.
  let from = 0;
  let to = size;
  let m = index;
  while (to - from > 1) {
    const k = split(to - from);
    if (m < k) {
      path.push(subtreeRoot(hashes, from + k, to));
      to = from + k;
    } else {
      path.push(subtreeRoot(hashes, from, from + k));
      from += k;
      m -= k;
    }
  }
  return path.reverse();
}

/** PROOF(m, D[0, size)) of RFC 9162 §2.1.4.1, over leaf hashes. @internal */
export function _consistencyPath(hashes: readonly Uint8Array[], m: number, size: number): Uint8Array[] {
  if (m === 0 || m === size) return [];
  const path: Uint8Array[] = [];
  let from = 0;
  let to = size;
  let complete = true; // `b` of SUBPROOF: whether D[from, from + m) is the whole old tree
  while (m !== to - from) {
    const k = split(to - from);
    if (m <= k) {
      path.push(subtreeRoot(hashes, from + k, to));
      to = from + k;
    } else {
      path.push(subtreeRoot(hashes, from, from + k));
      from += k;
      m -= k;
      complete = false;
    }
  }
  if (!complete) path.push(subtreeRoot(hashes, from, to));
  return path.reverse();
}

/**
 * The inclusion proof (audit path) of leaf `index` in the tree of the first `size` leaves, per
 * RFC 9162 §2.1.3.1: the sibling hashes from the leaf up to the root.
 *
 * @param leaves - the leaves' bytes, in order
 * @param index - the leaf, counted from 0
 * @param size - the tree size the proof is for (default: every leaf)
 * @returns the proof's hashes, bottom-up
 * @throws {@link AirlockError} `invalid_argument` unless `0 ≤ index < size ≤ leaves.length`
 *
 * @example
 * ```ts
 * import { merkleInclusionProof, merkleRoot, merkleLeafHash, verifyInclusion } from '@airlock/core';
 * const leaves = ['a', 'b', 'c'].map((s) => new TextEncoder().encode(s));
 * const proof = merkleInclusionProof(leaves, 2);
 * proof.length; //=> 1
 * verifyInclusion({ index: 2, size: 3, leafHash: merkleLeafHash(leaves[2]!), proof, root: merkleRoot(leaves) }); //=> true
 * ```
 */
export function merkleInclusionProof(leaves: readonly Uint8Array[], index: number, size: number = leaves.length): Uint8Array[] {
  const hashes = checkLeaves('merkleInclusionProof', leaves);
  _checkSize('merkleInclusionProof', 'size', size, hashes.length);
  _checkSize('merkleInclusionProof', 'index', index, size - 1);
  return _inclusionPath(hashes, index, size);
}

/**
 * The consistency proof between the tree of the first `oldSize` leaves and the tree of the first
 * `newSize`, per RFC 9162 §2.1.4.1: it shows the newer tree only appended to the older one.
 *
 * @param leaves - the leaves' bytes, in order
 * @param oldSize - the older tree's size
 * @param newSize - the newer tree's size (default: every leaf)
 * @returns the proof's hashes (empty when `oldSize` is 0 or equals `newSize`)
 * @throws {@link AirlockError} `invalid_argument` unless `0 ≤ oldSize ≤ newSize ≤ leaves.length`
 *
 * @example
 * ```ts
 * import { merkleConsistencyProof, merkleRoot, verifyConsistency } from '@airlock/core';
 * const leaves = ['a', 'b', 'c', 'd', 'e'].map((s) => new TextEncoder().encode(s));
 * const proof = merkleConsistencyProof(leaves, 3);
 * verifyConsistency({ oldSize: 3, newSize: 5, oldRoot: merkleRoot(leaves.slice(0, 3)), newRoot: merkleRoot(leaves), proof }); //=> true
 * ```
 */
export function merkleConsistencyProof(leaves: readonly Uint8Array[], oldSize: number, newSize: number = leaves.length): Uint8Array[] {
  const hashes = checkLeaves('merkleConsistencyProof', leaves);
  _checkSize('merkleConsistencyProof', 'newSize', newSize, hashes.length);
  _checkSize('merkleConsistencyProof', 'oldSize', oldSize, newSize);
  return _consistencyPath(hashes, oldSize, newSize);
}

/** Bytes of a hash given as bytes or hex; `undefined` when it is neither. */
function hashBytes(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string' && /^(?:[0-9a-fA-F]{2})*$/.test(value)) return hexToBytes(value);
  return undefined;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

function proofBytes(proof: unknown): Uint8Array[] | undefined {
  if (!Array.isArray(proof)) return undefined;
  const out: Uint8Array[] = [];
  for (const p of proof) {
    const b = hashBytes(p);
    if (b === undefined || b.length !== 32) return undefined;
    out.push(b);
  }
  return out;
}

const isSize = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
const odd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

/** What {@link verifyInclusion} checks. Hashes are bytes or hex. */
export interface InclusionCheck {
  /** The leaf, counted from 0. */
  readonly index: number;
  /** The tree size the proof is for. */
  readonly size: number;
  /** The leaf's hash ({@link merkleLeafHash}). */
  readonly leafHash: HashInput;
  /** The proof, bottom-up. */
  readonly proof: readonly HashInput[];
  /** The root of the tree of that size. */
  readonly root: HashInput;
}

/**
 * Verifies an inclusion proof per RFC 9162 §2.1.3.2.
 *
 * @param check - the leaf, the proof and the root
 * @returns whether the proof shows the leaf at `index` in the tree of `size` leaves with that
 *   root; `false` also for any malformed part (a hash that is not 32 bytes, an index out of range)
 *
 * @example
 * ```ts
 * import { verifyInclusion } from '@airlock/core';
 * // RFC 6962 test tree: the one-leaf tree of the empty leaf.
 * const root = '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d';
 * verifyInclusion({ index: 0, size: 1, leafHash: root, proof: [], root }); //=> true
 * verifyInclusion({ index: 1, size: 1, leafHash: root, proof: [], root }); //=> false
 * ```
 */
export function verifyInclusion(check: InclusionCheck): boolean {
  if (typeof check !== 'object' || check === null) return false;
  const { index, size } = check;
  const leaf = hashBytes(check.leafHash);
  const root = hashBytes(check.root);
  const proof = proofBytes(check.proof);
  if (!isSize(index) || !isSize(size) || index >= size || !leaf || leaf.length !== 32 || !root || !proof) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = _nodeHash(p, r);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = _nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equal(r, root);
}

/** What {@link verifyConsistency} checks. Hashes are bytes or hex. */
export interface ConsistencyCheck {
  /** The older tree's size. */
  readonly oldSize: number;
  /** The newer tree's size. */
  readonly newSize: number;
  /** The older tree's root. */
  readonly oldRoot: HashInput;
  /** The newer tree's root. */
  readonly newRoot: HashInput;
  /** The proof. */
  readonly proof: readonly HashInput[];
}

/**
 * Verifies a consistency proof per RFC 9162 §2.1.4.2: that the tree with `newRoot` holds the tree
 * with `oldRoot` as its first `oldSize` leaves. Equal sizes need equal roots and an empty proof; an
 * empty old tree is consistent with every tree (empty proof).
 *
 * @param check - the sizes, the roots and the proof
 * @returns whether the proof holds; `false` also for any malformed part
 *
 * @example
 * ```ts
 * import { verifyConsistency } from '@airlock/core';
 * const root = 'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125';
 * verifyConsistency({ oldSize: 2, newSize: 2, oldRoot: root, newRoot: root, proof: [] }); //=> true
 * verifyConsistency({ oldSize: 3, newSize: 2, oldRoot: root, newRoot: root, proof: [] }); //=> false
 * ```
 */
export function verifyConsistency(check: ConsistencyCheck): boolean {
  if (typeof check !== 'object' || check === null) return false;
  const { oldSize, newSize } = check;
  const oldRoot = hashBytes(check.oldRoot);
  const newRoot = hashBytes(check.newRoot);
  const proof = proofBytes(check.proof);
  if (!isSize(oldSize) || !isSize(newSize) || oldSize > newSize || !oldRoot || !newRoot || !proof) return false;
  if (oldSize === newSize) return proof.length === 0 && equal(oldRoot, newRoot);
  if (oldSize === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  // An old tree of 2^k leaves is a subtree of the new one: its root starts the path.
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : proof;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = _nodeHash(c, fr);
      sr = _nodeHash(c, sr);
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = _nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equal(fr, oldRoot) && equal(sr, newRoot);
}

function isPowerOfTwo(n: number): boolean {
  while (n > 1 && n % 2 === 0) n /= 2;
  return n === 1;
}
