/**
 * The experts' answers to their invitations, by their personal link (no login). Recording is
 * idempotent: the same answer again changes nothing; a decline marks the expert absent on the day
 * once (through the live marks, so a replan leaves them out), and a later confirmation takes that
 * mark away. The organizers read the tally per expert.
 */
import { Injectable } from '@nestjs/common';
import { LinksService } from '../access/links.service';
import { Clock } from '../common/clock';
import { NotFoundError } from '../common/errors';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { EventsService } from '../events/events.service';
import { word } from '../i18n';
import { LiveService } from '../live/live.service';
import { ExpertAnswerEntity } from './expert-answer.entity';
import type { Answer } from './paths';
import './messages';

export interface Answering {
  eventId: string;
  eventName: string;
  expertKey: string;
  expertName: string;
  current?: ExpertAnswerEntity;
}

@Injectable()
export class ConfirmationsService {
  private readonly answerListeners: (() => void)[] = [];

  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
    private readonly links: LinksService,
    private readonly events: EventsService,
    private readonly live: LiveService,
    private readonly clock: Clock,
  ) {
    events.onRemove((m, eventId) => m.delete(ExpertAnswerEntity, { eventId }).then(() => undefined));
  }

  /** Who the token is and what they answered; undefined for a token that is not a valid expert link. */
  async answering(token: string): Promise<Answering | undefined> {
    const link = await this.links.resolve(token);
    if (!link || link.kind !== 'expert') return undefined;
    const { instance } = await this.events.instance(link.eventId);
    const expert = instance.experts.find((e) => e.id === link.subjectKey);
    if (!expert) return undefined;
    const current = await this.answerOf(link.eventId, expert.id);
    return { eventId: link.eventId, eventName: instance.event.name, expertKey: expert.id, expertName: expert.name, current };
  }

  /** What the expert answered last, if anything: their page says it. */
  async answerOf(eventId: string, expertKey: string): Promise<ExpertAnswerEntity | undefined> {
    return (await this.reads.manager.findOneBy(ExpertAnswerEntity, { eventId, expertKey })) ?? undefined;
  }

  /** Called after an answer is stored: the expert's page, kept a few seconds in memory, says it at once. */
  onAnswer(listener: () => void): void {
    this.answerListeners.push(listener);
  }

  /** Records the answer; the same answer twice is one answer (the first time is kept). */
  async record(who: Answering, answer: Answer): Promise<ExpertAnswerEntity> {
    const row = await this.store(who, answer);
    for (const listener of this.answerListeners) listener();
    return row;
  }

  private async store(who: Answering, answer: Answer): Promise<ExpertAnswerEntity> {
    const current = who.current;
    if (current?.answer === answer) return current;
    let markId = current?.markId ?? null;
    if (answer === 'no' && !markId) {
      markId = (await this.live.mark(who.eventId, { kind: 'expert', key: who.expertKey, status: 'absent', note: word({ code: 'answer.note' }, 'fr') })).id;
    }
    if (answer === 'yes' && markId) {
      // The organizers may have removed it already: nothing left to undo then.
      await this.live.unmark(who.eventId, markId).catch((error: unknown) => {
        if (!(error instanceof NotFoundError)) throw error;
      });
      markId = null;
    }
    const row = Object.assign(new ExpertAnswerEntity(), {
      eventId: who.eventId,
      expertKey: who.expertKey,
      answer,
      answeredAt: this.clock.now().toISOString(),
      markId,
    });
    await this.transactions.run((m) => m.save(ExpertAnswerEntity, row));
    return row;
  }

  /**
   * Per expert of the event: the answer (or none yet), when, whether it marked them absent, and
   * whether the grid in force keeps that absence already (then no replan is needed for them).
   */
  async tally(eventId: string) {
    const [{ instance }, rows, kept] = await Promise.all([
      this.events.instance(eventId),
      this.reads.manager.findBy(ExpertAnswerEntity, { eventId }),
      this.live.keptMarks(eventId),
    ]);
    const byKey = new Map(rows.map((r) => [r.expertKey, r]));
    const experts = instance.experts.map((e) => {
      const r = byKey.get(e.id);
      const markedAbsent = Boolean(r?.markId);
      return {
        key: e.id,
        name: e.name,
        answer: r?.answer ?? null,
        answeredAt: r?.answeredAt ?? null,
        markedAbsent,
        inGrid: markedAbsent && kept.get(r!.markId!) === true,
      };
    });
    const count = (answer: Answer | null) => experts.filter((x) => x.answer === answer).length;
    return { eventId, totals: { confirmed: count('yes'), declined: count('no'), waiting: count(null) }, experts };
  }
}
