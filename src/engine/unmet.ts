/**
 * Why a wish was not met, in the words of an organizer answering a group ("why don't we see
 * Dr Martin?"). The first reason that applies wins; they go from the most to the least specific.
 */
import type { UnmetWish } from './format';
import { inEnglish } from './messages';
import { type Message, message } from './messages/message';
import type { Meeting, Problem } from './model';

/**
 * Why one wish was not met, as data: the exchange format writes it in English below; the members'
 * pages say it in the reader's language, with names and times.
 */
export type UnmetCause =
  | { kind: 'forbidden' }
  | { kind: 'absent' }
  /** `from`: the first round a replan may change, when the rounds before it are held. */
  | { kind: 'noSharedRound'; from?: number }
  | { kind: 'expertFull'; meetings: number }
  | { kind: 'groupFull'; meetings: number }
  /** Every round both share went to a wish worth at least as much: the round, whom, its value. */
  | { kind: 'betterWishes'; rounds: { round: number; expert: number; value: number }[] }
  /** The expert is full in every shared round not taken by a better wish. */
  | { kind: 'expertBusy'; rounds: number[]; betterElsewhere: boolean }
  | { kind: 'notChosen' };

export interface UnmetWishCause {
  group: number;
  expert: number;
  weight: number;
  cause: UnmetCause;
}

/** Every wish the meetings leave unmet, group by group, the heaviest first. */
export function unmetCauses(problem: Problem, meetings: Meeting[]): UnmetWishCause[] {
  const context = new Context(problem, meetings);
  const out: UnmetWishCause[] = [];
  for (const group of problem.groups) {
    for (const wish of group.wishes) {
      if (context.met.has(`${group.index}:${wish.expert}`)) continue;
      out.push({ group: group.index, expert: wish.expert, weight: wish.weight, cause: context.cause(group.index, wish.expert, wish.weight) });
    }
  }
  // Array.prototype.sort is stable: equal weights keep the order the group wrote them in.
  return out.sort((a, b) => a.group - b.group || b.weight - a.weight);
}

/** The unmet wishes as the exchange format lists them, each reason in its English. */
export function explainUnmetWishes(problem: Problem, meetings: Meeting[]): UnmetWish[] {
  return unmetCauses(problem, meetings).map((u) => ({
    group: problem.groups[u.group].id,
    expert: problem.experts[u.expert].id,
    weight: u.weight,
    reason: inEnglish(describeUnmetCause(problem, u)),
  }));
}

/** The reason as a message for organizers: the group and expert by name, rounds by wall time. */
export function describeUnmetCause(problem: Problem, { group, expert, cause }: UnmetWishCause): Message {
  const pair = { group: problem.groups[group].name, expert: problem.experts[expert].name };
  const time = (r: number) => problem.rounds[r].startWall;
  switch (cause.kind) {
    case 'forbidden':
      return message('unmet.forbidden', pair);
    case 'absent':
      return message('unmet.absent', pair);
    case 'noSharedRound':
      return cause.from !== undefined ? message('unmet.no_shared_round_left', { ...pair, from: time(cause.from) }) : message('unmet.no_shared_round', pair);
    case 'expertFull':
      return message('unmet.expert_full', { ...pair, count: cause.meetings });
    case 'groupFull':
      return message('unmet.group_full', { ...pair, count: cause.meetings });
    case 'betterWishes':
      return message('unmet.better_wishes', {
        ...pair,
        rounds: cause.rounds.map((t) => time(t.round)),
        experts: cause.rounds.map((t) => problem.experts[t.expert].name),
        values: cause.rounds.map((t) => String(t.value)),
      });
    case 'expertBusy':
      return message('unmet.expert_busy', { ...pair, rounds: cause.rounds.map(time), ...(cause.betterElsewhere && { betterElsewhere: 'yes' }) });
    case 'notChosen':
      return message('unmet.not_chosen', pair);
  }
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

  cause(g: number, e: number, weight: number): UnmetCause {
    const { problem } = this;
    const group = problem.groups[g];
    const expert = problem.experts[e];
    if (problem.forbidden[g][e]) return { kind: 'forbidden' };
    if (expert.roundCount === 0) return { kind: 'absent' };

    // In a replan the past cannot change: only the rounds still open count.
    const first = problem.replan?.from ?? 0;
    const shared = problem.rounds.filter((r) => r.index >= first && group.available[r.index] && expert.available[r.index]).map((r) => r.index);
    if (shared.length === 0) return first > 0 ? { kind: 'noSharedRound', from: first } : { kind: 'noSharedRound' };
    if (this.expertMeetings[e] >= expert.maxMeetings) return { kind: 'expertFull', meetings: this.expertMeetings[e] };
    if (this.groupMeetings[g] >= group.maxMeetings) return { kind: 'groupFull', meetings: this.groupMeetings[g] };

    const better = shared.filter((r) => {
      const there = this.groupAt[g][r];
      return there !== undefined && this.valueOf(there) >= weight;
    });
    if (better.length === shared.length) {
      return {
        kind: 'betterWishes',
        rounds: better.map((r) => {
          const there = this.groupAt[g][r] as Meeting;
          return { round: r, expert: there.expert, value: this.valueOf(there) };
        }),
      };
    }
    const open = shared.filter((r) => !better.includes(r));
    if (open.every((r) => this.expertLoad[e][r] >= expert.maxGroupsPerRound)) return { kind: 'expertBusy', rounds: open, betterElsewhere: better.length > 0 };
    return { kind: 'notChosen' };
  }

  private valueOf(m: Meeting): number {
    return this.problem.value[m.group][m.expert];
  }
}
