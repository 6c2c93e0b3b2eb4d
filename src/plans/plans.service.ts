/**
 * Versions of an event's rotation grid: stored from the engine, imported, adjusted by hand,
 * published, compared and exported. Every grid stored is checked against the hard rules with the
 * engine's own checker, and its metrics recomputed, after every change.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import type { EntityManager } from 'typeorm';
import { PlanEvents, type PlanEventMap } from '../common/plan-events';
import { InvalidInputError, RuleBrokenError, StateError } from '../common/errors';
import { SCHEDULE_FORMAT, type InstanceFile, type MeetingFile, type Metrics, type ScheduleFile } from '../engine';
import { describeInstanceError, loadInstance } from '../engine';
import type { Message } from '../engine';
import { computeMetrics } from '../engine';
import type { Problem } from '../engine';
import type { PlanResult } from '../engine';
import { checkRules } from '../engine';
import { readSchedule, writeSchedule } from '../engine';
import { ENGINE_VERSION } from '../engine';
import { describeUnmetCause, explainUnmetWishes, unmetCauses } from '../engine';
import { type Lang, word } from '../i18n';
import { EventsService } from '../events/events.service';
import { type Adjustment, applyAdjustment, diffMeetings, type VersionDiff } from './adjustments';
import type { ScheduleVersionEntity } from './entities/schedule-version.entity';
import { type Audit, hashJson } from './export';
import { PlansRepository } from './plans.repository';
import { said } from './messages';

export interface VersionView {
  number: number;
  status: ScheduleVersionEntity['status'];
  origin: ScheduleVersionEntity['origin'];
  basedOn: number | null;
  revision: number;
  createdAt: string;
  publishedAt: string | null;
  metrics: Record<string, number>;
  quality: Record<string, unknown> | null;
  /** Why each wish is unmet, as data: `inLanguage` words it for the answer. */
  unmetWishes: UnmetWishView[];
  audit: Audit;
  /** `older` when the event's setup changed since the grid was planned (a link, a name, a round…). */
  setup: 'current' | 'older';
  meetings: MeetingFile[];
}

/** A publish about to happen; what the hook gives back is written in the publish's transaction. */
export type PublishHook = (change: PlanEventMap['published']) => Promise<((m: EntityManager) => Promise<unknown>) | undefined>;

@Injectable()
export class PlansService {
  private readonly publishHooks: PublishHook[] = [];
  private readonly dayHashes = new Map<string, string>();

  constructor(
    private readonly plans: PlansRepository,
    private readonly events: EventsService,
    private readonly clock: Clock,
    private readonly news: PlanEvents,
  ) {
    events.onRemove((m, eventId) => plans.deleteForEvent(m, eventId));
  }

  async list(eventId: string): Promise<Omit<VersionView, 'meetings' | 'unmetWishes'>[]> {
    const setup = await this.setup(eventId);
    const versions = await this.plans.versions(eventId);
    return versions.map((v) => {
      const { instance: _i, unmetWishes: _u, ...header } = this.header(v, setup) as VersionView & ScheduleVersionEntity;
      return header;
    });
  }

  async view(eventId: string, number: number): Promise<VersionView> {
    const { version, meetings } = await this.plans.withMeetings(eventId, number);
    return {
      ...this.header(version, await this.setup(eventId)),
      unmetWishes: unmetOf(this.events.versionProblem(version.inputHash, version.instance as unknown as InstanceFile), meetings),
      meetings,
    };
  }

  /** A grid the engine made for the event's current instance. */
  async addGenerated(eventId: string, instance: InstanceFile, result: Extract<PlanResult, { status: 'solved' }>): Promise<ScheduleVersionEntity> {
    const solver = result.schedule.solver as { seed: number; iterations: number; quality: Record<string, unknown> };
    return this.store(eventId, instance, result.problem, result.schedule.meetings, {
      origin: 'generated',
      basedOn: null,
      engine: `carrousel ${ENGINE_VERSION}`,
      seed: solver.seed,
      iterations: solver.iterations,
      quality: result.quality as unknown as Record<string, unknown>,
    });
  }

