/**
 * A string-keyed cache that keeps its newest entries: each entry has a weight (what it holds, in
 * whatever unit the caller counts), and the oldest entries are dropped while the total is over the
 * limit. An entry heavier than a sixteenth of the limit is not kept at all, so one call cannot
 * empty the cache.
 *
 * @module
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { readonly value: V; readonly weight: number }>();
  private total = 0;

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  set(key: string, value: V, weight: number): void {
    if (weight > this.limit / 16 || this.entries.has(key)) return;
    this.total += weight;
    for (const [k, old] of this.entries) {
      if (this.total <= this.limit) break;
      this.total -= old.weight;
      this.entries.delete(k);
    }
    this.entries.set(key, { value, weight });
  }
}
