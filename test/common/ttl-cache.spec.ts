import { TtlCache } from '../../src/common/ttl-cache';

describe('TtlCache', () => {
  let now = 0;
  const cache = () => new TtlCache<string>(1000, () => now);

  beforeEach(() => (now = 0));

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