  /**
   * A grid derived from the version in force on the day: the same meetings on a new timetable
   * (a delay), or a replan. Checked like any other.
   */
  async addDerived(
    eventId: string,
    instance: InstanceFile,
    meetings: MeetingFile[],
    made: { origin: 'timetable' | 'replan'; basedOn: number; seed?: number; iterations?: number; quality?: Record<string, unknown> },
  ): Promise<ScheduleVersionEntity> {
    return this.store(eventId, instance, problemOf(instance), meetings, {
      origin: made.origin,
      basedOn: made.basedOn,
      engine: `carrousel ${ENGINE_VERSION}`,
      seed: made.seed ?? null,
      iterations: made.iterations ?? null,
      quality: made.quality ?? null,
    });
  }

  /**
   * The open replan draft made again (a second replan replaces the first): the same number, the
   * new instance and meetings, checked like any other. Undefined when there is no open replan draft.
   */
  async redoReplan(
    eventId: string,
    instance: InstanceFile,
    meetings: MeetingFile[],
    made: { basedOn: number; seed: number; iterations: number; quality: Record<string, unknown> },
  ): Promise<ScheduleVersionEntity | undefined> {
    const open = (await this.plans.versions(eventId)).filter((v) => v.status === 'draft' && v.origin === 'replan').at(-1);
    if (!open) return undefined;
    const derived = this.derive(problemOf(instance), meetings);
    await this.plans.replaceMeetings(open, open.revision, derived.meetings, {
      ...made,
      instance: instance as unknown as Record<string, unknown>,
      inputHash: hashJson(instance),
      meetingsHash: hashJson(derived.meetings),
      metrics: derived.metrics as unknown as Record<string, number>,
      unmetWishes: derived.unmetWishes,
      createdAt: this.clock.now().toISOString(),
    });
    return open;
  }

  /** A grid made elsewhere (a spreadsheet, another tool), checked against the event's rules. */
  async addImported(eventId: string, json: unknown): Promise<VersionView> {
    const { instance, problem } = await this.events.problem(eventId);
    const { meetings, errors } = readSchedule(problem, json);
    if (errors.length) {
      throw new InvalidInputError(
        said('plans.unreadable_schedule'),
        errors.map((e) => ({ path: e.path ?? '', message: e.said })),
      );
    }
    const files = writeSchedule(problem, meetings, computeMetrics(problem, meetings)).meetings;
    const version = await this.store(eventId, instance, problem, files, {
      origin: 'imported',
      basedOn: null,
      engine: 'import',
      seed: null,
      iterations: null,
      quality: null,
    });
    return this.view(eventId, version.number);
  }

  /**
   * A new draft with the same meetings as version `number`, to adjust by hand. It rests on the
   * event's setup as it is now when those meetings still keep every rule there, so that a corrected
   * link or name reaches the members once it is published; otherwise on the setup it was planned on
   * (the view then says `setup: 'older'`).
   */
  async copy(eventId: string, number: number): Promise<VersionView> {
    const { version: source, meetings } = await this.plans.withMeetings(eventId, number);
    const now = await this.events.problem(eventId);
    const onNow = this.holds(now.problem, meetings);
    const instance = onNow ? now.instance : (source.instance as unknown as InstanceFile);
    const problem = onNow ? now.problem : this.events.versionProblem(source.inputHash, instance);
    const version = await this.store(eventId, instance, problem, meetings, {
      origin: 'adjusted',
      basedOn: source.number,
      engine: source.engine,
      seed: source.seed,
      iterations: source.iterations,
      quality: null,
    });
    return this.view(eventId, version.number);
  }

  async adjust(eventId: string, number: number, revision: number, change: Adjustment): Promise<VersionView> {
    const { version, meetings: before } = await this.plans.withMeetings(eventId, number);
    if (version.status !== 'draft') {
      throw new StateError(said(version.status === 'published' ? 'plans.version_published' : 'plans.version_superseded', { number }));
    }
    const instance = version.instance as unknown as InstanceFile;
    const problem = this.events.versionProblem(version.inputHash, instance);
    const meetings = applyAdjustment(instance, before, change);
    const derived = this.derive(problem, meetings);
    await this.plans.replaceMeetings(version, revision, derived.meetings, {
      metrics: derived.metrics as unknown as Record<string, number>,
      unmetWishes: derived.unmetWishes,
      meetingsHash: hashJson(derived.meetings),
      origin: 'adjusted',
      quality: null,
    });
    return this.view(eventId, number);
  }

