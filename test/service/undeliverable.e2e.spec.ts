/**
 * Experts who cannot be invited (no address, the organizer's own address) are said by name, in the
 * organizer's language, on « Diffuser » (status and preview) and in what « Envoyer » answers; the
 * others are invited. An event whose organizer has no address cannot send invitations at all, and
 * the refusal says why in French and in English.
 */
import { useMailService } from '../support/mail-service';
import { AUTH } from '../support/test-app';

const ORGANIZER = { name: 'Mission dialogue citoyen', email: 'orga@example.org' };
const event = (organizer?: object) => ({
  format: 'audition-plan/1',
  event: { name: 'Auditions', timezone: 'Europe/Paris', ...(organizer && { organizer }) },
  rounds: [{ id: 'r1', start: '2027-01-22T18:00', end: '2027-01-22T18:20' }],
  tables: ['t1', 't2', 't3'].map((id) => ({ id, name: `Salle ${id.slice(1)}`, seats: 6 })),
  experts: [
    { id: 'e1', name: 'Hélène Dupré', email: 'helene@example.org' },
    { id: 'e2', name: 'Marc Petit' },
    { id: 'e3', name: 'Anne Roux', email: 'ORGA@example.org' },
  ],
  groups: ['g1', 'g2', 'g3'].map((id) => ({ id, name: `Groupe ${id.slice(1)}`, size: 1 })),
});
const MEETINGS = [1, 2, 3].map((i) => ({ round: 'r1', table: `t${i}`, expert: `e${i}`, group: `g${i}` }));

describe('experts who cannot be invited', () => {
  const s = useMailService({ clock: '2027-01-15T10:00:00Z' });

  it('are said by name in the language asked, and the others are invited', async () => {
    const id = await s.createEvent(event(ORGANIZER));
    await s.publish(id, MEETINGS);
    const api = (p: string) => `/api/events/${id}/invitations${p}`;
    const fr = (await s.t.http.get(api('')).set(AUTH).expect(200)).body.experts;
    expect(fr.map((e: any) => [e.name, e.deliverable, e.problem])).toEqual([
      ['Hélène Dupré', true, null],
      ['Marc Petit', false, 'Marc Petit n’a pas d’adresse e-mail'],
      ['Anne Roux', false, 'Anne Roux a l’adresse de l’organisateur (ORGA@example.org) : les agendas ne la montreraient pas comme une invitation'],
    ]);
    expect(fr[1]).toMatchObject({ problemCode: 'invitations.expertNoAddress', problemParams: { expert: 'Marc Petit' } });
    const preview = (await s.t.http.get(api('/preview?lang=en')).set(AUTH).expect(200)).body;
    expect(preview.undeliverable.map((u: any) => u.problem)).toEqual([
      'Marc Petit has no e-mail address',
      'Anne Roux has the organizer’s address (ORGA@example.org): calendars would not show it as an invitation',
    ]);
    for (const u of preview.undeliverable) expect(u.problem).not.toMatch(/\be[23]\b/); // names, not ids
    const sent = (await s.t.http.post(api('/send')).set(AUTH).send({ digest: preview.digest, confirmLocalLinks: true }).expect(200)).body;
    expect(sent.enqueued.map((m: any) => m.recipient)).toEqual(['helene@example.org']);
    expect(sent.undeliverable.map((u: any) => u.problemCode)).toEqual(['invitations.expertNoAddress', 'invitations.expertIsOrganizer']);
    expect((await s.settle(0, 1)).map((m) => m.to)).toEqual(['helene@example.org']);
  });

  it('cannot be sent at all without an organizer address, and the refusal says why', async () => {
    const id = await s.createEvent(event());
    await s.publish(id, MEETINGS);
    const fr = (await s.t.http.get(`/api/events/${id}/invitations/preview`).set(AUTH).expect(409)).body.error;
    expect(fr).toMatchObject({ code: 'wrong_state', messageCode: 'invitations.noOrganizer' });
    expect(fr.message).toBe(
      'l’événement n’a pas d’adresse d’organisateur : réglez-la avant d’envoyer, dans « Préparer », « Nom, fuseau, lieu et réglages du calcul »',
    );
    const en = (await s.t.http.get(`/api/events/${id}/invitations/preview?lang=en`).set(AUTH).expect(409)).body.error;
    expect(en.message).toBe('the event has no organizer address: set it before sending, in "Set up", "Name, time zone, place and solver settings"');
  });
});
