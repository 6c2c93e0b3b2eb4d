/**
 * The idle repair fills empty group-rounds, seating the whole grid again where no table is free,
 * and makes no level above idle worse (moved stays as it was, on a replan).
 */
import fs from 'node:fs';
import path from 'node:path';
import { computeMetrics } from '../../src/engine/metrics';
import { checkRules } from '../../src/engine/rules';
import { fillGreedy, keepBaseline, placePins, seedHeldMeetings } from '../../src/engine/solver/construct';
import { repairIdle } from '../../src/engine/solver/idle-repair';
import { SearchState } from '../../src/engine/solver/state';
import { recountDifferences } from '../../src/engine/solver/state-check';
import { problemOf } from './tiny';

const SAMPLES = path.resolve(__dirname, '../../samples');

function constructed(name: string): SearchState {
  const state = new SearchState(problemOf(JSON.parse(fs.readFileSync(path.join(SAMPLES, name), 'utf8'))));
  seedHeldMeetings(state);
  placePins(state);
  keepBaseline(state);
  fillGreedy(state);
  return state;
}

describe('repairIdle', () => {
  it.each(['nantes-1.json', 'replan-1.json'])('%s: fewer idle group-rounds, every other level kept, every rule kept', (name) => {
    const state = constructed(name);
    const before = computeMetrics(state.problem, state.meetings());
    const added = repairIdle(state);
    const after = computeMetrics(state.problem, state.meetings());
    expect(added).toBeGreaterThan(0);
    expect(after.idle).toBe(before.idle - added);
    // An added meeting is worth 0 or more: nothing above idle gets worse, and moved does not change.
    expect(after.moved).toBe(before.moved);
    expect(after.shortfall).toBeLessThanOrEqual(before.shortfall);
    expect(after.minGroupShare).toBeGreaterThanOrEqual(before.minGroupShare);
    expect(after.wishValue).toBeGreaterThanOrEqual(before.wishValue);
    expect(checkRules(state.problem, state.meetings())).toEqual([]);
    expect(recountDifferences(state)).toEqual([]);
  });
});
