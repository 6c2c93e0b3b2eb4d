/**
 * The members' reminder before each session, end to end: the service as a real process on SQLite,
 * a real SMTP server on loopback, a file clock, an event on the weekend the clocks go back
 * (Saturday 30 and Sunday 31 October 2027, Paris). Off by default: nothing goes; turned on, each
 * member with an address gets exactly one e-mail per session their group meets in, with their
 * stops and their page; a restart sends nothing again. A delay after a reminder went sends the
 * members it told the times of a correction, unasked; a reminder still waiting is worded again.
 */
import { sleep, useMailService } from '../support/mail-service';
import { untilOutboxRetrying, untilOutboxRows } from '../support/outbox';
import { AUTH } from '../support/test-app';
import { until } from '../support/until';
import { convention, experts, LOCATED_ROOMS, member, OCTOBER } from '../support/convention';

const NBSP = '\u00a0';

const EVENT = convention({
  location: 'Hôtel de Métropole',
  // Saturday evening (summer time), Sunday morning (winter time: the clocks went back at 03:00).
  rounds: OCTOBER,
  tables: LOCATED_ROOMS,
  // No expert address: the experts' own reminders stay out of this inbox.
  experts: experts(['Hélène Dupré', 'Marc Petit', 'Anne Roux'], false),
  groups: [
    { id: 'g1', name: 'Mobilités', size: 2, members: [member('m1', 'Léa Martin', 'lea@example.org'), member('m2', 'Sans Adresse')] },
    { id: 'g2', name: 'Énergie', size: 1, members: [member('m3', 'Jean Roy', 'jean@example.org')] },
    { id: 'g3', name: 'Santé', size: 1, members: [member('m4', 'Zoé Lune', 'zoe@example.org')] },
  ],
});
// g1: both sessions; g2: Saturday only; g3: Sunday only.
const MEETINGS = [
  { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
  { round: 'r2', table: 't2', expert: 'e2', group: 'g1' },
  { round: 'r2', table: 't1', expert: 'e1', group: 'g2' },
  { round: 'r3', table: 't2', expert: 'e3', group: 'g3' },
  { round: 'r4', table: 't2', expert: 'e3', group: 'g1' },
  { round: 'r4', table: 't1', expert: 'e1', group: 'g3' },
];

describe("members' reminders before each session", () => {
  const s = useMailService({ clock: '2027-10-20T10:00:00Z' });
  let id: string;
  let links: { kind: string; key: string; url: string }[];
  const api = (p = '') => `/api/events/${id}/member-reminders${p}`;

  beforeAll(async () => {
    id = await s.createEvent(EVENT);
    await s.publish(id, MEETINGS);
    links = (await s.t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body;
  });

  it('is off by default: a day ahead of both sessions, nothing goes', async () => {
    // Saturday 11:00 Paris (09:00Z): a day ahead of Saturday 18:00 and, across the clock change, of Sunday 09:30 (08:30Z).
    s.setClock('2027-10-30T09:00:00Z');
    await sleep(1200);
    expect(s.inbox.messages).toHaveLength(0);
    const status = (await s.t.http.get(api()).set(AUTH).expect(200)).body;
    expect(status).toMatchObject({ enabled: false, leadHours: 24, published: true, members: 4, withEmail: 3, outbox: { pending: 0, sent: 0, failed: 0 } });
    // Léa twice (both sessions), Jean Saturday, Zoé Sunday.
    expect(status.coming).toBe(4);
  });

  it('refuses a lead time out of range, naming the field', async () => {
    const res = await s.t.http.put(api()).set(AUTH).send({ enabled: true, leadHours: 0 }).expect(400);
    expect(JSON.stringify(res.body)).toContain('leadHours');
    expect((await s.t.http.get(api()).set(AUTH).expect(200)).body.enabled).toBe(false);
  });

  it('turned on, sends each member with an address one e-mail per session their group meets in', async () => {
    const token = (key: string) => new URL(links.find((l) => l.kind === 'member' && l.key === key)!.url).pathname.split('/')[2];
    const memberPage = async () => (await s.t.http.get(`/m/${token('m1')}`).expect(200)).text;
    // Off: the page offers no way out of reminders that do not come.
    expect(await memberPage()).not.toContain(`/u/${token('m1')}`);
    const on = (await s.t.http.put(api()).set(AUTH).send({ enabled: true, leadHours: 24, confirmLocalLinks: true }).expect(200)).body;
    await until('the page offering to stop the reminders', async () => ((await memberPage()).includes(`/u/${token('m1')}`) ? true : undefined), 10_000);
    expect(on).toMatchObject({ enabled: true, leadHours: 24 });
    const got = await s.settle(0, 4);
    expect(got.map((m) => m.to).sort()).toEqual(['jean@example.org', 'lea@example.org', 'lea@example.org', 'zoe@example.org']);
    const page = (key: string) => links.find((l) => l.kind === 'member' && l.key === key)!.url;

    const lea = got.filter((m) => m.to === 'lea@example.org').sort((a, b) => a.subject.localeCompare(b.subject));
    expect(lea.map((m) => m.subject)).toEqual([
      `Rappel : Convention citoyenne — auditions, dimanche 31 octobre à 9${NBSP}h${NBSP}55 — Reminder: Convention citoyenne — auditions, Sunday 31 October at 09:55`,
      `Rappel : Convention citoyenne — auditions, samedi 30 octobre à 18${NBSP}h${NBSP}00 — Reminder: Convention citoyenne — auditions, Saturday 30 October at 18:00`,
    ]);
    const [sunday, saturday] = lea.map((m) => m.text);
    // Saturday's: her two meetings of that evening, no Sunday one; her page; French before English.
    expect(saturday).toContain(`d’abord, 18${NBSP}h${NBSP}00${NBSP}– 18${NBSP}h${NBSP}20${NBSP}: Hélène Dupré, Salle 1 (https://visio.example.org/salle-1)`);
    expect(saturday).toContain(`ensuite, 18${NBSP}h${NBSP}25${NBSP}– 18${NBSP}h${NBSP}45${NBSP}: Marc Petit, Salle 2 (Salle 2, 1er étage)`);
    expect(saturday).toContain('first, 18:00–18:20: Hélène Dupré, Salle 1');
    expect(saturday).not.toContain('09:55');
    expect(saturday).toContain(page('m1'));
    expect(saturday.indexOf('Bonjour Léa Martin,')).toBeLessThan(saturday.indexOf('Hello Léa Martin,'));
    // Sunday's, after the clocks went back: 09:55 winter time, the wall time people read.
    // Her one meeting of that session, with nothing said to come after it.
    const lines = sunday.split(/\r?\n/);
    expect(lines).toContain(`  - 9${NBSP}h${NBSP}55${NBSP}– 10${NBSP}h${NBSP}15${NBSP}: Anne Roux, Salle 2 (Salle 2, 1er étage)`);
    expect(lines).toContain('  - 09:55–10:15: Anne Roux, Salle 2 (Salle 2, 1er étage)');
    expect(sunday).not.toMatch(/ensuite|then,/);

    const zoe = got.find((m) => m.to === 'zoe@example.org')!;
    expect(zoe.subject).toMatch(/dimanche 31 octobre à 9\sh\s30/);
    expect(zoe.text).toContain(page('m4'));
    const jean = got.find((m) => m.to === 'jean@example.org')!;
    expect(jean.subject).toMatch(/samedi 30 octobre à 18\sh\s25/);
    expect(jean.text).not.toMatch(/dimanche|Sunday/);
    for (const m of got) expect(m.from).toBe('dialogue.citoyen@example.org');

    const status = (await s.t.http.get(api()).set(AUTH).expect(200)).body;
    expect(status).toMatchObject({ outbox: { pending: 0, sent: 4, failed: 0 }, coming: 0, next: null });
  });

  it('sends nothing twice: not on the next runs, not after a restart, not as the sessions come', async () => {
    await s.restart();
    await sleep(1200);
    s.setClock('2027-10-31T08:00:00Z'); // Sunday 09:00 winter time
    await sleep(1200);
    expect(s.inbox.messages).toHaveLength(4);
  });

  it('a delay after the reminders went corrects what they said, to those they told, unasked', async () => {
    // Sunday 09:00: Léa and Zoé were told Sunday's times, Jean only Saturday's.
    await s.t.http.post(`/api/events/${id}/live/delays`).set(AUTH).send({ fromRound: 'r3', minutes: 10 }).expect(201);
    const got = (await s.settle(4, 2)).sort((a, b) => a.to.localeCompare(b.to));
    expect(got.map((m) => [m.to, /parcours a changé/.test(m.subject)])).toEqual([
      ['lea@example.org', true],
      ['zoe@example.org', true],
    ]);
    expect(got[0].text).toContain(`maintenant à 10${NBSP}h${NBSP}05`);
    expect(got[1].text).toContain(`maintenant à 9${NBSP}h${NBSP}40`);
  });
});

describe("a member's reminder waiting in the outbox when a delay comes", () => {
  // The file clock runs on: a retry a minute away keeps the refused reminders waiting, none « sending », while the delay comes.
  const s = useMailService({ clock: '2027-10-30T09:00:00Z', env: { OUTBOX_RETRY_BASE_MS: '60000' } });

  it('goes with the new times', async () => {
    const id = await s.createEvent(EVENT);
    await s.publish(id, MEETINGS);
    s.inbox.refuse = 1000; // the mail server says « try again later »
    await s.t.http.put(`/api/events/${id}/member-reminders`).set(AUTH).send({ enabled: true, leadHours: 48, confirmLocalLinks: true }).expect(200);
    await untilOutboxRetrying(s.t.storage, 'member-reminder', 4);
    await s.t.http.post(`/api/events/${id}/live/delays`).set(AUTH).send({ fromRound: 'r1', minutes: 15 }).expect(201);
    const jeans = (rows: { subject: string }[]) => rows.filter((r) => /samedi 30 octobre à 18\sh\s(25|40)/.test(r.subject));
    await untilOutboxRows(s.t.storage, 'member-reminder', "Jean's reminder worded again", (rows) => jeans(rows).every((r) => /18\sh\s40/.test(r.subject)));
    s.inbox.refuse = 0;
    s.setClock('2027-10-30T09:10:00Z'); // past the next retry
    const got = await s.settle(0, 4);
    const jean = got.find((m) => m.to === 'jean@example.org')!;
    expect(jean.subject).toMatch(/samedi 30 octobre à 18\sh\s40/);
    expect(jean.text).toContain(`18${NBSP}h${NBSP}40${NBSP}– 19${NBSP}h${NBSP}00`);
    expect(jean.text).not.toMatch(/18\sh\s25/);
    // Nobody was told Saturday's old times: no correction follows.
    expect(got.filter((m) => /parcours a changé/.test(m.subject))).toEqual([]);
  });
});
