/**
 * A queue that runs its work one at a time, in order: SQLite's one connection can hold one
 * transaction at a time, and a second BEGIN on it fails ("cannot start a transaction within a
 * transaction"). A failed work does not stop the ones after it.
 */
export function serially(): <T>(work: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (work) => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
}
