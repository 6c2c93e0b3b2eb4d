/**
 * The day itself: where the event stands, delays, people or rooms missing, and replanning from the
 * next round with the fewest changes. Every timetable change publishes a new version (audited like
 * any other); a replan is first a draft to preview (one open at a time), published by the organizer.
 * What a publish would reach is said before it is done.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { InvalidInputError, NotFoundError, StateError } from '../common/errors';
import { type ClaimedMetrics, type InstanceFile, instanceErrorFields, type MeetingFile } from '../engine';
import { EventsService } from '../events/events.service';
import { type Message, type Lang, word } from '../i18n';
import { runEngine } from '../plans/engine-runner';
import { PlansService } from '../plans/plans.service';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { applyDelay, type DelayPlan, planDelay } from './delay-plan';
import { LiveMarkEntity } from './entities/live-mark.entity';
import { liveState, nextOpenRound, roundTimes } from './live-state';
import { applyMarks, asMark, type Mark, markKept } from './marks';
import { said } from './messages';
import { reachOf, type Reach } from './reach';
import { replanPreview } from './replan-preview';
import { sessions } from './sessions';
import { dropRounds, roundIndex } from './timetable';

/** Engine budget for a replan on the day: organizers are waiting. */
const REPLAN_TIME_LIMIT_MS = 2000;

/** A message as the API gives it: its code and parameters, and its wording in the request's language. */
const spoken = (msg: Message, lang: Lang) => ({ ...msg, message: word(msg, lang) });

@Injectable()
export class LiveService {
  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
    private readonly plans: PlansService,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {
    events.onRemove((m, eventId) => m.delete(LiveMarkEntity, { eventId }).then(() => undefined));
  }

  async state(eventId: string) {
    const inForce = await this.inForce(eventId);
    const now = this.clock.now().getTime();
    return {
      version: inForce.number,
      timezone: inForce.instance.event.timezone ?? 'Europe/Paris',
      ...liveState(inForce.instance, inForce.schedule.meetings, now),
      sessions: sessions(inForce.instance).map((s) => ({
        rounds: s.rounds.map((r) => r.id),
        start: s.rounds[0].start,
        end: s.rounds[s.rounds.length - 1].end,
      })),
      marks: this.kept(inForce, await this.marks(eventId), now),
    };
  }

  /** Every standing mark, by its id: whether the version in force keeps it (false before anything is published). */
  async keptMarks(eventId: string): Promise<Map<string, boolean>> {
    const [inForce, marks] = await Promise.all([this.plans.inForce(eventId), this.marks(eventId)]);
    if (!inForce) return new Map(marks.map((m) => [m.id, false]));
    return new Map(this.kept(inForce, marks, this.clock.now().getTime()).map((m) => [m.id, m.kept]));
  }

  /** Each mark, and whether the version in force keeps it already (or a replan is needed). */
  private kept(inForce: { instance: InstanceFile; schedule: { meetings: MeetingFile[] } }, marks: LiveMarkEntity[], now: number) {
    const open = nextOpenRound(inForce.instance, now);
    const firstOpen = open ? inForce.instance.rounds.findIndex((r) => r.id === open.id) : inForce.instance.rounds.length;
    return marks.map((m) => ({
      ...m,
      kept: markKept(asMark(m), inForce.instance, inForce.schedule.meetings, firstOpen),
    }));
  }

  /** What a delay would do, without doing it: the rounds that move, the warnings, whom it reaches. Refusals are thrown as the delay's. */
  async delayPreview(eventId: string, fromRound: string, minutes: number, lang: Lang) {
    const inForce = await this.inForce(eventId);
    const plan = planDelay(inForce.instance, fromRound, minutes, this.clock.now().getTime());
    return { ...this.said(plan, lang), reach: this.reach(inForce, this.delayed(inForce.instance, plan), inForce.schedule.meetings) };
  }

  /** The rounds of `fromRound`'s session from it on move `minutes` later; published at once. */
  async delay(eventId: string, fromRound: string, minutes: number, notifyMembers = false, lang: Lang = 'fr') {
    const inForce = await this.inForce(eventId);
    const plan = planDelay(inForce.instance, fromRound, minutes, this.clock.now().getTime());
    await this.events.change(eventId, undefined, (event) => applyDelay(event, plan));
    const published = await this.publishTimetable(eventId, inForce.number, this.delayed(inForce.instance, plan), inForce.schedule.meetings, notifyMembers);
    return { ...published, ...this.said(plan, lang) };
  }

