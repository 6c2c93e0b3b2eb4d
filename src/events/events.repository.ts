/** The only code that talks to the database about events and what is in them. */
import { Injectable } from '@nestjs/common';
import { type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { ConflictError, NotFoundError } from '../common/errors';
import { EventEntity } from './entities/event.entity';
import { ExpertEntity } from './entities/expert.entity';
import { ForbiddenPairEntity } from './entities/forbidden-pair.entity';
import { GroupEntity } from './entities/group.entity';
import { MemberEntity } from './entities/member.entity';
import { PinEntity } from './entities/pin.entity';
import { RoundEntity } from './entities/round.entity';
import { TableEntity } from './entities/table.entity';
import { WishEntity } from './entities/wish.entity';
import type { EventRows } from './event.mapper';

const ROW_ENTITIES: Record<keyof EventRows, EntityTarget<ObjectLiteral>> = {
  rounds: RoundEntity, tables: TableEntity, experts: ExpertEntity, groups: GroupEntity, members: MemberEntity,
  wishes: WishEntity, pins: PinEntity, forbidden: ForbiddenPairEntity,
};

/** Rows per INSERT: well under SQLite's limit on bound variables. */
const CHUNK = 200;

@Injectable()
export class EventsRepository {
  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
  ) {}

  /** Every event with what is in it, each as it was at one moment. */
  list(): Promise<{ event: EventEntity; rows: EventRows }[]> {
    return this.reads.snapshot(async (m) => {
      const events = await m.find(EventEntity, { order: { createdAt: 'ASC' } });
      return Promise.all(events.map(async (event) => ({ event, rows: await this.rows(event.id, m) })));
    });
  }

  /** The event with what is in it as it was at one moment: never half of a change. */
  withRows(id: string): Promise<{ event: EventEntity; rows: EventRows }> {
    return this.reads.snapshot(async (m) => ({ event: await this.event(id, m), rows: await this.rows(id, m) }));
  }

  private async event(id: string, manager: EntityManager): Promise<EventEntity> {
    const event = await manager.findOneBy(EventEntity, { id });
    if (!event) throw new NotFoundError(`événement inconnu / unknown event "${id}"`);
    return event;
  }

  private async rows(eventId: string, manager: EntityManager): Promise<EventRows> {
    const entries = await Promise.all(
      (Object.keys(ROW_ENTITIES) as (keyof EventRows)[]).map(async (k) => [k, await manager.find(ROW_ENTITIES[k], { where: { eventId } })] as const),
    );
    return Object.fromEntries(entries) as unknown as EventRows;
  }

  async create(event: EventEntity, rows: EventRows): Promise<void> {
    await this.transactions.run(async (m) => {
      await m.insert(EventEntity, event as QueryDeepPartialEntity<EventEntity>);
      await this.insertRows(m, rows);
    });
  }

  /**
   * Replaces the event and everything in it, in one transaction, if nobody changed it since
   * `revision` was read.
   */
  async replace(event: EventEntity, revision: number, rows: EventRows): Promise<void> {
    await this.transactions.run(async (m) => {
      const { revision: _old, ...fields } = event;
      const changes = { ...fields, revision: revision + 1 } as QueryDeepPartialEntity<EventEntity>;
      const result = await m.update(EventEntity, { id: event.id, revision }, changes);
      if (!result.affected) {
        throw new ConflictError(`l'événement a changé entre-temps (révision ${revision}) ; rechargez-le / the event changed meanwhile (revision ${revision}); reload it`);
      }
      event.revision = revision + 1;
      await this.deleteRows(m, event.id);
      await this.insertRows(m, rows);
    });
  }

  async remove(id: string, also: (m: EntityManager) => Promise<void>): Promise<void> {
    await this.transactions.run(async (m) => {
      await this.event(id, m);
      await this.deleteRows(m, id);
      await also(m);
      await m.delete(EventEntity, { id });
    });
  }

  private async deleteRows(m: EntityManager, eventId: string): Promise<void> {
    for (const target of Object.values(ROW_ENTITIES)) await m.delete(target, { eventId });
  }

  private async insertRows(m: EntityManager, rows: EventRows): Promise<void> {
    for (const [k, list] of Object.entries(rows) as [keyof EventRows, ObjectLiteral[]][]) {
      for (let i = 0; i < list.length; i += CHUNK) await m.insert(ROW_ENTITIES[k], list.slice(i, i + CHUNK));
    }
  }
}
