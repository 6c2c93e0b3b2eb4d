/**
 * The idle search (seats that may clash for a while): what it returns is clash-free, keeps every
 * level above idle and has less idle; it stops at its goal and replays.
 */
import fs from 'node:fs';
import path from 'node:path';
import { computeMetrics } from '../../src/engine/metrics';
import { Random } from '../../src/engine/random';
import { checkRules } from '../../src/engine/rules';
import { fillGreedy, placePins } from '../../src/engine/solver/construct';
import { idleSearchApplies, searchIdle } from '../../src/engine/solver/idle-search';
import { search } from '../../src/engine/solver/search';
import { SearchState } from '../../src/engine/solver/state';
import { recountDifferences } from '../../src/engine/solver/state-check';
import { problemOf } from './tiny';

const SAMPLES = path.resolve(__dirname, '../../samples');
const now = (): number => 0;

/** nantes-1 after a short main search: its upper levels settled, idle still open. */
function searched(): { state: SearchState; metrics: ReturnType<typeof computeMetrics> } {
  const state = new SearchState(problemOf(JSON.parse(fs.readFileSync(path.join(SAMPLES, 'nantes-1.json'), 'utf8'))));
  placePins(state);
  fillGreedy(state);
  const result = search(state, new Random(1), { now, deadline: Infinity, unimprovedLimitMs: 0, maxIterations: 60_000 });
  state.restore(result.best);
  return { state, metrics: computeMetrics(state.problem, state.meetings()) };
}

describe('searchIdle', () => {
  it('applies where tables are fewer than experts, not to a replan', () => {
    const nantes = problemOf(JSON.parse(fs.readFileSync(path.join(SAMPLES, 'nantes-1.json'), 'utf8')));
    expect(idleSearchApplies(nantes)).toBe(true);
    expect(idleSearchApplies({ ...nantes, tables: [...nantes.tables, ...nantes.tables.slice(0, 16)].map((t, index) => ({ ...t, index })) })).toBe(false);
    expect(idleSearchApplies(problemOf(JSON.parse(fs.readFileSync(path.join(SAMPLES, 'replan-1.json'), 'utf8'))))).toBe(false);
  });

  it('nantes-1: less idle, every table clash-free, every level above idle kept', () => {
    const { state, metrics: before } = searched();
    const told: number[] = [];
    const found = searchIdle(state, state.snapshot(), before.minGroupShare, new Random(2), {
      now,
      deadline: Infinity,
      maxIterations: 150_000,
      goal: 0,
      selfCheck: true,
      onImprove: (idle) => told.push(idle),
    });
    expect(found.improved).toBeDefined();
    // Each better plan was told, better each time, the last one the plan returned.
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((idle, k) => idle < (k === 0 ? before.idle : told[k - 1]))).toBe(true);
    expect(told[told.length - 1]).toBe(found.idle);
    state.restore(found.improved!);
    const after = computeMetrics(state.problem, state.meetings());
    expect(checkRules(state.problem, state.meetings())).toEqual([]);
    expect(recountDifferences(state)).toEqual([]);
    expect(after.idle).toBe(found.idle);
    expect(after.idle).toBeLessThan(before.idle);
    expect(after.shortfall).toBeLessThanOrEqual(before.shortfall);
    expect(after.minGroupShare).toBeGreaterThanOrEqual(before.minGroupShare - 1e-9);
    expect(after.wishValue).toBeGreaterThanOrEqual(before.wishValue);
  });

  it('stops when quiet, as the local search does (stop-rule.ts)', () => {
    const { state, metrics } = searched();
    // A clock that moves 1 ms a call: with a 50 ms quiet limit and no gap, it stops long before the deadline.
    let clock = 0;
    const found = searchIdle(state, state.snapshot(), metrics.minGroupShare, new Random(3), {
      now: () => clock++,
      deadline: 1e9,
      goal: 0,
      started: 0,
      unimprovedLimitMs: 50,
      gapOf: () => 0,
    });
    expect(found.stoppedBecause).toBe('unimproved');
    expect(clock).toBeLessThan(1e6);
  });

  it('stops at its goal, and the same seed and iterations give the same plan', () => {
    const { state, metrics } = searched();
    const start = state.snapshot();
    const limits = { now, deadline: Infinity, maxIterations: 150_000, goal: metrics.idle - 1 };
    const a = searchIdle(state, start, metrics.minGroupShare, new Random(5), limits);
    const b = searchIdle(state, start, metrics.minGroupShare, new Random(5), limits);
    expect(a.stoppedBecause).toBe('optimal');
    expect(a.idle).toBe(metrics.idle - 1);
    expect(a.iterations).toBeLessThan(150_000);
    expect(b.iterations).toBe(a.iterations);
    expect(Array.from(b.improved!.slot)).toEqual(Array.from(a.improved!.slot));
  });
});