  /** The rounds from `fromRound` on are cancelled (the event ends earlier); published at once. */
  async dropRounds(eventId: string, fromRound: string, notifyMembers = false, lang: Lang = 'fr') {
    const inForce = await this.inForce(eventId);
    this.refuseStarted(inForce.instance, fromRound);
    const instance = structuredClone(inForce.instance);
    const meetings = dropRounds(instance, fromRound, inForce.schedule.meetings);
    await this.events.change(eventId, undefined, (event) => {
      if (event.rounds.some((r) => r.id === fromRound)) dropRounds(event, fromRound);
    });
    const published = await this.publishTimetable(eventId, inForce.number, instance, meetings, notifyMembers);
    const from = inForce.instance.rounds[roundIndex(inForce.instance, fromRound)].start;
    return { ...published, reason: spoken(said('live.drop.reason', { from }), lang) };
  }

  async mark(eventId: string, mark: Mark & { note?: string }) {
    const { instance } = await this.events.instance(eventId);
    const list = mark.kind === 'expert' ? instance.experts : mark.kind === 'group' ? instance.groups : instance.tables;
    if (!list.some((x) => x.id === mark.key)) {
      const msg = said('live.markUnknown', { kind: mark.kind, key: mark.key });
      throw new NotFoundError(msg, [{ path: 'key', message: msg }]);
    }
    const from = mark.round === undefined ? 0 : roundIndex(instance, mark.round, 'round');
    if (mark.until !== undefined && (mark.status !== 'absent' || mark.kind === 'table' || roundIndex(instance, mark.until, 'until') <= from)) {
      const msg = said('live.untilBeforeRound', { round: mark.round ?? instance.rounds[0].id, until: mark.until });
      throw new InvalidInputError(msg, [{ path: 'until', message: msg }]);
    }
    const row = Object.assign(new LiveMarkEntity(), {
      id: randomUUID(),
      eventId,
      kind: mark.kind,
      key: mark.key,
      status: mark.status,
      round: mark.round ?? null,
      until: mark.until ?? null,
      note: mark.note ?? null,
      createdAt: this.clock.now().toISOString(),
    });
    await this.transactions.run((m) => m.insert(LiveMarkEntity, row));
    return row;
  }

  async unmark(eventId: string, id: string): Promise<void> {
    const result = await this.transactions.run((m) => m.delete(LiveMarkEntity, { eventId, id }));
    if (!result.affected) throw new NotFoundError(said('live.markNotFound'));
  }

