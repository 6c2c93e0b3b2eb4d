import { TtlCache } from '../../src/common/ttl-cache';

describe('TtlCache', () => {
  let now = 0;
  let random = 0;
  const cache = () => new TtlCache<string>(1000, () => now, () => random);

  beforeEach(() => {
    now = 0;
    random = 0;
  });

  it('loads once within the time to live, again after it', async () => {
    const c = cache();
    let loads = 0;
    const load = async () => `v${++loads}`;
    expect(await c.get('k', load)).toBe('v1');
    now = 999;
    expect(await c.get('k', load)).toBe('v1');
    now = 1000;
    expect(await c.get('k', load)).toBe('v2');
  });

  it('spreads expiries over the second half of the time to live', async () => {
    const c = cache();
    let loads = 0;
    const load = async () => `v${++loads}`;
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
    let loads = 0;
    const load = async () => `v${++loads}`;
    now = 10_000;
    expect(await c.get('k', load)).toBe('v1');
    now = 9_999;
    expect(await c.get('k', load)).toBe('v2');
  });

  it('peeks at a loaded, fresh value without waiting, and at nothing while it loads, after it expires or fails', async () => {
    const c = cache();
    let finish!: (v: string) => void;
    const loading = c.get('k', () => new Promise<string>((r) => (finish = r)));
    expect(c.peek('k')).toBeUndefined();
    finish('v1');
    await loading;
    expect(c.peek('k')).toEqual({ value: 'v1' });
    expect(c.peek('other')).toBeUndefined();
    now = 1000;
    expect(c.peek('k')).toBeUndefined();
    await expect(c.get('bad', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await new Promise((r) => setImmediate(r));
    expect(c.peek('bad')).toBeUndefined();
    expect(await c.get('bad', async () => 'ok')).toBe('ok');
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
    await new Promise((r) => setImmediate(r));
    expect(await c.get('k', async () => 'ok')).toBe('ok');
    c.delete('k');
    expect(await c.get('k', async () => 'fresh')).toBe('fresh');
    await c.get('ev1|a', async () => 'a');
    c.deleteWhere((key) => key.startsWith('ev1|'));
    expect(await c.get('ev1|a', async () => 'a2')).toBe('a2');
  });
});
