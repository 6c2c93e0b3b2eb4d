/**
 * Generation jobs: the engine runs in a worker thread; the job row reports its progress (best
 * metrics so far, elapsed time); the result becomes a new draft version. A job can be cancelled,
 * and a job that a stopped service left behind is marked failed at the next start, never left
 * "running".
 */
import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock';
import { StateError } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { bothLanguages } from '../engine/french';
import { instanceErrorFields } from '../engine/load';
import type { PlanResult } from '../engine/plan';
import { EventsService } from '../events/events.service';
import { GenerationJobEntity } from './entities/generation-job.entity';
import { type EngineRun, runEngine } from './engine-runner';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';

/** Progress is written to the database at most this often. */
const PROGRESS_EVERY_MS = 500;

interface Running {
  job: GenerationJobEntity;
  engine: EngineRun;
  done: Promise<void>;
  cancelled: boolean;
}

@Injectable()
export class GenerationService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(GenerationService.name);
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly jobs: PlansRepository,
    private readonly plans: PlansService,
    private readonly events: EventsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    const failed = await this.jobs.failUnfinishedJobs(this.clock.now().toISOString());
    if (failed) this.logger.warn(`${failed} génération(s) interrompue(s) marquée(s) en échec / interrupted generation(s) marked failed`);
  }

  async onModuleDestroy(): Promise<void> {
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
    } as GenerationJobEntity);
    await this.jobs.saveJob(job);

    let lastWrite = 0;
    const engine = runEngine(instance, { seed: job.seed, timeLimitMs: job.timeLimitMs }, (progress) => {
      job.progress = { elapsedMs: Math.round(progress.elapsedMs), best: { ...progress.best } };
      if (progress.elapsedMs - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = progress.elapsedMs;
      void this.jobs.saveJob(job).catch((e) => this.logger.warn(`progress not saved: ${e}`));
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
    const job = await this.jobs.job(eventId, id);
    const run = this.running.get(id);
    if (!run) throw new StateError(`la génération est déjà terminée (${job.status}) / the generation has already ended (${job.status})`);
    run.cancelled = true;
    run.engine.stop();
    await run.done;
    return this.jobs.job(eventId, id);
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

  private async finish(run: Running, outcome: Partial<GenerationJobEntity>): Promise<void> {
    if (!this.running.delete(run.job.id)) return;
    await this.jobs.saveJob(Object.assign(run.job, outcome, { finishedAt: this.clock.now().toISOString() }));
  }
}
