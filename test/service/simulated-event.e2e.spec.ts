/**
 * A whole event lived in a minute with a fake clock (CARROUSEL_CLOCK_FILE), a real SMTP server and
 * the real service: the day before, reminders; during the event, rounds advance, a delay is
 * announced, an expert is marked absent, the replan is published; invitations, updates and
 * reminders go out once each, and a member's page shows the right now/next all along.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { DataSource, In } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { expectParsersAgree } from '../support/calendar-readers';
import { decodeHeader, leaves, parseMime, TestInbox } from '../support/mail';
import { AUTH, sample, startApp, type TestApp, waitForJob } from '../support/test-app';
import { until } from '../support/until';

/** The timed jobs' period here (OUTBOX_INTERVAL_MS, REMINDERS_INTERVAL_MS), and the reminders' lease: three periods. */
const PERIOD_MS = 150;
const REMINDER_JOBS = ['live.reminders', 'outreach.member-reminders'];

/**
 * Until every e-mail due by now is in the inbox: each reminders job has run twice since `since`
 * (the clock's last setting; its lease, renewed on each run from the service's clock, shows it,
 * and runs never overlap, so the first of the two has enqueued what was due), then the outbox holds
 * nothing pending and the inbox has every message sent. Waits for those events, not for a silence.
 */
async function settle(db: DataSource, inbox: TestInbox, since: number): Promise<void> {
  const runs = new Map(REMINDER_JOBS.map((job) => [job, new Set<string>()]));
  await until(
    'the reminders jobs to run twice since the clock was set',
    async () => {
      for (const lease of await db.getRepository('JobLeaseEntity').findBy({ name: In(REMINDER_JOBS) }))
        if (Date.parse(lease.leasedUntil) >= since + 3 * PERIOD_MS) runs.get(lease.name)!.add(lease.leasedUntil);
      return [...runs.values()].every((seen) => seen.size >= 2) || undefined;
    },
    10_000,
  );
  await until(
    'the outbox to be sent into the inbox',
    async () => {
      const outbox = db.getRepository('OutboxMessageEntity');
      const waiting = await outbox.countBy({ status: In(['pending', 'sending']) });
      return (waiting === 0 && inbox.messages.length >= (await outbox.countBy({ status: 'sent' }))) || undefined;
    },
    20_000,
  );
}

interface Sent {
  to: string;
  subject: string;
  method?: string;
  uid?: string;
  sequence?: number;
}

