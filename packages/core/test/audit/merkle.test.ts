/**
 * The Merkle tree against the RFC 6962 / RFC 9162 reference test vectors of Certificate
 * Transparency, as published in github.com/transparency-dev/merkle (testonly/constants.go: the
 * eight leaf inputs and the root of every tree size 0..8; proof/verify_test.go: inclusion proofs,
 * with 1-based leaf numbers there, and consistency proofs). The expected values below are copied
 * from those files, never computed here.
 */
import { merkleConsistencyProof, merkleInclusionProof, merkleLeafHash, merkleRoot, verifyConsistency, verifyInclusion } from '@airlock/core';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../errorCode.ts';

const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((h) => hexToBytes(h));

// testonly/constants.go RootHashes(), indexed by tree size.
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

// testonly/constants.go NodeHashes()[0]: the leaf hashes.
const LEAF_HASHES = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
  '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7',
  '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7',
  'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
  '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658',
  'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
  '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1',
];

// proof/verify_test.go inclusionProofs, leaf numbers turned 0-based.
const INCLUSION: { index: number; size: number; proof: string[] }[] = [
  { index: 0, size: 1, proof: [] },
  {
    index: 0,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  { index: 2, size: 3, proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    index: 1,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];

// proof/verify_test.go consistencyProofs.
const CONSISTENCY: { oldSize: number; newSize: number; proof: string[] }[] = [
  { oldSize: 1, newSize: 1, proof: [] },
  {
    oldSize: 1,
    newSize: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    oldSize: 6,
    newSize: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    oldSize: 2,
    newSize: 5,
    proof: ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b'],
  },
  {
    oldSize: 6,
    newSize: 7,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

const SOME_HASH = 'abacaba000000000000000000000000000000000000000000060061e00123456';
const hex = (bs: Uint8Array[]): string[] => bs.map(bytesToHex);
const flip = (h: string, bit: number): string => bytesToHex(hexToBytes(h).map((b, i) => (i === 0 ? b ^ bit : b)));

describe('merkle tree (RFC 6962 / 9162 test vectors)', () => {
  it('hashes the leaves and computes the root of every prefix', () => {
    expect(LEAVES.map((l) => bytesToHex(merkleLeafHash(l)))).toEqual(LEAF_HASHES);
    for (let n = 0; n <= 8; n++) expect(bytesToHex(merkleRoot(LEAVES.slice(0, n)))).toBe(ROOTS[n]);
  });

  it('generates and verifies the reference inclusion proofs', () => {
    for (const v of INCLUSION) {
      expect(hex(merkleInclusionProof(LEAVES, v.index, v.size))).toEqual(v.proof);
      expect(verifyInclusion({ index: v.index, size: v.size, leafHash: LEAF_HASHES[v.index]!, proof: v.proof, root: ROOTS[v.size]! })).toBe(true);
    }
  });

  it('rejects every corruption of the reference inclusion proofs that verify_test.go tries', () => {
    for (const v of INCLUSION.filter((x) => x.size > 1)) {
      const ok = { index: v.index, size: v.size, leafHash: LEAF_HASHES[v.index]!, proof: v.proof, root: ROOTS[v.size]! };
      const probes = [
        { ...ok, index: v.index - 1 },
        { ...ok, index: v.index + 1 },
        { ...ok, index: v.index ^ 2 },
        { ...ok, size: v.size * 2 },
        { ...ok, size: Math.floor(v.size / 2) },
        { ...ok, leafHash: bytesToHex(new TextEncoder().encode('WrongLeaf')) },
        { ...ok, root: ROOTS[0]! },
        { ...ok, root: SOME_HASH },
        { ...ok, proof: [...v.proof, ''] },
        { ...ok, proof: [...v.proof, ok.root] },
        { ...ok, proof: ['', ...v.proof] },
        { ...ok, proof: [ok.root, ...v.proof] },
        { ...ok, proof: v.proof.slice(0, -1) },
        ...(v.proof.length > 1 ? [{ ...ok, proof: [v.proof[0]!, SOME_HASH, ...v.proof.slice(1)] }] : []),
        ...v.proof.map((_, i) => ({ ...ok, proof: v.proof.map((p, j) => (j === i ? flip(p, 8) : p)) })),
      ];
      for (const p of probes) expect(verifyInclusion(p), JSON.stringify(p)).toBe(false);
    }
  });

  it('generates and verifies the reference consistency proofs', () => {
    for (const v of CONSISTENCY) {
      expect(hex(merkleConsistencyProof(LEAVES, v.oldSize, v.newSize))).toEqual(v.proof);
      expect(verifyConsistency({ ...v, oldRoot: ROOTS[v.oldSize]!, newRoot: ROOTS[v.newSize]! })).toBe(true);
    }
  });

  it('rejects every corruption of the reference consistency proofs that verify_test.go tries', () => {
    for (const v of CONSISTENCY.filter((x) => x.proof.length > 0)) {
      const ok = { ...v, oldRoot: ROOTS[v.oldSize]!, newRoot: ROOTS[v.newSize]! };
      const wrong = bytesToHex(new TextEncoder().encode('WrongRoot'));
      const probes = [
        { ...ok, oldSize: v.oldSize - 1 },
        { ...ok, oldSize: v.oldSize + 1 },
        { ...ok, oldSize: v.oldSize ^ 2 },
        { ...ok, newSize: v.newSize * 2 },
        { ...ok, newSize: Math.floor(v.newSize / 2) },
        { ...ok, oldRoot: wrong },
        { ...ok, newRoot: wrong },
        { ...ok, oldRoot: ok.newRoot, newRoot: ok.oldRoot },
        { ...ok, proof: [] },
        { ...ok, proof: [...v.proof, ''] },
        { ...ok, proof: [...v.proof, ok.oldRoot] },
        { ...ok, proof: [...v.proof, ok.newRoot] },
        { ...ok, proof: ['', ...v.proof] },
        { ...ok, proof: [ok.oldRoot, ...v.proof] },
        { ...ok, proof: [ok.newRoot, ...v.proof] },
        { ...ok, proof: [v.proof[0]!, ...v.proof] },
        { ...ok, proof: v.proof.slice(0, -1) },
        ...v.proof.map((_, i) => ({ ...ok, proof: v.proof.map((p, j) => (j === i ? flip(p, 16) : p)) })),
      ];
      for (const p of probes) expect(verifyConsistency(p), JSON.stringify(p)).toBe(false);
    }
  });

  it('handles the edge sizes of verify_test.go TestVerifyConsistency', () => {
    const r1 = ROOTS[1]!;
    const r2 = ROOTS[2]!;
    expect(verifyConsistency({ oldSize: 0, newSize: 0, oldRoot: r1, newRoot: r1, proof: [] })).toBe(true);
    expect(verifyConsistency({ oldSize: 0, newSize: 1, oldRoot: r1, newRoot: r2, proof: [] })).toBe(true);
    expect(verifyConsistency({ oldSize: 1, newSize: 1, oldRoot: r1, newRoot: r2, proof: [] })).toBe(false);
    expect(verifyConsistency({ oldSize: 1, newSize: 0, oldRoot: r1, newRoot: r2, proof: [] })).toBe(false);
    expect(verifyConsistency({ oldSize: 1, newSize: 2, oldRoot: r1, newRoot: r2, proof: [] })).toBe(false);
    expect(verifyConsistency({ oldSize: 1, newSize: 1, oldRoot: ROOTS[0]!, newRoot: ROOTS[0]!, proof: [ROOTS[0]!] })).toBe(false);
    expect(verifyConsistency({ oldSize: 0, newSize: 1, oldRoot: ROOTS[0]!, newRoot: ROOTS[0]!, proof: [ROOTS[0]!] })).toBe(false);
    expect(verifyInclusion({ index: 0, size: 0, leafHash: SOME_HASH, proof: [], root: ROOTS[0]! })).toBe(false);
  });

  it('proves and verifies every leaf and every pair of sizes of generated trees', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 6 }), { minLength: 1, maxLength: 40 }), (leaves) => {
        const n = leaves.length;
        const roots = Array.from({ length: n + 1 }, (_, i) => merkleRoot(leaves.slice(0, i)));
        for (let i = 0; i < n; i++) {
          const proof = merkleInclusionProof(leaves, i);
          expect(verifyInclusion({ index: i, size: n, leafHash: merkleLeafHash(leaves[i]!), proof, root: roots[n]! })).toBe(true);
          expect(verifyInclusion({ index: i, size: n, leafHash: merkleLeafHash(Uint8Array.of(1, 2, 3, 4, 5, 6, 7)), proof, root: roots[n]! })).toBe(false);
        }
        for (let m = 0; m <= n; m++) {
          const proof = merkleConsistencyProof(leaves, m);
          expect(verifyConsistency({ oldSize: m, newSize: n, oldRoot: roots[m]!, newRoot: roots[n]!, proof })).toBe(true);
          if (m > 0 && m < n) {
            const other = merkleRoot([...leaves.slice(0, m - 1), Uint8Array.of(9, 9, 9, 9, 9, 9, 9)]);
            expect(verifyConsistency({ oldSize: m, newSize: n, oldRoot: other, newRoot: roots[n]!, proof })).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses out-of-range indices and sizes with invalid_argument', () => {
    expect(codeOf(() => merkleInclusionProof(LEAVES, 8))).toBe('invalid_argument');
    expect(codeOf(() => merkleInclusionProof(LEAVES, 0, 9))).toBe('invalid_argument');
    expect(codeOf(() => merkleInclusionProof(LEAVES, -1))).toBe('invalid_argument');
    expect(codeOf(() => merkleConsistencyProof(LEAVES, 5, 4))).toBe('invalid_argument');
    expect(codeOf(() => merkleRoot(['a'] as unknown as Uint8Array[]))).toBe('invalid_argument');
  });
});
