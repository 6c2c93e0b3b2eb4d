/**
 * Generation jobs: the engine runs in a worker thread; the job row reports its progress (best
 * metrics so far, elapsed time); the result becomes a new draft version. A job can be cancelled,
 * from any instance.
 *
 * Several instances may share one database, each running its own jobs. The instance running a job
 * writes a heartbeat on it; a job whose heartbeat has not moved for a while (its instance was
 * stopped or crashed) is marked failed by whichever instance sees that, never left "running". The
 * silence is timed on the observer's own clock, so instances whose clocks disagree never fail each
 * other's live jobs; a job that ended elsewhere is never written over by its runner.
 *
 * Jobs wait their turn in a GenerationQueue (at most GENERATION_WORKERS running, one per event
 * unless asked); a waiting job is `queued`, beats like a running one, and its place is shown.
 */
import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock';
import { StateError } from '../common/errors';
import { TooManyRequestsError } from '../common/limits';
import { AppConfig } from '../config/app-config';
import { instanceErrorFields } from '../engine';
import type { PlanResult } from '../engine';
import { EventsService } from '../events/events.service';
import { LeaseHolder } from '../scheduling/leases';
import { GenerationJobEntity } from './entities/generation-job.entity';
import { type EngineRun, runEngine } from './engine-runner';
import { GenerationQueue } from './generation-queue';
import { generationSaid } from './generation-messages';
import { INTERRUPTED, PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';

const HEARTBEAT = 'generations.heartbeat';
const SWEEP = 'generations.sweep';

/** A job as its status route shows it: with its place in the queue while it waits here. */
export type JobView = GenerationJobEntity & { position?: number };

interface Waiting {
  job: GenerationJobEntity;
  instance: Parameters<PlansService['addGenerated']>[1];
}

interface Running {
  job: GenerationJobEntity;
  engine: EngineRun;
  done: Promise<void>;
  /** Set when this instance stops the engine: what the job then ends as. */
  ending?: Partial<GenerationJobEntity>;
}

@Injectable()
export class GenerationService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(GenerationService.name);
  private readonly running = new Map<string, Running>();
  private readonly queue: GenerationQueue<Waiting>;
  /** Other instances' jobs: the heartbeat last seen on each, and since when (this instance's clock). */
  private silence = new Map<string, { heartbeatAt: string | null; since: number }>();
  private beating = false;

  constructor(
    private readonly jobs: PlansRepository,
    private readonly plans: PlansService,
    private readonly events: EventsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly holder: LeaseHolder,
    private readonly scheduler: SchedulerRegistry,
  ) {
    this.queue = new GenerationQueue(config.generationWorkers, config.generationQueue);
    // An event removed while its grid is being made: the engine stops, and no version is stored.
    events.onRemove(async (_m, eventId) => {
      for (const run of this.running.values()) if (run.job.eventId === eventId) void this.stop(run, { status: 'cancelled' });
      for (const entry of [...this.queue.waitingEntries()]) if (entry.eventId === eventId) this.queue.remove(entry.id);
    });
  }

  onModuleInit(): Promise<void> {
    return this.sweep();
  }

  onApplicationBootstrap(): void {
    this.scheduler.addInterval(
      HEARTBEAT,
      setInterval(() => void this.beat(), this.config.generationHeartbeatMs),
    );
    this.scheduler.addInterval(
      SWEEP,
      setInterval(() => void this.sweep(), this.config.generationSweepMs),
    );
  }

  async onModuleDestroy(): Promise<void> {
    for (const name of [HEARTBEAT, SWEEP]) if (this.scheduler.doesExist('interval', name)) this.scheduler.deleteInterval(name);
    for (const entry of [...this.queue.waitingEntries()]) {
      this.queue.remove(entry.id);
      await this.endWaiting(entry.item.job, { status: 'failed', problems: INTERRUPTED });
    }
    for (const run of [...this.running.values()]) {
      run.ending ??= { status: 'failed', problems: INTERRUPTED };
      await run.engine.terminate();
      await run.done;
    }
  }

  /** Adds a job for the event: it runs now if a slot is free, else waits its turn (429 when too many wait). */
  async start(eventId: string, options: { seed?: number; timeLimitMs?: number; parallel?: boolean }): Promise<JobView> {
    const ticket = this.queue.hold();
    if (!ticket) {
      const seconds = this.queue.retryAfterSeconds();
      throw new TooManyRequestsError({ code: 'limits.generations', params: { max: this.config.generationQueue, seconds } }, seconds);
    }
    try {
      const { instance } = await this.events.problem(eventId);
      const job: GenerationJobEntity = Object.assign(new GenerationJobEntity(), {
        id: randomUUID(),
        eventId,
        status: 'queued',
        seed: options.seed ?? instance.options?.seed ?? 1,
        timeLimitMs: options.timeLimitMs ?? instance.options?.timeLimitMs ?? this.config.planTimeLimitMs,
        progress: null,
        problems: null,
        versionNumber: null,
        createdAt: this.clock.now().toISOString(),
        finishedAt: null,
        runner: this.holder.id,
        heartbeatAt: new Date().toISOString(),
        cancelRequestedAt: null,
      } satisfies GenerationJobEntity);
      await this.jobs.addJob(job);
      this.queue.add(ticket, { id: job.id, eventId, parallel: options.parallel ?? false, timeLimitMs: job.timeLimitMs, item: { job, instance } });
      await this.advance();
      return this.view(job);
    } finally {
      ticket.release();
    }
  }

  /** Starts every waiting job a free slot allows. */
  private async advance(): Promise<void> {
    for (const entry of this.queue.startable()) await this.run(entry.item);
  }

  private async run({ job, instance }: Waiting): Promise<void> {
    job.status = 'running';
    job.heartbeatAt = new Date().toISOString();
    const marked = await this.jobs.markRunning(job).catch((error: Error) => {
      this.logger.error(`generation ${job.id} not started: ${error.stack ?? error}`);
      return false;
    });
    if (!marked) {
      // Cancelled or failed elsewhere while it waited, or not writable: its slot goes to the next.
      this.queue.done(job.id);
      return this.advance();
    }
    // Progress is kept here and written with the next heartbeat.
    const engine = runEngine(instance, { seed: job.seed, timeLimitMs: job.timeLimitMs }, (progress) => {
      job.progress = { elapsedMs: Math.round(progress.elapsedMs), best: { ...progress.best } };
    });
    const run: Running = { job, engine, done: Promise.resolve() };
    run.done = engine.result
      .then(
        (result) => this.complete(instance, result, run),
        (error: Error) => {
          if (run.ending) return this.finish(run, run.ending);
          this.logger.error(`generation ${job.id} failed: ${error.stack ?? error}`);
          return this.finish(run, { status: 'failed', problems: [{ message: String(error.message) }] });
        },
      )
      .catch((error: Error) => {
        // Its last write failed: the job row stays unfinished, and a sweep will say it was interrupted.
        this.logger.error(`generation ${job.id}: outcome not saved: ${error.stack ?? error}`);
      })
      .finally(() => {
        this.queue.done(job.id);
        void this.advance();
      });
    this.running.set(job.id, run);
  }

  /** A job that never ran: out of the queue, with its outcome written unless it ended elsewhere. */
  private async endWaiting(job: GenerationJobEntity, outcome: Partial<GenerationJobEntity>): Promise<void> {
    Object.assign(job, outcome, { finishedAt: this.clock.now().toISOString() });
    await this.jobs.finishJob(job, { ...outcome, finishedAt: job.finishedAt });
  }

  private view(job: GenerationJobEntity): JobView {
    const position = this.queue.position(job.id);
    return position === undefined ? job : { ...job, position };
  }

  async cancel(eventId: string, id: string): Promise<GenerationJobEntity> {
    const waiting = this.queue.waitingEntries().find((e) => e.id === id && e.eventId === eventId);
    if (waiting) {
      this.queue.remove(id);
      await this.endWaiting(waiting.item.job, { status: 'cancelled' });
      return this.jobs.job(eventId, id);
    }
    const run = this.running.get(id);
    if (run?.job.eventId === eventId) {
      await this.stop(run, { status: 'cancelled' });
      return this.jobs.job(eventId, id);
    }
    // Another instance runs it: asked through the database, it stops at its next heartbeat.
    if (!(await this.jobs.requestCancel(eventId, id, this.clock.now().toISOString()))) {
      const job = await this.jobs.job(eventId, id);
      throw new StateError(generationSaid('generations.already_ended', { status: job.status }));
    }
    // A runner that died meanwhile never answers: a sweep marks its job failed within this time
    // (its silence is timed from the first sweep that sees it).
    const until = Date.now() + this.config.generationSilentMs + 2 * this.config.generationSweepMs + this.config.generationHeartbeatMs;
    for (;;) {
      const job = await this.jobs.job(eventId, id);
      if (!['queued', 'running'].includes(job.status) || Date.now() > until) return job;
      await new Promise((r) => setTimeout(r, this.config.generationHeartbeatMs / 2));
    }
  }

  async get(eventId: string, id: string): Promise<JobView> {
    return this.view(await this.jobs.job(eventId, id));
  }

  async list(eventId: string): Promise<JobView[]> {
    return (await this.jobs.jobs(eventId)).map((job) => this.view(job));
  }

  private stop(run: Running, ending: Partial<GenerationJobEntity>): Promise<void> {
    run.ending ??= ending;
    run.engine.stop();
    return run.done;
  }

  private async complete(instance: Parameters<PlansService['addGenerated']>[1], result: PlanResult, run: Running): Promise<void> {
    const job = run.job;
    try {
      if (run.ending) return await this.finish(run, run.ending);
      // Not stored for a job that ended elsewhere since the last heartbeat (failed by a sweep).
      if (!(await this.jobs.beat(job))) return await this.finish(run, { status: 'cancelled' });
      if (result.status === 'solved') {
        const version = await this.plans.addGenerated(job.eventId, instance, result);
        await this.finish(run, { status: 'done', versionNumber: version.number });
      } else if (result.status === 'infeasible') {
        await this.finish(run, { status: 'infeasible', problems: result.conflicts.map((c) => ({ rules: c.rules, message: c.said })) });
      } else {
        await this.finish(run, { status: 'failed', problems: instanceErrorFields(result.errors) });
      }
    } catch (error) {
      this.logger.error(`generation ${job.id}: ${(error as Error).stack}`);
      await this.finish(run, { status: 'failed', problems: [{ message: (error as Error).message }] });
    }
  }

  /**
   * Tells the other instances this one still runs its jobs, with their progress; stops those that
   * ended elsewhere (failed by a sweep, removed with their event) or that another instance was asked to cancel.
   */
  private async beat(): Promise<void> {
    if (this.beating || (!this.running.size && !this.queue.waitingEntries().length)) return;
    this.beating = true;
    try {
      for (const run of [...this.running.values()]) {
        run.job.heartbeatAt = new Date().toISOString();
        if (!(await this.jobs.beat(run.job))) void this.stop(run, { status: 'cancelled' });
      }
      for (const {
        id,
        item: { job },
      } of [...this.queue.waitingEntries()]) {
        job.heartbeatAt = new Date().toISOString();
        if (!(await this.jobs.beat(job))) this.queue.remove(id);
      }
      for (const id of await this.jobs.cancelsRequested(this.holder.id)) {
        const run = this.running.get(id);
        if (run) void this.stop(run, { status: 'cancelled' });
        const waiting = this.queue.remove(id);
        if (waiting) await this.endWaiting(waiting.item.job, { status: 'cancelled' });
      }
    } catch (e) {
      this.logger.warn(`generations: heartbeat not saved: ${e}`);
    } finally {
      this.beating = false;
    }
  }

  /**
   * Fails the jobs of other instances whose heartbeat has stood still for GENERATION_SILENT_MS of this
   * instance's time. A job with no runner was started by an instance older than heartbeats (during a
   * rolling upgrade): it never beats, so it is given its whole time limit more before it is failed.
   */
  private async sweep(): Promise<void> {
    try {
      const now = Date.now();
      const seen = new Map<string, { heartbeatAt: string | null; since: number }>();
      let failed = 0;
      for (const { id, heartbeatAt, runner, timeLimitMs } of await this.jobs.unfinishedJobs()) {
        if (this.running.has(id) || this.queue.has(id)) continue;
        const before = this.silence.get(id);
        const since = before && before.heartbeatAt === heartbeatAt ? before.since : now;
        seen.set(id, { heartbeatAt, since });
        const allowedMs = runner === null ? timeLimitMs + this.config.generationSilentMs : this.config.generationSilentMs;
        if (now - since >= allowedMs && (await this.jobs.failSilentJob(id, heartbeatAt, this.clock.now().toISOString()))) failed++;
      }
      this.silence = seen;
      if (failed) this.logger.warn(`${failed} interrupted generation${failed === 1 ? '' : 's'} marked failed`);
    } catch (e) {
      this.logger.warn(`abandoned generations not swept: ${e}`);
    }
  }

  private async finish(run: Running, outcome: Partial<GenerationJobEntity>): Promise<void> {
    if (!this.running.delete(run.job.id)) return;
    const ended = { progress: run.job.progress, ...outcome, finishedAt: this.clock.now().toISOString() };
    Object.assign(run.job, ended);
    await this.jobs.finishJob(run.job, ended);
  }
}
