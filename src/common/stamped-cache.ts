/**
 * One value per key, built again only when the key's stamp changes (for the members' pages: the
 * event's version in force). The stamp is asked at most once per `freshMs`, and by one caller at
 * a time: a burst of loads arriving as the period ends makes one query, not one each, and the
 * value is built once per stamp. Without this, 1,000 concurrent loads each queried the database
 * and rebuilt the plan, and the pages were four times slower. For one more period, the last value
 * is served while the stamp is asked again in the background.
 */
interface Entry<S, V> {
  checkedAt: number;
  /** When a caller last asked for it: keys asked for recently are kept fresh. */
  askedAt: number;
  stamp: S;
  value: Promise<V>;
}

export class StampedCache<S, V> {
  private readonly entries = new Map<string, Entry<S, V>>();
  private readonly checks = new Map<string, Promise<Entry<S, V>>>();
  /** Counts `forget` calls, so that a check that straddles one is not kept. */
  private forgotten = 0;

  constructor(
    private readonly freshMs: number,
    private readonly stampOf: (key: string) => Promise<S>,
    private readonly build: (key: string) => Promise<V>,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * The last stamp, without waiting, if it was checked less than `freshMs` ago, or less than twice
   * that: then a check starts in the background, and loads go on with the stamp they had instead
   * of all waiting for one query. Undefined when it must be asked first.
   */
  checked(key: string): { readonly stamp: S } | undefined {
    return this.served(key);
  }

  /** The value for the last stamp, on the same terms as `checked`; otherwise once the stamp is asked. */
  get(key: string): Promise<V> {
    return this.served(key)?.value ?? this.sharedCheck(key).then((checked) => checked.value);
  }

  /** The value is stale (a publish here): the next `get` asks again and builds anew. */
  forget(key: string): void {
    this.forgotten++;
    this.entries.delete(key);
    this.checks.delete(key);
  }

  /**
   * Checks again, in the background, the keys asked for within `activeMs` whose stamp is half
   * through its period: after a quiet spell (a break between rounds), the loads arriving all at
   * once find a stamp they can use instead of all waiting for one query.
   */
  keepFresh(activeMs: number): void {
    const at = this.now();
    for (const [key, entry] of this.entries) {
      if (at - entry.askedAt < activeMs && at - entry.checkedAt >= this.freshMs / 2 && !this.checks.has(key)) this.sharedCheck(key).catch(() => undefined);
    }
  }

  /** One check at a time per key, shared by whoever asks while it runs. */
  private sharedCheck(key: string): Promise<Entry<S, V>> {
    let check = this.checks.get(key);
    if (!check) {
      check = this.check(key).finally(() => this.checks.get(key) === check && this.checks.delete(key));
      this.checks.set(key, check);
    }
    return check;
  }

  private async check(key: string): Promise<Entry<S, V>> {
    const asked = this.forgotten;
    const stamp = await this.stampOf(key);
    const entry = this.entries.get(key);
    if (entry && entry.stamp === stamp) {
      entry.checkedAt = this.now();
      return entry;
    }
    const fresh: Entry<S, V> = { checkedAt: this.now(), askedAt: entry?.askedAt ?? this.now(), stamp, value: this.build(key) };
    // A forget during the query made its answer stale: serve it to those who asked, keep it for nobody.
    if (this.forgotten === asked) this.entries.set(key, fresh);
    fresh.value.catch(() => this.entries.get(key) === fresh && this.entries.delete(key));
    return fresh;
  }

  private served(key: string): Entry<S, V> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const at = this.now();
    entry.askedAt = at;
    const age = at - entry.checkedAt;
    if (age >= 2 * this.freshMs) return undefined;
    if (age >= this.freshMs && !this.checks.has(key)) this.sharedCheck(key).catch(() => undefined);
    return entry;
  }
}
