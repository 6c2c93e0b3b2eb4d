import type { InstanceFile } from '../../src/engine';
import { planInstance } from '../../src/engine';
import { sample } from '../support/test-app';
import { browserModule } from './browser-module';

const { groupShares, minShare, expertsHeard, idleGroupRounds } = browserModule('shares.js');

describe("each group's share of its wishes, as the app shows it", () => {
  const instance = {
    rounds: [{ id: 'r1' }, { id: 'r2' }],
    options: { themeMatchWeight: 2 },
    experts: [{ id: 'e1', themes: ['santé'] }, { id: 'e2' }, { id: 'e3' }],
    groups: [
      {
        id: 'g1',
        name: 'Santé',
        themes: ['santé'],
        wishes: [
          { expert: 'e2', weight: 5 },
          { expert: 'e3', weight: 1 },
        ],
      },
      { id: 'g2', name: 'Logement', maxMeetings: 1, wishes: [{ expert: 'e3', weight: 4 }] },
      { id: 'g3', name: 'Sans souhait' },
    ],
  };

  it('divides the value received by the k best values (wishes, else shared themes)', () => {
    const shares = groupShares(instance, [
      { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
      { round: 'r2', table: 't2', expert: 'e3', group: 'g1' },
      { round: 'r1', table: 't2', expert: 'e2', group: 'g2' },
    ]);
    // g1: values e1 2 (theme), e2 5, e3 1; k = 2 rounds → P = 7, received 2 + 1 = 3.
    expect(shares[0]).toEqual({ group: 'g1', name: 'Santé', received: 3, potential: 7, share: 3 / 7 });
    // g2: maxMeetings 1 → P = 4; it heard e2 (worth 0).
    expect(shares[1]).toMatchObject({ received: 0, potential: 4, share: 0 });
    expect(shares[2].share).toBeNull();
    expect(minShare(shares)).toBe(0);
    expect(minShare([shares[2]])).toBe(1);
    expect(expertsHeard(instance, [{ expert: 'e1' }, { expert: 'e1' }])).toEqual({ heard: 1, total: 3 });
  });

  it("agrees with the engine's minGroupShare on a real plan (nantes-1)", () => {
    const instance = sample('nantes-1.json') as unknown as InstanceFile;
    const result = planInstance(instance, { seed: 1, maxIterations: 20_000 });
    if (result.status !== 'solved') throw new Error(`nantes-1 did not plan: ${result.status}`);
    expect(minShare(groupShares(instance, result.schedule.meetings))).toBeCloseTo(result.schedule.metrics.minGroupShare, 9);
  });

  it("counts the group-rounds left empty as the engine's idle, and says which groups are free when", () => {
    const idle = idleGroupRounds(instance, [
      { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
      { round: 'r2', table: 't2', expert: 'e3', group: 'g1' },
      { round: 'r1', table: 't2', expert: 'e2', group: 'g2' },
    ]);
    // g1 met in both rounds; g2 may meet once (maxMeetings 1) and did; g3 met nobody in two rounds.
    expect(idle.total).toBe(2);
    expect(Object.fromEntries(idle.rounds)).toEqual({ r1: ['g3'], r2: ['g3'] });
    const away = { ...instance, groups: [{ id: 'g4', rounds: ['r2'] }] };
    expect(Object.fromEntries(idleGroupRounds(away, []).rounds)).toEqual({ r1: [], r2: ['g4'] });
  });

  it("agrees with the engine's idle on real plans (nantes-1, dst-1)", () => {
    for (const file of ['nantes-1.json', 'dst-1.json']) {
      const instance = sample(file) as unknown as InstanceFile;
      const result = planInstance(instance, { seed: 1, maxIterations: 20_000 });
      if (result.status !== 'solved') throw new Error(`${file} did not plan: ${result.status}`);
      // Meetings taken out by hand (a valid plan has none over a group's slots): one more idle each.
      const meetings = result.schedule.meetings.filter((_, i) => i % 7 !== 0);
      expect([file, idleGroupRounds(instance, result.schedule.meetings).total]).toEqual([file, result.schedule.metrics.idle]);
      expect(idleGroupRounds(instance, meetings).total).toBe(result.schedule.metrics.idle! + (result.schedule.meetings.length - meetings.length));
    }
  });
});
