import { DateTime } from 'luxon';
import { dueReminders, stalePending } from '../../src/live/reminders';
import { M, tinyInstance } from '../engine/tiny';

// tiny: r1 18:00 Paris (17:00Z), r2 18:25, r3 18:50, r4 19:15 on 2021-01-22.
const meetings = [M('r2', 't1', 'e1', 'g1'), M('r3', 't1', 'e1', 'g2'), M('r1', 't3', 'e3', 'g1')];
const instance = () => {
  const i = tinyInstance();
  i.experts[0].email = 'helene@example.org';
  i.experts[2].email = 'awa@example.org';
  return i;
};
const at = (iso: string) => Date.parse(iso);

describe('dueReminders', () => {
  it('the day before the first meeting, then 15 minutes before it, each once by key', () => {
    expect(dueReminders('ev', instance(), meetings, at('2021-01-21T16:00:00Z'))).toEqual([]);
    const dayBefore = dueReminders('ev', instance(), meetings, at('2021-01-21T17:30:00Z'));
    // e3's first meeting is r1 (17:00Z on the 22nd), e1's is r2 (17:25Z): both a day ahead at 17:30Z on the 21st.
    expect(dayBefore.map((r) => r.dedupeKey)).toEqual(['reminder:day-before:ev:e1', 'reminder:day-before:ev:e3']);
    expect(dayBefore[0].body).toContain('demain, vendredi 22 janvier, à 18\u00a0h\u00a025');
    // The English one in English: no French date in it.
    expect(dayBefore[0].body).toContain('starts tomorrow, Friday 22 January, at 18:25');
  });

  it('reminds before the first meeting of each day of a two-day event', () => {
    const twoDays = instance();
    twoDays.rounds = [...twoDays.rounds, { id: 'r5', start: '2021-01-23T09:30', end: '2021-01-23T09:50' }];
    const both = [...meetings, M('r5', 't1', 'e1', 'g3')];
    // Friday 22 at 08:30Z: Saturday's 09:30 (08:30Z) is a day ahead for e1; the first day keeps its old key.
    expect(dueReminders('ev', twoDays, both, at('2021-01-22T08:30:00Z')).map((r) => r.dedupeKey)).toEqual(['reminder:day-before:ev:e1:2021-01-23']);
    expect(dueReminders('ev', twoDays, both, at('2021-01-23T08:15:00Z')).map((r) => [r.dedupeKey, r.subject])).toEqual([
      ['reminder:15-min:ev:e1:2021-01-23', expect.stringMatching(/^Rappel, dans 15 minutes : .* — 9\sh\s30, /)],
    ]);
  });

  it("uses each expert's own first meeting", () => {
    // e3 starts at r1 (17:00Z), e1 at r2 (17:25Z): at 16:50Z only e3 is within 15 minutes.
    const soon = dueReminders('ev', instance(), meetings, at('2021-01-22T16:50:00Z'));
    expect(soon.filter((r) => r.dedupeKey.startsWith('reminder:15-min')).map((r) => r.expertKey)).toEqual(['e3']);
    const later = dueReminders('ev', instance(), meetings, at('2021-01-22T17:12:00Z'));
    expect(later.filter((r) => r.dedupeKey.startsWith('reminder:15-min')).map((r) => r.expertKey)).toEqual(['e1']);
  });

  it('says when and where, in French then English, and skips experts without e-mail or meetings', () => {
    const [r] = dueReminders('ev', instance(), meetings, at('2021-01-22T16:50:00Z')).filter((x) => x.dedupeKey.includes('15-min'));
    expect(r).toMatchObject({ recipient: 'awa@example.org', recipientName: 'Awa Diallo' });
    // 16:50Z is 10 minutes before e3's 18:00 (17:00Z): it says so, not « dans 15 minutes ».
    expect(r.body).toContain('commence dans 10 minutes, à 18\u00a0h\u00a000, t3');
    expect(r.body).toContain('starts in 10 minutes, at 18:00, t3');
    expect(r.body.indexOf('Bonjour')).toBeLessThan(r.body.indexOf('Hello'));
    const none = dueReminders('ev', tinyInstance(), meetings, at('2021-01-22T16:50:00Z'));
    expect(none).toEqual([]);
  });

  it('never reminds after the meeting has started, nor long after the moment', () => {
    expect(dueReminders('ev', instance(), meetings, at('2021-01-22T17:01:00Z')).filter((r) => r.expertKey === 'e3')).toEqual([]);
    // e3's day before (17:00Z on the 21st) plus its 12 h grace: 05:00Z on the 22nd, then nothing until the 15 minutes.
    expect(dueReminders('ev', instance(), meetings, at('2021-01-22T05:01:00Z')).filter((r) => r.expertKey === 'e3')).toEqual([]);
  });

  const e3 = (now: string) => dueReminders('ev', instance(), meetings, at(now)).filter((r) => r.expertKey === 'e3');

  it("says « aujourd'hui » when it goes after midnight (late, or a plan published in the night), never « demain »", () => {
    // 00:30 in Paris on Friday 22, e3's meeting at 18:00 that day: the day-before reminder, sent late, says today.
    const [late] = e3('2021-01-21T23:30:00Z');
    expect(late.dedupeKey).toBe('reminder:day-before:ev:e3');
    expect(late.subject).toMatch(/^Rappel, aujourd’hui : Auditions de test — vendredi 22 janvier, 18\sh\s00, t3$/);
    expect(late.body).toContain('commence aujourd’hui à 18\u00a0h\u00a000, t3.');
    expect(late.body).toContain('starts today at 18:00, t3.');
    expect(late.body).not.toMatch(/demain|tomorrow/);
    // 23:50 in Paris on Thursday 21: still tomorrow.
    expect(e3('2021-01-21T22:50:00Z')[0].body).toContain('commence demain, vendredi 22 janvier, à 18\u00a0h\u00a000, t3.');
  });

  it('waits for midnight rather than queue a « demain » that the outbox would send on the day itself', () => {
    // 23:57 in Paris: « demain » would be false within the minutes the outbox takes to send it.
    expect(e3('2021-01-21T22:57:00Z')).toEqual([]);
    expect(e3('2021-01-21T23:00:00Z')[0].body).toContain('commence aujourd’hui à 18\u00a0h\u00a000');
  });

  it('says the minutes really left when the 15-minute reminder goes late', () => {
    const [soon] = e3('2021-01-22T16:53:00Z'); // 7 minutes before 18:00
    expect(soon.dedupeKey).toBe('reminder:15-min:ev:e3');
    expect(soon.subject).toMatch(/^Rappel, dans 7 minutes : /);
    expect(soon.body).toContain('commence dans 7 minutes, à 18\u00a0h\u00a000');
    expect(soon.body).toContain('starts in 7 minutes, at 18:00');
    expect(e3('2021-01-22T16:59:00Z')).toEqual([]); // past the grace: no « dans 1 minute »
  });

  /** The tiny event moved to the weekend of a change of time, in Paris. */
  const weekend = (rounds: { id: string; start: string; end: string }[]) => {
    const i = instance();
    i.rounds = rounds;
    return i;
  };
  const who = (i: ReturnType<typeof instance>, ms: ReturnType<typeof M>[], now: string) =>
    dueReminders('ev', i, ms, at(now)).map((r) => `${r.dedupeKey} | ${r.body.split('\n')[2]}`);

  it('the last Sunday of October: the day before is 25 hours before, and a Sunday-night meeting is « aujourd’hui » on Sunday', () => {
    // Saturday 30 (CEST, UTC+2) 18:00 = 16:00Z; Sunday 31 (CET, UTC+1) 9:30 = 08:30Z and 23:30 = 22:30Z.
    const i = weekend([
      { id: 'r1', start: '2027-10-30T18:00', end: '2027-10-30T18:20' },
      { id: 'r2', start: '2027-10-31T09:30', end: '2027-10-31T09:50' },
      { id: 'r3', start: '2027-10-31T23:30', end: '2027-10-31T23:50' },
    ]);
    const ms = [M('r1', 't1', 'e1', 'g1'), M('r2', 't1', 'e1', 'g2'), M('r3', 't3', 'e3', 'g1')];
    // e1's Sunday 9:30: the day before at Saturday 9:30 CEST, 07:30Z, 25 h before; not an hour later as 24 h would say.
    expect(who(i, ms, '2027-10-30T07:29:00Z')).toEqual([]);
    expect(who(i, ms, '2027-10-30T07:30:00Z')).toEqual([
      'reminder:day-before:ev:e1:2027-10-31 | Rappel : votre première audition de la journée commence demain, dimanche 31 octobre, à 9\u00a0h\u00a030, Salle 1.',
    ]);
    // Saturday's 18:00: its own day before (Friday 18:00 CEST, 16:00Z), first day's key.
    expect(who(i, ms, '2027-10-29T16:00:00Z')[0]).toMatch(/^reminder:day-before:ev:e1 \| .*demain, samedi 30 octobre, à 18\u00a0h\u00a000/);
    // e3's Sunday 23:30 CET (22:30Z): the day before at Saturday 23:30 CEST (21:30Z), « demain »;
    expect(who(i, ms, '2027-10-30T21:30:00Z')).toEqual([
      'reminder:day-before:ev:e3 | Rappel : votre première audition de la journée commence demain, dimanche 31 octobre, à 23\u00a0h\u00a030, t3.',
    ]);
    // 24 h before (22:30Z) is already Sunday 00:30 in Paris: if it goes then, it says today.
    expect(who(i, ms, '2027-10-30T22:30:00Z')).toEqual([
      'reminder:day-before:ev:e3 | Rappel : votre première audition de la journée commence aujourd’hui à 23\u00a0h\u00a030, t3.',
    ]);
  });

  it('the last Sunday of March: the day before is 23 hours before, never « demain » two days ahead', () => {
    // Sunday 28 (CET until 2:00, then CEST) 9:30 CEST = 07:30Z; Monday 29 0:30 CEST = Sunday 22:30Z.
    const i = weekend([
      { id: 'r1', start: '2027-03-28T09:30', end: '2027-03-28T09:50' },
      { id: 'r2', start: '2027-03-29T00:30', end: '2027-03-29T00:50' },
    ]);
    const ms = [M('r1', 't1', 'e1', 'g1'), M('r2', 't3', 'e3', 'g1')];
    // e1's Sunday 9:30: the day before at Saturday 9:30 CET, 08:30Z, 23 h before.
    expect(who(i, ms, '2027-03-27T08:29:00Z')).toEqual([]);
    expect(who(i, ms, '2027-03-27T08:30:00Z')).toEqual([
      'reminder:day-before:ev:e1 | Rappel : votre première audition de la journée commence demain, dimanche 28 mars, à 9\u00a0h\u00a030, Salle 1.',
    ]);
    // e3's Monday 0:30: 24 h before is Saturday 23:30 CET (22:30Z), two days ahead: nothing then.
    expect(who(i, ms, '2027-03-27T22:30:00Z')).toEqual([]);
    // The day before is Sunday 0:30 CET (23:30Z), 23 h before.
    expect(who(i, ms, '2027-03-27T23:30:00Z')).toEqual([
      'reminder:day-before:ev:e3 | Rappel : votre première audition de la journée commence demain, lundi 29 mars, à 0\u00a0h\u00a030, t3.',
    ]);
  });

  it('words again a reminder still waiting in the outbox once its words stop holding, and withdraws it when too late', () => {
    const [queued] = e3('2021-01-21T22:50:00Z'); // 23:50 in Paris: « demain »
    const waiting = (now: string, rows = [queued]) => stalePending('ev', instance(), meetings, at(now), rows);
    expect(waiting('2021-01-21T22:54:00Z')).toEqual({ reworded: [], withdrawn: [] });
    // Past midnight, still not sent (the mail server down): « aujourd'hui », same key.
    const { reworded } = waiting('2021-01-21T23:01:00Z');
    expect(reworded.map((r) => r.dedupeKey)).toEqual(['reminder:day-before:ev:e3']);
    expect(reworded[0].body).toContain('commence aujourd’hui à 18\u00a0h\u00a000');
    expect(reworded[0].subject).toMatch(/^Rappel, aujourd’hui : /);
    // Past the day-before's grace (05:00Z), as one never queued that late: withdrawn.
    expect(waiting('2021-01-22T05:01:00Z')).toEqual({ reworded: [], withdrawn: ['reminder:day-before:ev:e3'] });
    // The 15 minutes' one: its minutes follow the clock, then it goes once its grace is past (5 minutes before).
    const [soon] = e3('2021-01-22T16:45:00Z');
    expect(waiting('2021-01-22T16:48:00Z', [soon]).reworded[0].body).toContain('commence dans 12 minutes');
    expect(waiting('2021-01-22T16:56:00Z', [soon]).withdrawn).toEqual(['reminder:15-min:ev:e3']);
    // A reminder whose meeting left the plan: withdrawn.
    expect(waiting('2021-01-21T22:54:00Z', [{ ...queued, dedupeKey: 'reminder:day-before:ev:e9' }]).withdrawn).toEqual(['reminder:day-before:ev:e9']);
  });
  it('words a waiting reminder for the new times a delay brings, before its new moment too', () => {
    const [queued] = e3('2021-01-21T17:00:00Z'); // the day before e3's 18:00
    expect(queued.body).toContain('demain, vendredi 22 janvier, à 18\u00a0h\u00a000');
    // A 30-minute delay from r1: its new moment (17:30Z) is still to come, and the outbox may send it now.
    const delayed = instance();
    const later = (wall: string) => DateTime.fromISO(wall).plus({ minutes: 30 }).toFormat("yyyy-MM-dd'T'HH:mm");
    delayed.rounds = delayed.rounds.map((r) => ({ ...r, start: later(r.start), end: later(r.end) }));
    const { reworded, withdrawn } = stalePending('ev', delayed, meetings, at('2021-01-21T17:05:00Z'), [queued]);
    expect(withdrawn).toEqual([]);
    expect(reworded.map((r) => r.dedupeKey)).toEqual([queued.dedupeKey]);
    expect(reworded[0].body).toContain('demain, vendredi 22 janvier, à 18\u00a0h\u00a030');
    expect(reworded[0].body).not.toContain('18\u00a0h\u00a000');
  });
});
