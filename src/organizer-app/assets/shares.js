// Each group's share of its wishes, computed as the engine's quality measure defines it
// (plan-format.md, "Quality"): received value / potential P, P = its k best values.

/** Value of group g hearing expert e: its wish's weight, else the theme match, else 0. */
export function meetingValue(instance, group, expert) {
  const wish = (group.wishes ?? []).find((w) => w.expert === expert.id);
  if (wish) return wish.weight;
  const themes = new Set(group.themes ?? []);
  return (expert.themes ?? []).some((theme) => themes.has(theme)) ? (instance.options?.themeMatchWeight ?? 1) : 0;
}

/** @returns {{ group: string, name: string, received: number, potential: number, share: number | null }[]} */
export function groupShares(instance, meetings) {
  const experts = new Map(instance.experts.map((e) => [e.id, e]));
  return instance.groups.map((group) => {
    const values = instance.experts.map((e) => meetingValue(instance, group, e)).sort((a, b) => b - a);
    const rounds = group.rounds ? group.rounds.length : instance.rounds.length;
    const k = Math.min(rounds, group.maxMeetings ?? Infinity);
    const potential = values.slice(0, k).reduce((sum, v) => sum + v, 0);
    const received = meetings
      .filter((m) => m.group === group.id && experts.has(m.expert))
      .reduce((sum, m) => sum + meetingValue(instance, group, experts.get(m.expert)), 0);
    return { group: group.id, name: group.name, received, potential, share: potential > 0 ? received / potential : null };
  });
}

/** The smallest share among groups with wishes (1 when none has any), as the engine measures it. */
export function minShare(shares) {
  const counted = shares.filter((s) => s.share !== null);
  return counted.length ? Math.min(...counted.map((s) => s.share)) : 1;
}

/** Experts heard at least once, out of all experts. */
export function expertsHeard(instance, meetings) {
  const heard = new Set(meetings.map((m) => m.expert));
  return { heard: instance.experts.filter((e) => heard.has(e.id)).length, total: instance.experts.length };
}

/**
 * Group-rounds left empty (format 1.1's idle): per group, the rounds it can attend (or its
 * maxMeetings, when smaller) that hold no meeting of it — counted as the engine counts them.
 * `rounds` maps each round to the groups free in it (available there, without a meeting, and
 * with meetings still to have), for the grid's « libre » cells.
 * @returns {{ total: number, rounds: Map<string, string[]> }}
 */
export function idleGroupRounds(instance, meetings) {
  const rounds = new Map(instance.rounds.map((r) => [r.id, []]));
  let total = 0;
  for (const group of instance.groups) {
    const available = group.rounds ? instance.rounds.filter((r) => group.rounds.includes(r.id)) : instance.rounds;
    const met = new Set(meetings.filter((m) => m.group === group.id).map((m) => m.round));
    const count = meetings.filter((m) => m.group === group.id).length;
    const idle = Math.max(0, Math.min(available.length, group.maxMeetings ?? Infinity) - count);
    total += idle;
    if (idle === 0) continue;
    for (const r of available) if (!met.has(r.id)) rounds.get(r.id).push(group.id);
  }
  return { total, rounds };
}