  /**
   * Work stored with every publish, in its transaction: what a crash must not separate from the
   * version in force (the members' notices). Prepared before the transaction, written inside it.
   */
  onPublish(hook: PublishHook): void {
    this.publishHooks.push(hook);
  }

  async publish(eventId: string, number: number, options: { notifyMembers?: boolean } = {}): Promise<VersionView> {
    const version = await this.plans.version(eventId, number);
    if (version.status === 'published') return this.view(eventId, number);
    const previous = (await this.plans.published(eventId))?.number;
    const change = { eventId, version: number, previous, notifyMembers: options.notifyMembers };
    const writes = (await Promise.all(this.publishHooks.map((hook) => hook(change)))).filter((w) => w !== undefined);
    await this.plans.publish(version, this.clock.now().toISOString(), async (m) => {
      for (const write of writes) await write(m);
    });
    await this.news.emit('published', change);
    return this.view(eventId, number);
  }

  async diff(eventId: string, from: number, to: number): Promise<VersionDiff & { from: number; to: number }> {
    const [a, b] = await Promise.all([this.plans.withMeetings(eventId, from), this.plans.withMeetings(eventId, to)]);
    return { from, to, ...diffMeetings(a.meetings, b.meetings) };
  }

  /**
   * The version in force (the published one) as the exchange format has it, or undefined before
   * anything is published. Every timetable change (a delay, a replan) publishes a new version, so
   * this is what invitations, pages and the live view show.
   */
  async inForce(eventId: string): Promise<{ number: number; publishedAt: string; instance: InstanceFile; schedule: ScheduleFile; audit: Audit } | undefined> {
    const found = await this.plans.withMeetings(eventId, 'published');
    return found && { number: found.version.number, publishedAt: found.version.publishedAt!, ...this.asFormat(found) };
  }

  /** The version as the exchange format has it, with its instance and audit for the exports. */
  async schedule(eventId: string, number: number): Promise<{ instance: InstanceFile; schedule: ScheduleFile; audit: Audit }> {
    return this.asFormat(await this.plans.withMeetings(eventId, number));
  }

  private asFormat({ version, meetings }: { version: ScheduleVersionEntity; meetings: MeetingFile[] }): {
    instance: InstanceFile;
    schedule: ScheduleFile;
    audit: Audit;
  } {
    const audit = auditOf(version);
    const schedule: ScheduleFile = {
      format: SCHEDULE_FORMAT,
      meetings,
      metrics: version.metrics as unknown as Metrics,
      unmetWishes: version.unmetWishes as ScheduleFile['unmetWishes'],
      audit,
    };
    return { instance: version.instance as unknown as InstanceFile, schedule, audit };
  }

  private async store(
    eventId: string,
    instance: InstanceFile,
    problem: Problem,
    meetings: MeetingFile[],
    made: Pick<ScheduleVersionEntity, 'origin' | 'basedOn' | 'engine' | 'seed' | 'iterations' | 'quality'>,
  ): Promise<ScheduleVersionEntity> {
    const derived = this.derive(problem, meetings);
    return this.plans.addVersion(
      {
        id: randomUUID(),
        eventId,
        status: 'draft',
        ...made,
        instance: instance as unknown as Record<string, unknown>,
        inputHash: hashJson(instance),
        meetingsHash: hashJson(derived.meetings),
        metrics: derived.metrics as unknown as Record<string, number>,
        unmetWishes: derived.unmetWishes,
        revision: 1,
        createdAt: this.clock.now().toISOString(),
        publishedAt: null,
      },
      derived.meetings,
    );
  }

  private holds(problem: Problem, files: MeetingFile[]): boolean {
    const { meetings, errors } = readMeetings(problem, files);
    return errors.length === 0 && checkRules(problem, meetings).length === 0;
  }

  /** A version's input without the day's part, hashed once per input (the list asks on every load). */
  private dayHash(v: ScheduleVersionEntity): string {
    let hash = this.dayHashes.get(v.inputHash);
    if (hash === undefined) this.dayHashes.set(v.inputHash, (hash = hashJson(withoutTheDay(v.instance as unknown as InstanceFile))));
    return hash;
  }

  /** The event's setup as the versions are compared with it: whole, and without what the day changes. */
  private async setup(eventId: string): Promise<{ hash: string; dayHash: string }> {
    const { instance } = await this.events.instance(eventId);
    return { hash: hashJson(instance), dayHash: hashJson(withoutTheDay(instance)) };
  }

