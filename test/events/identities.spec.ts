import { type Incoming, type Known, matchIdentities } from '../../src/events/import/identities';

const fresh = { prefix: 'm', retired: [] as string[] };

describe('stable identities', () => {
  const known: Known[] = [
    { id: 'm1', name: 'Ana Martin', email: 'ana@example.org', scope: 'g1' },
    { id: 'm2', name: 'Zoé Durand', scope: 'g1' },
    { id: 'm3', name: 'Éric Côté', email: 'eric@example.org', scope: 'g2' },
  ];

  it('keeps everyone’s id when rows are reordered, added and removed', () => {
    const incoming: Incoming[] = [
      { name: 'Léa Nouvelle', scope: 'g1' },
      { name: 'Zoé DURAND', scope: 'g1' },
      { name: 'Mme Ana Martin', email: 'ANA@example.org', scope: 'g1' },
    ];
    const matching = matchIdentities(incoming, known, fresh);
    expect(matching.ids).toEqual(['m4', 'm2', 'm1']);
    expect(matching.linkChanges).toEqual([]);
  });

  it('matches by the id column first, then e-mail (a member who moved group), then group and name', () => {
    const incoming: Incoming[] = [
      { name: 'Éric Côté', email: 'eric@example.org', scope: 'g1' },
      { id: 'm1', name: 'Ana Martin-Roy', scope: 'g2' },
      { name: 'Zoé Durand', scope: 'g2' },
    ];
    const matching = matchIdentities(incoming, known, fresh);
    expect(matching.ids).toEqual(['m3', 'm1', 'm4']);
    expect(matching.linkChanges).toEqual([]);
  });

  it('never gives a new person an id someone has, had (retired) or the sheet gives', () => {
    const incoming: Incoming[] = [{ name: 'A' }, { id: 'm5', name: 'B' }, { name: 'C' }];
    expect(matchIdentities(incoming, known, { prefix: 'm', retired: ['m4', 'm6'] }).ids).toEqual(['m7', 'm5', 'm8']);
  });

  it('reports whose link would open someone else’s page: an id now on another person, an address now someone else’s', () => {
    const incoming: Incoming[] = [
      { id: 'm2', name: 'Paul Lebrun', scope: 'g1' },
      { name: 'Marie Petit', email: 'eric@example.org', scope: 'g2' },
      { id: 'm1', name: 'Ana Martin', email: 'ana@example.org' },
    ];
    expect(matchIdentities(incoming, known, fresh).linkChanges).toEqual([
      { id: 'm2', before: 'Zoé Durand', after: 'Paul Lebrun' },
      { id: 'm3', before: 'Éric Côté', after: 'Marie Petit' },
    ]);
  });

  it('does not match by an address two people share, and takes homonyms of one group in order', () => {
    const couple: Known[] = [
      { id: 'm1', name: 'Paul Roy', email: 'roy@example.org', scope: 'g1' },
      { id: 'm2', name: 'Marie Roy', email: 'roy@example.org', scope: 'g1' },
    ];
    const incoming: Incoming[] = [
      { name: 'Marie Roy', email: 'roy@example.org', scope: 'g1' },
      { name: 'Paul Roy', email: 'roy@example.org', scope: 'g1' },
    ];
    expect(matchIdentities(incoming, couple, fresh)).toMatchObject({ ids: ['m2', 'm1'], linkChanges: [] });
  });

  it('matches 380 groups of a file over a 400-group event without a collision', () => {
    const groups: Known[] = Array.from({ length: 400 }, (_, i) => ({ id: `g${i + 1}`, name: `Groupe ${i + 1}` }));
    const incoming: Incoming[] = Array.from({ length: 380 }, (_, i) => ({ name: `groupe ${400 - i}` }));
    const matching = matchIdentities([...incoming, { name: 'Groupe nouveau' }], groups, { prefix: 'g', retired: [] });
    expect(matching.ids.slice(0, 3)).toEqual(['g400', 'g399', 'g398']);
    expect(matching.ids[380]).toBe('g401');
    expect(new Set(matching.ids).size).toBe(381);
  });
});
