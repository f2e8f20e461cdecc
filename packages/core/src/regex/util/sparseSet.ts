/**
 * A set of small integers with O(1) insert, membership and clear, that remembers insertion order
 * (Briggs and Torczon's sparse set, as RE2 and rust regex use for NFA state lists).
 *
 * @module
 */
export class SparseSet {
  /** Members in insertion order; only the first {@link SparseSet.size} are meaningful. */
  readonly dense: Int32Array;
  private readonly sparse: Int32Array;
  /** Number of members. */
  size = 0;

  constructor(capacity: number) {
    this.dense = new Int32Array(capacity);
    this.sparse = new Int32Array(capacity);
  }

  has(x: number): boolean {
    const i = this.sparse[x]!;
    return i < this.size && this.dense[i] === x;
  }

  /** Adds `x`; returns false if it was already there. */
  insert(x: number): boolean {
    const i = this.sparse[x]!;
    if (i < this.size && this.dense[i] === x) return false;
    this.sparse[x] = this.size;
    this.dense[this.size++] = x;
    return true;
  }

  clear(): void {
    this.size = 0;
  }
}
