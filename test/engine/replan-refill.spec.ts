/**
 * Issues 17 and 19: on a replan, the slots an absent expert frees are refilled by a free expert the
 * group has not met, when that expert's own table is free in that round; when another expert holds
 * that table then, a refill would move a baseline meeting (H4: one table per expert), and moved is
 * compared before idle, so the slot stays empty.
 */
import type { InstanceFile, MeetingFile } from '../../src/engine/format';
import { computeMetrics } from '../../src/engine/metrics';
import { checkRules } from '../../src/engine/rules';
import { solve, type SolveOutcome } from '../../src/engine/solve';
import { M, problemOf } from './tiny';

function instance(baseline: MeetingFile[]): InstanceFile {
  return {
    format: 'audition-plan/1',
    event: { name: 'Replan', timezone: 'Europe/Paris' },
    rounds: [
      { id: 'r1', start: '2021-01-22T18:00', end: '2021-01-22T18:20' },
      { id: 'r2', start: '2021-01-22T18:25', end: '2021-01-22T18:45' },
      { id: 'r3', start: '2021-01-22T18:50', end: '2021-01-22T19:10' },
    ],
    tables: ['t1', 't2', 't3'].map((id) => ({ id, seats: 8 })),
    experts: [
      { id: 'ea', name: 'Absent', rounds: [] },
      { id: 'eb', name: 'B' },
      { id: 'ec', name: 'C' },
      { id: 'ed', name: 'D', rounds: ['r2'] },
    ],
    groups: ['g1', 'g2', 'g3'].map((id) => ({ id, name: id, size: 3 })),
    pins: [],
    forbidden: [],
    replan: { from: 'r2', baseline },
  };
}

function solved(outcome: SolveOutcome) {
  if (outcome.status !== 'solved') throw new Error('expected a plan');
  return outcome;
}

const HELD = [M('r1', 't1', 'ea', 'g1'), M('r1', 't2', 'eb', 'g2'), M('r1', 't3', 'ec', 'g3')];

describe('replan after an absent expert', () => {
  it('refills the freed slot with a free expert at a free table, moved not worsened', () => {
    // ea leaves g2's r2 slot; ec is free in r2, its table t3 is free then, and g2 has not met it.
    const p = problemOf(instance([...HELD, M('r2', 't1', 'ea', 'g2'), M('r2', 't2', 'eb', 'g1'), M('r3', 't3', 'ec', 'g1')]));
    const plan = solved(solve(p, { maxIterations: 2000 }));
    expect(checkRules(p, plan.meetings)).toEqual([]);
    const m = computeMetrics(p, plan.meetings);
    expect(m.moved).toBe(1);
    const g2r2 = plan.meetings.find((x) => x.group === 1 && x.round === 1);
    expect(g2r2).toBeDefined();
    expect(g2r2!.expert).not.toBe(0);
    expect(plan.metrics.idle).toBe(m.idle);
  });

  it('leaves the slot empty when the free expert would have to change tables (moved comes first)', () => {
    // ec is free in r2 but ed holds t3 then; ec moving to t1 would move its r3 meeting.
    const p = problemOf(instance([...HELD, M('r2', 't1', 'ea', 'g2'), M('r2', 't2', 'eb', 'g1'), M('r2', 't3', 'ed', 'g3'), M('r3', 't3', 'ec', 'g1')]));
    const plan = solved(solve(p, { maxIterations: 2000 }));
    expect(checkRules(p, plan.meetings)).toEqual([]);
    const m = computeMetrics(p, plan.meetings);
    expect(m.moved).toBe(1);
    expect(plan.meetings.some((x) => x.group === 1 && x.round === 1)).toBe(false);
  });
});
