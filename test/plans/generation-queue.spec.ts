import { type Entry, GenerationQueue } from '../../src/plans/generation-queue';

const entry = (id: string, eventId: string, parallel = false): Entry<null> => ({ id, eventId, parallel, timeLimitMs: 10_000, item: null });

function queued(q: GenerationQueue<null>, ...entries: Entry<null>[]): void {
  for (const e of entries) q.add(q.hold()!, e);
}

describe('GenerationQueue', () => {
  it('runs at most `slots` at once, the others in arrival order with their place', () => {
    const q = new GenerationQueue<null>(2, 10);
    queued(q, entry('a', 'e1'), entry('b', 'e2'), entry('c', 'e3'), entry('d', 'e4'));
    expect(q.startable().map((e) => e.id)).toEqual(['a', 'b']);
    expect([q.position('c'), q.position('d'), q.position('a')]).toEqual([1, 2, undefined]);
    expect(q.startable()).toEqual([]);
    q.done('a');
    expect(q.startable().map((e) => e.id)).toEqual(['c']);
  });

  it('runs one job per event unless it asks to run alongside', () => {
    const q = new GenerationQueue<null>(3, 10);
    queued(q, entry('a', 'e1'), entry('b', 'e1'), entry('c', 'e1', true), entry('d', 'e2'));
    expect(q.startable().map((e) => e.id)).toEqual(['a', 'c', 'd']);
    expect(q.position('b')).toBe(1);
    q.done('a');
    expect(q.startable()).toEqual([]);
    q.done('c');
    expect(q.startable().map((e) => e.id)).toEqual(['b']);
  });

  it('holds no more places than the free slots and the bound, counting requests still being prepared', () => {
    const q = new GenerationQueue<null>(1, 2);
    const tickets = [q.hold(), q.hold(), q.hold()];
    expect(tickets.every(Boolean)).toBe(true);
    expect(q.hold()).toBeUndefined();
    tickets[0]!.release();
    tickets[0]!.release();
    expect(q.hold()).toBeDefined();
    expect(q.hold()).toBeUndefined();
  });

  it('gives up a waiting job, and says how long a new one would wait', () => {
    const q = new GenerationQueue<null>(2, 10);
    queued(q, entry('a', 'e1'), entry('b', 'e1'), entry('c', 'e1'));
    q.startable();
    expect(q.retryAfterSeconds()).toBe(10);
    expect(q.remove('b')?.id).toBe('b');
    expect(q.position('c')).toBe(1);
    expect(q.has('a') && q.has('c') && !q.has('b')).toBe(true);
  });
});
