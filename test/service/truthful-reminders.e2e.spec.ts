/**
 * The experts' reminders and the members' change notices say the truth as they arrive: the service
 * as a real process on SQLite, a real SMTP server on loopback, a file clock, an event on the weekend
 * the clocks go back (Saturday 30 and Sunday 31 October 2027, Paris). A plan published after
 * midnight reminds « aujourd'hui », never « demain » on the day itself; the day before is the same
 * wall time, 25 hours before across the change; a late 15-minute reminder says the minutes left; a
 * delay's notice writes 24-hour times in both languages, the day once; a « demain » held in the
 * outbox by a mail server refusing it until after midnight arrives as « aujourd'hui ».
 */
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { sleep, useMailService } from '../support/mail-service';
import { untilOutboxRetrying } from '../support/outbox';
import { AUTH } from '../support/test-app';
import { until } from '../support/until';
import { convention, experts, member, OCTOBER } from '../support/convention';

const NBSP = '\u00a0';
const h = (clock: string) => clock.replace(' h ', `${NBSP}h${NBSP}`);

const EVENT = convention({
  // Saturday evening (summer time, UTC+2), Sunday morning (winter time, UTC+1: the clocks went back at 03:00).
  rounds: OCTOBER,
  experts: experts(['Hélène Dupré', 'Marc Petit', 'Anne Roux']),
  groups: [
    { id: 'g1', name: 'Mobilités', size: 1, members: [member('m1', 'Léa Martin', 'lea@example.org')] },
    { id: 'g2', name: 'Énergie', size: 1, members: [member('m2', 'Jean Roy', 'jean@example.org')] },
  ],
});
// e1: Saturday 18:00 and Sunday 9:55; e2: Saturday 18:25; e3: Sunday 9:30.
const MEETINGS = [
  { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
  { round: 'r2', table: 't2', expert: 'e2', group: 'g1' },
  { round: 'r3', table: 't2', expert: 'e3', group: 'g2' },
  { round: 'r4', table: 't1', expert: 'e1', group: 'g2' },
];

describe('reminders and change notices that say the truth when they arrive', () => {
  const s = useMailService({ clock: '2027-10-20T10:00:00Z' });
  let id: string;

  beforeAll(async () => {
    id = await s.createEvent(EVENT);
  });

  it('a plan published after midnight reminds « aujourd’hui » for that evening, never « demain »', async () => {
    // Saturday 00:30 in Paris (Friday 22:30Z): Saturday's day-before moments (Friday 18:00 and 18:25) are past, within their grace.
    s.setClock('2027-10-29T22:30:00Z');
    await s.publish(id, MEETINGS);
    const got = (await s.settle(0, 2)).sort((a, b) => a.to.localeCompare(b.to));
    expect(got.map((m) => m.to)).toEqual(['helene@example.org', 'marc@example.org']);
    const [helene, marc] = got;
    expect(helene.subject).toBe(`Rappel, aujourd’hui : Convention citoyenne — auditions — samedi 30 octobre, ${h('18 h 00')}, Salle 1`);
    expect(helene.text).toContain(`commence aujourd’hui à ${h('18 h 00')}, Salle 1.`);
    expect(helene.text).toContain('starts today at 18:00, Salle 1.');
    expect(marc.text).toContain(`commence aujourd’hui à ${h('18 h 25')}, Salle 2.`);
    for (const m of got) expect(`${m.subject}\n${m.text}`).not.toMatch(/demain|tomorrow/);
  });

  it('the day before Sunday is Saturday at the same wall time, 25 hours before across the change: « demain »', async () => {
    const before = s.inbox.messages.length;
    // Saturday 9:29 summer time (07:29Z): Sunday 9:30 winter time is 25 h 01 min ahead, not yet.
    s.setClock('2027-10-30T07:29:00Z');
    await sleep(1000); // several job runs: nothing yet
    expect(s.inbox.messages.length).toBe(before);
    s.setClock('2027-10-30T07:30:00Z');
    const [anne] = await s.settle(before, 1);
    expect(anne.to).toBe('anne@example.org');
    expect(anne.subject).toBe(`Rappel, demain : Convention citoyenne — auditions — dimanche 31 octobre, ${h('9 h 30')}, Salle 2`);
    expect(anne.text).toContain(`commence demain, dimanche 31 octobre, à ${h('9 h 30')}, Salle 2.`);
    expect(anne.text).toContain('starts tomorrow, Sunday 31 October, at 09:30, Salle 2.');
    // Hélène's Sunday 9:55: its own reminder, at Saturday 9:55 summer time.
    s.setClock('2027-10-30T07:55:00Z');
    const [helene] = await s.settle(before + 1, 1);
    expect(helene.to).toBe('helene@example.org');
    expect(helene.text).toContain(`commence demain, dimanche 31 octobre, à ${h('9 h 55')}, Salle 1.`);
  });

  it('a 15-minute reminder sent late says the minutes left', async () => {
    const before = s.inbox.messages.length;
    s.setClock('2027-10-30T15:52:00Z'); // 17:52 in Paris, 8 minutes before Hélène's 18:00
    const [helene] = await s.settle(before, 1);
    expect(helene.to).toBe('helene@example.org');
    expect(helene.subject).toBe(`Rappel, dans 8 minutes : Convention citoyenne — auditions — ${h('18 h 00')}, Salle 1`);
    expect(helene.text).toContain(`commence dans 8 minutes, à ${h('18 h 00')}, Salle 1.`);
    expect(helene.text).toContain('starts in 8 minutes, at 18:00, Salle 1.');
  });

  it("a delay's notice to members writes 24-hour times in both languages, the day once", async () => {
    const before = s.inbox.messages.length;
    await s.t.http.post(`/api/events/${id}/live/delays`).set(AUTH).send({ fromRound: 'r2', minutes: 10, notifyMembers: true }).expect(201);
    // Marc's 18:25 is now 18:35, 15-minute reminder not due yet; Léa's group meets him: one notice.
    const got = (await s.settle(before, 1)).filter((m) => /parcours a changé/.test(m.subject));
    expect(got.map((m) => m.to)).toEqual(['lea@example.org']);
    const [fr, en] = got[0].text.split(/\r?\n—\r?\n/);
    expect(fr).toContain(`votre rencontre du samedi 30 octobre à ${h('18 h 25')} avec Marc Petit est maintenant à ${h('18 h 35')}`);
    expect(fr).toContain(`samedi 30 octobre, ${h('18 h 35')}${NBSP}– ${h('18 h 55')}${NBSP}: Marc Petit, Salle 2`);
    expect(en).toContain('your meeting on Saturday 30 October at 18:25 with Marc Petit is now at 18:35');
    expect(en).toContain('Saturday 30 October, 18:35–18:55: Marc Petit, Salle 2');
    expect(got[0].text).not.toMatch(/[AP]M\b|à samedi/);
  });
});

describe('a reminder held in the outbox past midnight', () => {
  // Friday 23:50 in Paris (21:50Z): Saturday's evening is tomorrow.
  const s = useMailService({ clock: '2027-10-29T21:50:00Z' });
  let db: DataSource;
  const rows = async () =>
    (await db.getRepository('OutboxMessageEntity').find({ where: { kind: 'reminder' }, order: { recipient: 'ASC' } })) as {
      recipient: string;
      subject: string;
      status: string;
    }[];

  beforeAll(async () => {
    db = await new DataSource({ ...dataSourceOptions(s.t.storage), migrationsRun: false }).initialize();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('arrives worded for when it arrives: « aujourd’hui », not the « demain » it was queued with', async () => {
    s.inbox.refuse = 1000; // the mail server says « try again later » until told otherwise
    await s.publish(await s.createEvent(EVENT), MEETINGS);
    await untilOutboxRetrying(s.t.storage, 'reminder', 2);
    expect((await rows()).map((r) => [r.recipient, r.status, /^Rappel, demain : /.test(r.subject)])).toEqual([
      ['helene@example.org', 'pending', true],
      ['marc@example.org', 'pending', true],
    ]);
    // Saturday 00:05 in Paris, the server still refusing: the waiting reminders are worded again.
    s.setClock('2027-10-29T22:05:00Z');
    await until(
      'the waiting reminders worded for Saturday',
      async () => ((await rows()).every((r) => /^Rappel, aujourd’hui : /.test(r.subject)) ? true : undefined),
      20_000,
    );
    s.inbox.refuse = 0;
    s.setClock('2027-10-29T22:06:00Z'); // past the next retry
    await until('both delivered', () => (s.inbox.messages.length >= 2 ? true : undefined), 20_000);
    const got = s.mails().sort((a, b) => a.to.localeCompare(b.to));
    expect(got.map((m) => m.to)).toEqual(['helene@example.org', 'marc@example.org']);
    expect(got[0].text).toContain(`commence aujourd’hui à ${h('18 h 00')}, Salle 1.`);
    expect(got[1].text).toContain('starts today at 18:25, Salle 2.');
    for (const m of got) expect(`${m.subject}\n${m.text}`).not.toMatch(/demain|tomorrow/);
  });
});

describe('an expert who declined', () => {
  const s = useMailService({ clock: '2027-10-20T10:00:00Z' });

  it('is not reminded of the meetings she said she would miss, before any replan', async () => {
    const id = await s.createEvent(EVENT);
    await s.publish(id, MEETINGS);
    const links: { kind: string; key: string; token: string }[] = (await s.t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body;
    const marc = links.find((l) => l.kind === 'expert' && l.key === 'e2')!;
    await s.t.http.post(`/r/${marc.token}/no`).expect(303);
    // Friday 18:30 in Paris: the day-before reminders of Saturday evening are due.
    s.setClock('2027-10-29T16:30:00Z');
    const got = await s.settle(0, 1);
    expect(got.map((m) => m.to)).toEqual(['helene@example.org']);
    expect(got[0].subject).toMatch(/^Rappel, demain : /);
  });
});
