import { closestName, distance, joinName, nameKey, withoutCivility } from '../../src/events/import/person-name';

describe('people’s names', () => {
  it('drops civilities, joins first and last names, and keeps a civility that is the whole name', () => {
    expect(withoutCivility('Mme Hélène Dupont')).toBe('Hélène Dupont');
    expect(withoutCivility('M. Paul Durand')).toBe('Paul Durand');
    expect(withoutCivility('Dr. Pr Agnès Quéré')).toBe('Agnès Quéré');
    expect(withoutCivility('Madame')).toBe('Madame');
    expect(withoutCivility('Marie Me')).toBe('Marie Me');
    expect(joinName('  Zoé ', 'LEFÈVRE')).toBe('Zoé LEFÈVRE');
    expect(joinName('Mme Zoé', '')).toBe('Zoé');
  });

  it('compares names whatever their accents, case, punctuation, civility and word order', () => {
    expect(nameKey('Mme DUPONT, Hélène')).toBe(nameKey('hélène dupont'));
    expect(nameKey('Jean-Marc Côté')).toBe(nameKey('jean marc cote'));
    expect(nameKey('Hélène Dupont')).not.toBe(nameKey('Hélène Durand'));
  });

  it('measures a typo as one edit, a swap of two letters too', () => {
    expect(distance('dupond', 'dupont')).toBe(1);
    expect(distance('hleene', 'helene')).toBe(1);
    expect(distance('martin', 'durand')).toBeGreaterThan(3);
  });

  it('suggests the one close name, none when two tie or none is close', () => {
    const people = ['Hélène Dupont', 'Paul Durand', 'Anne Roy', 'Anne Rey'];
    expect(closestName('Helene Dupond', people, (p) => p)).toBe('Hélène Dupont');
    expect(closestName('Paul Durant', people, (p) => p)).toBe('Paul Durand');
    expect(closestName('Anne Ray', people, (p) => p)).toBeUndefined();
    expect(closestName('Zoé Lefèvre', people, (p) => p)).toBeUndefined();
  });
});
