/**
 * 02:30 on 2027-10-31 happens twice in Paris (03:00 CEST falls back to 02:00 CET). RFC 5545 §3.3.5
 * reads such a local time as its first occurrence; so do the engine and the invitations, whatever
 * the server's TZ (luxon alone picks the second).
 */
import { expertBlocks, invitation, lintCalendar } from '../../src/invitations/calendar';
import { dstInstance, NOW, parse, withTZ } from './fixtures';

describe('the repeated hour of October', () => {
  const instance = dstInstance();
  instance.rounds = [{ id: 'r1', start: '2027-10-31T02:30', end: '2027-10-31T02:50' }];
  const schedule = {
    format: 'audition-schedule/1' as const,
    meetings: [{ round: 'r1', table: 't1', expert: 'e1', group: 'g1' }],
    metrics: { shortfall: 0, wishValue: 0, minGroupShare: 1 },
  };

  it.each(['UTC', 'Europe/Paris', 'America/New_York'])('is its first occurrence (00:30 UTC, CEST) with TZ=%s', (tz) => {
    withTZ(tz, () => {
      const [block] = expertBlocks(instance, schedule, 'e1');
      expect([new Date(block.start).toISOString(), new Date(block.end).toISOString()]).toEqual(['2027-10-31T00:30:00.000Z', '2027-10-31T00:50:00.000Z']);
      const text = invitation({ event: instance.event, block, uid: 'carrousel-k-e1-1@carrousel.invalid', sequence: 0, now: NOW });
      expect(lintCalendar(text)).toEqual([]);
      expect(text).toContain('DTSTART:20271031T003000Z');
      expect(parse(text).events[0].startDate.toJSDate().toISOString()).toBe('2027-10-31T00:30:00.000Z');
    });
  });
});
