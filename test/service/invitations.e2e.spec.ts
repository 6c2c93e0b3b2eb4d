/**
 * Invitations end to end: a real SMTP server on loopback, the service as a real process. Publish →
 * nothing sent; the preview says what « Envoyer » would send, and sending it makes one e-mail per
 * expert block with a `text/calendar; method=REQUEST` part; a new version → only the expert
 * concerned gets an update (same UID, SEQUENCE 1) or a cancellation; a refusing server → retried,
 * delivered once, or given up at once when the refusal is permanent; a restart → nothing sent again.
 * Feeds by token, in force, cached by ETag, 404 when revoked.
 */
import { DateTime } from 'luxon';
import { lintCalendar } from '../../src/invitations/calendar';
import { parse } from '../invitations/fixtures';
import { readMail as read, type Mail } from '../invitations/mail-read';
import { decodeHeader, TestInbox } from '../support/mail';
import { expectParsersAgree } from '../support/calendar-readers';
import { readWithPython } from '../support/python-icalendar';
import { itIf, POSTGRESQL } from '../support/requirements';
import { AUTH, sample, startApp, type TestApp, waitForJob } from '../support/test-app';
import { until } from '../support/until';

const FAST = { OUTBOX_INTERVAL_MS: '150', OUTBOX_RETRY_BASE_MS: '300' };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('expert invitations over SMTP, and calendar feeds', () => {
  const inbox = new TestInbox();
  let t: TestApp;
  let id: string;
  let instance: Record<string, any>;
  const organizer = 'dialogue.citoyen@example.org';
  let v1Status: Record<string, any>;
  let firstMails: Mail[];

  beforeAll(async () => {
    await inbox.start();
    const event = sample('nantes-1.json') as Record<string, any>;
    event.event.organizer = { name: 'Mission dialogue citoyen', email: organizer };
    event.experts.forEach((x: any, i: number) => (x.email ??= `expert${i}@example.org`));
    instance = event;
    // First without SMTP: the messages wait in the outbox, visible.
    t = await startApp(undefined, { ...FAST });
    id = (await t.http.post('/api/events').set(AUTH).send(event).expect(201)).body.summary.id;
  });
  afterAll(async () => {
    await t?.close();
    await inbox.stop();
  });

  const status = async () => (await t.http.get(`/api/events/${id}/invitations`).set(AUTH).expect(200)).body;
  const publishCopy = async (from: number, change: (meetings: any[]) => any[]): Promise<number> => {
    const copy = (await t.http.post(`/api/events/${id}/versions/${from}/copy`).set(AUTH).expect(201)).body;
    let revision = copy.revision;
    for (const m of change(copy.meetings)) {
      revision = (
        await t.http
          .post(`/api/events/${id}/versions/${copy.number}/adjustments`)
          .set(AUTH)
          .send({ revision, op: 'remove', from: { round: m.round, group: m.group } })
          .expect(201)
      ).body.revision;
    }
    await t.http.post(`/api/events/${id}/versions/${copy.number}/publish`).set(AUTH).expect(201);
    await sendAsPreviewed();
    return copy.number;
  };
  /** What the organizer does on the outreach screen: read the preview, then « Envoyer ». */
  const sendAsPreviewed = async () => {
    const preview = (await t.http.get(`/api/events/${id}/invitations/preview`).set(AUTH).expect(200)).body;
    return (await t.http.post(`/api/events/${id}/invitations/send`).set(AUTH).send({ digest: preview.digest, confirmLocalLinks: true }).expect(200)).body;
  };

  it('serves empty but valid feeds before anything is published', async () => {
    const links = (await t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body as any[];
    for (const kind of ['expert', 'group']) {
      const link = links.find((l) => l.kind === kind);
      const res = await t.http.get(`/cal/${kind === 'expert' ? 'x' : 'g'}/${link.token}.ics`).expect(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(lintCalendar(res.text)).toEqual(['no VEVENT (RFC 5545 §3.6: a calendar holds at least one component)']);
      expect(parse(res.text)).toMatchObject({ method: 'PUBLISH', vevents: [] });
    }
  });

  it('sends nothing on publishing; the preview says what « Envoyer » would send, and sending queues exactly that, kept pending without SMTP', async () => {
    const started = (await t.http.post(`/api/events/${id}/generations`).set(AUTH).send({ timeLimitMs: 3000 }).expect(202)).body;
    expect(await waitForJob(t, id, started.id)).toMatchObject({ status: 'done', versionNumber: 1 });
    await t.http.post(`/api/events/${id}/versions/1/publish`).set(AUTH).expect(201);
    await sleep(600);
    const held = await status();
    expect(held.totals).toEqual({ pending: 0, sent: 0, failed: 0 });
    const preview = (await t.http.get(`/api/events/${id}/invitations/preview`).set(AUTH).expect(200)).body;
    const blockCount = held.experts.reduce((n: number, x: any) => n + x.blocks.length, 0);
    expect(preview).toMatchObject({ version: 1, counts: { new: blockCount, total: blockCount, cancelled: 0, changed: 0 } });
    expect(preview.messages.every((m: any) => m.method === 'REQUEST' && m.reason === 'new' && m.name && m.recipient)).toBe(true);
    // A digest that is not the preview's is refused: nothing is sent that the organizer did not see.
    const stale = await t.http
      .post(`/api/events/${id}/invitations/send`)
      .set(AUTH)
      .send({ digest: `3:${'0'.repeat(32)}` })
      .expect(409);
    expect(stale.body.error.message).toMatch(/aperçu/);
    expect((await status()).totals.pending).toBe(0);
    const sent = (await t.http.post(`/api/events/${id}/invitations/send`).set(AUTH).send({ digest: preview.digest, confirmLocalLinks: true }).expect(200)).body;
    expect(sent.enqueued).toHaveLength(blockCount);
    v1Status = await status();
    expect(v1Status).toMatchObject({ version: 1, smtp: false, organizer });
    const blocks = v1Status.experts.flatMap((x: any) => x.blocks);
    expect(blocks.length).toBeGreaterThan(20);
    expect(v1Status.totals).toEqual({ pending: blocks.length, sent: 0, failed: 0 });
    for (const b of blocks)
      expect(b).toMatchObject({ inForce: true, sequence: 0, cancelled: false, lastMessage: { method: 'REQUEST', status: 'pending', attempts: 0 } });
    // Sending again enqueues nothing, and the preview is empty.
    expect((await t.http.post(`/api/events/${id}/invitations/send`).set(AUTH).send({}).expect(200)).body).toMatchObject({
      version: 1,
      enqueued: [],
      undeliverable: [],
    });
    expect((await t.http.get(`/api/events/${id}/invitations/preview`).set(AUTH).expect(200)).body.counts.total).toBe(0);
    await sleep(600);
    expect(inbox.messages).toHaveLength(0);
  });

  it('sends them once SMTP is set: one e-mail per block, with the invitation as text/calendar; method=REQUEST', async () => {
    await t.close();
    t = await startApp(t.storage, { ...FAST, SMTP_URL: inbox.url });
    const blocks = v1Status.experts.flatMap((x: any) => x.blocks.map((b: any) => ({ ...b, expert: x })));
    await until('every invitation', () => (inbox.messages.length >= blocks.length ? true : undefined), 60_000);
    await sleep(800);
    expect(inbox.messages).toHaveLength(blocks.length);
    firstMails = inbox.messages.map(read);
    const schedule = (await t.http.get(`/api/events/${id}/versions/1`).set(AUTH).expect(200)).body;
    const roundStart = new Map<string, string>(instance.rounds.map((r: any) => [r.id, DateTime.fromISO(r.start, { zone: 'Europe/Paris' }).toUTC().toISO()!]));
    for (const x of v1Status.experts.filter((e: any) => e.blocks.length)) {
      const mails = firstMails.filter((m) => m.to === x.email);
      expect(mails).toHaveLength(x.blocks.length);
      // The first block starts with the expert's first round.
      const rounds = schedule.meetings
        .filter((m: any) => m.expert === x.key)
        .map((m: any) => roundStart.get(m.round)!)
        .sort();
      expect(new Date(x.blocks[0].start).toISOString()).toBe(new Date(rounds[0]).toISOString());
      for (const b of x.blocks) {
        const mail = mails.find((m) => m.calendar.includes(b.uid))!;
        expect(mail.from).toBe(organizer);
        expect(decodeHeader(mail.headers.get('from')!)).toContain(organizer);
        expect(decodeHeader(mail.headers.get('subject')!)).toMatch(/^Invitation : /);
        expect(mail.calendarType).toMatch(/^text\/calendar; charset=utf-8; method=REQUEST$/i);
        expect(mail.contentTypes).toEqual(expect.arrayContaining([expect.stringMatching(/^text\/plain/), expect.stringMatching(/^application\/ics/)]));
        expect(mail.text.indexOf('Bonjour')).toBeLessThan(mail.text.indexOf('Hello'));
        expect(mail.text).toMatch(/\d\u00a0h\u00a0\d\d\u00a0– /);
        expect(lintCalendar(mail.calendar)).toEqual([]);
        const { method, vevents, events } = parse(mail.calendar);
        expect([method, events.length, events[0].uid, events[0].sequence]).toEqual(['REQUEST', 1, b.uid, 0]);
        expect(events[0].startDate.toJSDate().toISOString()).toBe(b.start);
        expect(events[0].endDate.toJSDate().toISOString()).toBe(b.end);
        expect(events[0].startDate.zone.tzid).toBe('UTC');
        expect(vevents[0].getFirstPropertyValue('attendee')).toBe(`mailto:${x.email}`);
        expect(vevents[0].getFirstPropertyValue('organizer')).toBe(`mailto:${organizer}`);
      }
    }
    const after = await status();
    expect(after.totals).toEqual({ pending: 0, sent: blocks.length, failed: 0 });
    const py = readWithPython(firstMails.map((m) => m.calendar));
    if (py)
      expect(py.map((r) => [r.method, r.errors, r.uids, r.sequences])).toEqual(firstMails.map((m) => ['REQUEST', [], [parse(m.calendar).events[0].uid], [0]]));
    expectParsersAgree(firstMails.map((m) => m.calendar));
  });

  let changedExpert: any;
  it('sends a new version only to the expert concerned: an update with the same UID and SEQUENCE 1, a cancellation where a block vanished', async () => {
    const experts = v1Status.experts.filter((x: any) => x.blocks.length);
    const v1 = (await t.http.get(`/api/events/${id}/versions/1`).set(AUTH).expect(200)).body;
    const meetingsOf = (key: string) => v1.meetings.filter((m: any) => m.expert === key);
    changedExpert = experts.find((x: any) => x.blocks.length === 1 && meetingsOf(x.key).length >= 3)!;
    const gone = experts.filter((x: any) => x !== changedExpert).sort((a: any, b: any) => meetingsOf(a.key).length - meetingsOf(b.key).length)[0];
    const removed = meetingsOf(changedExpert.key)
      .sort((a: any, b: any) => a.round.localeCompare(b.round, 'en', { numeric: true }))
      .slice(-1);
    const before = inbox.messages.length;
    await publishCopy(1, () => [...removed, ...meetingsOf(gone.key)]);
    const expected = 1 + gone.blocks.length;
    await until('the update and cancellations', () => (inbox.messages.length >= before + expected ? true : undefined));
    await sleep(1000);
    const fresh = inbox.messages.slice(before).map(read);
    expect(fresh).toHaveLength(expected);
    const update = fresh.filter((m) => m.to === changedExpert.email);
    expect(update).toHaveLength(1);
    expect(update[0].calendarType).toMatch(/method=REQUEST$/i);
    expect(decodeHeader(update[0].headers.get('subject')!)).toMatch(/^Mise à jour : /);
    const ev = parse(update[0].calendar).events[0];
    expect([ev.uid, ev.sequence]).toEqual([changedExpert.blocks[0].uid, 1]);
    expect(ev.endDate.toJSDate().getTime()).toBeLessThan(new Date(changedExpert.blocks[0].end).getTime());
    const cancels = fresh.filter((m) => m.to === gone.email);
    expect(cancels).toHaveLength(gone.blocks.length);
    for (const c of cancels) {
      expect(c.calendarType).toMatch(/method=CANCEL$/i);
      expect(lintCalendar(c.calendar)).toEqual([]);
      const { method, events, vevents } = parse(c.calendar);
      expect([method, events[0].sequence, vevents[0].getFirstPropertyValue('status')]).toEqual(['CANCEL', 1, 'CANCELLED']);
      expect(gone.blocks.map((b: any) => b.uid)).toContain(events[0].uid);
    }
    const py = readWithPython(fresh.map((m) => m.calendar));
    if (py)
      expect(py.map((r) => [r.method, r.errors, r.sequences])).toEqual(
        fresh.map((m) => [/method=CANCEL/i.test(m.calendarType) ? 'CANCEL' : 'REQUEST', [], [1]]),
      );
    expectParsersAgree(fresh.map((m) => m.calendar));
    const s = await status();
    // The outbox counts every message that left, the first invitations and these alike, not each block's last one.
    expect(s.totals).toEqual({ pending: 0, sent: inbox.messages.length, failed: 0 });
    expect(s.sentByKind).toEqual({ requests: inbox.messages.length - gone.blocks.length, cancellations: gone.blocks.length, reminders: 0, notices: 0 });
    const goneNow = s.experts.find((x: any) => x.key === gone.key);
    expect(goneNow.blocks.every((b: any) => !b.inForce && b.cancelled && b.lastMessage.status === 'sent')).toBe(true);
  });

  it('retries a refusing server with back-off and delivers the message once', async () => {
    const v2 = (await t.http.get(`/api/events/${id}/versions/2`).set(AUTH).expect(200)).body;
    const mine = v2.meetings
      .filter((m: any) => m.expert === changedExpert.key)
      .sort((a: any, b: any) => a.round.localeCompare(b.round, 'en', { numeric: true }));
    inbox.refuse = 2;
    const before = inbox.messages.length;
    await publishCopy(2, () => mine.slice(-1));
    await until('the retried update', () => (inbox.messages.length > before ? true : undefined));
    await sleep(1500);
    expect(inbox.refused).toBe(2);
    const fresh = inbox.messages.slice(before).map(read);
    expect(fresh.map((m) => m.to)).toEqual([changedExpert.email]);
    expect(parse(fresh[0].calendar).events[0].sequence).toBe(2);
    const block = (await status()).experts.find((x: any) => x.key === changedExpert.key).blocks[0];
    expect(block).toMatchObject({ sequence: 2, lastMessage: { status: 'sent', attempts: 3, lastError: null } });
  });

  it('when an expert’s address is corrected, cancels at the old address and invites at the new one on « Envoyer », without publishing again', async () => {
    const moved = changedExpert.email.replace('@', '.nouveau@');
    await t.http.patch(`/api/events/${id}/experts/${changedExpert.key}`).set(AUTH).send({ email: moved }).expect(200);
    const before = inbox.messages.length;
    const sent = await sendAsPreviewed();
    const expected = [
      [changedExpert.email, 'CANCEL'],
      [moved, 'REQUEST'],
    ].sort();
    expect(sent.enqueued.map((m: any) => [m.recipient, m.method]).sort()).toEqual(expected);
    await until('the cancellation and the invitation', () => (inbox.messages.length >= before + 2 ? true : undefined));
    await sleep(1000);
    const fresh = inbox.messages.slice(before).map(read);
    expect(fresh.map((m) => [m.to, /method=(\w+)/i.exec(m.calendarType)![1].toUpperCase()]).sort()).toEqual(expected);
    const byMethod = (method: string) => fresh.find((m) => new RegExp(`method=${method}`, 'i').test(m.calendarType))!;
    // Distinct SEQUENCE and DTSTAMP; the new address's first message is an invitation, not an update.
    expect(parse(byMethod('CANCEL').calendar).events.map((e) => [e.uid, e.sequence])).toEqual([[changedExpert.blocks[0].uid, 3]]);
    expect(parse(byMethod('REQUEST').calendar).events.map((e) => [e.uid, e.sequence])).toEqual([[changedExpert.blocks[0].uid, 4]]);
    expect(decodeHeader(byMethod('REQUEST').headers.get('subject')!)).toMatch(/^Invitation : /);
    for (const m of fresh) expect(lintCalendar(m.calendar)).toEqual([]);
    expect(lintCalendar(byMethod('REQUEST').calendar, { previous: byMethod('CANCEL').calendar })).toEqual([]);
    expectParsersAgree(fresh.map((m) => m.calendar));
    const now = (await status()).experts.find((x: any) => x.key === changedExpert.key);
    expect(now).toMatchObject({ email: moved, blocks: [{ sequence: 4, cancelled: false, lastMessage: { method: 'REQUEST', status: 'sent' } }] });
    changedExpert.email = moved;
  });

  it('sends nothing again after a restart', async () => {
    const before = inbox.messages.length;
    await t.close();
    t = await startApp(t.storage, { ...FAST, SMTP_URL: inbox.url });
    await sleep(3000); // the start-up reconciliation, the periodic one, and many outbox passes
    expect((await sendAsPreviewed()).enqueued).toEqual([]);
    await sleep(500);
    expect(inbox.messages.length).toBe(before);
    expect((await status()).totals).toMatchObject({ pending: 0, failed: 0 });
  });

  // Several instances share one database only on PostgreSQL (CI runs this file again there).
  itIf(POSTGRESQL, 'sends each message once with two instances on one database', async () => {
    const second = await startApp(t.storage, { ...FAST, SMTP_URL: inbox.url });
    try {
      const v3 = (await t.http.get(`/api/events/${id}/versions/3`).set(AUTH).expect(200)).body;
      const experts = [...new Set<string>(v3.meetings.map((m: any) => m.expert))].filter((k) => k !== changedExpert.key).slice(0, 4);
      const removed = experts.map((k) => v3.meetings.find((m: any) => m.expert === k));
      const before = inbox.messages.length;
      await publishCopy(3, () => removed);
      await until('the four updates', () => (inbox.messages.length >= before + 4 ? true : undefined));
      await sleep(2000);
      const uids = inbox.messages.slice(before).map((m) => parse(read(m).calendar).events[0].uid);
      expect(new Set(uids).size).toBe(uids.length);
      expect(uids.length).toBeGreaterThanOrEqual(4);
    } finally {
      await second.close();
    }
  });

  it('serves the version in force in the expert and group feeds, and 404 for a revoked token', async () => {
    const links = (await t.http.get(`/api/events/${id}/links`).set(AUTH).expect(200)).body as any[];
    const s = await status();
    const expert = s.experts.find((x: any) => x.key === changedExpert.key);
    const xl = links.find((l) => l.kind === 'expert' && l.key === expert.key);
    const xr = await t.http.get(`/cal/x/${xl.token}.ics`).expect(200);
    expect(xr.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(lintCalendar(xr.text)).toEqual([]);
    const xf = parse(xr.text);
    expect(xf.method).toBe('PUBLISH');
    expect(xf.events.map((e) => [e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()])).toEqual(
      expert.blocks.filter((b: any) => b.inForce).map((b: any) => [b.start, b.end]),
    );
    expect(xr.text).not.toMatch(/^(ORGANIZER|ATTENDEE)/m);

    const gl = links.find((l) => l.kind === 'group');
    expect(gl.url).toBe(`${t.url}/cal/g/${gl.token}.ics`);
    const gr = await t.http.get(`/cal/g/${gl.token}.ics`).expect(200);
    expect(lintCalendar(gr.text)).toEqual([]);
    const inForce = (await t.http.get(`/api/events/${id}/versions/${s.version}`).set(AUTH).expect(200)).body;
    const meetings = inForce.meetings.filter((m: any) => m.group === gl.key);
    expect(parse(gr.text).events).toHaveLength(meetings.length);
    const py = readWithPython([xr.text, gr.text]);
    if (py)
      expect(py.map((r) => [r.method, r.errors])).toEqual([
        ['PUBLISH', []],
        ['PUBLISH', []],
      ]);
    expectParsersAgree([xr.text, gr.text]);

    await t.http.post(`/api/events/${id}/links/group/${gl.key}/reissue`).set(AUTH).expect(201);
    await t.http.get(`/cal/g/${gl.token}.ics`).expect(404);
    await t.http.get(`/cal/x/${gl.token}.ics`).expect(404); // a group token is not an expert's
    await t.http.get('/cal/x/not-a-real-token-at-all.ics').expect(404);
  });

  it('gives up at once on a permanent refusal (550), says so, and does not try again', async () => {
    const s = await status();
    const expert = s.experts.find((x: any) => x.key !== changedExpert.key && x.blocks.some((b: any) => b.inForce));
    const before = { failed: s.totals.failed, refused: inbox.refused, received: inbox.messages.length };
    inbox.refuse = 1;
    inbox.refuseCode = 550;
    try {
      // The expert's last meeting of the day: its block shrinks, one update is sent.
      const byRound = (a: any, b: any) => a.round.localeCompare(b.round, 'en', { numeric: true });
      await publishCopy(s.version, (meetings) =>
        meetings
          .filter((m: any) => m.expert === expert.key)
          .sort(byRound)
          .slice(-1),
      );
      const given = await until('the message given up', async () => {
        const block = (await status()).experts.find((x: any) => x.key === expert.key).blocks.find((b: any) => b.lastMessage?.status === 'failed');
        return block?.lastMessage;
      });
      expect(given).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringContaining('550') });
      await sleep(1500); // many outbox passes and retry delays
      expect(inbox.refused).toBe(before.refused + 1);
      expect(inbox.messages.length).toBe(before.received);
      expect((await status()).totals.failed).toBe(before.failed + 1);
    } finally {
      inbox.refuseCode = 451;
      inbox.refuse = 0;
    }
  });
});
