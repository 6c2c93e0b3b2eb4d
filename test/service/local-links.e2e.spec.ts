/**
 * With PUBLIC_URL unset, the service builds its links on http://localhost:PORT, which opens nothing
 * on an expert's or a member's phone. The service as a real process, a real SMTP server on
 * loopback: the previews say the links' address is not public; « Envoyer » (invitations) and
 * « Envoyer les liens » (members) send nothing unless the organizer confirms, the refusal naming
 * the address in French and in English; confirmed, the e-mails go with those links. The members'
 * reminders are turned on only with the same confirmation.
 */
import { sleep, useMailService } from '../support/mail-service';
import { AUTH } from '../support/test-app';

const EVENT = {
  format: 'audition-plan/1',
  event: { name: 'Répétition', timezone: 'Europe/Paris', organizer: { name: 'Mission dialogue citoyen', email: 'orga@example.org' } },
  rounds: [
    { id: 'r1', start: '2027-01-22T18:00', end: '2027-01-22T18:20' },
    { id: 'r2', start: '2027-01-22T18:25', end: '2027-01-22T18:45' },
  ],
  tables: [{ id: 't1', name: 'Salle 1', seats: 6 }],
  experts: [{ id: 'e1', name: 'Hélène Dupré', email: 'helene@example.org' }],
  groups: [
    { id: 'g1', name: 'Mobilités', size: 1, members: [{ id: 'm1', name: 'Léa Martin', email: 'lea@example.org' }] },
    { id: 'g2', name: 'Énergie', size: 1, members: [{ id: 'm2', name: 'Jean Roy', email: 'jean@example.org' }] },
  ],
};
const MEETINGS = [
  { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
  { round: 'r2', table: 't1', expert: 'e1', group: 'g2' },
];

describe('links to an address that is not public (PUBLIC_URL unset)', () => {
  const s = useMailService({ clock: '2027-01-15T10:00:00Z', env: { PUBLIC_URL: '' } });
  let id: string;
  let local: string;
  const api = (p: string) => `/api/events/${id}${p}`;

  beforeAll(async () => {
    id = await s.createEvent(EVENT);
    await s.publish(id, MEETINGS);
    local = `http://localhost:${new URL(s.t.url).port}`;
  });

  it.each([
    ['invitations', '/invitations', 1],
    ["members' links", '/member-links', 2],
  ])('%s: the preview says so, « Envoyer » sends nothing without the confirmation, then sends', async (_, route, count) => {
    const preview = (
      await s.t.http
        .get(api(`${route}/preview`))
        .set(AUTH)
        .expect(200)
    ).body;
    expect(preview.links).toEqual({ url: local, public: false });
    const before = s.inbox.messages.length;
    const refused = (
      await s.t.http
        .post(api(`${route}/send`))
        .set(AUTH)
        .send({ digest: preview.digest })
        .expect(409)
    ).body.error;
    expect(refused).toMatchObject({ code: 'local_links', messageCode: 'reach.localLinks', params: { url: local }, fields: [] });
    expect(refused.message).toBe(
      `les liens de ces e-mails mèneraient à ${local}, que les destinataires ne peuvent pas ouvrir : réglez PUBLIC_URL sur l’adresse publique du service, ou confirmez que vous envoyez ces liens quand même`,
    );
    const en = (
      await s.t.http
        .post(api(`${route}/send?lang=en`))
        .set(AUTH)
        .send({ digest: preview.digest, confirmLocalLinks: false })
        .expect(409)
    ).body;
    expect(en.error.message).toMatch(new RegExp(`^the links in these e-mails would lead to ${local}, which the recipients cannot open: set PUBLIC_URL`));
    await sleep(1000); // several outbox runs: nothing must go
    expect(s.inbox.messages.length).toBe(before);
    // Still to send: the preview has not changed.
    expect(
      (
        await s.t.http
          .get(api(`${route}/preview`))
          .set(AUTH)
          .expect(200)
      ).body.digest,
    ).toBe(preview.digest);

    await s.t.http
      .post(api(`${route}/send`))
      .set(AUTH)
      .send({ digest: preview.digest, confirmLocalLinks: true })
      .expect(200);
    const mails = await s.settle(before, count);
    expect(mails).toHaveLength(count);
    for (const m of mails) expect(m.text).toContain(`${local}/`);
  });

  it("members' reminders: « Rappels » says so, turning them on is refused without the confirmation", async () => {
    const reminders = api('/member-reminders');
    expect((await s.t.http.get(reminders).set(AUTH).expect(200)).body.links).toEqual({ url: local, public: false });
    const refused = (await s.t.http.put(reminders).set(AUTH).send({ enabled: true, leadHours: 2 }).expect(409)).body.error;
    expect(refused).toMatchObject({ code: 'local_links', messageCode: 'reach.localLinks', params: { url: local } });
    expect((await s.t.http.get(reminders).set(AUTH).expect(200)).body.enabled).toBe(false);
    // Turning them off needs no confirmation; on, confirmed, they are on.
    await s.t.http.put(reminders).set(AUTH).send({ enabled: false, leadHours: 2 }).expect(200);
    const on = (await s.t.http.put(reminders).set(AUTH).send({ enabled: true, leadHours: 2, confirmLocalLinks: true }).expect(200)).body;
    expect(on).toMatchObject({ enabled: true, leadHours: 2, links: { url: local, public: false } });
  });
});
