/**
 * PATCH /api/events/:id changes the fields it is sent and keeps every other one: a rename used to
 * erase the location, the time zone and the organizer (the sender of every invitation).
 */
import { AUTH, sample, startApp, type TestApp } from '../support/test-app';

describe('PATCH an event’s own fields', () => {
  let t: TestApp;
  let id: string;
  const original = sample('small-1.json') as { event: Record<string, unknown>; options: Record<string, unknown> };

  beforeAll(async () => {
    t = await startApp();
    id = (await t.http.post('/api/events').set(AUTH).send(original).expect(201)).body.summary.id;
  });
  afterAll(() => t.close());

  async function stored(): Promise<{ event: Record<string, unknown>; options: Record<string, unknown> }> {
    return (await t.http.get(`/api/events/${id}/instance`).set(AUTH).expect(200)).body;
  }

  /** Sends one change, then checks the stored event is the one before with only that change. */
  async function patchAlone(body: Record<string, unknown>, expected: (before: { event: Record<string, unknown>; options: Record<string, unknown> }) => void) {
    const before = await stored();
    await t.http.patch(`/api/events/${id}`).set(AUTH).send(body).expect(200);
    expected(before);
    expect(await stored()).toMatchObject({ event: before.event, options: before.options });
  }

  it.each([
    ['name', { name: 'Auditions renommées' }],
    ['timezone', { timezone: 'America/Montreal' }],
    ['location', { location: 'Hôtel de ville, salle 2' }],
  ])('changes %s alone and keeps every other field', async (field, body) => {
    await patchAlone(body, (before) => Object.assign(before.event, body));
    expect((await stored()).event[field]).toBe(body[field as keyof typeof body]);
  });

  it('changes the organizer and keeps the rest of the event', async () => {
    const organizer = { name: 'Mission participation', email: 'participation@example.org' };
    await patchAlone({ organizer }, (before) => Object.assign(before.event, { organizer }));
  });

  it('changes the organizer’s address alone and keeps their name', async () => {
    const name = ((await stored()).event.organizer as { name: string }).name;
    await patchAlone({ organizer: { email: 'autre@example.org' } }, (before) =>
      Object.assign(before.event, { organizer: { name, email: 'autre@example.org' } }),
    );
  });

  it.each([
    ['objective', 'total'],
    ['minMeetingsPerExpert', 2],
    ['themeMatchWeight', 3],
    ['seed', 42],
    ['timeLimitMs', 2500],
  ])('changes the option %s alone and keeps the other options', async (option, value) => {
    await patchAlone({ options: { [option]: value } }, (before) => Object.assign(before.options, { [option]: value }));
    expect((await stored()).options[option]).toBe(value);
  });

  it('removes the location when it is sent as null, and only it', async () => {
    await patchAlone({ location: null }, (before) => delete before.event.location);
    expect((await stored()).event).not.toHaveProperty('location');
  });

  it('refuses a name set to null, naming the field, and keeps the event', async () => {
    const before = await stored();
    const res = await t.http.patch(`/api/events/${id}`).set(AUTH).send({ name: null }).expect(422);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain('event.name');
    expect(await stored()).toEqual(before);
  });
});