function describeMail(raw: string, to: string): Sent {
  const root = parseMime(raw);
  const subject = decodeHeader(root.headers.get('subject') ?? '');
  const cal = leaves(root).find((p) => /^text\/calendar/i.test(p.headers.get('content-type') ?? ''));
  if (!cal) return { to, subject };
  const component = new ICAL.Component(ICAL.parse(cal.body));
  const event = component.getFirstSubcomponent('vevent')!;
  return {
    to,
    subject,
    method: String(component.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
  };
}

describe('a simulated event, from the day before to the last round', () => {
  const inbox = new TestInbox();
  const clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'carrousel-sim-')), 'now');
  let clockSet = 0;
  const setClock = (iso: string) => {
    fs.writeFileSync(clockFile, iso);
    clockSet = Date.parse(iso);
  };
  let t: TestApp;
  let db: DataSource;
  let id: string;
  const sent = () => inbox.messages.map((m) => describeMail(m.raw, m.to.join(',')));

  beforeAll(async () => {
    await inbox.start();
    setClock('2027-01-20T09:00:00Z'); // two days before nantes-1 (r1: 2027-01-22 18:00 Paris = 17:00Z)
    t = await startApp(undefined, {
      CARROUSEL_CLOCK_FILE: clockFile,
      SMTP_URL: inbox.url,
      OUTBOX_INTERVAL_MS: String(PERIOD_MS),
      REMINDERS_INTERVAL_MS: String(PERIOD_MS),
    });
    db = await new DataSource({ ...dataSourceOptions(t.storage), migrationsRun: false }).initialize();
    id = (await t.http.post('/api/events').set(AUTH).send(sample('nantes-1.json')).expect(201)).body.summary.id;
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    await t.close();
    await inbox.stop();
  });

  /** Publishing sends nothing to the experts: the organizer sends what the outreach screen's preview shows. */
  const sendInvitations = async () => {
    const preview = (await t.http.get(`/api/events/${id}/invitations/preview`).set(AUTH).expect(200)).body;
    await t.http.post(`/api/events/${id}/invitations/send`).set(AUTH).send({ digest: preview.digest, confirmLocalLinks: true }).expect(200);
  };
  let memberToken: string;
  let memberGroup: string;
  const page = async () => (await t.http.get(`/m/${memberToken}`).expect(200)).text;
  const sig = (html: string, section: 'now' | 'next') => new RegExp(`<section id="${section}"[^>]*data-sig="([^"|]*)\\|([^"|]*)\\|`).exec(html)?.slice(1, 3);
  const meetingOf = async (round: string) => {
    const { version } = (await t.http.get(`/api/events/${id}/live`).set(AUTH)).body;
    const v = (await t.http.get(`/api/events/${id}/versions/${version}`).set(AUTH)).body;
    return v.meetings.find((m: any) => m.group === memberGroup && m.round === round);
  };

  it('the day before: invitations on « Envoyer » after publishing, then one reminder per expert', async () => {
    const job = (await t.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 2000 }).expect(202)).body;
    await waitForJob(t, id, job.id);
    await t.http.post(`/api/events/${id}/versions/1/publish`).set(AUTH).expect(201);
    await sendInvitations();
    await settle(db, inbox, clockSet);
    const invitations = sent().filter((m) => m.method === 'REQUEST');
    expect(invitations.length).toBeGreaterThan(20);
    expect(invitations.every((m) => m.sequence === 0)).toBe(true);
    expect(sent().filter((m) => /Rappel/.test(m.subject))).toEqual([]);

    setClock('2027-01-21T17:30:00Z'); // a day before the first round
    await settle(db, inbox, clockSet);
    const dayBefore = sent().filter((m) => /Rappel/.test(m.subject));
    expect(dayBefore.length).toBeGreaterThan(0);
    expect(new Set(dayBefore.map((m) => m.to)).size).toBe(dayBefore.length);

    // A member of a group that meets someone in r2, to follow on the page.
    const v1 = (await t.http.get(`/api/events/${id}/versions/1`).set(AUTH)).body;
    memberGroup = v1.meetings.find((m: any) => m.round === 'r2').group;
    const instance = (await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body;
    const memberKey = instance.groups.find((g: any) => g.id === memberGroup).members[0].id;
    const links = (await t.http.get(`/api/events/${id}/links`).set(AUTH)).body;
    memberToken = links.find((l: any) => l.kind === 'member' && l.key === memberKey).token;
  });

  it('just before the start: 15-minute reminders, once; the page shows the first meeting', async () => {
    const before = sent().length;
    setClock('2027-01-22T16:50:00Z');
    await settle(db, inbox, clockSet);
    const soon = sent()
      .slice(before)
      .filter((m) => /Rappel/.test(m.subject));
    expect(soon.length).toBeGreaterThan(0);
    const html = await page();
    expect(html).toContain('id="now"');
  });

  it('rounds advance on the clock: the page shows the meeting now and the next one', async () => {
    setClock('2027-01-22T17:30:00Z'); // inside r2
    const live = (await t.http.get(`/api/events/${id}/live`).set(AUTH)).body;
    expect(live.currentRound.id).toBe('r2');
    const now = await meetingOf('r2');
    const html = await page();
    expect(sig(html, 'now')).toEqual(['r2', now.table]);
    // Next is r3: a meeting there, or free time (the group is there with no meeting), never a later round.
    const inR3 = await meetingOf('r3');
    const later = { round: 'r3', table: inR3?.table ?? '' };
    expect(sig(html, 'next')).toEqual([later.round, later.table]);
    // Pages are kept a few seconds, but never past the end of the round they show as now.
    setClock('2027-01-22T17:44:58Z');
    expect(sig(await page(), 'now')).toEqual(['r2', now.table]);
    setClock('2027-01-22T17:45:01Z');
    expect(sig(await page(), 'now')).toBeUndefined();
    expect(sig(await page(), 'next')).toEqual([later.round, later.table]);
  });

  it('a delay: a new version, updated invitations with a higher SEQUENCE for the experts concerned only', async () => {
    const before = sent().length;
    const lastSequence = new Map<string, number>();
    for (const m of sent()) if (m.uid) lastSequence.set(m.uid, Math.max(m.sequence!, lastSequence.get(m.uid) ?? -1));
    const v1 = (await t.http.get(`/api/events/${id}/versions/1`).set(AUTH)).body;
    await t.http.post(`/api/events/${id}/live/delays`).set(AUTH).send({ fromRound: 'r3', minutes: 10, notifyMembers: true }).expect(201);
    await sendInvitations();
    await settle(db, inbox, clockSet);
    const updates = sent()
      .slice(before)
      .filter((m) => m.method);
    // Members whose group meets someone from r3 on are told, once, with the new times.
    const instance0 = (await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body;
    const movedGroups = new Set(v1.meetings.filter((m: any) => Number(m.round.slice(1)) >= 3).map((m: any) => m.group));
    const expected = instance0.groups
      .filter((g: any) => movedGroups.has(g.id))
      .flatMap((g: any) => g.members.map((m: any) => m.email))
      .sort();
    const notices = sent()
      .slice(before)
      .filter((m) => /parcours a changé/.test(m.subject));
    expect(notices.map((m) => m.to).sort()).toEqual(expected);
    expect(updates.length).toBeGreaterThan(0);
    // Same UID, higher SEQUENCE; a block split by the longer gap is a new UID.
    expect(updates.filter((m) => lastSequence.has(m.uid!) && m.sequence! <= lastSequence.get(m.uid!)!)).toEqual([]);
    expect(updates.some((m) => lastSequence.has(m.uid!))).toBe(true);
    // An expert whose meetings all end before r3 keeps its invitation untouched.
    const early = new Set(v1.meetings.map((m: any) => m.expert));
    for (const m of v1.meetings) if (Number(m.round.slice(1)) >= 3) early.delete(m.expert);
    const instance = (await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body;
    const emails = new Set(instance.experts.filter((x: any) => early.has(x.id)).map((x: any) => x.email));
    expect(updates.filter((m) => emails.has(m.to))).toEqual([]);
    const next = (await t.http.get(`/api/events/${id}/live`).set(AUTH)).body.nextRound;
    expect(next).toMatchObject({ id: 'r3', start: '2027-01-22T19:00' });
  });

  it('an absent expert: the replan is previewed, published, and the expert gets cancellations', async () => {
    const before = sent().length;
    const { version } = (await t.http.get(`/api/events/${id}/live`).set(AUTH)).body;
    const v = (await t.http.get(`/api/events/${id}/versions/${version}`).set(AUTH)).body;
    // An expert who only comes from r3 on (the next round not started): every block of theirs goes.
    const early = new Set(v.meetings.filter((m: any) => Number(m.round.slice(1)) < 3).map((m: any) => m.expert));
    const absent = v.meetings.find((m: any) => !early.has(m.expert)).expert;
    await t.http.post(`/api/events/${id}/live/marks`).set(AUTH).send({ kind: 'expert', key: absent, status: 'absent' }).expect(201);
    const preview = (await t.http.post(`/api/events/${id}/live/replan`).set(AUTH).send({}).expect(201)).body;
    // The preview names people, not ids.
    const absentName = (await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body.experts.find((x: any) => x.id === absent).name;
    expect(preview.preview.experts).toContain(absentName);
    await t.http.post(`/api/events/${id}/versions/${preview.version}/publish`).set(AUTH).expect(201);
    await sendInvitations();
    await settle(db, inbox, clockSet);
    const instance = (await t.http.get(`/api/events/${id}/instance`).set(AUTH)).body;
    const email = instance.experts.find((x: any) => x.id === absent).email;
    const toAbsent = sent()
      .slice(before)
      .filter((m) => m.to === email);
    expect(toAbsent.length).toBeGreaterThan(0);
    expect(toAbsent.every((m) => m.method === 'CANCEL')).toBe(true);
  });

  it('later rounds: the page follows the version in force', async () => {
    setClock('2027-01-22T18:30:00Z'); // 19:30 Paris: inside r4 once delayed (19:25–19:45)
    const live = (await t.http.get(`/api/events/${id}/live`).set(AUTH)).body;
    expect(live.currentRound.id).toBe('r4');
    const now = await meetingOf('r4');
    const html = await page();
    if (now) expect(sig(html, 'now')).toEqual(['r4', now.table]);
    else expect(sig(html, 'now')).toEqual(['r4', '']); // free time: there, with no meeting
  });

  it('every message went out once: no invitation, update or reminder twice', async () => {
    await settle(db, inbox, clockSet);
    const keys = sent().map((m) => `${m.to}|${m.subject}|${m.uid ?? ''}|${m.sequence ?? ''}|${m.method ?? ''}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    // One per expert, kind and day: a two-day event reminds before each day's first meeting (the subject names its day or time).
    const reminders = sent()
      .filter((m) => /Rappel/.test(m.subject))
      .map((m) => `${m.to}|${m.subject}`);
    expect(new Set(reminders).size).toBe(reminders.length);
  });

  it('every calendar the event sent reads the same in ical.js, python-icalendar, vobject and khal', () => {
    const calendars = inbox.messages.flatMap((m) =>
      leaves(parseMime(m.raw))
        .filter((p) => /^text\/calendar/i.test(p.headers.get('content-type') ?? ''))
        .map((p) => p.body),
    );
    expect(calendars.length).toBeGreaterThan(20);
    expectParsersAgree(calendars, 'Europe/Paris');
  });
});
