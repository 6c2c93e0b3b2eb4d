/**
 * Reaching every expert and every member, end to end: the service as a real process on a real
 * SQLite file, a real SMTP server on loopback, a two-day event rehearsed with a file clock.
 * Publishing sends nothing until « Envoyer »; a replan that takes an expert's first slot sends her
 * one cancellation naming it and nothing else; a corrected room link reaches the experts at that
 * table; the members' links go once each; a decline shows in the tally and marks the expert absent.
 */
import path from 'node:path';
import { lintCalendar } from '../../src/invitations/calendar';
import { parse } from '../invitations/fixtures';
import { type Mail, readMail } from '../invitations/mail-read';
import { DataSource } from 'typeorm';
import { SQLITE_FILE } from '../../src/database/data-source';
import { expectParsersAgree } from '../support/calendar-readers';
import { sleep, useMailService } from '../support/mail-service';
import { readWithPython } from '../support/python-icalendar';
import { AUTH, type TestApp } from '../support/test-app';
import { until } from '../support/until';
import { convention, experts, JANUARY, LOCATED_ROOMS, member, ORGANIZER } from '../support/convention';

const EVENT = convention({
  location: 'Hôtel de Métropole',
  rounds: JANUARY,
  tables: LOCATED_ROOMS,
  experts: experts(['Hélène Dupré', 'Marc Petit', 'Anne Roux', 'Paul Remplaçant']),
  groups: [
    {
      id: 'g1',
      name: 'Mobilités',
      size: 2,
      members: [member('m1', 'Léa Martin', 'lea@example.org'), member('m2', '=HYPERLINK("http://x")', 'mal@example.org')],
    },
    { id: 'g2', name: 'Énergie', size: 2, members: [member('m3', 'Jean Roy', 'jean@example.org'), member('m4', 'Sans Adresse')] },
    { id: 'g3', name: 'Santé', size: 1, members: [member('m5', 'Zoé Lune', 'zoe@example.org')] },
    { id: 'g4', name: 'Logement', size: 1, members: [member('m6', 'Ali Ben', 'ali@example.org')] },
  ],
});
const MEETINGS = [
  { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
  { round: 'r1', table: 't2', expert: 'e2', group: 'g2' },
  { round: 'r2', table: 't1', expert: 'e1', group: 'g2' },
  { round: 'r2', table: 't2', expert: 'e2', group: 'g1' },
  { round: 'r3', table: 't1', expert: 'e1', group: 'g3' },
  { round: 'r3', table: 't2', expert: 'e3', group: 'g4' },
  { round: 'r4', table: 't1', expert: 'e1', group: 'g4' },
  { round: 'r4', table: 't2', expert: 'e3', group: 'g3' },
];

describe('reaching experts and members', () => {
  // A public address, as in production: the links go without asking (local-links.e2e.spec.ts: otherwise).
  const s = useMailService({ clock: '2027-01-15T10:00:00Z', env: { PUBLIC_URL: 'https://carrousel.example.org' } });
  const { inbox } = s;
  let t: TestApp;
  let id: string;
  let links: any[];
  /** The first invitations, to lint what follows them for the same UID (--previous). */
  const invited: Mail[] = [];

  beforeAll(async () => {
    t = s.t;
    id = await s.createEvent(EVENT);
    links = (await t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body;
  });

  const api = (p: string) => `/api/events/${id}${p}`;
  const linkOf = (kind: string, key: string) => links.find((l) => l.kind === kind && l.key === key);
  const fresh = (before: number): Mail[] => s.mails(before);
  const arrive = (before: number, count: number) => s.settle(before, count);
  const sendAsPreviewed = async () => {
    const preview = (await t.http.get(api('/invitations/preview')).set(AUTH).expect(200)).body;
    await t.http.post(api('/invitations/send')).set(AUTH).send({ digest: preview.digest }).expect(200);
    return preview;
  };

  it('sends nothing on publishing, then on « Envoyer » exactly what the preview showed', async () => {
    const imported = await t.http
      .post(api('/versions'))
      .set(AUTH)
      .send({ format: 'audition-schedule/1', meetings: MEETINGS, metrics: { shortfall: 0, wishValue: 0, minGroupShare: 1 } });
    expect([imported.status, imported.body.error]).toEqual([201, undefined]);
    const v1 = imported.body.number;
    await t.http
      .post(api(`/versions/${v1}/publish`))
      .set(AUTH)
      .expect(201);
    await sleep(1000);
    expect(inbox.messages).toHaveLength(0);
    const preview = await sendAsPreviewed();
    // e1: Friday and Saturday (two blocks); e2 Friday; e3 Saturday; e4 nothing.
    expect(preview.counts).toMatchObject({ new: 4, total: 4, experts: 3 });
    const mails = await arrive(0, 4);
    invited.push(...mails);
    expect(mails.map((m) => m.to).sort()).toEqual(['anne@example.org', 'helene@example.org', 'helene@example.org', 'marc@example.org']);
    for (const m of mails) {
      expect(m.subject).toMatch(/^Invitation : /);
      expect(lintCalendar(m.calendar)).toEqual([]);
      expect(m.text).toContain(`/r/${linkOf('expert', m.to === 'marc@example.org' ? 'e2' : m.to === 'anne@example.org' ? 'e3' : 'e1').token}/yes`);
      // The decline link names the block's first round: its page offers that session first.
      expect(m.text).toMatch(/\/r\/[\w-]+\/no\?round=r\d\b/);
      // Where to go stands apart, before the programme, not inside it.
      expect(m.text).toMatch(
        /(\r?\n){2}(Lien de la salle : https:\/\/visio\.example\.org\/salle-1|Lieu : Salle 2, 1er étage)(\r?\n){2}Le programme, tour par tour :/,
      );
    }
  });

  it('a replan that takes an expert’s first slot sends her exactly one cancellation, naming that slot', async () => {
    await t.http.post(api('/live/marks')).set(AUTH).send({ kind: 'expert', key: 'e1', status: 'late', round: 'r3' }).expect(201);
    const replan = (await t.http.post(api('/live/replan')).set(AUTH).send({}).expect(201)).body;
    const before = inbox.messages.length;
    await t.http
      .post(api(`/versions/${replan.version}/publish`))
      .set(AUTH)
      .expect(201);
    await sleep(800);
    expect(inbox.messages.length).toBe(before);
    await sendAsPreviewed();
    await until('the cancellation', () => (fresh(before).some((m) => m.to === 'helene@example.org') ? true : undefined), 20_000);
    await sleep(1000);
    const hers = fresh(before).filter((m) => m.to === 'helene@example.org');
    expect(hers).toHaveLength(1);
    expect(hers[0].calendarType).toMatch(/method=CANCEL/i);
    expect(hers[0].subject).toMatch(/^Annulé : .*vendredi 22 janvier 2027, 18\sh\s00\s– 18\sh\s45$/);
    // The slot that stays is named, so that she knows which still holds.
    expect(hers[0].text).toMatch(/Votre autre créneau reste prévu : samedi 23 janvier 2027, 9\sh\s30\s– 10\sh\s15\./);
    const uid = parse(hers[0].calendar).events[0].uid;
    const sentBefore = invited.find((m) => parse(m.calendar).events[0].uid === uid)!;
    expect(lintCalendar(hers[0].calendar, { previous: sentBefore.calendar })).toEqual([]);
    expect(sentBefore.subject).toMatch(/vendredi 22 janvier/);
  });

  it('a corrected room link reaches the experts at that table, and the feeds', async () => {
    const link = 'https://visio.example.org/salle-1-nouvelle';
    await t.http.patch(api('/tables/t1')).set(AUTH).send({ location: link }).expect(200);
    const preview = (await t.http.get(api('/invitations/preview')).set(AUTH).expect(200)).body;
    const version = (await t.http.get(api('/invitations')).set(AUTH).expect(200)).body.version;
    const inForce = (
      await t.http
        .get(api(`/versions/${version}`))
        .set(AUTH)
        .expect(200)
    ).body;
    const atT1 = [...new Set(inForce.meetings.filter((m: any) => m.table === 't1').map((m: any) => m.expert))]
      .map((k) => EVENT.experts.find((e) => e.id === k)!.email)
      .sort();
    expect(preview.messages.map((m: any) => [m.recipient, m.reason]).sort()).toEqual(atT1.map((e) => [e, 'changed']));
    const before = inbox.messages.length;
    await t.http.post(api('/invitations/send')).set(AUTH).send({ digest: preview.digest }).expect(200);
    const mails = await arrive(before, atT1.length);
    for (const m of mails) {
      expect(m.text).toContain(`lieu ou lien : ${link}`);
      expect(parse(m.calendar).vevents[0].getFirstPropertyValue('url')).toBe(link);
    }
    const feed = await t.http.get(`/cal/x/${linkOf('expert', 'e1').token}.ics`).expect(200);
    expect(feed.text).toContain(link);
    expect(feed.text).not.toContain('Pour confirmer votre venue'); // a feed asks nothing
    expectParsersAgree([feed.text], EVENT.event.timezone);
    // Polled again unchanged: 304 by ETag.
    await t.http
      .get(`/cal/x/${linkOf('expert', 'e1').token}.ics`)
      .set('If-None-Match', feed.headers.etag)
      .expect(304);
  });

  it('e-mails each member their link once, after a preview and a test to the organizer, and gives the CSV', async () => {
    const preview = (await t.http.get(api('/member-links/preview')).set(AUTH).expect(200)).body;
    expect(preview).toMatchObject({ members: 6, alreadySent: 0, withoutEmail: [{ name: 'Sans Adresse', group: 'Énergie' }] });
    expect(preview.recipients).toHaveLength(5);
    expect(preview.sample.body).toContain(linkOf('member', 'm1').url);
    let before = inbox.messages.length;
    await t.http.post(api('/member-links/test')).set(AUTH).expect(200);
    const [test] = await arrive(before, 1);
    expect([test.to, test.subject]).toEqual([ORGANIZER.email, '[Essai] Votre page personnelle : Convention citoyenne — auditions']);
    before = inbox.messages.length;
    await t.http.post(api('/member-links/send')).set(AUTH).send({ digest: preview.digest }).expect(200);
    const mails = await arrive(before, 5);
    expect(mails.map((m) => m.to).sort()).toEqual(['ali@example.org', 'jean@example.org', 'lea@example.org', 'mal@example.org', 'zoe@example.org']);
    const lea = mails.find((m) => m.to === 'lea@example.org')!;
    expect(lea.text).toContain(linkOf('member', 'm1').url);
    // Her calendar link is her own, as the e-mail says of its links, not the group's shared one.
    expect(lea.text).toContain(`${linkOf('member', 'm1').url.replace('/m/', '/cal/m/')}.ics`);
    expect(lea.text).not.toContain(linkOf('group', 'g1').url);
    expect(lea.text.indexOf('Bonjour')).toBeLessThan(lea.text.indexOf('Hello'));
    // Once: sending again sends nothing.
    expect((await t.http.post(api('/member-links/send')).set(AUTH).send({}).expect(200)).body).toEqual({ enqueued: 0 });
    await sleep(800);
    expect(inbox.messages.length).toBe(before + 5);
    const csv = (await t.http.get(api('/member-links/csv')).set(AUTH).expect(200)).text;
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('Nom,Groupe,Courriel,Téléphone,Lien,Agenda');
    expect((await t.http.get(api('/member-links/csv?lang=en')).set(AUTH).expect(200)).text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Name,Group,Email,Phone,Link,Calendar',
    );
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r.includes('mal@example.org'))).toMatch(/^"'=HYPERLINK/);
  });

  it('offers the answers on the expert page and the calendar on the member page', async () => {
    const expert = linkOf('expert', 'e3');
    const page = (await t.http.get(`/x/${expert.token}`).expect(200)).text;
    expect(page).toContain(`/r/${expert.token}/yes`);
    expect(page).toContain(`/r/${expert.token}/no`);
    const base = new URL(expert.url).origin; // PUBLIC_URL
    expect(page).toContain(`href="${base.replace(/^https?:/, 'webcal:')}/cal/x/${expert.token}.ics"`);
    const m = linkOf('member', 'm5');
    // A subscription (webcal: for Apple and Outlook, Google's own page, the https address to copy) before a one-off file.
    const memberPage = (await t.http.get(`/m/${m.token}`).expect(200)).text;
    const https = `${base}/cal/m/${m.token}.ics`;
    expect(memberPage).toContain(`href="${https.replace(/^https?:/, 'webcal:')}"`);
    expect(memberPage).toContain(`href="https://calendar.google.com/calendar/render?cid=${encodeURIComponent(https.replace(/^https?:/, 'webcal:'))}"`);
    expect(memberPage).toContain(`value="${https}"`);
    expect(memberPage).toContain(`href="/cal/m/${m.token}.ics" download`);
    const feed = await t.http.get(`/cal/m/${m.token}.ics`).expect(200);
    expect(lintCalendar(feed.text)).toEqual([]);
    const version = (await t.http.get(api('/invitations')).set(AUTH).expect(200)).body.version;
    const meetings = (
      await t.http
        .get(api(`/versions/${version}`))
        .set(AUTH)
        .expect(200)
    ).body.meetings.filter((x: any) => x.group === 'g3');
    expect(parse(feed.text).events).toHaveLength(meetings.length);
    expectParsersAgree([feed.text], EVENT.event.timezone);
  });

  it('a decline shows in the tally and marks the expert absent, once; a confirmation does not', async () => {
    const e3 = linkOf('expert', 'e3');
    const shown = await t.http.get(`/r/${e3.token}/no`).expect(200);
    expect(shown.text).toContain('Je ne pourrai pas venir');
    expect(shown.text).toContain('I cannot come to any session');
    // Showing records nothing (a mail scanner opening the link must not decline for her).
    expect((await t.http.get(api('/confirmations')).set(AUTH).expect(200)).body.totals).toEqual({ confirmed: 0, declined: 0, waiting: 4 });
    await t.http.post(`/r/${e3.token}/no`).expect(303);
    await t.http.post(`/r/${e3.token}/no`).expect(303);
    await t.http.post(`/r/${linkOf('expert', 'e2').token}/yes`).expect(303);
    const tally = (await t.http.get(api('/confirmations')).set(AUTH).expect(200)).body;
    expect(tally.totals).toEqual({ confirmed: 1, declined: 1, waiting: 2 });
    expect(tally.experts.find((x: any) => x.key === 'e3')).toMatchObject({ name: 'Anne Roux', answer: 'no', markedAbsent: true, inGrid: false });
    expect(tally.experts.find((x: any) => x.key === 'e2')).toMatchObject({ answer: 'yes', markedAbsent: false, inGrid: false });
    const marks = (await t.http.get(api('/live/marks')).set(AUTH).expect(200)).body;
    expect(marks.filter((m: any) => m.kind === 'expert' && m.key === 'e3' && m.status === 'absent')).toHaveLength(1);
    expect((await t.http.get(`/r/${e3.token}/no?done=1`).expect(200)).text).toContain('Merci de nous avoir prévenus');
    // Her own page says what she answered, and offers to change it, not to answer again.
    const hers = (await t.http.get(`/x/${e3.token}`).expect(200)).text;
    expect(hers).toMatch(/Votre réponse enregistrée : vous ne venez pas \([a-z]+ \d+ [a-zéû]+, \d+\u00a0h\u00a0\d\d\)\./);
    expect(hers).toContain(`/r/${e3.token}/yes`);
    expect(hers).toContain('Finalement, je pourrai venir');
    expect(hers).not.toContain(`/r/${e3.token}/no`);
    await t.http.get('/r/not-a-real-token-at-all/no').expect(404);
    // Once a replan without her is in force, the tally says so: no replan is offered for her any more.
    const replan = (await t.http.post(api('/live/replan')).set(AUTH).send({}).expect(201)).body;
    await t.http
      .post(api(`/versions/${replan.version}/publish`))
      .set(AUTH)
      .send({})
      .expect(201);
    const after = (await t.http.get(api('/confirmations')).set(AUTH).expect(200)).body;
    expect(after.experts.find((x: any) => x.key === 'e3')).toMatchObject({ answer: 'no', markedAbsent: true, inGrid: true });
  });

  it('an expert of both days may decline one session: the mark covers it only, a new answer replaces it', async () => {
    const e1 = linkOf('expert', 'e1');
    const shown = (await t.http.get(`/r/${e1.token}/no`).expect(200)).text;
    expect(shown).toContain('Je ne pourrai venir à aucune séance');
    expect(shown).toContain('Je ne pourrai pas venir le samedi 23 janvier, 9\u00a0h\u00a030\u00a0– 10\u00a0h\u00a015');
    expect(shown).toContain('I cannot come on Friday 22 January, 18:00–18:45');
    // From her Saturday invitation (its link names a Saturday round), Saturday comes first, as the main button.
    const fromSaturday = (await t.http.get(`/r/${e1.token}/no?round=r4`).expect(200)).text;
    expect(fromSaturday).toMatch(/<button class="btn" type="submit">Je ne pourrai pas venir le samedi/);
    expect(fromSaturday.indexOf('Je ne pourrai pas venir le samedi')).toBeLessThan(fromSaturday.indexOf('Je ne pourrai venir à aucune séance'));
    expect(fromSaturday).toMatch(/<button class="btn secondary" type="submit">Je ne pourrai venir à aucune séance/);
    const marksOf = async () =>
      (await t.http.get(api('/live/marks')).set(AUTH).expect(200)).body
        .filter((m: any) => m.kind === 'expert' && m.key === 'e1')
        .map((m: any) => [m.status, m.round, m.until]);
    const tallyOf = async () => (await t.http.get(api('/confirmations')).set(AUTH).expect(200)).body.experts.find((x: any) => x.key === 'e1');
    // Her lateness marked earlier (her first slot taken) stays through all her answers.
    const before = await marksOf();

    await t.http.post(`/r/${e1.token}/no`).type('form').send({ session: 'r3' }).expect(303);
    expect(await marksOf()).toEqual([...before, ['absent', 'r3', null]]);
    expect(await tallyOf()).toMatchObject({ answer: 'no', session: { start: '2027-01-23T09:30', end: '2027-01-23T10:15' }, markedAbsent: true, inGrid: false });
    const done = (await t.http.get(`/r/${e1.token}/no?done=1`).expect(200)).text;
    expect(done).toContain('vous ne venez pas le samedi 23 janvier');
    const herPage = (await t.http.get(`/x/${e1.token}`).expect(200)).text;
    expect(herPage).toContain('Votre réponse enregistrée : vous ne venez pas le samedi 23 janvier');
    // Her Saturday meetings are still listed until a replan: the page says why.
    expect(herPage).toContain('Vous avez dit ne pas venir le samedi 23 janvier');
    expect(herPage).toContain('les rencontres de cette séance restent affichées');

    // Friday instead: the Saturday absence goes, one for Friday (back for Saturday's first round) comes.
    await t.http.post(`/r/${e1.token}/no`).type('form').send({ session: 'r1' }).expect(303);
    expect(await marksOf()).toEqual([...before, ['absent', 'r1', 'r3']]);
    // A replan keeps her on Saturday and off Friday.
    const replan = (await t.http.post(api('/live/replan')).set(AUTH).send({ from: 'r1' }).expect(201)).body;
    const planned = (
      await t.http
        .get(api(`/versions/${replan.version}`))
        .set(AUTH)
        .expect(200)
    ).body.meetings;
    const hers = planned.filter((m: any) => m.expert === 'e1').map((m: any) => m.round);
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.filter((r: string) => r === 'r1' || r === 'r2')).toEqual([]);

    // A session she is not expected at is refused, naming the field; nothing changes.
    const refused = await t.http.post(`/r/${e1.token}/no`).type('form').send({ session: 'r2' });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('session');
    expect(await marksOf()).toEqual([...before, ['absent', 'r1', 'r3']]);

    // The organizers take that mark away (they mark her their own way): the tally no longer says she is marked absent.
    const friday = (await t.http.get(api('/live/marks')).set(AUTH).expect(200)).body.find((m: any) => m.key === 'e1' && m.until === 'r3');
    await t.http
      .delete(api(`/live/marks/${friday.id}`))
      .set(AUTH)
      .expect(204);
    expect(await tallyOf()).toMatchObject({ answer: 'no', markedAbsent: false, inGrid: false });

    await t.http.post(`/r/${e1.token}/yes`).expect(303);
    expect(await marksOf()).toEqual(before);
    expect(await tallyOf()).toMatchObject({ answer: 'yes', session: null, markedAbsent: false });
  });

  it('every calendar sent reads clean (linter, ical.js, python-icalendar, vobject, khal), and no sent e-mail keeps its body', async () => {
    const calendars = inbox.messages
      .map(readMail)
      .map((m) => m.calendar)
      .filter(Boolean);
    expect(calendars.length).toBeGreaterThan(5);
    for (const c of calendars) {
      expect(lintCalendar(c)).toEqual([]);
      expect(parse(c).events).toHaveLength(1);
    }
    const py = readWithPython(calendars);
    if (py) expect(py.filter((r) => r.errors.length)).toEqual([]);
    expectParsersAgree(calendars, EVENT.event.timezone);
    // The outbox keeps who and when, not what was said (SQLite: PostgreSQL runs the same code).
    if (t.storage.databaseUrl) return;
    const db = await new DataSource({ type: 'sqlite', database: path.join(t.storage.dataDir, SQLITE_FILE) }).initialize();
    try {
      const rows: { status: string; kept: number }[] = await db.query(
        "SELECT status, SUM(CASE WHEN body <> '' OR calendar IS NOT NULL THEN 1 ELSE 0 END) AS kept FROM outbox_messages GROUP BY status",
      );
      expect(rows.find((r) => r.status === 'sent')).toMatchObject({ kept: 0 });
    } finally {
      await db.destroy();
    }
  });
});
