/**
 * The organizers' printouts: badges (names only; the experts' for those the grid in force seats), and itinerary cards with the QR code of each
 * member's page. When the service's PUBLIC_URL is not an address phones can reach, every sheet of
 * cards says so in a banner.
 */
import { Injectable } from '@nestjs/common';
import { LinksService } from '../access/links.service';
import { StateError } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { EventsService } from '../events/events.service';
import { both } from './paper';
import { isPublicAddress } from './paper-address';
import { badgesSheet } from './paper-badges';
import { itineraryCards } from './paper-cards';
import { qrSvg } from './paper-qr';
import { groupStops } from './itinerary';
import { PlanCache } from './plan-cache.service';
import type { Sheet } from './print-ticket';

@Injectable()
export class PaperService {
  constructor(
    private readonly links: LinksService,
    private readonly events: EventsService,
    private readonly cache: PlanCache,
    private readonly config: AppConfig,
  ) {}

  /** The address the sheets' QR codes lead to when it is not a public one. */
  private get notPublic(): string | undefined {
    return isPublicAddress(this.config.publicUrl) ? undefined : this.config.publicUrl;
  }

  async memberBadges(eventId: string): Promise<string> {
    const { instance } = await this.events.instance(eventId);
    const badges = instance.groups.flatMap((g) => (g.members ?? []).map((m) => ({ name: m.name, detail: g.name })));
    return badgesSheet(`${instance.event.name} — ${both('paper.badges.member')}`, 'member', badges);
  }

  async expertBadges(eventId: string): Promise<string> {
    const [{ instance }, plan] = await Promise.all([this.events.instance(eventId), this.cache.current(eventId)]);
    // Once a grid is in force, the experts it seats: one who declined, or was replanned out, gets no badge.
    const seated = plan && new Set(plan.meetings.map((m) => plan.problem.experts[m.expert].id));
    const badges = instance.experts.filter((e) => !seated || seated.has(e.id)).map((e) => ({ name: e.name, detail: e.organization ?? '' }));
    return badgesSheet(`${instance.event.name} — ${both('paper.badges.expert')}`, 'expert', badges);
  }

  /** One sheet by its name (a print ticket's). */
  sheet(eventId: string, sheet: Sheet): Promise<string> {
    if (sheet === 'badges-members') return this.memberBadges(eventId);
    if (sheet === 'badges-experts') return this.expertBadges(eventId);
    return this.cards(eventId);
  }

  /** Refuses, as the sheet itself would, before a ticket opens a tab on it. */
  async printable(eventId: string, sheet: Sheet): Promise<void> {
    await this.events.instance(eventId);
    if (sheet === 'itinerary-cards') await this.published(eventId);
  }

  private async published(eventId: string) {
    const plan = await this.cache.current(eventId);
    if (!plan) throw new StateError({ code: 'paper.notPublished' });
    return plan;
  }

  async cards(eventId: string): Promise<string> {
    const plan = await this.published(eventId);
    const links = new Map((await this.links.links(eventId)).filter((l) => l.kind === 'member').map((l) => [l.key, l.url]));
    const cards = await Promise.all(
      plan.problem.source.groups.flatMap((g) =>
        (g.members ?? []).map(async (m) => {
          const url = links.get(m.id);
          return { name: m.name, group: g.name, stops: groupStops(plan.problem, plan.meetings, g.id) ?? [], qr: url ? await qrSvg(url) : '' };
        }),
      ),
    );
    return itineraryCards(plan.problem.event.name, plan.problem.event.timezone, cards, this.notPublic);
  }
}
