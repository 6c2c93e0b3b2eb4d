/** « Qui est où » (pure): every group in a round, at its table or room with its expert, free, or not there; by name. */
import { liveState, whereIn } from '../../src/live/live-state';
import { at, ROUNDS, saturday } from '../members/saturday';

const instance = saturday({
  rounds: ROUNDS.slice(0, 2),
  experts: [
    { id: 'e1', name: 'Ada' },
    { id: 'e2', name: 'Bob' },
  ],
  groups: [
    { id: 'g2', name: 'Groupe 2', size: 1 },
    { id: 'g1', name: 'Groupe 1', size: 1 },
    { id: 'g3', name: 'Groupe 3', size: 1, rounds: ['r1'] },
  ],
});
const meetings = [
  { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
  { round: 'r1', table: 't2', expert: 'e2', group: 'g3' },
  { round: 'r2', table: 't2', expert: 'e2', group: 'g1' },
];

describe('« qui est où »', () => {
  it('lists every group by name: its table, the room or the event’s place, its expert; free when there without a meeting', () => {
    expect(whereIn(instance, meetings, 'r1')).toEqual([
      {
        group: 'g1',
        groupName: 'Groupe 1',
        status: 'meeting',
        table: 't1',
        tableName: 'Table 1',
        location: 'Salle du conseil',
        expert: 'e1',
        expertName: 'Ada',
      },
      { group: 'g2', groupName: 'Groupe 2', status: 'free' },
      {
        group: 'g3',
        groupName: 'Groupe 3',
        status: 'meeting',
        table: 't2',
        tableName: 'Zoom 2',
        location: 'https://zoom.example.org/j/2',
        expert: 'e2',
        expertName: 'Bob',
      },
    ]);
  });

  it('says a group not there in that round is away, not free', () => {
    expect(whereIn(instance, meetings, 'r2').map((w) => [w.group, w.status])).toEqual([
      ['g1', 'meeting'],
      ['g2', 'free'],
      ['g3', 'away'],
    ]);
  });

  it('comes with the live view for the round under way and the next, and is empty outside them', () => {
    const during = liveState(instance, meetings, at('2027-03-27T10:05'));
    expect([during.whereNow.length, during.whereNext.map((w) => w.status)]).toEqual([3, ['meeting', 'free', 'away']]);
    const after = liveState(instance, meetings, at('2027-03-27T11:00'));
    expect([after.whereNow, after.whereNext]).toEqual([[], []]);
  });
});
