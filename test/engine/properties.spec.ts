/**
 * Properties that hold on any instance: whatever the generator draws (every feature of the format,
 * infeasible pins included), a plan keeps every hard rule and claims only the metrics it has.
 */
import fc from 'fast-check';
import { computeMetrics } from '../../src/engine/metrics';
import { checkRules } from '../../src/engine/rules';
import { generateInstance, withReplan } from '../../src/engine/generate';
import { writeSchedule } from '../../src/engine/schedule-io';
import { solve } from '../../src/engine/solve';
import { reachesUpperBounds, shareBound, wishBound } from '../../src/engine/solver/bounds';
import { idleAtUpperBound } from '../../src/engine/solver/idle-bound';
import { explainUnmetWishes } from '../../src/engine/unmet';
import { problemOf } from './tiny';

const seeds = fc.integer({ min: 1, max: 1_000_000 });

describe('solver properties on random instances', () => {
  it('every plan keeps the hard rules and its metrics recompute', () => {
    fc.assert(
      fc.property(seeds, seeds, (instanceSeed, solverSeed) => {
        const problem = problemOf(generateInstance({ family: 'random', seed: instanceSeed }));
        const outcome = solve(problem, { seed: solverSeed, maxIterations: 3000, selfCheck: true });
        if (outcome.status === 'infeasible') {
          // Only pins (or held meetings) can make an instance infeasible: every other rule is an "at most".
          expect(problem.pins.length).toBeGreaterThan(0);
          expect(outcome.conflicts.length).toBeGreaterThan(0);
          for (const c of outcome.conflicts) {
            expect(c.rules).toContain('H5');
            // Said as data, with names and times: no internal id among its parameters.
            expect(JSON.stringify(c.said.params ?? {})).not.toMatch(/"[egrt]\d+"/);
          }
          return;
        }
        expect(checkRules(problem, outcome.meetings)).toEqual([]);
        expect(computeMetrics(problem, outcome.meetings)).toEqual(outcome.metrics);
        const met = new Set(outcome.meetings.map((m) => `${m.group}:${m.expert}`));
        const unmet = explainUnmetWishes(problem, outcome.meetings);
        const wishes = problem.groups.flatMap((g) => g.wishes.map((w) => `${g.index}:${w.expert}`));
        expect(unmet.length).toBe(wishes.filter((w) => !met.has(w)).length);
        for (const u of unmet) expect(u.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 150 },
    );
  });

  it('a replan keeps the held rounds, keeps the rules, and counts what moved', () => {
    fc.assert(
      fc.property(seeds, fc.nat(), fc.nat(), (seed, fromPick, absentPick) => {
        const instance = generateInstance({ family: 'random', seed });
        const problem = problemOf(instance);
        const first = solve(problem, { seed, maxIterations: 2000 });
        if (first.status !== 'solved' || problem.experts.length === 0) return;
        const baseline = writeSchedule(problem, first.meetings, first.metrics).meetings;
        const from = problem.rounds[fromPick % problem.rounds.length].id;
        const absent = problem.experts[absentPick % problem.experts.length].id;
        const replanned = problemOf(withReplan(instance, baseline, { from, absentExperts: [absent] }));
        const second = solve(replanned, { seed, maxIterations: 2000 });
        if (second.status === 'infeasible') {
          expect(second.conflicts.length).toBeGreaterThan(0);
          return;
        }
        expect(checkRules(replanned, second.meetings)).toEqual([]);
        expect(computeMetrics(replanned, second.meetings)).toEqual(second.metrics);
        expect(second.metrics.moved).toBeGreaterThanOrEqual(second.quality.bounds.moved ?? 0);
        expect(second.metrics.idle).toBeGreaterThanOrEqual(second.quality.bounds.idle);
        // A plan that moves only what must move keeps every other baseline meeting: idle's bound for it.
        // and the shortfall's, share's and wish value's bounds for it.
        if (second.metrics.moved === second.quality.bounds.moved) {
          expect(second.metrics.idle).toBeGreaterThanOrEqual(second.quality.bounds.idleIfKept!);
          expect(second.metrics.minGroupShare).toBeLessThanOrEqual(second.quality.bounds.shareIfKept! + 1e-9);
          expect(second.metrics.wishValue).toBeLessThanOrEqual(second.quality.bounds.wishIfKept!);
          expect(second.metrics.shortfall).toBeGreaterThanOrEqual(second.quality.bounds.shortfallIfKept!);
        }
        // And one that also reaches every bound above idle: the rounds' bound for such plans, worked
        // out in full. Its premise is the wish value's bound at the share level, as the solver found it:
        // the bare bounds would ask for a wish value no plan at that share reaches.
        // The share's bound there is the one for the plans that keep the rest, as for the solver.
        const b = second.quality.bounds;
        if (reachesUpperBounds(second.metrics, b))
          expect(second.metrics.idle).toBeGreaterThanOrEqual(
            idleAtUpperBound(replanned, { ...b, minGroupShare: shareBound(second.metrics, b), wishValue: wishBound(second.metrics, b) }),
          );
      }),
      { numRuns: 100, examples: [[999_993, 22, 0]] },
    );
  });

  it('the bounds hold: no plan is ever better than them', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const problem = problemOf(generateInstance({ family: 'random', seed }));
        const outcome = solve(problem, { seed, maxIterations: 5000 });
        if (outcome.status !== 'solved') return;
        const { metrics: m, quality } = outcome;
        expect(m.shortfall).toBeGreaterThanOrEqual(quality.bounds.shortfall);
        expect(m.wishValue).toBeLessThanOrEqual(quality.bounds.wishValue);
        expect(m.minGroupShare).toBeLessThanOrEqual(quality.bounds.minGroupShare + 1e-9);
        expect(m.idle).toBeGreaterThanOrEqual(quality.bounds.idle);
      }),
      { numRuns: 150 },
    );
  });
});
