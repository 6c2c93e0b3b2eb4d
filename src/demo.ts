/**
 * On a first start with an empty database, a Nantes-size demo event (16 groups, 32 experts,
 * 13 rounds), so that a newcomer sees the whole path at once. CARROUSEL_DEMO=false turns it off.
 */
import { generateInstance } from './engine';
import type { EventsService } from './events/events.service';

export async function ensureDemoEvent(events: EventsService): Promise<string | undefined> {
  if ((await events.list()).length > 0) return undefined;
  const instance = generateInstance({ family: 'nantes', seed: 1 });
  instance.event.name = `Démo — ${instance.event.name}`;
  const { summary } = await events.create(instance);
  return summary.id;
}
