/**
 * A small in-memory cache with a time to live, for what every page load reads and rarely changes
 * (a link's token, a group's questions, a rendered page): it keeps the database off the hot path
 * of a burst of page loads. Concurrent loads of one key share one query.
 *
 * Each entry lives between half and all of the time to live, at random: keys filled together
 * (everyone opening their link at once) are then not all reloaded in the same instant. For a grace
 * period after that, the old value is still served at once while one reload runs in the background
 * (stale while revalidating). Without it, under load, the first loads of a key after its time ran
 * out each waited for a query queued behind hundreds of sockets in the event loop, and the loads
 * arriving meanwhile waited with them. Each instance keeps its own copy, so a change made on
 * another instance shows after at most the time to live and one reload.
 */
interface Entry<V> {
  value: Promise<V>;
  made: number;
  until: number;
  /** Set once the load has resolved: what is served without waiting. */
  loaded?: { value: V };
  /** The reload under way since this entry's time ran out; it replaces this entry when it resolves. */
  next?: Entry<V>;
  /** When the value itself says it goes stale: it is not served past that, not even in the grace period. */
  expires?: number;
}

export interface TtlCacheOptions<V> {
  /** How long past its time a loaded value is still served while it is reloaded; the time to live by default. */
  graceMs?: number;
  /** May be a rehearsal clock: an entry made at a later instant than now (it went back) is not served. */
  now?: () => number;
  random?: () => number;
  /** When a value goes stale on its own, before its time to live is out (a page: when its round starts or ends). */
  expiresAt?: (value: V) => number | undefined;
}

export class TtlCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly graceMs: number;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly expiresAt?: (value: V) => number | undefined;

  constructor(
    private readonly ttlMs: number,
    options: TtlCacheOptions<V> = {},
  ) {
    this.graceMs = options.graceMs ?? ttlMs;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.expiresAt = options.expiresAt;
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    const at = this.now();
    const served = this.served(key, load, at);
    if (served) return served.value;
    const entry = this.entry(load(), at);
    this.entries.set(key, entry);
    entry.value.then(
      (value) => this.loaded(entry, value),
      // A failed load is not kept: the next call tries again.
      () => this.entries.get(key) === entry && this.entries.delete(key),
    );
    if (this.entries.size > 10_000) this.sweep(at);
    return entry.value;
  }

  /**
   * The value for the key if `get` would answer it without waiting (a page load served from
   * memory then costs no promise at all); undefined when it would have to wait for a load.
   */
  peek(key: string, reload: () => Promise<V>): { value: V } | undefined {
    return this.served(key, reload, this.now())?.loaded;
  }

  /**
   * A value loaded along with others (one query for many keys): kept unless the key has one within
   * its time to live or loading. One past its time, only served while it is read again, is replaced.
   */
  offer(key: string, value: V): void {
    const at = this.now();
    const hit = this.entries.get(key);
    if (hit && (hit.loaded ? this.servable(hit, at, 0) : hit.made <= at)) return;
    const entry = this.entry(Promise.resolve(value), at);
    this.loaded(entry, value);
    this.entries.set(key, entry);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  deleteWhere(test: (key: string) => boolean): void {
    for (const key of this.entries.keys()) if (test(key)) this.entries.delete(key);
  }

  /** The entry whose value can be served now, starting its reload if its time ran out; undefined if none. */
  private served(key: string, reload: () => Promise<V>, at: number): Entry<V> | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.made <= at && at < hit.until) return hit;
    if (!hit.loaded || !this.servable(hit, at)) return undefined;
    if (!hit.next) this.reload(key, hit, reload(), at);
    return hit;
  }

  /** Within its time to live or `graceMs` after, not past what the value itself says, not made after now. */
  private servable(entry: Entry<V>, at: number, graceMs = this.graceMs): boolean {
    return entry.made <= at && at < entry.until + graceMs && at < (entry.expires ?? Infinity);
  }

  /** The old entry stays until the reload resolves, and is replaced only if nothing replaced or deleted it meanwhile. */
  private reload(key: string, old: Entry<V>, value: Promise<V>, at: number): void {
    const next = (old.next = this.entry(value, at));
    value.then(
      (loaded) => {
        this.loaded(next, loaded);
        if (this.entries.get(key) === old) this.entries.set(key, next);
      },
      () => this.entries.get(key) === old && this.entries.delete(key),
    );
  }

  private loaded(entry: Entry<V>, value: V): void {
    entry.loaded = { value };
    const expires = this.expiresAt?.(value);
    if (expires === undefined) return;
    entry.expires = expires;
    entry.until = Math.min(entry.until, expires);
  }

  private entry(value: Promise<V>, at: number): Entry<V> {
    return { value, made: at, until: at + this.ttlMs * (1 - this.random() / 2) };
  }

  private sweep(at: number): void {
    for (const [key, entry] of this.entries) if (!this.servable(entry, at)) this.entries.delete(key);
  }
}
