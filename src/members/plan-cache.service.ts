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
  private readonly checks = new Map<string, Promise<Entry>>();
  /** Counts publishes and timetable changes seen, so a check that straddles one is not kept. */
  private forgotten = 0;

  constructor(
    private readonly db: DataSource,
    private readonly plans: PlansService,
    news: PlanEvents,
  ) {
    news.on('published', ({ eventId }) => this.forget(eventId));
    news.on('timetableChanged', ({ eventId }) => this.forget(eventId));
  }

  /** The number of the published version, straight from the database (null before any). */
  async publishedNumber(eventId: string): Promise<number | null> {
    const row = await this.db.getRepository(ScheduleVersionEntity).findOne({ select: { number: true }, where: { eventId, status: 'published' } });
    return row?.number ?? null;
  }

  /** The published version's number (null: none) if checked less than a second ago; undefined when it must be checked. */
  checkedNumber(eventId: string): { number: number | null } | undefined {
    const entry = this.fresh(eventId);
    return entry && { number: entry.number };
  }

  current(eventId: string): Promise<PlanView | undefined> {
    const entry = this.fresh(eventId);
    if (entry) return entry.view;
    // One check at a time per event: a burst of loads as the second turns makes one query, not one each.
    let check = this.checks.get(eventId);
    if (!check) {
      check = this.check(eventId).finally(() => this.checks.get(eventId) === check && this.checks.delete(eventId));
      this.checks.set(eventId, check);
    }
    return check.then((checked) => checked.view);
  }

  private async check(eventId: string): Promise<Entry> {
    const asked = this.forgotten;
    const number = await this.publishedNumber(eventId);
    const entry = this.entries.get(eventId);
    if (entry && entry.number === number) {
      entry.checkedAt = performance.now();
      return entry;
    }
    const view = this.plans.inForce(eventId).then((v) => (v ? planView(v) : undefined));
    const fresh = { checkedAt: performance.now(), view, number };
    // A publish during the query made its answer stale: serve it to those who asked, keep it for nobody.
    if (this.forgotten === asked) this.entries.set(eventId, fresh);
    view.catch(() => this.entries.get(eventId) === fresh && this.entries.delete(eventId));
    return fresh;
  }

  private fresh(eventId: string): Entry | undefined {
    const entry = this.entries.get(eventId);
    return entry && performance.now() - entry.checkedAt < FRESH_MS ? entry : undefined;
  }

  private forget(eventId: string): void {
    this.forgotten++;
    this.entries.delete(eventId);
    this.checks.delete(eventId);
  }
}
