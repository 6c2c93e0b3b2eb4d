/**
 * The version in force per event, built once per version for all its pages. Whether a newer one
 * was published (here or by another instance on the same database) is checked with a one-column
 * query at most once a second per event, so a page load costs no plan reading.
 */
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Reads } from '../database/reads';
import { PlanEvents } from '../common/plan-events';
import { EVENT_IN_USE_MS } from '../common/event-in-use';
import { StampedCache } from '../common/stamped-cache';
import { ScheduleVersionEntity } from '../plans/entities/schedule-version.entity';
import { PlansService } from '../plans/plans.service';
import { type PlanView, planView } from './plan-view';

const FRESH_MS = 1000;
const KEEP_FRESH = 'pages.plan-check';

@Injectable()
export class PlanCache implements OnApplicationBootstrap {
  private readonly views: StampedCache<number | null, PlanView | undefined>;

  constructor(
    private readonly reads: Reads,
    plans: PlansService,
    news: PlanEvents,
    private readonly scheduler: SchedulerRegistry,
  ) {
    this.views = new StampedCache(
      FRESH_MS,
      (eventId) => this.publishedNumber(eventId),
      (eventId) => plans.inForce(eventId).then((v) => (v ? planView(v) : undefined)),
    );
    news.on('published', ({ eventId }) => this.views.forget(eventId));
  }

  /** Registered with the scheduler, which clears it before the service shuts down. */
  onApplicationBootstrap(): void {
    this.scheduler.addInterval(
      KEEP_FRESH,
      setInterval(() => this.views.keepFresh(EVENT_IN_USE_MS), FRESH_MS / 2),
    );
  }

  /** The number of the published version, straight from the database (null before any). */
  async publishedNumber(eventId: string): Promise<number | null> {
    const row = await this.reads.manager.findOne(ScheduleVersionEntity, { select: { number: true }, where: { eventId, status: 'published' } });
    return row?.number ?? null;
  }

  /**
   * The published version's number as `stamp` (null: none) if checked less than a second ago, or
   * less than two while it is checked again in the background; undefined when it must be checked.
   */
  checkedNumber(eventId: string): { readonly stamp: number | null } | undefined {
    return this.views.checked(eventId);
  }

  current(eventId: string): Promise<PlanView | undefined> {
    return this.views.get(eventId);
  }
}
