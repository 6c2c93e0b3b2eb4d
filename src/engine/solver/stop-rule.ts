/**
 * When a search may stop for want of progress: no better plan for as long as the unimproved limit,
 * and for as long as the last better plan took to come; longer the larger the gap to the bounds (a
 * gap of 10 % doubles the quiet time allowed, 50 % allows six times as much); and, while the gap is
 * over 1 %, not before half the time is spent. Shared by the local search and the idle search, so
 * that the time goes where there is still something to win.
 */

/** How much longer the quiet time is per unit of gap to the bounds. */
const GAP_PATIENCE = 10;
const FAR_GAP = 0.01;

export class QuietRule {
  private patience = 1;
  private farFromBound = false;

  /** `unimprovedLimitMs` 0: never quiet enough (search until the deadline). */
  constructor(
    private readonly started: number,
    private readonly deadline: number,
    private readonly unimprovedLimitMs: number,
  ) {}

  /** The best plan's gap to the bounds, as a fraction (0 when proven). */
  setGap(gap: number): void {
    this.patience = 1 + GAP_PATIENCE * Math.min(1, gap);
    this.farFromBound = gap > FAR_GAP;
  }

  quietEnough(at: number, improvedAt: number): boolean {
    return (
      this.unimprovedLimitMs > 0 &&
      at - improvedAt > this.patience * Math.max(this.unimprovedLimitMs, improvedAt - this.started) &&
      (!this.farFromBound || at - this.started >= (this.deadline - this.started) / 2)
    );
  }
}
