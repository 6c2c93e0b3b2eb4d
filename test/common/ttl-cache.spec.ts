import { TtlCache } from '../../src/common/ttl-cache';

/** Resolves once the loads' `then` callbacks have run. */
const settled = () => new Promise((r) => setImmediate(r));

describe('TtlCache', () => {
  let now = 0;
  let random = 0;
  const cache = (graceMs?: number) => new TtlCache<string>(1000, { graceMs, now: () => now, random: () => random });
  const counting = () => {
    let loads = 0;
    const load = async () => `v${++loads}`;
    return { load, loads: () => loads };
  };

  beforeEach(() => {
    now = 0;
    random = 0;
  });

  it('loads once within the time to live; after it, serves the old value once while it reloads', async () => {
    const c = cache();
    const { load, loads } = counting();
    expect(await c.get('k', load)).toBe('v1');
    now = 999;
    expect(await c.get('k', load)).toBe('v1');
    now = 1000;
    expect(await Promise.all([c.get('k', load), c.get('k', load)])).toEqual(['v1', 'v1']);
    expect(loads()).toBe(2);
    await settled();
    expect(await c.get('k', load)).toBe('v2');
    expect(loads()).toBe(2);
  });

  it('waits for a new load once the grace period after the time to live is over too', async () => {
    const c = cache(500);
    const { load, loads } = counting();
    await c.get('k', load);
    now = 1499;
    expect(await c.get('k', load)).toBe('v1');
    await settled();
    now = 1499 + 1000 + 500; // past v2's time and its grace period
    expect(await c.get('k', load)).toBe('v3');
    expect(loads()).toBe(3);
  });

  it('spreads expiries over the second half of the time to live', async () => {
    const c = cache(0);
    const { load } = counting();
    random = 1;
    expect(await c.get('k', load)).toBe('v1');
    now = 499;
    expect(await c.get('k', load)).toBe('v1');
    now = 500;
    expect(await c.get('k', load)).toBe('v2');
    random = 0.5;
    now = 1500;
    expect(await c.get('k', load)).toBe('v3');
    now = 2249;
    expect(await c.get('k', load)).toBe('v3');
    now = 2250;
    expect(await c.get('k', load)).toBe('v4');
  });

  it('loads again when the clock goes back before the entry was made (a rehearsal clock rewound)', async () => {
    const c = cache();
    const { load } = counting();
    now = 10_000;
    expect(await c.get('k', load)).toBe('v1');
    now = 9_999;
    expect(c.peek('k', load)).toBeUndefined();
    expect(await c.get('k', load)).toBe('v2');
  });

  it('peeks at a loaded value without waiting, and at nothing while it first loads, after the grace period or after a failure', async () => {
    const c = cache();
    const { load: reload, loads } = counting();
    let finish!: (v: string) => void;
    const loading = c.get('k', () => new Promise<string>((r) => (finish = r)));
    expect(c.peek('k', reload)).toBeUndefined();
    finish('v1');
    await loading;
    expect(c.peek('k', reload)).toEqual({ value: 'v1' });
    expect(c.peek('other', reload)).toBeUndefined();
    now = 2000;
    expect(c.peek('k', reload)).toBeUndefined();
    await expect(c.get('bad', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await settled();
    expect(c.peek('bad', reload)).toBeUndefined();
    expect(await c.get('bad', async () => 'ok')).toBe('ok');
    expect(loads()).toBe(0);
  });

  it('serves the old value to peeks while one reload runs, and the reloaded value for a full period after', async () => {
    const c = cache();
    await c.get('k', async () => 'v1');
    let reloads = 0;
    let finish!: (v: string) => void;
    const reload = () => {
      reloads++;
      return new Promise<string>((r) => (finish = r));
    };
    now = 1000;
    expect(c.peek('k', reload)).toEqual({ value: 'v1' });
    expect(c.peek('k', reload)).toEqual({ value: 'v1' });
    expect(await c.get('k', reload)).toBe('v1');
    expect(reloads).toBe(1);
    finish('v2');
    await settled();
    expect(c.peek('k', reload)).toEqual({ value: 'v2' });
    now = 1999;
    expect(c.peek('k', reload)).toEqual({ value: 'v2' });
    expect(reloads).toBe(1);
  });

  it('keeps nothing from a reload that failed, or that a delete overtook', async () => {
    const c = cache();
    await c.get('k', async () => 'v1');
    now = 1000;
    expect(c.peek('k', () => Promise.reject(new Error('down')))).toEqual({ value: 'v1' });
    await settled();
    expect(c.peek('k', async () => 'unused')).toBeUndefined();
    expect(await c.get('k', async () => 'v2')).toBe('v2');
    now = 2000;
    let finish!: (v: string) => void;
    expect(c.peek('k', () => new Promise<string>((r) => (finish = r)))).toEqual({ value: 'v2' });
    c.delete('k');
    finish('stale');
    await settled();
    expect(c.peek('k', async () => 'unused')).toBeUndefined();
    expect(await c.get('k', async () => 'v3')).toBe('v3');
  });

  it('keeps a value offered with others only where the key has none within its time or loading', async () => {
    const c = cache();
    let finish!: (v: string) => void;
    const loading = c.get('loading', () => new Promise<string>((r) => (finish = r)));
    await c.get('served', async () => 'own');
    c.offer('new', 'offered');
    c.offer('served', 'offered');
    c.offer('loading', 'offered');
    expect(c.peek('new', async () => 'unused')).toEqual({ value: 'offered' });
    expect(c.peek('served', async () => 'unused')).toEqual({ value: 'own' });
    finish('loaded');
    expect(await loading).toBe('loaded');
    now = 1500; // past its time, in its grace period: only served while read again, so an offer replaces it
    c.offer('served', 'offered later');
    expect(c.peek('served', async () => 'unused')).toEqual({ value: 'offered later' });
    now = 5000; // past time and grace
    c.offer('served', 'offered last');
    expect(c.peek('served', async () => 'unused')).toEqual({ value: 'offered last' });
  });

  it('does not serve a value past the instant it says it goes stale, not even in the grace period', async () => {
    const c = new TtlCache<{ text: string; until?: number }>(1000, { now: () => now, random: () => 0, expiresAt: (v) => v.until });
    let loads = 0;
    const load = async () => ({ text: `v${++loads}`, until: 600 });
    expect((await c.get('k', load)).text).toBe('v1');
    now = 599;
    expect(c.peek('k', load)?.value.text).toBe('v1');
    now = 600;
    expect(c.peek('k', load)).toBeUndefined();
    expect((await c.get('k', load)).text).toBe('v2');
    expect(loads).toBe(2);
    // A value without an instant of its own lives its time to live.
    const plain = new TtlCache<{ text: string; until?: number }>(1000, { now: () => now, random: () => 0, expiresAt: (v) => v.until });
    await plain.get('k', async () => ({ text: 'forever' }));
    now = 1599;
    expect(plain.peek('k', load)?.value.text).toBe('forever');
  });

  it('shares one load between concurrent callers', async () => {
    const c = cache();
    let loads = 0;
    const load = () => new Promise<string>((r) => setTimeout(() => r(`v${++loads}`), 5));
    expect(await Promise.all([c.get('k', load), c.get('k', load), c.get('k', load)])).toEqual(['v1', 'v1', 'v1']);
  });

  it('forgets a failed load, a deleted key, and keys matching a test', async () => {
    const c = cache();
    await expect(c.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await settled();
    expect(await c.get('k', async () => 'ok')).toBe('ok');
    c.delete('k');
    expect(await c.get('k', async () => 'fresh')).toBe('fresh');
    await c.get('ev1|a', async () => 'a');
    c.deleteWhere((key) => key.startsWith('ev1|'));
    expect(await c.get('ev1|a', async () => 'a2')).toBe('a2');
  });
});
