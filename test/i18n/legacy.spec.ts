import { wordSaid } from '../../src/i18n';
import { ConflictError } from '../../src/common/errors';
import { defineMessages, message } from '../../src/i18n';

describe('a legacy glued string during the transition', () => {
  defineMessages({ fr: { 'test.changed': 'la version {number} a changé' }, en: { 'test.changed': 'version {number} changed' } });

  it('shows the half in the language asked', () => {
    expect(wordSaid('version 3 introuvable / not found', 'fr')).toBe('version 3 introuvable');
    expect(wordSaid('version 3 introuvable / not found', 'en')).toBe('not found');
  });

  it('splits in the middle when each half holds a « / » of its own', () => {
    expect(wordSaid('oui / non : a / yes / no: a', 'fr')).toBe('oui / non : a');
    expect(wordSaid('oui / non : a / yes / no: a', 'en')).toBe('yes / no: a');
  });

  it('shows a string in one language whole', () => {
    expect(wordSaid('tooMany', 'en')).toBe('tooMany');
    expect(wordSaid('a / b / c', 'fr')).toBe('a / b / c');
  });

  it('words a message, and gives errors an English message for the logs', () => {
    const said = message('test.changed', { number: 3 });
    expect(wordSaid(said, 'fr')).toBe('la version 3 a changé');
    const error = new ConflictError(said, [{ path: 'revision', message: said }]);
    expect(error.message).toBe('version 3 changed');
    expect(error.said).toEqual({ code: 'test.changed', params: { number: 3 } });
  });
});
