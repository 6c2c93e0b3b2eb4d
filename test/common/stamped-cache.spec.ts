import { StampedCache } from '../../src/common/stamped-cache';

/** A stamp source and a builder that count their calls; stamps answer when released. */
function fixture() {
  let now = 0;
  let stamp = 1;
  const calls = { stamp: 0, build: 0 };
  const waiting: (() => void)[] = [];
  const cache = new StampedCache<number, string>(
    1000,
    async () => {
      calls.stamp++;
      const answer = stamp;
      await new Promise<void>((r) => waiting.push(r));
      return answer;
    },
    async (key) => `${key}@${stamp}#${++calls.build}`,
    () => now,
  );
  const release = async () => {
    for (let i = 0; i < 5; i++) {
      while (waiting.length) waiting.shift()!();
      await new Promise((r) => setImmediate(r));
    }
  };
  /** The first load of a key, done. */
  const loaded = async (key: string) => {
    const first = cache.get(key);
    await release();
    return first;
  };
  return { cache, calls, release, loaded, at: (ms: number) => (now = ms), publish: (s: number) => (stamp = s) };
}

describe('StampedCache', () => {
  it('answers a burst of concurrent loads with one stamp query and one build', async () => {
    const f = fixture();
    const loads = Array.from({ length: 100 }, () => f.cache.get('ev'));
    await f.release();
    expect(new Set(await Promise.all(loads))).toEqual(new Set(['ev@1#1']));
    expect(f.calls).toEqual({ stamp: 1, build: 1 });
  });

  it('asks again once the period is over, by one caller, and builds again only for a new stamp', async () => {
    const f = fixture();
    await f.loaded('ev');
    f.at(999);
    expect(await f.cache.get('ev')).toBe('ev@1#1');
    expect(f.cache.checked('ev')?.stamp).toBe(1);
    f.at(2000);
    expect(f.cache.checked('ev')).toBeUndefined();
    f.at(1000);
    const same = [f.cache.get('ev'), f.cache.get('ev')];
    await f.release();
    expect(await Promise.all(same)).toEqual(['ev@1#1', 'ev@1#1']);
    expect(f.calls).toEqual({ stamp: 2, build: 1 });
    f.at(3000);
    f.publish(2);
    const fresh = [f.cache.get('ev'), f.cache.get('ev')];
    await f.release();
    expect(await Promise.all(fresh)).toEqual(['ev@2#2', 'ev@2#2']);
    expect(f.calls).toEqual({ stamp: 3, build: 2 });
  });

  it('answers the last stamp and value just past the period while one check runs in the background, then the new ones', async () => {
    const f = fixture();
    await f.loaded('ev');
    f.at(1500);
    f.publish(2);
    expect(f.cache.checked('ev')?.stamp).toBe(1);
    expect(f.cache.checked('ev')?.stamp).toBe(1);
    expect(await f.cache.get('ev')).toBe('ev@1#1');
    expect(f.calls.stamp).toBe(2);
    await f.release();
    expect(f.cache.checked('ev')?.stamp).toBe(2);
    expect(await f.cache.get('ev')).toBe('ev@2#2');
    expect(f.calls).toEqual({ stamp: 2, build: 2 });
  });

  it('keeps the stamp of a key in use fresh between loads, and stops once it is no longer asked for', async () => {
    const f = fixture();
    await f.loaded('ev');
    const quiet = async (from: number, to: number) => {
      for (let t = from; t <= to; t += 250) {
        f.at(t);
        f.cache.keepFresh(12_000);
        await f.release();
      }
    };
    f.at(400);
    f.cache.keepFresh(12_000);
    expect(f.calls.stamp).toBe(1); // not yet half through its period
    // Nobody loads for 9.5 s: a load then still finds a stamp, with no query to wait for.
    await quiet(500, 9_500);
    expect(f.calls.stamp).toBeGreaterThanOrEqual(9);
    // A version published meanwhile (on another instance) shows within the period, as with loads.
    f.publish(2);
    await quiet(9_750, 10_000);
    expect(f.cache.checked('ev')?.stamp).toBe(2);
    expect(await f.cache.get('ev')).toBe('ev@2#2');
    // Last asked for at 10 s: from 22 s on it is no longer checked, and goes stale.
    await quiet(10_250, 21_750);
    const checks = f.calls.stamp;
    await quiet(22_000, 32_000);
    expect(f.calls.stamp).toBe(checks);
    expect(f.cache.checked('ev')).toBeUndefined();
  });

  it('keeps nothing from a check that a forget overtook, and asks again at once', async () => {
    const f = fixture();
    const before = f.cache.get('ev');
    f.publish(2);
    f.cache.forget('ev');
    await f.release();
    expect(await before).toBe('ev@2#1'); // served to those who asked...
    expect(f.cache.checked('ev')).toBeUndefined(); // ...but kept for nobody
    const after = f.cache.get('ev');
    await f.release();
    expect(await after).toBe('ev@2#2');
    expect(f.calls.stamp).toBe(2);
  });

  it('forgets a value whose build failed', async () => {
    let fail = true;
    const cache = new StampedCache<number, string>(
      1000,
      async () => 1,
      async () => {
        if (fail) throw new Error('down');
        return 'ok';
      },
      () => 0,
    );
    await expect(cache.get('ev')).rejects.toThrow('down');
    await new Promise((r) => setImmediate(r));
    fail = false;
    expect(await cache.get('ev')).toBe('ok');
  });
});
