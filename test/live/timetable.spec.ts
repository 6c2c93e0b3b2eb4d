import type { InstanceFile } from '../../src/engine';
import { loadInstance } from '../../src/engine';
import { liveState, nextOpenRound } from '../../src/live/live-state';
import { applyMarks, markKept, meetingsNotRuledOut } from '../../src/live/marks';
import { dropRounds } from '../../src/live/timetable';
import { tinyInstance } from '../engine/tiny';

const utc = (iso: string) => Date.parse(iso);

describe('dropRounds', () => {
  it('removes the rounds, their meetings, and everything that named them', () => {
    const instance = tinyInstance();
    instance.experts[1].rounds = ['r1', 'r4'];
    instance.pins = [
      { group: 'g1', expert: 'e2', round: 'r4' },
      { group: 'g1', expert: 'e1' },
    ];
    const meetings = dropRounds(instance, 'r4', [
      { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
      { round: 'r4', table: 't1', expert: 'e1', group: 'g2' },
    ]);
    expect(instance.rounds.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(meetings).toEqual([{ round: 'r1', table: 't1', expert: 'e1', group: 'g1' }]);
    expect(instance.experts[1].rounds).toEqual(['r1']);
    expect(instance.pins).toEqual([{ group: 'g1', expert: 'e1' }]);
    expect(loadInstance(instance).ok).toBe(true);
  });

  it('refuses to drop every round', () => {
    expect(() => dropRounds(tinyInstance(), 'r1')).toThrow('cannot cancel every round');
  });
});

describe('applyMarks', () => {
  const ids = (instance: InstanceFile) => instance.rounds.map((r) => r.id);

  it('an absent expert loses its rounds; a late one keeps those from its arrival', () => {
    const instance = tinyInstance();
    applyMarks(instance, [
      { kind: 'expert', key: 'e1', status: 'absent' },
      { kind: 'expert', key: 'e3', status: 'late', round: 'r3' },
      { kind: 'group', key: 'g2', status: 'absent', round: 'r2' },
      { kind: 'table', key: 't2', status: 'absent', round: 'r2' },
    ]);
    expect(instance.experts[0].rounds).toEqual([]);
    expect(instance.experts[2].rounds).toEqual(['r3', 'r4']);
    expect(instance.groups[1].rounds).toEqual(['r1']);
    expect(instance.tables[1].closedFrom).toBe('r2');
    expect(ids(instance)).toHaveLength(4);
  });
});

describe('a session missed', () => {
  const meetings = [
    { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
    { round: 'r2', table: 't1', expert: 'e1', group: 'g2' },
    { round: 'r4', table: 't1', expert: 'e1', group: 'g3' },
  ];
  const away = { kind: 'expert' as const, key: 'e1', status: 'absent' as const, round: 'r2', until: 'r4' };

  it('takes only the rounds from `round` until `until` away, and rules out only the meetings there', () => {
    const instance = tinyInstance();
    applyMarks(instance, [away]);
    expect(instance.experts[0].rounds).toEqual(['r1', 'r4']);
    expect(meetingsNotRuledOut(tinyInstance(), meetings, [away])).toEqual([meetings[0], meetings[2]]);
    expect(markKept(away, tinyInstance(), meetings, 0)).toBe(false);
    expect(markKept(away, tinyInstance(), [meetings[0], meetings[2]], 0)).toBe(true);
    // Without `until`, the same mark is the rest of the event.
    expect(meetingsNotRuledOut(tinyInstance(), meetings, [{ ...away, until: undefined }])).toEqual([meetings[0]]);
  });
});

describe('liveState', () => {
  const meetings = [{ round: 'r2', table: 't1', expert: 'e1', group: 'g1' }];

  it('during a round: the round, the time left, who is where', () => {
    // 18:30 in Paris in January is 17:30 UTC: inside r2 (18:25–18:45).
    const state = liveState(tinyInstance(), meetings, utc('2021-01-22T17:30:00Z'));
    expect(state.status).toBe('during');
    // The instant on the event's wall, as the day screen says when it read it.
    expect(state.nowWall).toBe('2021-01-22T18:30');
    expect(state.currentRound).toMatchObject({ id: 'r2', endsInMs: 15 * 60_000 });
    expect(state.nextRound).toMatchObject({ id: 'r3', startsInMs: 20 * 60_000 });
    expect(state.meetingsNow).toEqual([{ table: 't1', tableName: 'Salle 1', expert: 'e1', expertName: 'Hélène Martin', group: 'g1', groupName: 'Santé' }]);
  });

  it('between rounds, before and after the event', () => {
    expect(liveState(tinyInstance(), meetings, utc('2021-01-22T17:22:00Z')).status).toBe('break');
    expect(liveState(tinyInstance(), meetings, utc('2021-01-22T16:00:00Z'))).toMatchObject({ status: 'before', currentRound: null, nextRound: { id: 'r1' } });
    expect(liveState(tinyInstance(), meetings, utc('2021-01-22T19:00:00Z'))).toMatchObject({ status: 'after', nextRound: null });
  });

  it('a round ends exactly when the next starts: the boundary belongs to the next', () => {
    const state = liveState(tinyInstance(), meetings, utc('2021-01-22T17:25:00Z'));
    expect(state.currentRound?.id).toBe('r2');
    expect(nextOpenRound(tinyInstance(), utc('2021-01-22T17:25:00Z'))?.id).toBe('r3');
  });
});

describe('markKept', () => {
  const meetings = [
    { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
    { round: 'r3', table: 't2', expert: 'e1', group: 'g2' },
    { round: 'r4', table: 't1', expert: 'e3', group: 'g1' },
  ];
  const kept = (mark: Parameters<typeof markKept>[0], firstOpen = 1, list = meetings) => markKept(mark, tinyInstance(), list, firstOpen);

  it('says a mark the meetings still to come break, and one they keep', () => {
    // e1 meets in r3: absent from r3, or for the whole event, a replan is needed; absent from r4, nothing to do.
    expect(kept({ kind: 'expert', key: 'e1', status: 'absent', round: 'r3' })).toBe(false);
    expect(kept({ kind: 'expert', key: 'e1', status: 'absent' })).toBe(false);
    expect(kept({ kind: 'expert', key: 'e1', status: 'absent', round: 'r4' })).toBe(true);
    // g1 arrives for r4: its r1 meeting has already started (firstOpen 1), so it is past changing.
    expect(kept({ kind: 'group', key: 'g1', status: 'late', round: 'r4' })).toBe(true);
    expect(kept({ kind: 'group', key: 'g1', status: 'late', round: 'r4' }, 0)).toBe(false);
    // Table t1 closed from r2: e3's r4 meeting is there.
    expect(kept({ kind: 'table', key: 't1', status: 'absent', round: 'r2' })).toBe(false);
    expect(kept({ kind: 'table', key: 't1', status: 'absent', round: 'r2' }, 1, meetings.slice(0, 2))).toBe(true);
  });

  it('is kept once the replanned meetings leave the absent expert out', () => {
    const replanned = meetings.map((m) => (m.expert === 'e1' && m.round === 'r3' ? { ...m, expert: 'e3' } : m));
    expect(kept({ kind: 'expert', key: 'e1', status: 'absent', round: 'r2' }, 1, replanned)).toBe(true);
  });

  it('leaves out of the reminders the meetings a mark rules out, and only those', () => {
    const marks = [
      { kind: 'expert' as const, key: 'e1', status: 'absent' as const },
      { kind: 'group' as const, key: 'g1', status: 'late' as const, round: 'r4' },
    ];
    // e1 declined: both his meetings go; g1 arrives for r4: its r4 meeting stays.
    expect(meetingsNotRuledOut(tinyInstance(), meetings, marks)).toEqual([{ round: 'r4', table: 't1', expert: 'e3', group: 'g1' }]);
    expect(meetingsNotRuledOut(tinyInstance(), meetings, [])).toEqual(meetings);
  });
});
