/** A small network-flow solver for the bounds: min-cost flow (value bounds) and max flow (meeting counts). */

/** Min-cost flow by successive shortest paths (Bellman–Ford queue), stopping when paths stop paying. */
export class Flow {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly next: number[] = [];

  constructor(private readonly n: number) {
    this.head = new Array<number>(n).fill(-1);
  }

  /** Adds an edge; returns its number, for `flowOn`. */
  edge(a: number, b: number, cap: number, cost: number): number {
    for (const [u, v, c, w] of [
      [a, b, cap, cost],
      [b, a, 0, -cost],
    ]) {
      this.to.push(v);
      this.cap.push(c);
      this.cost.push(w);
      this.next.push(this.head[u]);
      this.head[u] = this.to.length - 1;
    }
    return this.to.length - 2;
  }

  /** The flow an edge carries (what its reverse edge could send back). */
  flowOn(edge: number): number {
    return this.cap[edge ^ 1];
  }

  edgeCount(): number {
    return this.to.length / 2;
  }

  minCost(s: number, t: number): number {
    let total = 0;
    const dist = new Float64Array(this.n);
    const via = new Int32Array(this.n);
    const queued = new Uint8Array(this.n);
    for (;;) {
      dist.fill(Infinity);
      via.fill(-1);
      dist[s] = 0;
      const queue = [s];
      queued[s] = 1;
      for (let qi = 0; qi < queue.length; qi++) {
        const u = queue[qi];
        queued[u] = 0;
        for (let k = this.head[u]; k >= 0; k = this.next[k]) {
          const v = this.to[k];
          if (this.cap[k] > 0 && dist[u] + this.cost[k] < dist[v]) {
            dist[v] = dist[u] + this.cost[k];
            via[v] = k;
            if (!queued[v]) {
              queued[v] = 1;
              queue.push(v);
            }
          }
        }
      }
      if (dist[t] >= 0) return total;
      let push = Infinity;
      for (let v = t; v !== s; v = this.to[via[v] ^ 1]) push = Math.min(push, this.cap[via[v]]);
      for (let v = t; v !== s; v = this.to[via[v] ^ 1]) {
        this.cap[via[v]] -= push;
        this.cap[via[v] ^ 1] += push;
      }
      total += push * dist[t];
    }
  }

  /** Maximum flow from s to t (Dinic's algorithm); costs are ignored. Uses up the capacities. */
  maxFlow(s: number, t: number): number {
    let total = 0;
    const level = new Int32Array(this.n);
    const cursor = new Int32Array(this.n);
    const push = (u: number, limit: number): number => {
      if (u === t) return limit;
      for (; cursor[u] >= 0; cursor[u] = this.next[cursor[u]]) {
        const k = cursor[u];
        const v = this.to[k];
        if (this.cap[k] <= 0 || level[v] !== level[u] + 1) continue;
        const pushed = push(v, Math.min(limit, this.cap[k]));
        if (pushed > 0) {
          this.cap[k] -= pushed;
          this.cap[k ^ 1] += pushed;
          return pushed;
        }
      }
      return 0;
    };
    for (;;) {
      level.fill(-1);
      level[s] = 0;
      const queue = [s];
      for (let qi = 0; qi < queue.length; qi++) {
        const u = queue[qi];
        for (let k = this.head[u]; k >= 0; k = this.next[k]) {
          if (this.cap[k] > 0 && level[this.to[k]] < 0) {
            level[this.to[k]] = level[u] + 1;
            queue.push(this.to[k]);
          }
        }
      }
      if (level[t] < 0) return total;
      for (let u = 0; u < this.n; u++) cursor[u] = this.head[u];
      for (let pushed = push(s, Infinity); pushed > 0; pushed = push(s, Infinity)) total += pushed;
    }
  }
}
