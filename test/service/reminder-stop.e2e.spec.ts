/**
 * A member stops their reminders themselves, end to end: the service as a real process, a real SMTP
 * server on loopback, a file clock. Each reminder carries « Ne plus recevoir ces rappels » in the
 * member's language; the link shows a page (a mail scanner following it stops nothing), its button
 * stops them; the next reminders leave that member out, the organizer sees the count, and asking
 * again brings them back.
 */
import { useMailService } from '../support/mail-service';
import { AUTH } from '../support/test-app';
import { convention, experts, JANUARY, member } from '../support/convention';

const EVENT = convention({
  name: 'Convention citoyenne',
  rounds: JANUARY.slice(0, 3),
  experts: experts(['Hélène Dupré', 'Marc Petit', 'Anne Roux'], false),
  groups: [
    { id: 'g1', name: 'Mobilités', size: 1, members: [member('m1', 'Léa Martin', 'lea@example.org')] },
    { id: 'g2', name: 'Énergie', size: 1, members: [member('m2', 'Jean Roy', 'jean@example.org')] },
  ],
});
// Friday: g1 at 18:00 then 18:25, g2 at 18:25. Saturday: g1 and g2 at 9:30.
const MEETINGS = [
  { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
  { round: 'r2', table: 't2', expert: 'e2', group: 'g1' },
  { round: 'r2', table: 't1', expert: 'e1', group: 'g2' },
  { round: 'r3', table: 't1', expert: 'e3', group: 'g1' },
  { round: 'r3', table: 't2', expert: 'e2', group: 'g2' },
];

describe('a member stops their reminders', () => {
  const s = useMailService({ clock: '2027-01-20T10:00:00Z', env: { PUBLIC_URL: 'https://carrousel.example.org' } });
  let id: string;
  let token: (key: string) => string;
  const reminders = (p = '') => `/api/events/${id}/member-reminders${p}`;

  beforeAll(async () => {
    id = await s.createEvent(EVENT);
    await s.publish(id, MEETINGS);
    const links: { kind: string; key: string; token: string }[] = (await s.t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body;
    token = (key) => links.find((l) => l.kind === 'member' && l.key === key)!.token;
    await s.t.http.put(reminders()).set(AUTH).send({ enabled: true, leadHours: 2, confirmLocalLinks: true }).expect(200);
  });

  it('each reminder carries the way out, in French then in English', async () => {
    s.setClock('2027-01-22T15:30:00Z'); // 16:30 in Paris: both Friday reminders are due
    const got = await s.settle(0, 2);
    const jean = got.find((m) => m.to === 'jean@example.org')!;
    const [fr, en] = jean.text.split(/\r?\n—\r?\n/);
    expect(fr).toContain(`Ne plus recevoir ces rappels : https://carrousel.example.org/u/${token('m2')}?lang=fr`);
    expect(en).toContain(`Stop these reminders: https://carrousel.example.org/u/${token('m2')}?lang=en`);
  });

  it('the link shows a page in the member’s language; only its button stops them', async () => {
    const shown = await s.t.http.get(`/u/${token('m2')}?lang=en`).expect(200);
    expect(shown.text).toContain('<html lang="en">');
    expect(shown.text).toContain('Hello Jean Roy, you get a reminder e-mail before each session of &#34;Convention citoyenne&#34;. Stop getting them?');
    expect(shown.text).not.toContain('Ne plus recevoir');
    expect(
      (
        await s.t.http
          .get(`/u/${token('m2')}`)
          .set('Accept-Language', 'fr-FR')
          .expect(200)
      ).text,
    ).toContain('Ne plus en recevoir ?');
    expect((await s.t.http.get(reminders()).set(AUTH).expect(200)).body.stopped).toBe(0);
    const posted = await s.t.http.post(`/u/${token('m2')}?lang=en`).expect(303);
    expect(posted.headers.location).toBe(`/u/${token('m2')}?lang=en&done=stopped`);
    await s.t.http.post(`/u/${token('m2')}?lang=en`).expect(303); // twice is once
    const done = await s.t.http.get(posted.headers.location).expect(200);
    expect(done.text).toContain('Done: you will get no more reminders for &#34;Convention citoyenne&#34;.');
    expect((await s.t.http.get(reminders()).set(AUTH).expect(200)).body).toMatchObject({ stopped: 1, withEmail: 2 });
    // Not a member's link: a plain 404 page.
    await s.t.http.get('/u/not-a-real-token-at-all?lang=en').expect(404);
  });

  it('leaves out whoever stopped: Saturday’s reminder goes to Léa only', async () => {
    const before = s.inbox.messages.length;
    s.setClock('2027-01-23T06:30:00Z'); // 7:30 in Paris, two hours before 9:30
    const got = await s.settle(before, 1);
    expect(got.map((m) => m.to)).toEqual(['lea@example.org']);
    expect((await s.t.http.get(reminders()).set(AUTH).expect(200)).body.coming).toBe(0);
  });

  it('asking again brings the reminders back', async () => {
    await s.t.http.post(`/u/${token('m2')}?lang=fr&resume=1`).expect(303);
    const status = (await s.t.http.get(reminders()).set(AUTH).expect(200)).body;
    expect(status.stopped).toBe(0);
    // Saturday's session has not begun: Jean's reminder is due again, and goes.
    const before = s.inbox.messages.length;
    const got = await s.settle(before, 1);
    expect(got.map((m) => m.to)).toEqual(['jean@example.org']);
  });
});
