/**
 * The organizers' printouts: badges with QR codes of the personal links, and itinerary cards. When
 * the service's PUBLIC_URL is not an address phones can reach, every sheet says so in a banner.
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
    const groupOf = new Map(instance.groups.flatMap((g) => (g.members ?? []).map((m) => [m.id, g.name] as const)));
    const links = (await this.links.links(eventId)).filter((l) => l.kind === 'member');
    const badges = await Promise.all(links.map(async (l) => ({ name: l.name, detail: groupOf.get(l.key) ?? '', url: l.url, qr: await qrSvg(l.url) })));
    return badgesSheet(`${instance.event.name} — ${both('paper.badges.member')}`, 'member', badges, this.notPublic);
  }

  async expertBadges(eventId: string): Promise<string> {
    const { instance } = await this.events.instance(eventId);
    const org = new Map(instance.experts.map((e) => [e.id, e.organization ?? '']));
    const links = (await this.links.links(eventId)).filter((l) => l.kind === 'expert');
    const badges = await Promise.all(links.map(async (l) => ({ name: l.name, detail: org.get(l.key) ?? '', url: l.url, qr: await qrSvg(l.url) })));
    return badgesSheet(`${instance.event.name} — ${both('paper.badges.expert')}`, 'expert', badges, this.notPublic);
  }

  async cards(eventId: string): Promise<string> {
    const plan = await this.cache.current(eventId);
    if (!plan) throw new StateError({ code: 'paper.notPublished' });
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
