/**
 * A group's itinerary: its meetings in time order, each with the table, the expert and the round's
 * instants. This is what a group's feed (and its members' calendars) shows.
 */
import type { InstanceFile, ScheduleFile } from '../../engine';
import type { BlockTable } from './blocks';
import { indexInstance, need } from './rounds';

export interface GroupMeeting {
  roundId: string;
  /** UTC epoch ms. */
  start: number;
  end: number;
  table: BlockTable;
  expert: { id: string; name: string; organization?: string; themes: string[] };
}

export interface GroupItinerary {
  group: { id: string; name: string; size: number; themes: string[] };
  timezone: string;
  meetings: GroupMeeting[];
}

export function groupItinerary(instance: InstanceFile, schedule: ScheduleFile, groupId: string): GroupItinerary {
  const index = indexInstance(instance);
  const group = need(index.groups, groupId, 'group');
  const meetings = schedule.meetings
    .filter((m) => m.group === groupId)
    .map((m) => {
      const round = need(index.rounds, m.round, 'round');
      const table = need(index.tables, m.table, 'table');
      const expert = need(index.experts, m.expert, 'expert');
      return {
        index: round.index,
        meeting: {
          roundId: round.id,
          start: round.start,
          end: round.end,
          table: { id: table.id, name: table.name ?? `Table ${table.id}`, location: table.location ?? instance.event.location },
          expert: { id: expert.id, name: expert.name, organization: expert.organization, themes: [...(expert.themes ?? [])] },
        },
      };
    })
    .sort((a, b) => a.index - b.index)
    .map((x) => x.meeting);
  return {
    group: { id: group.id, name: group.name, size: group.size, themes: [...(group.themes ?? [])] },
    timezone: index.timezone,
    meetings,
  };
}
