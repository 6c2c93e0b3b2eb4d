/**
 * The experts' answers to their invitations, by their personal link (no login). Recording is
 * idempotent: the same answer again changes nothing; a decline marks the expert absent on the day
 * once (through the live marks, so a replan leaves them out), for the whole event or for the one
 * session it names, and a later answer takes that mark away. The organizers read the tally per expert.
 */
import { Injectable } from '@nestjs/common';
import { LinksService } from '../access/links.service';
import { Clock } from '../common/clock';
import { InvalidInputError, NotFoundError } from '../common/errors';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { EventsService } from '../events/events.service';
import { DEFAULT_TIMEZONE } from '../engine';
import { message, word } from '../i18n';
import { toWall } from '../i18n/when';
import { LiveService } from '../live/live.service';
import { type AnswerSession, sessionStartingAt, sessionsToDecline } from './answer-sessions';
import { ExpertAnswerEntity } from './expert-answer.entity';
import type { Answer } from './paths';
import './messages';

export interface Answering {
  eventId: string;
  eventName: string;
  expertKey: string;
  expertName: string;
  zone: string;
  /** The sessions the expert may decline one by one (none in a one-session event). */
  sessions: AnswerSession[];
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
    return {
      eventId: link.eventId,
      eventName: instance.event.name,
      expertKey: expert.id,
      expertName: expert.name,
      zone: instance.event.timezone ?? DEFAULT_TIMEZONE,
      sessions: sessionsToDecline(instance, expert.id),
      current,
    };
  }

  /** What the expert answered last, if anything: their page says it. */
  async answerOf(eventId: string, expertKey: string): Promise<ExpertAnswerEntity | undefined> {
    return (await this.reads.manager.findOneBy(ExpertAnswerEntity, { eventId, expertKey })) ?? undefined;
  }

  /** The answer as the expert's page says it: the session declined, if one, with its times. */
  async pageAnswer(eventId: string, expertKey: string) {
    const row = await this.answerOf(eventId, expertKey);
    if (!row) return undefined;
    const missed = row.session ? sessionStartingAt((await this.events.instance(eventId)).instance, row.session) : undefined;
    return { answer: row.answer, answeredAt: row.answeredAt, missed };
  }

  /** Called after an answer is stored: the expert's page, kept a few seconds in memory, says it at once. */
  onAnswer(listener: () => void): void {
    this.answerListeners.push(listener);
  }

  /**
   * Records the answer; the same answer twice is one answer (the first time is kept). A decline
   * may name one of `who.sessions` by its first round: the expert misses that session only.
   */
  async record(who: Answering, answer: Answer, sessionFirst?: string): Promise<ExpertAnswerEntity> {
    const session = sessionFirst === undefined || answer === 'yes' ? undefined : who.sessions.find((s) => s.first === sessionFirst);
    if (sessionFirst !== undefined && answer === 'no' && !session) {
      const msg = message('answer.unknownSession', { session: sessionFirst });
      throw new InvalidInputError(msg, [{ path: 'session', message: msg }]);
    }
    const row = await this.store(who, answer, session);
    for (const listener of this.answerListeners) listener();
    return row;
  }

  private async store(who: Answering, answer: Answer, session: AnswerSession | undefined): Promise<ExpertAnswerEntity> {
    const current = who.current;
    const sessionKey = session?.first ?? null;
    if (current?.answer === answer && (current.session ?? null) === sessionKey) return current;
    // Another answer (or another session declined) replaces the absence the last one made.
    if (current?.markId) {
      // The organizers may have removed it already: nothing left to undo then.
      await this.live.unmark(who.eventId, current.markId).catch((error: unknown) => {
        if (!(error instanceof NotFoundError)) throw error;
      });
    }
    const markId =
      answer === 'no'
        ? (
            await this.live.mark(who.eventId, {
              kind: 'expert',
              key: who.expertKey,
              status: 'absent',
              round: session?.first,
              until: session?.until,
              note: word({ code: 'answer.note' }, 'fr'),
            })
          ).id
        : null;
    const row = Object.assign(new ExpertAnswerEntity(), {
      eventId: who.eventId,
      expertKey: who.expertKey,
      answer,
      answeredAt: this.clock.now().toISOString(),
      session: sessionKey,
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
    const wall = (ms: number) => toWall(ms, instance.event.timezone ?? DEFAULT_TIMEZONE);
    const experts = instance.experts.map((e) => {
      const r = byKey.get(e.id);
      // A decline's mark the organizers removed (they marked the absence their own way) no longer counts.
      const markedAbsent = Boolean(r?.markId && kept.has(r.markId));
      const session = r?.session ? sessionStartingAt(instance, r.session) : undefined;
      return {
        key: e.id,
        name: e.name,
        answer: r?.answer ?? null,
        answeredAt: r?.answeredAt ?? null,
        /** A decline of one session: its local start and end; null for the whole event. */
        session: session ? { start: wall(session.startsAt), end: wall(session.endsAt) } : null,
        markedAbsent,
        inGrid: markedAbsent && kept.get(r!.markId!) === true,
      };
    });
    const count = (answer: Answer | null) => experts.filter((x) => x.answer === answer).length;
    return { eventId, totals: { confirmed: count('yes'), declined: count('no'), waiting: count(null) }, experts };
  }
}
