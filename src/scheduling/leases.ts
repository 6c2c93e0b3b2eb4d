/**
 * Running something once across several service instances on one database, without a lock
 * server: every claim is ONE conditional UPDATE, and the number of rows it changed says who won.
 * Two instances racing for the same row both send the UPDATE; the database applies them one after
 * the other, and the second no longer matches its WHERE clause (PostgreSQL re-checks it after the
 * first commits; SQLite has a single writer). A claim lasts a lease time, so the work of an instance
 * that crashed is taken over once the lease has run out.
 *
 * - `tryLease(name, holder, ttlMs, now)`: a named job (the periodic reconciliation, the live
 *   operations' timed jobs) runs on the one instance holding its lease; the holder renews it on
 *   each run, another instance takes it over when it lapses.
 * - `claim(manager, entity, id, set, where)`: the same for one row of a work table (an outbox
 *   message): `where` says when the row is free to take, `set` marks it taken.
 *
 * Plain TypeORM, no Nest: unit-tested with two real connections on one database.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { type EntityManager, type EntityTarget, type FindOptionsWhere, LessThanOrEqual, type ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { JobLeaseEntity } from './job-lease.entity';

/** Runs one write transaction (the service passes `Transactions.run`: SQLite needs them queued). */
export type WriteTransaction = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;

/** This process, as a lease holder: host, pid and a random part (pids are reused after a restart). */
export function processHolder(): string {
  return `${hostname().slice(0, 60)}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** Sets `set` on the row `id` only if it still matches `where`; true when this caller won it. */
export async function claim<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: FindOptionsWhere<T>,
  set: QueryDeepPartialEntity<T>,
  where: FindOptionsWhere<T>[],
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set(set)
    .where(where.map((w) => ({ ...w, ...id })))
    .execute();
  return result.affected === 1;
}

const NEVER = new Date(0).toISOString();

export class Leases {
  constructor(private readonly write: WriteTransaction) {}

  /** Takes or renews the lease of job `name` for `ttlMs`; false while another holder's lease runs. */
  tryLease(name: string, holder: string, ttlMs: number, now: Date): Promise<boolean> {
    const until = new Date(now.getTime() + ttlMs).toISOString();
    return this.write(async (m) => {
      // The row is made once, free; from then on only the conditional UPDATE decides.
      await m.createQueryBuilder().insert().into(JobLeaseEntity).values({ name, holder: '', leasedUntil: NEVER }).orIgnore().execute();
      return claim(m, JobLeaseEntity, { name }, { holder, leasedUntil: until }, [{ holder }, { leasedUntil: LessThanOrEqual(now.toISOString()) }]);
    });
  }

  /** Gives the lease back at once (a clean stop), if this holder still has it. */
  release(name: string, holder: string): Promise<void> {
    return this.write(async (m) => {
      await m.update(JobLeaseEntity, { name, holder }, { leasedUntil: NEVER });
    });
  }
}

/** This process's holder id, one per process (a Nest provider: inject it where leases are taken). */
export class LeaseHolder {
  readonly id = processHolder();
}
