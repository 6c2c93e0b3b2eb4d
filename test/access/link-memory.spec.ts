import { type Link, LinkMemory } from '../../src/access/link-memory';

/** A store of links that counts its queries; `hold` keeps the next event query waiting until released. */
function store(links: Link[]) {
  const queries = { one: 0, ofEvent: 0 };
  let held: (() => void) | undefined;
  let holding = false;
  return {
    queries,
    links,
    hold: () => (holding = true),
    release: () => held?.(),
    one: async (token: string) => {
      queries.one++;
      return links.find((l) => l.token === token);
    },
    ofEvent: async (eventId: string) => {
      queries.ofEvent++;
      const answer = links.filter((l) => l.eventId === eventId);
      if (holding) await new Promise<void>((r) => (held = r));
      return answer;
    },
  };
}

const settled = () => new Promise((r) => setImmediate(r));

describe('LinkMemory', () => {
  const event1 = [{ token: 'a', eventId: 'e1' }, { token: 'b', eventId: 'e1' }, { token: 'c', eventId: 'e1' }];
  const event2 = [{ token: 'd', eventId: 'e2' }];

  it('knows nothing before a link is opened, then brings in the same event\'s links with one query', async () => {
    const s = store([...event1, ...event2]);
    const memory = new LinkMemory(s, 10_000, () => 0);
    expect(memory.known('a')).toBeUndefined();
    expect(await memory.resolve('a')).toEqual(event1[0]);
    await settled();
    expect(memory.known('b')).toEqual(event1[1]);
    expect(await memory.resolve('c')).toEqual(event1[2]);
    expect(memory.known('d')).toBeUndefined();
    expect(s.queries).toEqual({ one: 1, ofEvent: 1 });
  });

  it('brings an event in at most once per time to live', async () => {
    let now = 0;
    const s = store(event1);
    const memory = new LinkMemory(s, 10_000, () => now);
    await memory.resolve('a');
    await settled();
    now = 9_999;
    memory.revoked('b');
    await memory.resolve('b');
    expect(s.queries).toEqual({ one: 2, ofEvent: 1 });
    now = 10_000;
    memory.revoked('c');
    await memory.resolve('c');
    expect(s.queries).toEqual({ one: 3, ofEvent: 2 });
  });

  it('does not remember an unknown token', async () => {
    const s = store(event1);
    const memory = new LinkMemory(s, 10_000, () => 0);
    expect(await memory.resolve('zzz')).toBeUndefined();
    s.links.push({ token: 'zzz', eventId: 'e1' });
    expect(await memory.resolve('zzz')).toEqual({ token: 'zzz', eventId: 'e1' });
  });

  it('keeps nothing from a batch read while a link was revoked', async () => {
    const s = store(event1);
    const memory = new LinkMemory(s, 10_000, () => 0);
    s.hold();
    await memory.resolve('a');
    s.links.splice(1, 1); // b revoked in the store...
    memory.revoked('b'); // ...and here, while the batch (read before) was on its way
    s.release();
    await settled();
    expect(memory.known('b')).toBeUndefined();
    expect(memory.known('c')).toBeUndefined();
    expect(await memory.resolve('b')).toBeUndefined();
  });
});
