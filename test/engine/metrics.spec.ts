import type { InstanceFile, MeetingFile } from '../../src/engine/format';
import { computeMetrics, expertTarget, groupShares } from '../../src/engine/metrics';
import { M, TINY_METRICS, indexed, problemOf, swap, tinyInstance, tinyMeetings } from './tiny';

function metricsOf(meetings: MeetingFile[], mutate: (i: InstanceFile) => void = () => {}) {
  const instance = tinyInstance();
  mutate(instance);
  const problem = problemOf(instance);
  return computeMetrics(problem, indexed(problem, meetings));
}

describe('computeMetrics', () => {
  it('gives the hand-computed metrics of the tiny schedule', () => {
    // g1 gets 5 + 2 + 1 = 8 of P = 8; g2 gets 4 of P = 5; g3 has P = 0 and does not count.
    expect(metricsOf(tinyMeetings())).toEqual(TINY_METRICS);
    expect(metricsOf(tinyMeetings())).not.toHaveProperty('moved');
  });

  it("counts idle group-rounds up to each group's rounds or maxMeetings, never below zero", () => {
    // g1 (4 rounds) has 3 meetings, g2 (3 rounds) has 1, g3 (maxMeetings 2) has 2.
    expect(metricsOf(tinyMeetings()).idle).toBe(3);
    // A maxMeetings of 1 for g1 caps what it can have: no idle round left for it.
    expect(metricsOf(tinyMeetings(), (i) => (i.groups[0].maxMeetings = 1)).idle).toBe(2);
    // g2 absent from every round: nothing to fill.
    expect(
      metricsOf(
        tinyMeetings().filter((m) => m.group !== 'g2'),
        (i) => (i.groups[1].rounds = []),
      ).idle,
    ).toBe(1);
  });

  it('counts every expert below its target in the shortfall', () => {
    // Nobody meets anyone: e1, e2, e3 each miss 1.
    expect(metricsOf([])).toEqual({ shortfall: 3, wishValue: 0, minGroupShare: 0, idle: 9 });
    // With 2 meetings wanted: e1 has 3, e2 has 1 (of 2), e3 has 2.
    expect(metricsOf(tinyMeetings(), (i) => (i.options = { minMeetingsPerExpert: 2 })).shortfall).toBe(1);
  });

  it('caps an expert target by its maxMeetings and its rounds', () => {
    const i = tinyInstance();
    i.options = { minMeetingsPerExpert: 3 };
    i.experts[1].maxMeetings = 1;
    i.experts[2].rounds = [];
    const p = problemOf(i);
    expect([0, 1, 2].map((e) => expertTarget(p, e))).toEqual([3, 1, 0]);
    // e1 has 3 of 3, e2 has 1 of 1, e3 has 2 of 0.
    expect(computeMetrics(p, indexed(p, tinyMeetings())).shortfall).toBe(0);
    expect(computeMetrics(p, []).shortfall).toBe(4);
  });

  it('counts theme-match values in wishValue', () => {
    // g2 also hears e2, with whom it shares the theme "climat": worth 1.
    const m = metricsOf([...tinyMeetings(), M('r2', 't2', 'e2', 'g2')]);
    expect(m.wishValue).toBe(13);
    expect(m.minGroupShare).toBe(1);
  });

  it('takes the smallest share among groups with P > 0', () => {
    // Without g1's r3 meeting (e1, worth 1): g1 gets 7/8 = 0.875, g2 still 0.8.
    const meetings = tinyMeetings().filter((m) => !(m.round === 'r3' && m.group === 'g1'));
    expect(metricsOf(meetings)).toEqual({ shortfall: 0, wishValue: 11, minGroupShare: 0.8, idle: 4 });
    // Without g1's e2 meeting as well: g1 gets 2/8 = 0.25.
    expect(metricsOf(meetings.slice(1)).minGroupShare).toBe(0.25);
  });

  it('gives minGroupShare 1 when no group has P > 0', () => {
    const nothing = (i: InstanceFile): void => i.groups.forEach((g) => (delete g.wishes, delete g.themes));
    expect(metricsOf(tinyMeetings(), nothing)).toEqual({ shortfall: 0, wishValue: 0, minGroupShare: 1, idle: 3 });
  });

  it('counts moved baseline meetings when replanning, from `from` on only', () => {
    const replan = (i: InstanceFile): void => void (i.replan = { from: 'r3', baseline: tinyMeetings() });
    expect(metricsOf(tinyMeetings(), replan)).toEqual({ ...TINY_METRICS, moved: 0 });
    // A table change counts as moved.
    const atOtherTable = swap(tinyMeetings(), M('r4', 't1', 'e1', 'g3'), M('r4', 't2', 'e1', 'g3'));
    expect(metricsOf(atOtherTable, replan).moved).toBe(1);
    // Dropped too; a past meeting dropped is a rule breach, not a move.
    const dropped = atOtherTable.filter((m) => !(m.round === 'r3' && m.group === 'g3') && m.round !== 'r1');
    expect(metricsOf(dropped, replan).moved).toBe(2);
  });
});

describe('groupShares', () => {
  it('gives what each group receives against its potential', () => {
    const p = problemOf();
    expect(groupShares(p, indexed(p, tinyMeetings()))).toEqual([
      { group: 0, received: 8, potential: 8, share: 1 },
      { group: 1, received: 4, potential: 5, share: 0.8 },
      { group: 2, received: 0, potential: 0, share: null },
    ]);
  });
});
