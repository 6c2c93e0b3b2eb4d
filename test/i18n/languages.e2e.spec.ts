/**
 * The API answers in the language the request asks for: French by default, English with
 * Accept-Language: en, and ?lang= over both; a message that is data keeps its code and parameters.
 */
import { AUTH, sample, startApp, type TestApp } from '../support/test-app';

describe('the API speaks the language of the request', () => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await startApp();
    id = (await t.http.post('/api/events').set(AUTH).send(sample('small-1.json')).expect(201)).body.summary.id;
  });
  afterAll(() => t.close());

  it('says an error in French by default and in English when asked, with the same code', async () => {
    const french = await t.http.get(`/api/events/${id}/versions/99`).set(AUTH).expect(404);
    expect(french.body.error).toEqual({
      code: 'not_found',
      message: 'version 99 introuvable',
      messageCode: 'plans.version_not_found',
      params: { number: 99 },
      fields: [],
    });
    expect(french.headers.vary).toMatch(/Accept-Language/);

    const english = await t.http.get(`/api/events/${id}/versions/99`).set(AUTH).set('Accept-Language', 'en-GB,en;q=0.9').expect(404);
    expect(english.body.error).toEqual({ ...french.body.error, message: 'version 99 not found' });

    const asked = await t.http.get(`/api/events/${id}/versions/99?lang=en`).set(AUTH).set('Accept-Language', 'fr-FR').expect(404);
    expect(asked.body.error.message).toBe('version 99 not found');
  });

  it('names the broken rule with names and wall times, in each language', async () => {
    // Groupe Santé twice in the first round: H1.
    const schedule = {
      format: 'audition-schedule/1',
      meetings: [
        { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
        { round: 'r1', table: 't2', expert: 'e2', group: 'g1' },
      ],
      metrics: { shortfall: 0, wishValue: 0, minGroupShare: 0 },
    };
    const french = (await t.http.post(`/api/events/${id}/versions`).set(AUTH).send(schedule).expect(422)).body.error;
    const english = (await t.http.post(`/api/events/${id}/versions`).set(AUTH).set('Accept-Language', 'en').send(schedule).expect(422)).body.error;
    const h1 = (error: { fields: { path: string }[] }) => error.fields.find((f) => f.path === 'H1');
    expect(h1(french)).toEqual({
      path: 'H1',
      code: 'rule.h1.several_meetings',
      params: { group: 'Groupe Santé', round: '2027-01-23T10:00', count: 2 },
      message: '« Groupe Santé » a 2 rencontres au tour du sam. 23 janv. à 10\u00a0h\u00a000',
    });
    expect(h1(english)).toEqual({ ...h1(french), message: '"Groupe Santé" is in 2 meetings in the round of Sat 23 Jan at 10:00' });
    expect(french.message).toMatch(/^refusé : \[H1\] « Groupe Santé » a 2 rencontres/);
    expect(english.message).toMatch(/^refused: \[H1\] "Groupe Santé" is in 2 meetings/);
  });

  it('words an instance error of an edit in the language asked, naming the field', async () => {
    const refused = (await t.http.patch(`/api/events/${id}/groups/g1`).set(AUTH).set('Accept-Language', 'en').send({ size: 0 }).expect(422)).body.error;
    expect(refused.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^groups\[\d+\]\.size$/), message: 'must be at least 1' })]),
    );
  });
});
