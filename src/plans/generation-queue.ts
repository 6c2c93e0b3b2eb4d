/**
 * Which generations run now and which wait, on this instance: at most `slots` at once (an engine
 * takes a core; 200 started together once ran 132 worker threads and took 3 GB), one at a time per
 * event unless a job asks to run alongside (`parallel`), the others in arrival order. Past `bound`
 * waiting, a new one is refused (the caller answers 429). A place is held from the moment a
 * request is accepted, before its job is stored, so that a burst of requests cannot all pass the
 * bound while each is still loading its event.
 */
export interface Entry<T> {
  id: string;
  eventId: string;
  parallel: boolean;
  timeLimitMs: number;
  item: T;
}

/** A place held in the queue for a request still being prepared. */
export interface Ticket {
  release(): void;
}

export class GenerationQueue<T> {
  private readonly waiting: Entry<T>[] = [];
  /** Running job id → its event. */
  private readonly active = new Map<string, string>();
  private held = 0;

  constructor(
    private readonly slots: number,
    private readonly bound: number,
  ) {}

  /** A place for a request about to add its job, or undefined when the queue is full. */
  hold(): Ticket | undefined {
    if (this.waiting.length + this.held >= this.bound + Math.max(0, this.slots - this.active.size)) return undefined;
    this.held++;
    let released = false;
    return {
      release: () => {
        if (!released) this.held--;
        released = true;
      },
    };
  }

  /** Adds a stored job in the place its ticket held. */
  add(ticket: Ticket, entry: Entry<T>): void {
    ticket.release();
    this.waiting.push(entry);
  }

  /** 1 for the next to run; undefined when the job does not wait here. */
  position(id: string): number | undefined {
    const i = this.waiting.findIndex((e) => e.id === id);
    return i < 0 ? undefined : i + 1;
  }

  has(id: string): boolean {
    return this.active.has(id) || this.position(id) !== undefined;
  }

  /** Takes a waiting job out of the queue (cancelled, ended elsewhere, its event removed). */
  remove(id: string): Entry<T> | undefined {
    const i = this.waiting.findIndex((e) => e.id === id);
    return i < 0 ? undefined : this.waiting.splice(i, 1)[0];
  }

  waitingEntries(): readonly Entry<T>[] {
    return this.waiting;
  }

  /** The jobs that may start now, in arrival order, counted as running from now. */
  startable(): Entry<T>[] {
    const started: Entry<T>[] = [];
    for (let i = 0; i < this.waiting.length && this.active.size < this.slots;) {
      const entry = this.waiting[i];
      const busy = [...this.active.values()].includes(entry.eventId);
      if (entry.parallel || !busy) {
        this.waiting.splice(i, 1);
        this.active.set(entry.id, entry.eventId);
        started.push(entry);
      } else i++;
    }
    return started;
  }

  /** A running job has ended: its slot is free. */
  done(id: string): void {
    this.active.delete(id);
  }

  /** About how long until a place frees up: the waiting jobs' time limits shared among the slots. */
  retryAfterSeconds(): number {
    const ms = this.waiting.reduce((sum, e) => sum + e.timeLimitMs, 0) / this.slots;
    return Math.max(1, Math.min(600, Math.ceil(ms / 1000)));
  }
}
