/**
 * A small in-memory cache with a time to live, for what every page load reads and rarely changes
 * (a link's token, a group's questions): it keeps the database off the hot path of a burst of page
 * loads. Concurrent loads of one key share one query. Each instance keeps its own copy, so a change
 * made on another instance shows after at most the time to live. Each entry lives between half
 * and all of the time to live, at random: keys filled together (everyone opening their link at
 * once) are then not all reloaded in the same instant, which would stall the loads behind them.
 */
interface Entry<V> {
  value: Promise<V>;
  made: number;
  until: number;
  /** Set once the load has resolved: what `peek` answers without waiting. */
  loaded?: { value: V };
}

export class TtlCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  /** `now` may be a rehearsal clock: an entry made at a later instant than now (it went back) is stale. */
  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly random: () => number = Math.random,
  ) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.fresh(key);
    if (hit) return hit.value;
    const at = this.now();
    const entry: Entry<V> = { value: load(), made: at, until: at + this.ttlMs * (1 - this.random() / 2) };
    this.entries.set(key, entry);
    entry.value.then(
      (value) => (entry.loaded = { value }),
      // A failed load is not kept: the next call tries again.
      () => this.entries.get(key) === entry && this.entries.delete(key),
    );
    if (this.entries.size > 10_000) this.sweep(at);
    return entry.value;
  }

  /**
   * The value for the key if it is loaded and fresh, without waiting (a page load served from
   * memory then costs no promise at all); undefined when `get` would have to wait or load.
   */
  peek(key: string): { value: V } | undefined {
    return this.fresh(key)?.loaded;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  deleteWhere(test: (key: string) => boolean): void {
    for (const key of this.entries.keys()) if (test(key)) this.entries.delete(key);
  }

  private fresh(key: string): Entry<V> | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    const at = this.now();
    return hit.made <= at && at < hit.until ? hit : undefined;
  }

  private sweep(at: number): void {
    for (const [key, entry] of this.entries) if (entry.until <= at || entry.made > at) this.entries.delete(key);
  }
}
