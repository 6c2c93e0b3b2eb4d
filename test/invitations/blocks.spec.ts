import { CalendarError, expertBlocks, groupItinerary } from '../../src/invitations/calendar';
import { dstInstance, dstSchedule, iso, NASTY, withTZ } from './fixtures';

describe('expertBlocks', () => {
  const instance = dstInstance();
  const schedule = dstSchedule();

  it('joins meetings across the March change into one block, with the break, and starts a second block after a long gap', () => {
    const blocks = expertBlocks(instance, schedule, 'e1');
    expect(blocks).toHaveLength(2);
    const [morning, later] = blocks;
    // 01:00 CET → 00:00Z; 03:20 CEST → 01:20Z: the wall clock says 2 h 20, the block lasts 1 h 20.
    expect([iso(morning.start), iso(morning.end)]).toEqual(['2027-03-28T00:00:00.000Z', '2027-03-28T01:20:00.000Z']);
    expect(morning.ordinal).toBe(1);
    expect(morning.rounds.map((r) => [r.roundId, iso(r.start), r.groups.map((g) => g.name)])).toEqual([
      ['r1', '2027-03-28T00:00:00.000Z', [NASTY]],
      ['r2', '2027-03-28T00:30:00.000Z', []],
      ['r3', '2027-03-28T01:00:00.000Z', ['Groupe Mobilités']],
    ]);
    expect(morning.rounds[0].groups[0]).toEqual({ id: 'g1', name: NASTY, size: 5, themes: ['santé', 'logement'] });
    expect(morning.table).toEqual({ id: 't1', name: 'Salle 1', location: 'https://visio.example.org/j/123' });
    expect(morning.expert).toEqual({ id: 'e1', name: 'Hélène Dupré', email: 'helene.dupre@example.net', organization: 'CHU' });
    expect(later.ordinal).toBe(2);
    expect([iso(later.start), iso(later.end)]).toEqual(['2027-03-28T08:00:00.000Z', '2027-03-28T08:20:00.000Z']);
    expect(later.timezone).toBe('Europe/Paris');
  });

  it('measures gaps in real time: across the October change 01:50 → 03:00 on the wall is 2 h 10', () => {
    const utcTimes = (gap: number) => expertBlocks(instance, schedule, 'e2', { longGapMinutes: gap }).map((b) => [iso(b.start), iso(b.end)]);
    expect(utcTimes(90)).toEqual([
      ['2027-10-30T23:30:00.000Z', '2027-10-30T23:50:00.000Z'],
      ['2027-10-31T02:00:00.000Z', '2027-10-31T02:20:00.000Z'],
      ['2027-10-31T09:00:00.000Z', '2027-10-31T09:20:00.000Z'],
    ]);
    expect(utcTimes(130)).toEqual([
      ['2027-10-30T23:30:00.000Z', '2027-10-31T02:20:00.000Z'],
      ['2027-10-31T09:00:00.000Z', '2027-10-31T09:20:00.000Z'],
    ]);
  });

  it('falls back to the event location for a table without one', () => {
    expect(expertBlocks(instance, schedule, 'e3')[0].table.location).toBe('Hôtel de Métropole, Nantes');
  });

  it('gives no block to an expert without meetings', () => {
    expect(expertBlocks(instance, schedule, 'e4')).toEqual([]);
  });

  it('lists every group of a round when an expert receives several', () => {
    const s = dstSchedule();
    s.meetings.push({ round: 'r1', table: 't1', expert: 'e1', group: 'g2' });
    expect(expertBlocks(instance, s, 'e1')[0].rounds[0].groups.map((g) => g.id)).toEqual(['g1', 'g2']);
  });

  it('starts a new block when the table changes, so LOCATION stays true', () => {
    const s = dstSchedule();
    s.meetings[1] = { ...s.meetings[1], table: 't3' };
    expect(expertBlocks(instance, s, 'e1').map((b) => b.table.id)).toEqual(['t1', 't3', 't1']);
  });

  it('refuses unknown ids with a CalendarError', () => {
    expect(() => expertBlocks(instance, schedule, 'nobody')).toThrow(CalendarError);
    const s = dstSchedule();
    s.meetings[0] = { ...s.meetings[0], group: 'g9' };
    expect(() => expertBlocks(instance, s, 'e1')).toThrow(/unknown group "g9"/);
  });

  it('gives the same instants whatever the server zone', () => {
    const reference = JSON.stringify(expertBlocks(instance, schedule, 'e2'));
    for (const tz of ['UTC', 'Europe/Paris', 'America/New_York', 'Pacific/Kiritimati']) {
      expect(withTZ(tz, () => JSON.stringify(expertBlocks(instance, schedule, 'e2')))).toBe(reference);
    }
  });
});

describe('groupItinerary', () => {
  it("lists a group's meetings in time order with table and expert", () => {
    const it = groupItinerary(dstInstance(), dstSchedule(), 'g3');
    expect(it.meetings.map((m) => [m.roundId, m.expert.id, m.table.id, iso(m.start)])).toEqual([
      ['r1', 'e3', 't3', '2027-03-28T00:00:00.000Z'],
      ['r4', 'e1', 't1', '2027-03-28T08:00:00.000Z'],
      ['r7', 'e2', 't2', '2027-10-31T09:00:00.000Z'],
    ]);
  });
});
