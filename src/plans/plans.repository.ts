/** The only code that talks to the database about versions, their meetings and generation jobs. */
import { Injectable } from '@nestjs/common';
import { type EntityManager, In, IsNull, Not, QueryFailedError } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { ConflictError, NotFoundError } from '../common/errors';
import { said } from './messages';
import type { MeetingFile } from '../engine';
import { GenerationJobEntity } from './entities/generation-job.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { ScheduleVersionEntity } from './entities/schedule-version.entity';

const CHUNK = 200;
const UNFINISHED = In(['queued', 'running'] as const);
/** Why a job whose service stopped under it failed. */
export const INTERRUPTED = [{ message: said('plans.job_interrupted') }];

@Injectable()
export class PlansRepository {
  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
  ) {}

  versions(eventId: string): Promise<ScheduleVersionEntity[]> {
    return this.reads.manager.find(ScheduleVersionEntity, { where: { eventId }, order: { number: 'ASC' } });
  }

  async version(eventId: string, number: number, from: EntityManager = this.reads.manager): Promise<ScheduleVersionEntity> {
    const version = await from.findOneBy(ScheduleVersionEntity, { eventId, number });
    if (!version) throw new NotFoundError(said('plans.version_not_found', { number }));
    return version;
  }

  published(eventId: string, from: EntityManager = this.reads.manager): Promise<ScheduleVersionEntity | null> {
    return from.findOneBy(ScheduleVersionEntity, { eventId, status: 'published' });
  }

  /** Version `number` (or the one in force) with its meetings as they were at one moment: never a revision with another's grid. */
  withMeetings(eventId: string, number: number): Promise<{ version: ScheduleVersionEntity; meetings: MeetingFile[] }>;
  withMeetings(eventId: string, number: 'published'): Promise<{ version: ScheduleVersionEntity; meetings: MeetingFile[] } | undefined>;
  withMeetings(eventId: string, number: number | 'published') {
    return this.reads.snapshot(async (m) => {
      const version = number === 'published' ? await this.published(eventId, m) : await this.version(eventId, number, m);
      if (!version) return undefined;
      const rows = await m.find(MeetingEntity, { where: { versionId: version.id }, order: { id: 'ASC' } });
      return { version, meetings: rows.map((x) => ({ round: x.roundKey, table: x.tableKey, expert: x.expertKey, group: x.groupKey })) };
    });
  }

  /** Stores a new version with the next number (two at once: the loser retries on the unique index). */
  async addVersion(version: Omit<ScheduleVersionEntity, 'number'>, meetings: MeetingFile[]): Promise<ScheduleVersionEntity> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.transactions.run(async (m) => {
          const last = await m.getRepository(ScheduleVersionEntity).findOne({ where: { eventId: version.eventId }, order: { number: 'DESC' } });
          const stored = Object.assign(new ScheduleVersionEntity(), version, { number: (last?.number ?? 0) + 1 });
          await m.insert(ScheduleVersionEntity, stored as QueryDeepPartialEntity<ScheduleVersionEntity>);
          await this.insertMeetings(m, stored.id, meetings);
          return stored;
        });
      } catch (e) {
        if (!(e instanceof QueryFailedError) || attempt >= 3) throw e;
      }
    }
  }

  /** Replaces a draft's meetings if nobody changed it since `revision`. */
  async replaceMeetings(version: ScheduleVersionEntity, revision: number, meetings: MeetingFile[], changes: Partial<ScheduleVersionEntity>): Promise<void> {
    await this.transactions.run(async (m) => {
      const update = { ...changes, revision: revision + 1 } as QueryDeepPartialEntity<ScheduleVersionEntity>;
      const result = await m.update(ScheduleVersionEntity, { id: version.id, revision, status: 'draft' }, update);
      if (!result.affected) {
        throw new ConflictError(said('plans.version_changed', { number: version.number, revision }));
      }
      await m.delete(MeetingEntity, { versionId: version.id });
      await this.insertMeetings(m, version.id, meetings);
      Object.assign(version, changes, { revision: revision + 1 });
    });
  }

  /** Makes `version` the one in force; the one before it is superseded; `also` writes in the same transaction. */
  async publish(version: ScheduleVersionEntity, at: string, also?: (m: EntityManager) => Promise<void>): Promise<void> {
    await this.transactions.run(async (m) => {
      await m.update(ScheduleVersionEntity, { eventId: version.eventId, status: 'published' }, { status: 'superseded' });
      await m.update(ScheduleVersionEntity, { id: version.id }, { status: 'published', publishedAt: at });
      await also?.(m);
    });
    Object.assign(version, { status: 'published', publishedAt: at });
  }

  async deleteForEvent(m: EntityManager, eventId: string): Promise<void> {
    const versions = await m.find(ScheduleVersionEntity, { where: { eventId }, select: { id: true } });
    if (versions.length) await m.delete(MeetingEntity, { versionId: In(versions.map((v) => v.id)) });
    await m.delete(ScheduleVersionEntity, { eventId });
    await m.delete(GenerationJobEntity, { eventId });
  }

  /** In the write queue like every other write (TypeORM's `save` would open a transaction of its own on SQLite's shared connection). */
  async addJob(job: GenerationJobEntity): Promise<void> {
    await this.transactions.run((m) => m.insert(GenerationJobEntity, job as QueryDeepPartialEntity<GenerationJobEntity>));
  }

  async job(eventId: string, id: string): Promise<GenerationJobEntity> {
    const job = await this.reads.manager.findOneBy(GenerationJobEntity, { eventId, id });
    if (!job) throw new NotFoundError(said('plans.job_not_found'));
    return job;
  }

  jobs(eventId: string): Promise<GenerationJobEntity[]> {
    return this.reads.manager.find(GenerationJobEntity, { where: { eventId }, order: { createdAt: 'DESC' } });
  }

  /**
   * The running job's heartbeat and progress, written only while its runner still has it unfinished;
   * false when it has ended elsewhere (failed by a sweep, removed with its event).
   */
  async beat(job: GenerationJobEntity): Promise<boolean> {
    const result = await this.transactions.run((m) =>
      m.update(GenerationJobEntity, this.stillRunning(job), { heartbeatAt: job.heartbeatAt, progress: job.progress }),
    );
    return result.affected === 1;
  }

  /** A queued job taking its turn; false when it ended elsewhere while it waited (cancelled from another instance, failed by a sweep). */
  async markRunning(job: GenerationJobEntity): Promise<boolean> {
    const result = await this.transactions.run((m) =>
      m.update(GenerationJobEntity, this.stillRunning(job), { status: 'running', heartbeatAt: job.heartbeatAt }),
    );
    return result.affected === 1;
  }

  /** The job's outcome, written only if it has not ended elsewhere meanwhile (a sweep's verdict is not overwritten). */
  async finishJob(job: GenerationJobEntity, outcome: Partial<GenerationJobEntity>): Promise<void> {
    await this.transactions.run((m) => m.update(GenerationJobEntity, this.stillRunning(job), outcome as QueryDeepPartialEntity<GenerationJobEntity>));
  }

  /** Asks the instance running the job to stop it; false when it is no longer running. */
  async requestCancel(eventId: string, id: string, at: string): Promise<boolean> {
    const result = await this.transactions.run((m) => m.update(GenerationJobEntity, { eventId, id, status: UNFINISHED }, { cancelRequestedAt: at }));
    return result.affected === 1;
  }

  /** Ids of the jobs `runner` runs that another instance was asked to cancel. */
  async cancelsRequested(runner: string): Promise<string[]> {
    const rows = await this.reads.manager.find(GenerationJobEntity, {
      select: { id: true },
      where: { runner, status: UNFINISHED, cancelRequestedAt: Not(IsNull()) },
    });
    return rows.map((r) => r.id);
  }

  /** Every unfinished job, with its last heartbeat, runner and time limit: what a sweep looks at. */
  unfinishedJobs(): Promise<Pick<GenerationJobEntity, 'id' | 'heartbeatAt' | 'runner' | 'timeLimitMs'>[]> {
    return this.reads.manager.find(GenerationJobEntity, {
      select: { id: true, heartbeatAt: true, runner: true, timeLimitMs: true },
      where: { status: UNFINISHED },
    });
  }

  /** Marks the job failed, its instance gone, if its heartbeat is still `heartbeatAt` (a beat since then keeps it alive). */
  async failSilentJob(id: string, heartbeatAt: string | null, at: string): Promise<boolean> {
    const result = await this.transactions.run((m) =>
      m.update(
        GenerationJobEntity,
        { id, status: UNFINISHED, heartbeatAt: heartbeatAt ?? IsNull() },
        { status: 'failed', finishedAt: at, problems: INTERRUPTED },
      ),
    );
    return result.affected === 1;
  }

  private stillRunning(job: GenerationJobEntity) {
    return { id: job.id, runner: job.runner!, status: UNFINISHED };
  }

  private async insertMeetings(m: EntityManager, versionId: string, meetings: MeetingFile[]): Promise<void> {
    const rows = meetings.map((x) => ({ versionId, roundKey: x.round, tableKey: x.table, expertKey: x.expert, groupKey: x.group }));
    for (let i = 0; i < rows.length; i += CHUNK) await m.insert(MeetingEntity, rows.slice(i, i + CHUNK));
  }
}