  marks(eventId: string): Promise<LiveMarkEntity[]> {
    return this.reads.manager.find(LiveMarkEntity, { where: { eventId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Replans from `from` (default: the next round not started) with the marks: held rounds stay as
   * they were, then the fewest meetings move, and with format 1.1's idle level the slots an absent
   * expert frees are filled again. The result is the one open replan draft (made again by a second
   * replan); the preview says what changes and whom publishing it reaches.
   */
  async replan(eventId: string, from?: string) {
    const inForce = await this.inForce(eventId);
    const start = from ?? nextOpenRound(inForce.instance, this.clock.now().getTime())?.id;
    if (!start) throw new StateError(said('live.nothingToReplan'));
    roundIndex(inForce.instance, start, 'from');
    const { instance: event } = await this.events.instance(eventId);
    const instance: InstanceFile = { ...structuredClone(event), replan: { from: start, baseline: inForce.schedule.meetings } };
    applyMarks(instance, (await this.marks(eventId)).map(asMark));

    const seed = inForce.audit.seed || 1;
    const result = await runEngine(instance, { seed, timeLimitMs: REPLAN_TIME_LIMIT_MS }).result;
    if (result.status === 'invalid') throw new InvalidInputError(said('live.replanInvalid'), instanceErrorFields(result.errors));
    if (result.status === 'infeasible') {
      throw new StateError(
        said('live.replanInfeasible', { conflicts: result.conflicts.map((c) => said('live.conflict', { rules: c.rules.join(', '), said: c.said })) }),
        result.conflicts.map((c) => ({ path: c.rules.join(', '), message: c.said })),
      );
    }
    const made = {
      basedOn: inForce.number,
      seed,
      iterations: (result.schedule.solver as { iterations: number }).iterations,
      quality: result.quality as unknown as Record<string, unknown>,
    };
    const version =
      (await this.plans.redoReplan(eventId, instance, result.schedule.meetings, made)) ??
      (await this.plans.addDerived(eventId, instance, result.schedule.meetings, { origin: 'replan', ...made }));
    return this.replanAnswer(inForce, {
      number: version.number,
      basedOn: inForce.number,
      instance,
      meetings: result.schedule.meetings,
      metrics: version.metrics as unknown as ClaimedMetrics,
      quality: result.quality,
    });
  }

  /**
   * The open replan draft with its preview against the version in force, as the replan answered
   * it: the « Jour J » screen shows it again when the organizer comes back. `stale` when another
   * version was published since it was made (replan again before publishing it). Null when none is open.
   */
  async openReplan(eventId: string) {
    const inForce = await this.inForce(eventId);
    const open = (await this.plans.list(eventId)).filter((v) => v.status === 'draft' && v.origin === 'replan').at(-1);
    if (!open) return { draft: null };
    const { instance, schedule } = await this.plans.schedule(eventId, open.number);
    return {
      draft: this.replanAnswer(inForce, {
        number: open.number,
        basedOn: open.basedOn ?? inForce.number,
        instance,
        meetings: schedule.meetings,
        metrics: schedule.metrics,
        quality: open.quality,
      }),
    };
  }

  private replanAnswer(
    inForce: { number: number; instance: InstanceFile; schedule: { meetings: MeetingFile[]; metrics: ClaimedMetrics } },
    draft: { number: number; basedOn: number; instance: InstanceFile; meetings: MeetingFile[]; metrics: ClaimedMetrics; quality: unknown },
  ) {
    const start = draft.instance.replan?.from ?? draft.instance.rounds[0].id;
    const before = { instance: inForce.instance, meetings: inForce.schedule.meetings, metrics: inForce.schedule.metrics };
    const after = { instance: draft.instance, meetings: draft.meetings, metrics: draft.metrics };
    return {
      version: draft.number,
      basedOn: draft.basedOn,
      inForce: inForce.number,
      stale: draft.basedOn !== inForce.number,
      from: start,
      metrics: { before: before.metrics, after: after.metrics },
      quality: draft.quality,
      preview: replanPreview(before, after, start),
      reach: reachOf(before, after),
    };
  }

  /** Whom publishing version `number` reaches, against the version in force. */
  async publishReach(eventId: string, number: number): Promise<Reach & { version: number; inForce: number | null }> {
    const [target, inForce] = await Promise.all([this.plans.schedule(eventId, number), this.plans.inForce(eventId)]);
    if (!inForce) {
      const members = target.instance.groups.flatMap((g) => g.members ?? []);
      return {
        version: number,
        inForce: null,
        memberPages: members.length,
        emails: members.filter((m) => m.email).length,
        experts: target.instance.experts.length,
      };
    }
    return { version: number, inForce: inForce.number, ...this.reach(inForce, target.instance, target.schedule.meetings) };
  }

  private reach(inForce: { instance: InstanceFile; schedule: { meetings: MeetingFile[] } }, instance: InstanceFile, meetings: MeetingFile[]): Reach {
    return reachOf({ instance: inForce.instance, meetings: inForce.schedule.meetings }, { instance, meetings });
  }

  private delayed(instance: InstanceFile, plan: DelayPlan): InstanceFile {
    const copy = structuredClone(instance);
    applyDelay(copy, plan);
    return copy;
  }

  /** The delay as the organizer reads it: the rounds moved, the warnings and the reason, worded in `lang` too. */
  private said(plan: DelayPlan, lang: Lang) {
    return { moved: plan.moved, throughRound: plan.throughRound, warnings: plan.warnings.map((w) => spoken(w, lang)), reason: spoken(plan.reason, lang) };
  }

  private async publishTimetable(eventId: string, basedOn: number, instance: InstanceFile, meetings: MeetingFile[], notifyMembers: boolean) {
    const version = await this.plans.addDerived(eventId, instance, meetings, { origin: 'timetable', basedOn });
    return this.plans.publish(eventId, version.number, { notifyMembers });
  }

  private async inForce(eventId: string) {
    const inForce = await this.plans.inForce(eventId);
    if (!inForce) throw new StateError(said('live.nothingPublished'));
    return inForce;
  }

  private refuseStarted(instance: InstanceFile, roundId: string): void {
    const round = roundTimes(instance)[roundIndex(instance, roundId)];
    if (round.startsAt <= this.clock.now().getTime()) throw new StateError(said('live.roundStarted', { start: round.start }));
  }
}
