/** The organizers' printouts: badges with QR codes of the personal links, and itinerary cards. */
import { Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { LinksService } from '../access/links.service';
import { StateError } from '../common/errors';
import { EventsService } from '../events/events.service';
import { groupStops } from './itinerary';
import { badgesSheet, itineraryCards } from './paper';
import { PlanCache } from './plan-cache.service';

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

@Injectable()
export class PaperService {
  constructor(
    private readonly links: LinksService,
    private readonly events: EventsService,
    private readonly cache: PlanCache,
  ) {}

  async memberBadges(eventId: string): Promise<string> {
    const { instance } = await this.events.instance(eventId);
    const groupOf = new Map(instance.groups.flatMap((g) => (g.members ?? []).map((m) => [m.id, g.name] as const)));
    const links = (await this.links.links(eventId)).filter((l) => l.kind === 'member');
    const badges = await Promise.all(links.map(async (l) => ({ name: l.name, detail: groupOf.get(l.key) ?? '', url: l.url, qr: await qrSvg(l.url) })));
    return badgesSheet(`${instance.event.name} — membres / members`, badges);
  }

  async expertBadges(eventId: string): Promise<string> {
    const { instance } = await this.events.instance(eventId);
    const org = new Map(instance.experts.map((e) => [e.id, e.organization ?? '']));
    const links = (await this.links.links(eventId)).filter((l) => l.kind === 'expert');
    const badges = await Promise.all(links.map(async (l) => ({ name: l.name, detail: org.get(l.key) ?? '', url: l.url, qr: await qrSvg(l.url) })));
    return badgesSheet(`${instance.event.name} — experts`, badges);
  }

  async cards(eventId: string): Promise<string> {
    const plan = await this.cache.current(eventId);
    if (!plan) throw new StateError('aucune version publiée : publiez le programme avant d’imprimer les cartes / no version published: publish the plan before printing the cards');
    const links = new Map((await this.links.links(eventId)).filter((l) => l.kind === 'member').map((l) => [l.key, l.url]));
    const cards = await Promise.all(plan.problem.source.groups.flatMap((g) => (g.members ?? []).map(async (m) => {
      const url = links.get(m.id);
      return { name: m.name, group: g.name, stops: groupStops(plan.problem, plan.meetings, g.id) ?? [], qr: url ? await qrSvg(url) : '' };
    })));
    return itineraryCards(plan.problem.event.name, plan.problem.event.timezone, cards);
  }
}
