/**
 * The share bound comes down to a share a plan can have: some group's whole value over its P.
 */
import { reachableShareAtMost } from '../../src/engine/solver/bounds';
import { problemOf } from './tiny';

function withPotentials(potential: number[]) {
  return { ...problemOf(), potential };
}

describe('reachableShareAtMost', () => {
  it('rounds a bound down to the largest value over P not above it', () => {
    // 14/25 = 0.56; 9/17 = 0.529; 6/12 = 0.5: a bound of 0.561 proves a plan at 0.56.
    expect(reachableShareAtMost(withPotentials([25, 17, 12]), 0.561)).toBeCloseTo(0.56, 12);
    // 10/17 = 0.588 is the largest ratio not above 0.6 here (15/25 = 0.6 itself counts).
    expect(reachableShareAtMost(withPotentials([17, 12]), 0.6)).toBeCloseTo(10 / 17, 12);
    expect(reachableShareAtMost(withPotentials([25, 17, 12]), 0.6)).toBeCloseTo(0.6, 12);
  });

  it('keeps a bound a float below a ratio, caps at 1, and ignores groups with nothing to wish', () => {
    expect(reachableShareAtMost(withPotentials([25]), 0.56 - 1e-12)).toBeCloseTo(0.56, 9);
    expect(reachableShareAtMost(withPotentials([7, 0]), 1.3)).toBe(1);
    expect(reachableShareAtMost(withPotentials([0, 0]), 0.8)).toBe(0.8);
    expect(reachableShareAtMost(withPotentials([4]), Infinity)).toBe(Infinity);
  });
});
