/**
 * The members' reminders before each session: the organizer's setting (off by default, how many
 * hours ahead) and the job that, every few seconds on the one instance holding its lease, puts the
 * reminders due into the outbox. Each has a unique dedupe key (member-reminders.ts), so a restart,
 * a second instance or a job run twice sends nothing twice.
 */
import { Injectable } from '@nestjs/common';
import { LinksService } from '../access/links.service';
import { SettingEntity } from '../access/setting.entity';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { Reads } from '../database/reads';
import { Transactions } from '../database/transactions';
import { EventsService } from '../events/events.service';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { linksAddress, refuseLocalLinks } from '../invitations/public-links';
import { PlansService } from '../plans/plans.service';
import { LANGS, type Lang } from '../i18n';
import { LeasedJobs } from '../scheduling/leased-jobs';
import {
  DEFAULT_MEMBER_REMINDERS,
  dueAt,
  type MemberReminderInput,
  type MemberReminderSettings,
  plannedMemberReminders,
  stalePendingMemberReminders,
} from './member-reminders';
import { stopRemindersPath } from './page-links';
import { ReminderStopsService } from './reminder-stops.service';

type Version = Pick<NonNullable<Awaited<ReturnType<PlansService['inForce']>>>, 'instance' | 'schedule'>;

const settingKey = (eventId: string) => `member-reminders:${eventId}`;

@Injectable()
export class MemberRemindersService {
  constructor(
    private readonly reads: Reads,
    private readonly transactions: Transactions,
    private readonly events: EventsService,
    private readonly plans: PlansService,
    private readonly links: LinksService,
    private readonly outbox: InvitationsRepository,
    private readonly clock: Clock,
    private readonly stops: ReminderStopsService,
    private readonly config: AppConfig,
    jobs: LeasedJobs,
  ) {
    this.events.onRemove((m, eventId) => m.delete(SettingEntity, { key: settingKey(eventId) }).then(() => undefined));
    jobs.define('outreach.member-reminders', config.remindersIntervalMs, (now) => this.run(now));
    // A delay or a replan rewords the reminders still waiting in the same transaction as it comes
    // into force, so that none goes out between the two with times no longer true.
    plans.onPublish(async ({ eventId, version }) => {
      const settings = await this.settings(eventId);
      const pending = settings.enabled ? await this.outbox.pendingOfKind(eventId, 'member-reminder') : [];
      if (!pending.length) return undefined;
      const input = await this.input(eventId, settings, await this.plans.schedule(eventId, version));
      const { reworded, withdrawn } = stalePendingMemberReminders(plannedMemberReminders(input), pending, this.clock.now().getTime());
      return (m) => this.outbox.rewordPending(reworded, withdrawn, m);
    });
  }

  async settings(eventId: string): Promise<MemberReminderSettings> {
    const row = await this.reads.manager.findOneBy(SettingEntity, { key: settingKey(eventId) });
    return { ...DEFAULT_MEMBER_REMINDERS, ...(row ? (JSON.parse(row.value) as Partial<MemberReminderSettings>) : {}) };
  }

  /** The setting and what it does: who has an address, what went, what comes next. */
  async status(eventId: string) {
    const settings = await this.settings(eventId);
    const input = await this.input(eventId, settings);
    const queued = await this.outbox.messagesOfKind(eventId, 'member-reminder');
    const count = (...s: string[]) => queued.filter((q) => s.includes(q.status)).length;
    const now = this.clock.now().getTime();
    const done = new Set(queued.map((q) => q.dedupeKey));
    const coming = input ? plannedMemberReminders(input).filter((r) => r.startsAt > now && !done.has(r.dedupeKey)) : [];
    const nextAt = coming.length ? Math.max(now, Math.min(...coming.map((r) => r.sendAt))) : undefined;
    const { instance } = await this.events.instance(eventId);
    const members = instance.groups.flatMap((g) => g.members ?? []);
    return {
      ...settings,
      links: linksAddress(this.config.publicUrl),
      published: !!input,
      members: members.length,
      withEmail: members.filter((m) => m.email?.trim()).length,
      stopped: members.filter((m) => input?.stopped.has(m.id)).length,
      outbox: { pending: count('pending', 'sending'), sent: count('sent'), failed: count('failed') },
      coming: coming.length,
      next: nextAt === undefined ? null : { at: new Date(nextAt).toISOString(), count: coming.filter((r) => Math.max(now, r.sendAt) === nextAt).length },
    };
  }

  /** Turning them on is refused while their links lead to an address that is not public, unless confirmed. */
  async update(eventId: string, settings: MemberReminderSettings, confirmLocalLinks?: boolean) {
    await this.events.instance(eventId); // 404 for an unknown event
    if (settings.enabled) refuseLocalLinks(this.config.publicUrl, confirmLocalLinks);
    await this.transactions.run((m) => m.save(SettingEntity, { key: settingKey(eventId), value: JSON.stringify(settings) }));
    if (settings.enabled) await this.remind(eventId, this.clock.now());
    return this.status(eventId);
  }

  private async run(now: Date): Promise<number> {
    let made = 0;
    for (const eventId of await this.outbox.publishedEventIds()) made += await this.remind(eventId, now);
    return made;
  }

  private async remind(eventId: string, now: Date): Promise<number> {
    const settings = await this.settings(eventId);
    if (!settings.enabled) return 0;
    const input = await this.input(eventId, settings);
    if (!input) return 0;
    // Planned once per run: what is due now, and what the waiting ones must say.
    const planned = plannedMemberReminders(input);
    const organizer = input.current.event.organizer;
    const sender = { email: organizer?.email, name: organizer?.name };
    const made = await this.outbox.enqueueNotices(eventId, 'member-reminder', dueAt(planned, now.getTime()), sender, now.toISOString());
    const pending = await this.outbox.pendingOfKind(eventId, 'member-reminder');
    if (pending.length) {
      const { reworded, withdrawn } = stalePendingMemberReminders(planned, pending, now.getTime());
      await this.outbox.rewordPending(reworded, withdrawn);
    }
    return made;
  }

  /** What the reminders are made of, for the version in force (undefined before anything is published) or the one given. */
  private async input(eventId: string, settings: MemberReminderSettings): Promise<Omit<MemberReminderInput, 'now'> | undefined>;
  private async input(eventId: string, settings: MemberReminderSettings, version: Version): Promise<Omit<MemberReminderInput, 'now'>>;
  private async input(eventId: string, settings: MemberReminderSettings, version?: Version): Promise<Omit<MemberReminderInput, 'now'> | undefined> {
    const inForce = version ?? (await this.plans.inForce(eventId));
    if (!inForce) return undefined;
    const [{ instance: current }, links, stopped] = await Promise.all([this.events.instance(eventId), this.links.links(eventId), this.stops.stopped(eventId)]);
    const stop = (token: string) =>
      Object.fromEntries(LANGS.map((lang) => [lang, `${this.config.publicUrl}${stopRemindersPath(token, lang)}`])) as Record<Lang, string>;
    return {
      eventId,
      published: { instance: inForce.instance, meetings: inForce.schedule.meetings },
      current,
      links: new Map(links.filter((l) => l.kind === 'member').map((l) => [l.key, { page: l.url, stop: stop(l.token) }])),
      stopped,
      leadHours: settings.leadHours,
    };
  }
}
