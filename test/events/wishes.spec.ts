import { ExpertDirectory } from '../../src/events/import/expert-directory';
import { readWishes, weightOfPriority } from '../../src/events/import/wishes';

describe('wishes in one cell', () => {
  const experts = new ExpertDirectory([
    { id: 'e1', name: 'Hélène Dupont' },
    { id: 'e2', name: 'Paul Durand' },
    { id: 'e3', name: 'Agnès Quéré' },
    { id: 'e4', name: 'Marc Dupont' },
  ]);

  it('reads priorities as weights on the one 1..10 scale: priority 1 is 10', () => {
    expect([1, 2, 10].map((p) => weightOfPriority(String(p)))).toEqual([10, 9, 1]);
    expect(weightOfPriority('0')).toBeUndefined();
    expect(weightOfPriority('11')).toBeUndefined();
    expect(weightOfPriority('un')).toBeUndefined();
  });

  it('reads names with civility and « (priorité N) », weights after a colon, ids, and the default weight', () => {
    const read = readWishes('Mme Hélène Dupont (priorité 1); M. Durand (Priorité 2)\nAgnès Quéré:7; e4', experts);
    expect(read).toEqual({
      wishes: [
        { expert: 'e1', weight: 10 },
        { expert: 'e2', weight: 9 },
        { expert: 'e3', weight: 7 },
        { expert: 'e4', weight: 3 },
      ],
      problems: [],
    });
    expect(readWishes('H. Dupont (prio 3), Paul Durand (priority: 4)', experts).wishes).toEqual([
      { expert: 'e1', weight: 8 },
      { expert: 'e2', weight: 7 },
    ]);
  });

  it('refuses an ambiguous surname, an unknown name with its suggestion, and bad priorities', () => {
    const read = readWishes('Mme Dupont (priorité 1); Agnes Quere (priorité 12); Paul Durant; Durand (priorité un)', experts);
    expect(read.wishes).toEqual([]);
    expect(read.problems).toEqual([
      { code: 'import.ambiguousExpert', params: { value: 'Mme Dupont', names: ['Hélène Dupont', 'Marc Dupont'] } },
      { code: 'import.badPriority', params: { value: '12' } },
      { code: 'import.unknownExpert', params: { value: 'Paul Durant', suggestion: 'Paul Durand' } },
      { code: 'import.badPriority', params: { value: 'un' } },
    ]);
  });

  it('suggests the expert a mistyped surname with a civility points to', () => {
    expect(readWishes('Mme Quere (priorité 1); Mme Quérré (priorité 2)', experts).problems).toEqual([
      { code: 'import.unknownExpert', params: { value: 'Mme Quérré', suggestion: 'Agnès Quéré' } },
    ]);
    expect(readWishes('Mme Dupond', experts).problems).toEqual([{ code: 'import.unknownExpert', params: { value: 'Mme Dupond' } }]);
  });
});
