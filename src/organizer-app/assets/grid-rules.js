// @ts-check
// Which cells a picked-up group can go to, worked out in the browser so that valid targets light up
// before the drop and a refusal names people and times at once. The service checks every rule again:
// this only has to agree with it on the common cases (who sits where, who is free, seats, who met).

/**
 * @typedef {{ round: string, table: string, expert: string, group: string }} Meeting
 * @typedef {{ id: string, name?: string, seats?: number, size?: number, rounds?: string[],
 *             maxGroupsPerRound?: number, start?: string }} Item
 * @typedef {{ rounds: Item[], tables: Item[], experts: Item[], groups: Item[],
 *             forbidden?: { group: string, expert: string }[] }} Instance
 * @typedef {{ code: string, params: Record<string, string | number> }} Problem
 */

/**
 * Why group `from.group` cannot leave round `from.round` for the cell (to.round, to.table), or null.
 * A move joins whoever sits at the target table in that round; at an empty table its expert follows.
 * @param {Instance} instance @param {Meeting[]} meetings
 * @param {{ round: string, group: string }} from @param {{ round: string, table: string }} to
 * @returns {Problem | null}
 */
export function moveProblem(instance, meetings, from, to) {
  const moving = meetings.find((m) => m.round === from.round && m.group === from.group);
  if (!moving) return null;
  const rest = meetings.filter((m) => m !== moving);
  const host = rest.find((m) => m.round === to.round && m.table === to.table);
  const expert = host?.expert ?? moving.expert;
  return placeProblem(instance, rest, { round: to.round, table: to.table, expert, group: moving.group });
}

/**
 * Why two groups cannot trade their meetings, or null.
 * @param {Instance} instance @param {Meeting[]} meetings
 * @param {{ round: string, group: string }} a @param {{ round: string, group: string }} b
 * @returns {Problem | null}
 */
export function swapProblem(instance, meetings, a, b) {
  const first = meetings.find((m) => m.round === a.round && m.group === a.group);
  const second = meetings.find((m) => m.round === b.round && m.group === b.group);
  if (!first || !second) return null;
  const rest = meetings.filter((m) => m !== first && m !== second);
  const one = { ...second, group: first.group };
  const two = { ...first, group: second.group };
  return placeProblem(instance, [...rest, two], one) ?? placeProblem(instance, [...rest, one], two);
}

/** The rules one new meeting must keep among the others. @returns {Problem | null} */
function placeProblem(instance, others, m) {
  const group = byId(instance.groups, m.group);
  const expert = byId(instance.experts, m.expert);
  const table = byId(instance.tables, m.table);
  const values = { group: m.group, expert: m.expert, table: m.table, round: m.round };
  if (group?.rounds && !group.rounds.includes(m.round)) return problem('grid.no.groupAway', instance, values);
  if (expert?.rounds && !expert.rounds.includes(m.round)) return problem('grid.no.expertAway', instance, values);
  if (others.some((o) => o.round === m.round && o.group === m.group)) return problem('grid.no.groupBusy', instance, values);
  if (others.some((o) => o.group === m.group && o.expert === m.expert)) return problem('grid.no.met', instance, values);
  if ((instance.forbidden ?? []).some((f) => f.group === m.group && f.expert === m.expert)) return problem('grid.no.forbidden', instance, values);
  const there = others.filter((o) => o.round === m.round && o.table === m.table);
  if (there.some((o) => o.expert !== m.expert)) return problem('grid.no.tableTaken', instance, values);
  // An expert keeps one table for the whole event: a group goes to the expert's column.
  const seat = others.find((o) => o.expert === m.expert && o.table !== m.table);
  if (seat) return problem('grid.no.seat', instance, { expert: m.expert, table: seat.table });
  if (there.length >= (expert?.maxGroupsPerRound ?? 1)) return problem('grid.no.full', instance, values);
  const size = (id) => byId(instance.groups, id)?.size ?? 1;
  if (table?.seats !== undefined && there.reduce((n, o) => n + size(o.group), size(m.group)) > table.seats) {
    return problem('grid.no.seats', instance, { ...values, seats: table.seats });
  }
  return null;
}

const byId = (list, id) => list.find((x) => x.id === id);

/** The problem's parameters as people read them: names, and a round as its day and time. */
function problem(code, instance, ids) {
  /** @type {Record<string, string | number>} */
  const params = {};
  for (const [key, value] of Object.entries(ids)) {
    if (key === 'seats') params.seats = value;
    else if (key === 'round') params.time = byId(instance.rounds, value)?.start ?? value;
    else params[key] = byId(instance[`${key}s`], value)?.name ?? value;
  }
  return { code, params };
}
