import { defineMessages, message, wallTime, word } from '../../src/i18n';

describe('the engine catalogue, worded through the product registry', () => {
  it('words a round by its wall time in each language, with no zone moving it', () => {
    expect(wallTime('2027-01-22T18:05', 'fr')).toBe('ven. 22 janv. à 18\u00a0h\u00a005');
    expect(wallTime('2027-01-22T18:05', 'en')).toBe('Fri 22 Jan at 18:05');
  });

  it('names experts and groups by their names and lists rounds by time', () => {
    const twice = message('rule.h3.twice', { group: 'Groupe Santé', expert: 'Chloé Guillou', count: 2, rounds: ['2027-01-22T18:00', '2027-01-23T09:30'] });
    expect(word(twice, 'fr')).toBe(
      '« Groupe Santé » rencontre « Chloé Guillou » 2 fois (tours du ven. 22 janv. à 18\u00a0h\u00a000 et sam. 23 janv. à 9\u00a0h\u00a030)',
    );
    expect(word(twice, 'en')).toBe('"Groupe Santé" meets "Chloé Guillou" 2 times (rounds of Fri 22 Jan at 18:00 and Sat 23 Jan at 09:30)');
  });

  it('words a message inside a message in the same language', () => {
    const inner = message('rule.h5.forbidden', { group: 'Groupe Emploi', expert: 'Hugo Renaud' });
    const outer = message('test.refused', { rule: 'H5', said: inner, all: [inner, inner] });
    defineMessages({ fr: { 'test.refused': '[{rule}] {said} — {all}' }, en: { 'test.refused': '[{rule}] {said} — {all}' } });
    expect(word(outer, 'fr')).toBe(
      '[H5] « Groupe Emploi » rencontre « Hugo Renaud », une paire interdite — « Groupe Emploi » rencontre « Hugo Renaud », une paire interdite ; « Groupe Emploi » rencontre « Hugo Renaud », une paire interdite',
    );
    expect(word(outer, 'en')).toMatch(/^\[H5\] "Groupe Emploi" meets "Hugo Renaud", a forbidden pair — .+; .+pair$/);
  });
});
