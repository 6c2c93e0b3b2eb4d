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
 */
import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock';
import { StateError } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { instanceErrorFields } from '../engine/load';
import type { PlanResult } from '../engine/plan';
import { EventsService } from '../events/events.service';
import { LeaseHolder } from '../scheduling/leases';
import { GenerationJobEntity } from './entities/generation-job.entity';
import { type EngineRun, runEngine } from './engine-runner';
import { INTERRUPTED, PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';

const HEARTBEAT = 'generations.heartbeat';
const SWEEP = 'generations.sweep';

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
    // An event removed while its grid is being made: the engine stops, and no version is stored.
    events.onRemove(async (_m, eventId) => {
      for (const run of this.running.values()) if (run.job.eventId === eventId) void this.stop(run, { status: 'cancelled' });
    });
  }

  onModuleInit(): Promise<void> {
    return this.sweep();
  }

  onApplicationBootstrap(): void {
    this.scheduler.addInterval(HEARTBEAT, setInterval(() => void this.beat(), this.config.generationHeartbeatMs));
    this.scheduler.addInterval(SWEEP, setInterval(() => void this.sweep(), this.config.generationSweepMs));
  }

  async onModuleDestroy(): Promise<void> {
    for (const name of [HEARTBEAT, SWEEP]) if (this.scheduler.doesExist('interval', name)) this.scheduler.deleteInterval(name);
    for (const run of [...this.running.values()]) {
      run.ending ??= { status: 'failed', problems: INTERRUPTED };
      await run.engine.terminate();
      await run.done;
    }
  }

  async start(eventId: string, options: { seed?: number; timeLimitMs?: number }): Promise<GenerationJobEntity> {
    const { instance } = await this.events.problem(eventId);
    const job: GenerationJobEntity = Object.assign(new GenerationJobEntity(), {
      id: randomUUID(), eventId, status: 'running', seed: options.seed ?? instance.options?.seed ?? 1,
      timeLimitMs: options.timeLimitMs ?? instance.options?.timeLimitMs ?? this.config.planTimeLimitMs,
      progress: null, problems: null, versionNumber: null, createdAt: this.clock.now().toISOString(), finishedAt: null,
      runner: this.holder.id, heartbeatAt: new Date().toISOString(), cancelRequestedAt: null,
    } satisfies GenerationJobEntity);
    await this.jobs.addJob(job);

    // Progress is kept here and written with the next heartbeat.
    const engine = runEngine(instance, { seed: job.seed, timeLimitMs: job.timeLimitMs }, (progress) => {
      job.progress = { elapsedMs: Math.round(progress.elapsedMs), best: { ...progress.best } };
    });
    const run: Running = { job, engine, done: Promise.resolve() };
    run.done = engine.result.then(
      (result) => this.complete(instance, result, run),
      (error: Error) => {
        if (run.ending) return this.finish(run, run.ending);
        this.logger.error(`generation ${job.id} failed: ${error.stack ?? error}`);
        return this.finish(run, { status: 'failed', problems: [{ message: String(error.message) }] });
      },
    ).catch((error: Error) => {
      // Its last write failed: the job row stays unfinished, and a sweep will say it was interrupted.
      this.logger.error(`generation ${job.id}: outcome not saved: ${error.stack ?? error}`);
    });
    this.running.set(job.id, run);
    return job;
  }

  async cancel(eventId: string, id: string): Promise<GenerationJobEntity> {
    const run = this.running.get(id);
    if (run?.job.eventId === eventId) {
      await this.stop(run, { status: 'cancelled' });
      return this.jobs.job(eventId, id);
    }
    // Another instance runs it: asked through the database, it stops at its next heartbeat.
    if (!(await this.jobs.requestCancel(eventId, id, this.clock.now().toISOString()))) {
      const job = await this.jobs.job(eventId, id);
      throw new StateError(`la génération est déjà terminée (${job.status}) / the generation has already ended (${job.status})`);
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

  get(eventId: string, id: string): Promise<GenerationJobEntity> {
    return this.jobs.job(eventId, id);
  }

  list(eventId: string): Promise<GenerationJobEntity[]> {
    return this.jobs.jobs(eventId);
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
    if (this.beating || !this.running.size) return;
    this.beating = true;
    try {
      for (const run of [...this.running.values()]) {
        run.job.heartbeatAt = new Date().toISOString();
        if (!(await this.jobs.beat(run.job))) void this.stop(run, { status: 'cancelled' });
      }
      for (const id of await this.jobs.cancelsRequested(this.holder.id)) {
        const run = this.running.get(id);
        if (run) void this.stop(run, { status: 'cancelled' });
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
        if (this.running.has(id)) continue;
        const before = this.silence.get(id);
        const since = before && before.heartbeatAt === heartbeatAt ? before.since : now;
        seen.set(id, { heartbeatAt, since });
        const allowedMs = runner === null ? timeLimitMs + this.config.generationSilentMs : this.config.generationSilentMs;
        if (now - since >= allowedMs && (await this.jobs.failSilentJob(id, heartbeatAt, this.clock.now().toISOString()))) failed++;
      }
      this.silence = seen;
      if (failed) this.logger.warn(`${failed} génération(s) interrompue(s) marquée(s) en échec / interrupted generation(s) marked failed`);
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
