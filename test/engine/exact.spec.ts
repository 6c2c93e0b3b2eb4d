/**
 * The proof against brute force: on tiny random instances every schedule is enumerated (each
 * group-round gets each expert or nobody, each expert each table), checked by the rule checker and
 * measured; the engine must reach the lexicographic optimum, say it is proven, and every bound it
 * reports must hold against the best value of its level over all valid schedules.
 */
import fc from 'fast-check';
import type { InstanceFile, Metrics } from '../../src/engine/format';
import { computeMetrics } from '../../src/engine/metrics';
import type { Meeting, Problem } from '../../src/engine/model';
import { checkRules } from '../../src/engine/rules';
import { solve } from '../../src/engine/solve';
import { withReplan } from '../../src/engine/generate';
import { writeSchedule } from '../../src/engine/schedule-io';
import { computeBounds } from '../../src/engine/solver/bounds';
import { idleAtUpperBound } from '../../src/engine/solver/idle-bound';
import { wishAtShareBound } from '../../src/engine/solver/wish-bound';
import { isBetter } from '../../src/engine/solver/search';
import { seatGrid } from '../../src/engine/solver/seating';
import { NONE, SearchState } from '../../src/engine/solver/state';
import { recountDifferences } from '../../src/engine/solver/state-check';
import fs from 'node:fs';
import path from 'node:path';
import { fillGreedy, placePins } from '../../src/engine/solver/construct';
import { problemOf } from './tiny';

