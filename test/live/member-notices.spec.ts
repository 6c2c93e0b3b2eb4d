import { memberNotices } from '../../src/live/member-notices';
import { shiftRounds } from '../../src/live/timetable';
import { M, tinyInstance } from '../engine/tiny';

const withEmails = () => {
  const i = tinyInstance();
  i.groups[0].members!.forEach((m, k) => (m.email = k === 1 ? undefined : `${m.id}@example.org`));
  return i;
};
const meetings = [M('r1', 't2', 'e2', 'g1'), M('r3', 't1', 'e1', 'g1'), M('r1', 't1', 'e1', 'g2')];

describe('memberNotices', () => {
  it('writes to the members of a group whose itinerary changed, with the new one and their link', () => {
    const after = withEmails();
    shiftRounds(after, 'r3', 10);
    const notices = memberNotices('ev', 2, { instance: withEmails(), meetings }, { instance: after, meetings }, new Map([['m1', 'https://x/m/tok1']]));
    expect(notices.map((n) => n.recipient)).toEqual(['m1@example.org', 'm3@example.org']);
    expect(notices[0]).toMatchObject({ dedupeKey: 'notice:ev:v2:m1', recipientName: 'Ana' });
    expect(notices[0].body).toContain('19:00–19:20 (2021-01-22) : Hélène Martin, Salle 1');
    expect(notices[0].body).toContain('https://x/m/tok1');
    expect(notices[1].body).not.toContain('https://');
  });

  it('writes to nobody when no group\'s itinerary changed', () => {
    const after = withEmails();
    shiftRounds(after, 'r4', 10); // nobody meets in r4
    expect(memberNotices('ev', 2, { instance: withEmails(), meetings }, { instance: after, meetings }, new Map())).toEqual([]);
  });

  it('a replan that moves a group to another table is a change for its members', () => {
    const moved = [M('r1', 't2', 'e2', 'g1'), M('r3', 't2', 'e1', 'g1'), M('r1', 't1', 'e1', 'g2')];
    const notices = memberNotices('ev', 3, { instance: withEmails(), meetings }, { instance: withEmails(), meetings: moved }, new Map());
    expect(notices).toHaveLength(2);
    expect(notices[0].body).toContain('Hélène Martin, Salle 2');
  });
});
