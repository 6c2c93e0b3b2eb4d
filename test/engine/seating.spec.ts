/**
 * The whole-grid seating (a table for every expert who meets someone) against brute force: it
 * finds one exactly when one exists, and the one it finds fits.
 */
import fc from 'fast-check';
import type { Problem } from '../../src/engine/model';
import { seatGrid } from '../../src/engine/solver/seating';
import { NONE } from '../../src/engine/solver/state';
import { problemOf } from './tiny';

/** Every way to seat the busy experts, tried: does one fit? */
function seatable(p: Problem, slot: Int32Array): boolean {
  const R = p.rounds.length;
  const busy = p.experts.map((_, e) => [...Array(R).keys()].filter((r) => p.groups.some((_, g) => slot[g * R + r] === e)));
  const people = (e: number, r: number): number => p.groups.reduce((sum, g, gi) => sum + (slot[gi * R + r] === e ? g.size : 0), 0);
  const experts = p.experts.map((x) => x.index).filter((e) => busy[e].length > 0);
  const tableOf: number[] = [];
  const fits = (k: number): boolean => {
    if (k === experts.length) return true;
    const e = experts[k];
    for (const t of p.experts[e].table >= 0 ? [p.experts[e].table] : p.tables.map((x) => x.index)) {
      const clash = busy[e].some((r) => people(e, r) > p.tables[t].seats || experts.slice(0, k).some((f, j) => tableOf[j] === t && busy[f].includes(r)));
      if (clash) continue;
      tableOf[k] = t;
      if (fits(k + 1)) return true;
    }
    return false;
  };
  return fits(0);
}

describe('seatGrid', () => {
  const grid = fc
    .record({
      experts: fc.integer({ min: 3, max: 8 }),
      tables: fc.integer({ min: 2, max: 3 }),
      groups: fc.integer({ min: 1, max: 3 }),
      rounds: fc.integer({ min: 2, max: 7 }),
    })
    .chain((size) =>
      fc.record({
        size: fc.constant(size),
        slot: fc.array(fc.integer({ min: -1, max: size.experts - 1 }), { minLength: size.groups * size.rounds, maxLength: size.groups * size.rounds }),
        seats: fc.array(fc.integer({ min: 3, max: 8 }), { minLength: size.tables, maxLength: size.tables }),
        fixed: fc.option(fc.integer({ min: 0, max: size.tables - 1 })),
      }),
    );

  it('finds a seating exactly when one exists, and the one it finds fits', () => {
    fc.assert(
      fc.property(grid, ({ size, slot, seats, fixed }) => {
        const base = problemOf();
        const p: Problem = {
          ...base,
          rounds: Array.from({ length: size.rounds }, (_, index) => ({ ...base.rounds[0], index, id: `r${index + 1}` })),
          tables: seats.map((s, index) => ({ index, id: `t${index + 1}`, name: `t${index + 1}`, seats: s, closedFrom: size.rounds })),
          experts: Array.from({ length: size.experts }, (_, index) => ({
            ...base.experts[0],
            index,
            id: `e${index + 1}`,
            table: index === 0 ? (fixed ?? NONE) : NONE,
          })),
          groups: Array.from({ length: size.groups }, (_, index) => ({ ...base.groups[0], index, id: `g${index + 1}`, size: 2 + (index % 3) })),
        };
        const R = size.rounds;
        // A group hears an expert once per round at most; the grid as drawn may repeat: keep it.
        const cells = Int32Array.from(slot);
        const tableOf = seatGrid(
          p,
          cells,
          Int32Array.from(p.experts, (x) => x.table),
          Infinity,
        );
        expect(tableOf !== undefined).toBe(seatable(p, cells));
        if (!tableOf) return;
        for (let r = 0; r < R; r++) {
          for (const t of p.tables) {
            const here = p.experts.filter((x) => tableOf[x.index] === t.index && p.groups.some((_, g) => cells[g * R + r] === x.index));
            expect(here.length).toBeLessThanOrEqual(1);
            const people = p.groups.reduce((sum, g, gi) => sum + (here.some((x) => cells[gi * R + r] === x.index) ? g.size : 0), 0);
            expect(people).toBeLessThanOrEqual(t.seats);
          }
        }
        if (fixed !== null && tableOf[0] !== NONE) expect(tableOf[0]).toBe(fixed);
      }),
      { numRuns: 1500, seed: 31 },
    );
  });
});
