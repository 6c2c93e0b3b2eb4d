/**
 * How many failures (wrong organizer keys, unknown link tokens) a source may make: a token bucket
 * per source, in memory. Each failure takes a token; an empty bucket refuses the source's next
 * request for a while, whatever it sends, so that a right guess cannot be told from a wrong one
 * while refused. At most `maxSources` buckets are kept (the longest unused are dropped first), so a
 * flood of addresses cannot grow the map without bound.
 */
export interface BudgetOptions {
  /** Failures allowed in a burst. */
  burst: number;
  /** One failure more allowed every this many milliseconds. */
  refillMs: number;
  maxSources: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class FailureBudget {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly options: BudgetOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the source may try now, else the seconds to wait (for Retry-After). */
  waitSeconds(source: string): number {
    const bucket = this.buckets.get(source);
    if (!bucket) return 0;
    const tokens = this.refilled(bucket);
    return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) * this.options.refillMs) / 1000);
  }

  /** Counts one failure of the source. */
  fail(source: string): void {
    const bucket = this.buckets.get(source);
    const tokens = bucket ? this.refilled(bucket) : this.options.burst;
    // Re-inserted so that the map's order is the order of last use: the first key is the one to drop.
    this.buckets.delete(source);
    this.buckets.set(source, { tokens: Math.max(0, tokens - 1), at: this.now() });
    if (this.buckets.size > this.options.maxSources) this.buckets.delete(this.buckets.keys().next().value!);
  }

  get size(): number {
    return this.buckets.size;
  }

  private refilled(bucket: Bucket): number {
    return Math.min(this.options.burst, bucket.tokens + (this.now() - bucket.at) / this.options.refillMs);
  }
}
