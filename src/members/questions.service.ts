/** Members' questions for the experts their group will meet. */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { InvalidInputError } from '../common/errors';
import { TtlCache } from '../common/ttl-cache';
import { EventsService } from '../events/events.service';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import type { Question } from './pages';
import { QuestionEntity } from './question.entity';

export const QUESTION_MAX = 500;
/** Enough for a curious member; a bound so a leaked link cannot flood an expert's page. */
export const QUESTIONS_PER_MEMBER = 30;

export type QuestionProblem = 'empty' | 'tooLong' | 'expert' | 'tooMany';

/**
 * How long a list of questions is reused between page loads (a new one shows at once here), and
 * for how long after that it is still served while it is read again: a page is then rendered
 * without waiting for the database, even for a group whose members have not loaded it for a while.
 */
const LIST_CACHE_MS = 2_000;
const LIST_GRACE_MS = 60_000;

@Injectable()
export class QuestionsService {
  private readonly lists = new TtlCache<Question[]>(LIST_CACHE_MS, { graceMs: LIST_GRACE_MS });

  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    events: EventsService,
  ) {
    events.onRemove((m, eventId) => m.delete(QuestionEntity, { eventId }).then(() => undefined));
  }

  /** Stores the question; `experts` are those the group has still to meet. */
  async ask(q: { eventId: string; groupKey: string; memberKey: string; expertKey: string; text: string }, experts: ReadonlySet<string>): Promise<void> {
    const text = q.text.replace(/\r\n?/g, '\n').trim();
    const problem: QuestionProblem | undefined = !text
      ? 'empty'
      : [...text].length > QUESTION_MAX
        ? 'tooLong'
        : !experts.has(q.expertKey)
          ? 'expert'
          : undefined;
    if (problem) throw new InvalidInputError(problem, [{ path: problem === 'expert' ? 'expert' : 'text', message: problem }]);
    // Counted and stored holding the member's questions: a member sending twice at once cannot pass the limit.
    await this.transactions.runHolding(`questions|${q.eventId}|${q.memberKey}`, async (m) => {
      if ((await m.countBy(QuestionEntity, { eventId: q.eventId, memberKey: q.memberKey })) >= QUESTIONS_PER_MEMBER) {
        throw new InvalidInputError('tooMany', [{ path: 'text', message: 'tooMany' }]);
      }
      await m.insert(QuestionEntity, { id: randomUUID(), ...q, text, createdAt: this.clock.now().toISOString() });
    });
    this.lists.deleteWhere((key) => key.startsWith(`${q.eventId}|`));
  }

  forGroup(eventId: string, groupKey: string): Promise<Question[]> {
    return this.list({ eventId, groupKey });
  }

  forExpert(eventId: string, expertKey: string): Promise<Question[]> {
    return this.list({ eventId, expertKey });
  }

  private list(where: Partial<QuestionEntity> & { eventId: string }): Promise<Question[]> {
    return this.lists.get(`${where.eventId}|${where.groupKey ?? ''}|${where.expertKey ?? ''}`, async () => {
      const rows = await this.reads.manager.find(QuestionEntity, { where, order: { createdAt: 'ASC' } });
      return rows.map((r) => ({ expertKey: r.expertKey, groupKey: r.groupKey, text: r.text }));
    });
  }
}
