/**
 * The day itself: where the event stands, delays, people or rooms missing, and replanning from the
 * next round with the fewest changes. Every timetable change publishes a new version (audited like
 * any other); a replan is first a draft to preview, published by the organizer.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { InvalidInputError, NotFoundError, StateError } from '../common/errors';
import { PlanEvents } from '../common/plan-events';
import type { InstanceFile, MeetingFile } from '../engine/format';
import { bothLanguages, listInBothLanguages } from '../engine/french';
import { instanceErrorFields } from '../engine/load';
import { EventsService } from '../events/events.service';
import { diffMeetings } from '../plans/adjustments';
import { runEngine } from '../plans/engine-runner';
import { PlansService } from '../plans/plans.service';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { LiveMarkEntity } from './entities/live-mark.entity';
import { liveState, nextOpenRound, roundTimes } from './live-state';
import { applyMarks, type Mark } from './marks';
import { dropRounds, roundIndex, shiftRounds } from './timetable';

/** Engine budget for a replan on the day: organizers are waiting. */
const REPLAN_TIME_LIMIT_MS = 2000;

@Injectable()
export class LiveService {
  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
    private readonly plans: PlansService,
    private readonly events: EventsService,
    private readonly clock: Clock,
    private readonly news: PlanEvents,
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
      marks: await this.marks(eventId),
    };
  }

  /** Every round from `fromRound` on moves `minutes` later; published at once. */
  async delay(eventId: string, fromRound: string, minutes: number, notifyMembers = false) {
    const inForce = await this.inForce(eventId);
    this.refuseStarted(inForce.instance, fromRound);
    const instance = structuredClone(inForce.instance);
    shiftRounds(instance, fromRound, minutes);
    await this.events.change(eventId, undefined, (event) => {
      if (event.rounds.some((r) => r.id === fromRound)) shiftRounds(event, fromRound, minutes);
    });
    const reason = `Retard de ${minutes} min à partir du tour ${fromRound} / ${minutes} min delay from round ${fromRound}`;
    return this.publishTimetable(eventId, inForce.number, instance, inForce.schedule.meetings, reason, notifyMembers);
  }

  /** The rounds from `fromRound` on are cancelled (the event ends earlier); published at once. */
  async dropRounds(eventId: string, fromRound: string, notifyMembers = false) {
    const inForce = await this.inForce(eventId);
    this.refuseStarted(inForce.instance, fromRound);
    const instance = structuredClone(inForce.instance);
    const meetings = dropRounds(instance, fromRound, inForce.schedule.meetings);
    await this.events.change(eventId, undefined, (event) => {
      if (event.rounds.some((r) => r.id === fromRound)) dropRounds(event, fromRound);
    });
    const reason = `Tours annulés à partir de ${fromRound} / rounds cancelled from ${fromRound}`;
    return this.publishTimetable(eventId, inForce.number, instance, meetings, reason, notifyMembers);
  }

  async mark(eventId: string, mark: Mark & { note?: string }) {
    const { instance } = await this.events.instance(eventId);
    const list = mark.kind === 'expert' ? instance.experts : mark.kind === 'group' ? instance.groups : instance.tables;
    if (!list.some((x) => x.id === mark.key)) throw new NotFoundError(`${mark.kind} « ${mark.key} » introuvable / not found`);
    if (mark.round !== undefined) roundIndex(instance, mark.round);
    const row = Object.assign(new LiveMarkEntity(), {
      id: randomUUID(), eventId, kind: mark.kind, key: mark.key, status: mark.status, round: mark.round ?? null,
      note: mark.note ?? null, createdAt: this.clock.now().toISOString(),
    });
    await this.transactions.run((m) => m.insert(LiveMarkEntity, row));
    return row;
  }

  async unmark(eventId: string, id: string): Promise<void> {
    const result = await this.transactions.run((m) => m.delete(LiveMarkEntity, { eventId, id }));
    if (!result.affected) throw new NotFoundError(`marque « ${id} » introuvable / mark not found`);
  }

  marks(eventId: string): Promise<LiveMarkEntity[]> {
    return this.reads.manager.find(LiveMarkEntity, { where: { eventId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Replans from `from` (default: the next round not started) with the marks: held rounds stay as
   * they were, then the fewest meetings move. The result is a draft; the preview says what changes.
   */
  async replan(eventId: string, from?: string) {
    const inForce = await this.inForce(eventId);
    const start = from ?? nextOpenRound(inForce.instance, this.clock.now().getTime())?.id;
    if (!start) throw new StateError('tous les tours ont commencé : rien à replanifier / every round has started: nothing to replan');
    roundIndex(inForce.instance, start);
    const { instance: event } = await this.events.instance(eventId);
    const instance: InstanceFile = { ...structuredClone(event), replan: { from: start, baseline: inForce.schedule.meetings } };
    applyMarks(instance, (await this.marks(eventId)).map((m) => ({ kind: m.kind, key: m.key, status: m.status, round: m.round ?? undefined })));

    const seed = inForce.audit.seed || 1;
    const result = await runEngine(instance, { seed, timeLimitMs: REPLAN_TIME_LIMIT_MS }).result;
    if (result.status === 'invalid') {
      throw new InvalidInputError('replanification impossible : instance invalide / cannot replan: invalid instance', instanceErrorFields(result.errors));
    }
    if (result.status === 'infeasible') {
      throw new StateError(
        listInBothLanguages({ fr: 'replanification impossible', en: 'cannot replan' }, result.conflicts.map((c) => ({ label: `[${c.rules.join(', ')}]`, fr: c.fr, message: c.message }))),
        result.conflicts.map((c) => ({ path: c.rules.join(', '), message: bothLanguages(c) })),
      );
    }
    const solver = result.schedule.solver as { iterations: number };
    const version = await this.plans.addDerived(eventId, instance, result.schedule.meetings, {
      origin: 'replan', basedOn: inForce.number, seed, iterations: solver.iterations, quality: result.quality as unknown as Record<string, unknown>,
    });
    const diff = diffMeetings(inForce.schedule.meetings, result.schedule.meetings);
    const touched = [...diff.added, ...diff.removed, ...diff.moved.flatMap((m) => [m.from, m.to])];
    return {
      version: version.number, basedOn: inForce.number, from: start,
      metrics: { before: inForce.schedule.metrics, after: version.metrics },
      quality: result.quality, changes: diff,
      affected: { experts: unique(touched.map((m) => m.expert)), groups: unique(touched.map((m) => m.group)) },
    };
  }

  private async publishTimetable(eventId: string, basedOn: number, instance: InstanceFile, meetings: MeetingFile[], reason: string, notifyMembers: boolean) {
    const version = await this.plans.addDerived(eventId, instance, meetings, { origin: 'timetable', basedOn });
    const published = await this.plans.publish(eventId, version.number, { notifyMembers });
    await this.news.emit('timetableChanged', { eventId, reason });
    return { ...published, reason };
  }

  private async inForce(eventId: string) {
    const inForce = await this.plans.inForce(eventId);
    if (!inForce) throw new StateError('aucune version publiée : publiez d\'abord une grille / nothing published yet: publish a grid first');
    return inForce;
  }

  private refuseStarted(instance: InstanceFile, roundId: string): void {
    const round = roundTimes(instance)[roundIndex(instance, roundId)];
    if (round.startsAt <= this.clock.now().getTime()) {
      throw new StateError(`le tour ${roundId} a déjà commencé / round ${roundId} has already started`);
    }
  }
}

const unique = (xs: string[]) => [...new Set(xs)].sort();
