/**
 * The version in force per event, built once per version for all its pages. Whether a newer one
 * was published (here or by another instance on the same database) is checked with a one-column
 * query at most once a second per event, so a page load costs no plan reading.
 */
import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlanEvents } from '../common/plan-events';
import { ScheduleVersionEntity } from '../plans/entities/schedule-version.entity';
import { PlansService } from '../plans/plans.service';
import { type PlanView, planView } from './plan-view';

const FRESH_MS = 1000;

interface Entry {
  checkedAt: number;
  view: Promise<PlanView | undefined>;
  number: number | null;
}

@Injectable()
export class PlanCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly db: DataSource,
    private readonly plans: PlansService,
    news: PlanEvents,
  ) {
    news.on('published', ({ eventId }) => void this.entries.delete(eventId));
    news.on('timetableChanged', ({ eventId }) => void this.entries.delete(eventId));
  }

  /** The number of the published version, straight from the database (null before any). */
  async publishedNumber(eventId: string): Promise<number | null> {
    const row = await this.db.getRepository(ScheduleVersionEntity).findOne({ select: { number: true }, where: { eventId, status: 'published' } });
    return row?.number ?? null;
  }

  async current(eventId: string): Promise<PlanView | undefined> {
    const entry = this.entries.get(eventId);
    if (entry && performance.now() - entry.checkedAt < FRESH_MS) return entry.view;
    const number = await this.publishedNumber(eventId);
    if (entry && entry.number === number) {
      entry.checkedAt = performance.now();
      return entry.view;
    }
    const view = this.plans.inForce(eventId).then((v) => (v ? planView(v) : undefined));
    this.entries.set(eventId, { checkedAt: performance.now(), view, number });
    view.catch(() => this.entries.delete(eventId));
    return view;
  }
}