  /** Checks the grid against every hard rule; its metrics and unmet wishes, recomputed. */
  private derive(problem: Problem, files: MeetingFile[]) {
    const { meetings, errors } = readMeetings(problem, files);
    const violations = [...errors, ...checkRules(problem, meetings)];
    if (violations.length) {
      throw new RuleBrokenError(
        said('plans.refused', { broken: violations.map((v) => said('plans.rule', { rule: v.rule, said: v.said })) }),
        violations.map((v) => ({ path: v.rule, message: v.said })),
      );
    }
    const metrics = computeMetrics(problem, meetings);
    const schedule = writeSchedule(problem, meetings, metrics, explainUnmetWishes(problem, meetings));
    return { meetings: schedule.meetings, metrics, unmetWishes: schedule.unmetWishes ?? [] };
  }

  /**
   * A version rests on the current setup when it was made on it; a version made on the day (a
   * delay's timetable, a replan) also when it differs from it only by the day's absences, which
   * it holds on purpose, and by its replan's part (a delay moves the setup's times with it).
   */
  private header(v: ScheduleVersionEntity, setup: { hash: string; dayHash: string }): Omit<VersionView, 'meetings' | 'unmetWishes'> {
    const onDay = v.origin === 'timetable' || v.origin === 'replan';
    const current = v.inputHash === setup.hash || (onDay && this.dayHash(v) === setup.dayHash);
    return {
      number: v.number,
      status: v.status,
      origin: v.origin,
      basedOn: v.basedOn,
      revision: v.revision,
      createdAt: v.createdAt,
      publishedAt: v.publishedAt,
      metrics: v.metrics,
      quality: v.quality,
      setup: current ? 'current' : 'older',
      audit: auditOf(v),
    };
  }
}

/** What every export of a version shows of how it was made. */
function auditOf(v: ScheduleVersionEntity): Audit {
  return {
    engine: v.engine,
    seed: v.seed ?? 0,
    ...(v.iterations !== null ? { iterations: v.iterations } : {}),
    inputHash: v.inputHash,
    meetingsHash: v.meetingsHash,
    version: v.number,
    ...(v.publishedAt ? { publishedAt: v.publishedAt } : {}),
  };
}

/** Stored meetings in index form (a schedule around them, since that is what the reader takes). */
function readMeetings(problem: Problem, files: MeetingFile[]) {
  return readSchedule(problem, { format: SCHEDULE_FORMAT, meetings: files, metrics: { shortfall: 0, wishValue: 0, minGroupShare: 0 } });
}

/** An unmet wish as the organizers' screens show it (the stored version and its exports keep the format's English). */
export interface UnmetWishView {
  group: string;
  expert: string;
  weight: number;
  said: Message;
}

function unmetOf(problem: Problem, files: MeetingFile[]): UnmetWishView[] {
  return unmetCauses(problem, readMeetings(problem, files).meetings).map((u) => ({
    group: problem.groups[u.group].id,
    expert: problem.experts[u.expert].id,
    weight: u.weight,
    said: describeUnmetCause(problem, u),
  }));
}

/** The view as the request's language reads it: each unmet wish's reason worded, its code and parameters beside. */
export function inLanguage<V extends { unmetWishes: UnmetWishView[] }>(view: V, lang: Lang) {
  return {
    ...view,
    unmetWishes: view.unmetWishes.map(({ said: reason, ...wish }) => ({ ...wish, reason: word(reason, lang), code: reason.code, params: reason.params })),
  };
}

function problemOf(instance: InstanceFile): Problem {
  const loaded = loadInstance(instance);
  if (!loaded.ok) throw new Error(`a stored version's instance no longer loads: ${loaded.errors.map(describeInstanceError).join('; ')}`);
  return loaded.problem;
}

/**
 * The instance without what the day changes: who is there when (absences, late arrivals, a table
 * closed: the marks) and a replan's own part (from which round, the grid it started from).
 */
function withoutTheDay({ replan: _replan, ...instance }: InstanceFile): unknown {
  const away = <T extends { rounds?: unknown }>({ rounds: _r, ...rest }: T) => rest;
  return {
    ...instance,
    experts: instance.experts.map(away),
    groups: instance.groups.map(away),
    tables: instance.tables.map(({ closedFrom: _c, ...rest }) => rest),
  };
}
