/**
 * Why a wish was not met, in the words of an organizer answering a group ("why don't we see
 * Dr Martin?"). The first reason that applies wins; they go from the most to the least specific.
 */
import type { UnmetWish } from './format';
import type { Meeting, Problem } from './model';

export function explainUnmetWishes(problem: Problem, meetings: Meeting[]): UnmetWish[] {
  const context = new Context(problem, meetings);
  const out: { group: number; wish: UnmetWish }[] = [];
  for (const group of problem.groups) {
    for (const wish of group.wishes) {
      if (context.met.has(`${group.index}:${wish.expert}`)) continue;
      out.push({
        group: group.index,
        wish: {
          group: group.id,
          expert: problem.experts[wish.expert].id,
          weight: wish.weight,
          reason: context.reason(group.index, wish.expert, wish.weight),
        },
      });
    }
  }
  // Array.prototype.sort is stable: equal weights keep the order the group wrote them in.
  return out.sort((a, b) => a.group - b.group || b.wish.weight - a.wish.weight).map((x) => x.wish);
}

class Context {
  readonly met = new Set<string>();
  private readonly expertMeetings: number[];
  private readonly groupMeetings: number[];
  /** expertLoad[e][r]: groups the expert meets in round r. */
  private readonly expertLoad: number[][];
  /** groupAt[g][r]: the group's meeting in round r (the most valuable one if several). */
  private readonly groupAt: (Meeting | undefined)[][];

  constructor(
    private readonly problem: Problem,
    meetings: Meeting[],
  ) {
    const rounds = problem.rounds.length;
    this.expertMeetings = problem.experts.map(() => 0);
    this.groupMeetings = problem.groups.map(() => 0);
    this.expertLoad = problem.experts.map(() => new Array<number>(rounds).fill(0));
    this.groupAt = problem.groups.map(() => new Array<Meeting | undefined>(rounds).fill(undefined));
    for (const m of meetings) {
      this.met.add(`${m.group}:${m.expert}`);
      this.expertMeetings[m.expert]++;
      this.groupMeetings[m.group]++;
      this.expertLoad[m.expert][m.round]++;
      const there = this.groupAt[m.group][m.round];
      if (!there || this.valueOf(m) > this.valueOf(there)) this.groupAt[m.group][m.round] = m;
    }
  }

  reason(g: number, e: number, weight: number): string {
    const { problem } = this;
    const group = problem.groups[g];
    const expert = problem.experts[e];
    const who = `group "${group.id}"`;
    const whom = `expert "${expert.id}"`;

    if (problem.forbidden[g][e]) return `forbidden pair: ${who} may not meet ${whom}`;
    if (expert.roundCount === 0) return `${whom} is not present in any round (absent)`;

    // In a replan the past cannot change: only the rounds still open count.
    const first = problem.replan?.from ?? 0;
    const shared = problem.rounds
      .filter((r) => r.index >= first && group.available[r.index] && expert.available[r.index])
      .map((r) => r.index);
    if (shared.length === 0) {
      return first > 0
        ? `no round left (from round "${problem.rounds[first].id}" on) where both ${who} and ${whom} are present`
        : `no round where both ${who} and ${whom} are present`;
    }
    if (this.expertMeetings[e] >= expert.maxMeetings) return `expert full: ${meetingCount(this.expertMeetings[e])}, its maximum`;
    if (this.groupMeetings[g] >= group.maxMeetings) return `group full: ${meetingCount(this.groupMeetings[g])}, its maximum`;

    const better = shared.filter((r) => {
      const there = this.groupAt[g][r];
      return there !== undefined && this.valueOf(there) >= weight;
    });
    const tookBy = (r: number): string => {
      const there = this.groupAt[g][r] as Meeting;
      return `round "${problem.rounds[r].id}" went to expert "${problem.experts[there.expert].id}" (worth ${this.valueOf(there)})`;
    };
    if (better.length === shared.length) {
      return better.length === 1
        ? `a better wish took the round: ${tookBy(better[0])}`
        : `better wishes took every round both are present: ${better.map(tookBy).join(', ')}`;
    }

    const open = shared.filter((r) => !better.includes(r));
    if (open.every((r) => this.expertLoad[e][r] >= expert.maxGroupsPerRound)) {
      const rounds = open.map((r) => `"${problem.rounds[r].id}"`).join(', ');
      const rest = better.length > 0 ? `; the group's other shared rounds went to better wishes` : '';
      return `${whom} is busy with other groups in every round left for this group (${rounds})${rest}`;
    }
    return "not chosen: no room left without lowering another group's share";
  }

  private valueOf(m: Meeting): number {
    return this.problem.value[m.group][m.expert];
  }
}

const meetingCount = (n: number): string => `${n} meeting${n === 1 ? '' : 's'}`;
