/** The only code that talks to the database about events and what is in them. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { ConflictError, NotFoundError } from '../common/errors';
import { EventEntity } from './entities/event.entity';
import { eventSaid } from './event-messages';

@Injectable()
export class EventsRepository {
  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
  ) {}

  /** Every event with its setup (one row each: never half of a change). */
  list(): Promise<EventEntity[]> {
    return this.reads.manager.find(EventEntity, { order: { createdAt: 'ASC' } });
  }

  async get(id: string): Promise<EventEntity> {
    return found(id, await this.reads.manager.findOneBy(EventEntity, { id }));
  }

  /** The event's revision alone: whether what a reader holds is still current, without reading the setup. */
  async revision(id: string): Promise<number> {
    return found(id, await this.reads.manager.findOne(EventEntity, { select: { id: true, revision: true }, where: { id } })).revision;
  }

  async create(event: EventEntity): Promise<void> {
    await this.transactions.run((m) => m.insert(EventEntity, event as QueryDeepPartialEntity<EventEntity>));
  }

  /**
   * Replaces the event's fields and setup, as one UPDATE of its row, if nobody changed it since
   * `revision` was read; `event.revision` is then the new one.
   */
  async replace(event: EventEntity, revision: number): Promise<void> {
    await this.transactions.run(async (m) => {
      const { revision: _old, id, ...fields } = event;
      const result = await m.update(EventEntity, { id, revision }, { ...fields, revision: revision + 1 } as QueryDeepPartialEntity<EventEntity>);
      if (!result.affected) {
        throw new ConflictError(eventSaid('events.changed', { revision }));
      }
    });
    event.revision = revision + 1;
  }

  async remove(id: string, also: (m: EntityManager) => Promise<void>): Promise<void> {
    await this.transactions.run(async (m) => {
      found(id, await m.findOne(EventEntity, { select: { id: true }, where: { id } }));
      await also(m);
      await m.delete(EventEntity, { id });
    });
  }
}

function found(id: string, event: EventEntity | null): EventEntity {
  if (!event) throw new NotFoundError(eventSaid('events.not_found'));
  return event;
}
