/**
 * The engine's view of stored instances, shared by every reader (plans, adjustments, live, pages):
 * loading and checking a 200-group instance costs the engine 25–50 ms, and every reader used to do
 * it again. Each value is made once per key, the key naming one state that never changes (an
 * event at a revision, a version's input by its hash), so nothing is ever invalidated: a new
 * revision is a new key, and the oldest keys leave first once there are more than `capacity`.
 */
export class EngineViews<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string, make: () => V): V {
    return this.find(key) ?? this.keep(key, make());
  }

  find(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (hit === undefined) return undefined;
    // A Map iterates in insertion order: taken out and put back, the key is the newest.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  keep(key: string, value: V): V {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