const tinyInstance = fc
  .record({
    groups: fc.array(
      fc.record({
        size: fc.integer({ min: 1, max: 4 }),
        wishes: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 3, maxLength: 3 }),
        maxMeetings: fc.option(fc.integer({ min: 1, max: 2 })),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    experts: fc.array(
      fc.record({
        absentFrom: fc.option(fc.integer({ min: 0, max: 2 })),
        maxMeetings: fc.option(fc.integer({ min: 1, max: 2 })),
        maxConsecutive: fc.option(fc.constant(1)),
        maxGroupsPerRound: fc.integer({ min: 1, max: 2 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    rounds: fc.integer({ min: 1, max: 3 }),
    seats: fc.array(fc.integer({ min: 2, max: 6 }), { minLength: 1, maxLength: 2 }),
    minMeetings: fc.integer({ min: 0, max: 2 }),
    pauseMinutes: fc.constantFrom(0, 5, 30),
    objective: fc.constantFrom('fair' as const, 'total' as const),
    forbidFirst: fc.boolean(),
  })
  .map((d): InstanceFile => {
    // 20-minute rounds, 5 minutes apart: a pause only when pauseMinutes is 5 or less.
    const at = (minutes: number) => `2027-01-23T${String(10 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const rounds = Array.from({ length: d.rounds }, (_, r) => ({ id: `r${r + 1}`, start: at(r * 25), end: at(r * 25 + 20) }));
    return {
      format: 'audition-plan/1',
      event: { name: 'Tiny' },
      rounds,
      tables: d.seats.map((seats, t) => ({ id: `t${t + 1}`, seats })),
      experts: d.experts.map((x, e) => ({
        id: `e${e + 1}`,
        name: `Expert ${e + 1}`,
        ...(x.absentFrom !== null && x.absentFrom < d.rounds ? { rounds: rounds.slice(0, x.absentFrom).map((r) => r.id) } : {}),
        ...(x.maxMeetings !== null ? { maxMeetings: x.maxMeetings } : {}),
        ...(x.maxConsecutive !== null ? { maxConsecutive: x.maxConsecutive } : {}),
        maxGroupsPerRound: x.maxGroupsPerRound,
      })),
      groups: d.groups.map((g, i) => ({
        id: `g${i + 1}`,
        name: `Groupe ${i + 1}`,
        size: g.size,
        ...(g.maxMeetings !== null ? { maxMeetings: g.maxMeetings } : {}),
        wishes: g.wishes.slice(0, d.experts.length).flatMap((w, e) => (w > 0 ? [{ expert: `e${e + 1}`, weight: w }] : [])),
      })),
      forbidden: d.forbidFirst ? [{ group: 'g1', expert: 'e1' }] : [],
      options: { minMeetingsPerExpert: d.minMeetings, objective: d.objective, pauseMinutes: d.pauseMinutes },
    };
  });

interface Enumerated {
  best?: Metrics;
  /** The best value of each level on its own, over every valid schedule. */
  extremes: { shortfall: number; minGroupShare: number; wishValue: number; idle: number };
  /** The metrics of every valid schedule (each distinct once). */
  all: Metrics[];
}

/** Every schedule of a tiny problem, the slow and obvious way. */
function enumerate(p: Problem): Enumerated {
  const G = p.groups.length;
  const R = p.rounds.length;
  const E = p.experts.length;
  const T = p.tables.length;
  const cells = G * R;
  const extremes = { shortfall: Infinity, minGroupShare: -Infinity, wishValue: -Infinity, idle: Infinity };
  let best: Metrics | undefined;
  const all = new Map<string, Metrics>();
  const choice = new Array<number>(cells).fill(-1);
  const visitTables = (experts: number[], k: number, tableOf: number[]): void => {
    if (k === experts.length) {
      const meetings: Meeting[] = [];
      choice.forEach((e, i) => e >= 0 && meetings.push({ group: Math.floor(i / R), round: i % R, expert: e, table: tableOf[e] }));
      if (checkRules(p, meetings).length) return;
      const m = computeMetrics(p, meetings);
      all.set(JSON.stringify(m), m);
      extremes.shortfall = Math.min(extremes.shortfall, m.shortfall);
      extremes.minGroupShare = Math.max(extremes.minGroupShare, m.minGroupShare);
      extremes.wishValue = Math.max(extremes.wishValue, m.wishValue);
      extremes.idle = Math.min(extremes.idle, m.idle);
      if (!best || isBetter(m, best, p.options.objective)) best = m;
      return;
    }
    for (let t = 0; t < T; t++) {
      tableOf[experts[k]] = t;
      visitTables(experts, k + 1, tableOf);
    }
  };
  const visit = (i: number): void => {
    if (i === cells) {
      const active = [...new Set(choice.filter((e) => e >= 0))];
      visitTables(active, 0, new Array<number>(E).fill(-1));
      return;
    }
    for (let e = -1; e < E; e++) {
      choice[i] = e;
      visit(i + 1);
    }
    choice[i] = -1;
  };
  visit(0);
  return { best, extremes, all: [...all.values()] };
}

/**
 * The bounds for the plans at the levels above: the wish value's for those at the share bound
 * (objective "fair"), and idle's for those at every upper bound (in a replan, moving only what
 * must move), each as the solver sets it, hold against every such schedule.
 */
function expectConditionalBoundsHold(p: Problem, truth: Enumerated): void {
  const bounds = computeBounds(p);
  const movesOnlyWhatMust = (m: Metrics) => (m.moved ?? 0) <= (bounds.moved ?? 0);
  // In a replan, the plans that move only what must keep every other baseline meeting: their
  // shortfall, share and wish value have their own bounds, and the bounds below are for the plans
  // that reach the share's, as the solver uses them.
  const share = Math.min(bounds.minGroupShare, bounds.shareIfKept ?? Infinity);
  for (const m of truth.all.filter(movesOnlyWhatMust)) {
    expect(m.minGroupShare).toBeLessThanOrEqual(share + 1e-9);
    expect(m.wishValue).toBeLessThanOrEqual(bounds.wishIfKept ?? bounds.wishValue);
    expect(m.shortfall).toBeGreaterThanOrEqual(bounds.shortfallIfKept ?? bounds.shortfall);
  }
  const atShareBounds = { ...bounds, minGroupShare: share };
  const atShare = truth.all.filter((m) => movesOnlyWhatMust(m) && m.minGroupShare >= share - 1e-9);
  if (p.options.objective === 'fair') {
    bounds.wishAtShare = atShareBounds.wishAtShare = wishAtShareBound(p, atShareBounds);
    for (const m of atShare) expect(m.wishValue).toBeLessThanOrEqual(bounds.wishAtShare);
  }
  const wish = Math.min(bounds.wishValue, bounds.wishIfKept ?? Infinity, bounds.wishAtShare ?? Infinity);
  const bound = idleAtUpperBound(p, { ...atShareBounds, wishValue: wish });
  for (const m of atShare.filter((m) => m.wishValue >= wish)) expect(m.idle).toBeGreaterThanOrEqual(bound);
}

describe('the engine against brute force on tiny instances', () => {
  it('reaches the lexicographic optimum, proves it, and reports only true bounds', () => {
    fc.assert(
      fc.property(tinyInstance, fc.integer({ min: 1, max: 1000 }), (instance, seed) => {
        const problem = problemOf(instance);
        const truth = enumerate(problem);
        // Iterations count the exhaustive search's nodes too: enough for it to finish.
        const outcome = solve(problem, { seed, maxIterations: 1_000_000, selfCheck: true });
        expect(outcome.status).toBe('solved');
        if (outcome.status !== 'solved' || !truth.best) return;
        expect(outcome.metrics.shortfall).toBe(truth.best.shortfall);
        expect(outcome.metrics.minGroupShare).toBeCloseTo(truth.best.minGroupShare, 9);
        expect(outcome.metrics.wishValue).toBe(truth.best.wishValue);
        expect(outcome.metrics.idle).toBe(truth.best.idle);
        expect(outcome.quality.proven).toBe(true);
        const bounds = computeBounds(problem);
        expect(bounds.shortfall).toBeLessThanOrEqual(truth.extremes.shortfall);
        expect(bounds.minGroupShare).toBeGreaterThanOrEqual(truth.extremes.minGroupShare - 1e-9);
        expect(bounds.wishValue).toBeGreaterThanOrEqual(truth.extremes.wishValue);
        expect(bounds.idle).toBeLessThanOrEqual(truth.extremes.idle);
        expectConditionalBoundsHold(problem, truth);
      }),
      { numRuns: 60, seed: 17 },
    );
  });

  it('the bounds for plans at the levels above hold in replans, against every schedule', () => {
    fc.assert(
      fc.property(tinyInstance, fc.nat(), fc.nat(), (instance, fromPick, absentPick) => {
        if (instance.rounds.length < 2) return;
        const first = solve(problemOf(instance), { seed: 1, maxIterations: 20_000 });
        if (first.status !== 'solved') return;
        const baseline = writeSchedule(problemOf(instance), first.meetings, first.metrics).meetings;
        const from = instance.rounds[1 + (fromPick % (instance.rounds.length - 1))].id;
        const absent = instance.experts[absentPick % instance.experts.length].id;
        const problem = problemOf(withReplan(instance, baseline, { from, absentExperts: [absent] }));
        expectConditionalBoundsHold(problem, enumerate(problem));
      }),
      { numRuns: 40, seed: 23 },
    );
  });
});

describe('the search state self-check', () => {
  it('finds nothing on a consistent state and names a counter that drifted', () => {
    const problem = problemOf(fc.sample(tinyInstance, { numRuns: 1, seed: 3 })[0]);
    const state = new SearchState(problem);
    state.add(0, 0, 0, 0);
    expect(recountDifferences(state)).toEqual([]);
    state.idle += 1;
    expect(recountDifferences(state)).toEqual([expect.stringContaining('idle is')]);
  });

  it('stays consistent when the whole grid is seated again, and after undoing it', () => {
    const problem = problemOf(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../samples/nantes-1.json'), 'utf8')));
    const state = new SearchState(problem);
    placePins(state);
    fillGreedy(state);
    const before = state.tableOf.slice();
    const fixed = Int32Array.from(state.tableOf, (t, e) => (state.tableLocked[e] ? t : NONE));
    // Seat the experts in reverse table order: a seating different from the one the search built.
    const reversed = { ...problem, tables: [...problem.tables].reverse().map((t, i) => ({ ...t, index: i })) };
    const seating = seatGrid(
      reversed,
      state.slot,
      fixed.map((t) => (t === NONE ? NONE : problem.tables.length - 1 - t)),
      100_000,
    )!;
    const mapped = seating.map((t) => (t === NONE ? NONE : problem.tables.length - 1 - t));
    const mark = state.mark();
    state.reseatAll(mapped);
    expect(recountDifferences(state)).toEqual([]);
    expect(checkRules(problem, state.meetings())).toEqual([]);
    expect(state.tableOf).not.toEqual(before);
    state.undo(mark);
    expect(recountDifferences(state)).toEqual([]);
    expect(state.tableOf).toEqual(before);
  });
});
