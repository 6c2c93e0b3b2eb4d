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
  const event1 = [
    { token: 'a', eventId: 'e1' },
    { token: 'b', eventId: 'e1' },
    { token: 'c', eventId: 'e1' },
  ];
  const event2 = [{ token: 'd', eventId: 'e2' }];

  it("knows nothing before a link is opened, then brings in the same event's links with one query", async () => {
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

  it('keeps the links of an event in use in memory, read again once per time to live, and lets go of one no longer in use', async () => {
    let now = 0;
    const s = store([...event1, ...event2]);
    const memory = new LinkMemory(s, 10_000, () => now);
    await memory.resolve('a');
    await settled();
    memory.keepWarm(60_000);
    expect(s.queries).toEqual({ one: 1, ofEvent: 1 });
    // A quiet spell: nobody opens a link, yet every link of the event stays known, with no query at the first load.
    for (const at of [5_000, 10_000, 15_000, 20_000, 25_000, 30_000, 35_000, 40_000, 45_000, 50_000]) {
      now = at;
      memory.keepWarm(60_000);
      await settled();
    }
    expect(s.queries).toEqual({ one: 1, ofEvent: 6 });
    expect(memory.known('c')).toEqual(event1[2]);
    expect(memory.known('d')).toBeUndefined();
    memory.keepWarm(60_000); // the service's next pass, in the same second: it notes the event asked for at 50 s
    // Last asked for at 50 s: from 110 s on it is no longer in use, and is not read again.
    now = 110_000;
    memory.keepWarm(60_000);
    now = 130_000;
    memory.keepWarm(60_000);
    await settled();
    expect(s.queries).toEqual({ one: 1, ofEvent: 6 });
    expect(memory.known('a')).toBeUndefined();
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
