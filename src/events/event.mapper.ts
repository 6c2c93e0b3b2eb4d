/**
 * An event's stored form ⇄ its instance in the exchange format: the event's own fields are
 * columns (listed, shown in summaries), everything else is the setup document, kept as written.
 */
import type { InstanceFile } from '../engine';
import type { EventEntity } from './entities/event.entity';
import type { EventSetup } from './entities/event-setup';

/** Drops undefined and null fields: the format leaves out what is not set. */
function compact<T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as { [K in keyof T]: Exclude<T[K], null> };
}

export function toInstanceFile(event: EventEntity): InstanceFile {
  const instance: InstanceFile = {
    format: 'audition-plan/1',
    event: compact({
      name: event.name,
      timezone: event.timezone,
      location: event.location ?? undefined,
      organizer: event.organizerEmail ? compact({ name: event.organizerName ?? undefined, email: event.organizerEmail }) : undefined,
    }),
    ...event.setup,
  };
  if (Object.keys(event.options).length) instance.options = event.options;
  return instance;
}

/** The setup document of a valid instance. */
export function setupOf(instance: InstanceFile): EventSetup {
  const { rounds, tables, experts, groups, pins = [], forbidden = [] } = instance;
  return { rounds, tables, experts, groups, pins, forbidden };
}

/** The event's own fields, as columns. */
export function eventFields(
  instance: InstanceFile,
): Pick<EventEntity, 'name' | 'timezone' | 'location' | 'organizerName' | 'organizerEmail' | 'options' | 'setup'> {
  return {
    name: instance.event.name,
    timezone: instance.event.timezone ?? 'Europe/Paris',
    location: instance.event.location ?? null,
    organizerName: instance.event.organizer?.name ?? null,
    organizerEmail: instance.event.organizer?.email ?? null,
    options: instance.options ?? {},
    setup: setupOf(instance),
  };
}
