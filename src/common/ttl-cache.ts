/**
 * A small in-memory cache with a time to live, for what every page load reads and rarely changes
 * (a link's token, a group's questions): it keeps the database off the hot path of a burst of page
 * loads. Concurrent loads of one key share one query. Each instance keeps its own copy, so a change
 * made on another instance shows after at most the time to live.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    const at = this.now();
    if (hit && hit.until > at) return hit.value;
    const value = load();
    this.entries.set(key, { value, until: at + this.ttlMs });
    // A failed load is not kept: the next call tries again.
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > 10_000) this.sweep(at);
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  deleteWhere(test: (key: string) => boolean): void {
    for (const key of this.entries.keys()) if (test(key)) this.entries.delete(key);
  }

  private sweep(at: number): void {
    for (const [key, entry] of this.entries) if (entry.until <= at) this.entries.delete(key);
  }
}
