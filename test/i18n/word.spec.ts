import { defineMessages, message, requestLang, word } from '../../src/i18n';

describe('messages as data', () => {
  defineMessages({
    fr: { 'test.late': '{name} arrive à {time}', 'test.count': (p) => `${p.n} groupe${Number(p.n) > 1 ? 's' : ''}`, 'test.who': 'avec {names}' },
    en: { 'test.late': '{name} arrives at {time}', 'test.count': (p) => `${p.n} group${Number(p.n) === 1 ? '' : 's'}`, 'test.who': 'with {names}' },
  });

  it('words a code in the language asked, its slots filled', () => {
    const late = message('test.late', { name: 'Hélène Dupont', time: '18 h 25' });
    expect(word(late, 'fr')).toBe('Hélène Dupont arrive à 18 h 25');
    expect(word(late, 'en')).toBe('Hélène Dupont arrives at 18 h 25');
  });

  it('uses functions for plurals and lists for arrays', () => {
    expect(word(message('test.count', { n: 1 }), 'fr')).toBe('1 groupe');
    expect(word(message('test.count', { n: 0 }), 'en')).toBe('0 groups');
    expect(word(message('test.who', { names: ['Ana', 'Zoé', 'Léo'] }), 'fr')).toBe('avec Ana, Zoé et Léo');
    expect(word(message('test.who', { names: ['Ana', 'Zoé'] }), 'en')).toBe('with Ana and Zoé');
  });

  it('shows an unknown code as itself rather than failing a request', () => {
    expect(word(message('nowhere.code'), 'en')).toBe('nowhere.code');
  });

  it('refuses a code registered twice with another wording', () => {
    expect(() => defineMessages({ fr: { 'test.late': 'autre' }, en: { 'test.late': 'other' } })).toThrow(/registered twice/);
  });

  it('takes ?lang= first, then Accept-Language, French by default', () => {
    expect(requestLang('en', 'fr-FR')).toBe('en');
    expect(requestLang(undefined, 'de-DE,en-US;q=0.8,fr;q=0.5')).toBe('en');
    expect(requestLang(undefined, undefined)).toBe('fr');
    expect(requestLang('de', 'es')).toBe('fr');
  });
});
