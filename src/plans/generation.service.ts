/**
 * Generation jobs: the engine runs in a worker thread; the job row reports its progress (best
 * metrics so far, elapsed time); the result becomes a new draft version. A job can be cancelled.
 * While it runs, its instance writes a heartbeat on it; a job whose heartbeat stopped (its instance
 * was stopped or crashed) is marked failed by whichever instance sweeps next, never left "running".
 * Several instances on one database leave each other's running jobs alone.
 */
import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '../common/clock';
import { StateError } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { bothLanguages } from '../engine/french';
import { instanceErrorFields } from '../engine/load';
import type { PlanResult } from '../engine/plan';
import { EventsService } from '../events/events.service';
import { LeaseHolder } from '../scheduling/leases';
import { GenerationJobEntity } from './entities/generation-job.entity';
import { type EngineRun, runEngine } from './engine-runner';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';

/** A running job's progress and heartbeat are written this often. */
const HEARTBEAT_MS = 500;
/** A job silent this long is abandoned: ten missed heartbeats, room for a busy instance or database. */
const SILENT_MS = 5_000;
/** How often each instance looks for abandoned jobs. */
const SWEEP_MS = 2_000;
const HEARTBEAT = 'generations.heartbeat';
const SWEEP = 'generations.sweep';

interface Running {
  job: GenerationJobEntity;
  engine: EngineRun;
  done: Promise<void>;
  cancelled: boolean;
}

@Injectable()
export class GenerationService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(GenerationService.name);
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly jobs: PlansRepository,
    private readonly plans: PlansService,
    private readonly events: EventsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly holder: LeaseHolder,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onModuleInit(): Promise<void> {
    return this.sweep();
  }

  onApplicationBootstrap(): void {
    this.scheduler.addInterval(HEARTBEAT, setInterval(() => void this.beat(), HEARTBEAT_MS));
    this.scheduler.addInterval(SWEEP, setInterval(() => void this.sweep(), SWEEP_MS));
  }

  async onModuleDestroy(): Promise<void> {
    for (const name of [HEARTBEAT, SWEEP]) if (this.scheduler.doesExist('interval', name)) this.scheduler.deleteInterval(name);
    for (const run of [...this.running.values()]) {
      run.cancelled = true;
      await run.engine.terminate();
      await this.finish(run, { status: 'failed', problems: [{ message: 'interrompue par un arrêt du service / interrupted when the service stopped' }] });
    }
  }

  async start(eventId: string, options: { seed?: number; timeLimitMs?: number }): Promise<GenerationJobEntity> {
    const { instance } = await this.events.problem(eventId);
    const job: GenerationJobEntity = Object.assign(new GenerationJobEntity(), {
      id: randomUUID(), eventId, status: 'running', seed: options.seed ?? instance.options?.seed ?? 1,
      timeLimitMs: options.timeLimitMs ?? instance.options?.timeLimitMs ?? this.config.planTimeLimitMs,
      progress: null, problems: null, versionNumber: null, createdAt: this.clock.now().toISOString(), finishedAt: null,
      runner: this.holder.id, heartbeatAt: new Date().toISOString(), cancelRequestedAt: null,
    } as GenerationJobEntity);
    await this.jobs.saveJob(job);

    // Progress is kept here and written with the next heartbeat.
    const engine = runEngine(instance, { seed: job.seed, timeLimitMs: job.timeLimitMs }, (progress) => {
      job.progress = { elapsedMs: Math.round(progress.elapsedMs), best: { ...progress.best } };
    });
    const run: Running = { job, engine, cancelled: false, done: Promise.resolve() };
    run.done = engine.result.then(
      (result) => this.complete(instance, result, run),
      (error: Error) => {
        if (run.cancelled) return;
        this.logger.error(`generation ${job.id} failed: ${error.stack ?? error}`);
        return this.finish(run, { status: 'failed', problems: [{ message: String(error.message) }] });
      },
    );
    this.running.set(job.id, run);
    return job;
  }

  async cancel(eventId: string, id: string): Promise<GenerationJobEntity> {
    const run = this.running.get(id);
    if (run) {
      await this.stop(run);
      return this.jobs.job(eventId, id);
    }
    // Another instance runs it: asked through the database, it stops at its next heartbeat.
    if (!(await this.jobs.requestCancel(eventId, id, this.clock.now().toISOString()))) {
      const job = await this.jobs.job(eventId, id);
      throw new StateError(`la génération est déjà terminée (${job.status}) / the generation has already ended (${job.status})`);
    }
    // A runner that died meanwhile never answers: the sweep marks its job failed within this time.
    const until = Date.now() + SILENT_MS + SWEEP_MS + HEARTBEAT_MS;
    for (;;) {
      const job = await this.jobs.job(eventId, id);
      if (!['queued', 'running'].includes(job.status) || Date.now() > until) return job;
      await new Promise((r) => setTimeout(r, HEARTBEAT_MS / 2));
    }
  }

  private stop(run: Running): Promise<void> {
    run.cancelled = true;
    run.engine.stop();
    return run.done;
  }

  get(eventId: string, id: string): Promise<GenerationJobEntity> {
    return this.jobs.job(eventId, id);
  }

  list(eventId: string): Promise<GenerationJobEntity[]> {
    return this.jobs.jobs(eventId);
  }

  private async complete(instance: Parameters<PlansService['addGenerated']>[1], result: PlanResult, run: Running): Promise<void> {
    const job = run.job;
    try {
      if (run.cancelled) return await this.finish(run, { status: 'cancelled' });
      if (result.status === 'solved') {
        const version = await this.plans.addGenerated(job.eventId, instance, result);
        await this.finish(run, { status: 'done', versionNumber: version.number });
      } else if (result.status === 'infeasible') {
        await this.finish(run, { status: 'infeasible', problems: result.conflicts.map((c) => ({ rules: c.rules, message: bothLanguages(c) })) });
      } else {
        await this.finish(run, { status: 'failed', problems: instanceErrorFields(result.errors) });
      }
    } catch (error) {
      this.logger.error(`generation ${job.id}: ${(error as Error).stack}`);
      await this.finish(run, { status: 'failed', problems: [{ message: (error as Error).message }] });
    }
  }

  /** Tells the other instances this one still runs its jobs, with their progress. */
  private async beat(): Promise<void> {
    if (!this.running.size) return;
    try {
      for (const { job } of this.running.values()) {
        job.heartbeatAt = new Date().toISOString();
        await this.jobs.beat(job);
      }
      for (const id of await this.jobs.cancelsRequested(this.holder.id)) {
        const run = this.running.get(id);
        if (run && !run.cancelled) void this.stop(run);
      }
    } catch (e) {
      this.logger.warn(`generations: heartbeat not saved: ${e}`);
    }
  }

  /** Wall time, not the event's clock: this is about instances being alive, and a rehearsal clock may stand still. */
  private async sweep(): Promise<void> {
    const failed = await this.jobs.failAbandonedJobs(new Date(Date.now() - SILENT_MS).toISOString(), this.clock.now().toISOString())
      .catch((e) => { this.logger.warn(`abandoned generations not swept: ${e}`); return 0; });
    if (failed) this.logger.warn(`${failed} génération(s) interrompue(s) marquée(s) en échec / interrupted generation(s) marked failed`);
  }

  private async finish(run: Running, outcome: Partial<GenerationJobEntity>): Promise<void> {
    if (!this.running.delete(run.job.id)) return;
    await this.jobs.saveJob(Object.assign(run.job, outcome, { finishedAt: this.clock.now().toISOString() }));
  }
}
