/**
 * One value per key, built again only when the key's stamp changes (for the members' pages: the
 * event's version in force). The stamp is asked at most once per `freshMs`, and by one caller at
 * a time: a burst of loads arriving as the period ends makes one query, not one each, and the
 * value is built once per stamp. Without this, 1,000 concurrent loads each queried the database
 * and rebuilt the plan, and the pages were four times slower.
 */
interface Entry<S, V> {
  checkedAt: number;
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

  /** The stamp if it was checked less than `freshMs` ago; undefined when it must be asked again. */
  checked(key: string): { stamp: S } | undefined {
    const entry = this.fresh(key);
    return entry && { stamp: entry.stamp };
  }

  get(key: string): Promise<V> {
    const entry = this.fresh(key);
    if (entry) return entry.value;
    let check = this.checks.get(key);
    if (!check) {
      check = this.check(key).finally(() => this.checks.get(key) === check && this.checks.delete(key));
      this.checks.set(key, check);
    }
    return check.then((checked) => checked.value);
  }

  /** The value is stale (a publish here): the next `get` asks again and builds anew. */
  forget(key: string): void {
    this.forgotten++;
    this.entries.delete(key);
    this.checks.delete(key);
  }

  private async check(key: string): Promise<Entry<S, V>> {
    const asked = this.forgotten;
    const stamp = await this.stampOf(key);
    const entry = this.entries.get(key);
    if (entry && entry.stamp === stamp) {
      entry.checkedAt = this.now();
      return entry;
    }
    const fresh: Entry<S, V> = { checkedAt: this.now(), stamp, value: this.build(key) };
    // A forget during the query made its answer stale: serve it to those who asked, keep it for nobody.
    if (this.forgotten === asked) this.entries.set(key, fresh);
    fresh.value.catch(() => this.entries.get(key) === fresh && this.entries.delete(key));
    return fresh;
  }

  private fresh(key: string): Entry<S, V> | undefined {
    const entry = this.entries.get(key);
    return entry && this.now() - entry.checkedAt < this.freshMs ? entry : undefined;
  }
}
