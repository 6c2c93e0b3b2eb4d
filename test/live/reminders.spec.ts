import { dueReminders } from '../../src/live/reminders';
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
    expect(r.body).toContain('commence dans 15 minutes, à 18\u00a0h\u00a000, t3');
    expect(r.body).toContain('starts in 15 minutes, at 18:00, t3');
    expect(r.body.indexOf('Bonjour')).toBeLessThan(r.body.indexOf('Hello'));
    const none = dueReminders('ev', tinyInstance(), meetings, at('2021-01-22T16:50:00Z'));
    expect(none).toEqual([]);
  });

  it('never reminds after the meeting has started, nor long after the moment', () => {
    expect(dueReminders('ev', instance(), meetings, at('2021-01-22T17:01:00Z')).filter((r) => r.expertKey === 'e3')).toEqual([]);
  });
});
