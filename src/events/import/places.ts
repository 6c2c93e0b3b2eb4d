/**
 * Turning the engine's paths into the event (`groups[4].members[1].email`) back into the file, row
 * and column they came from, so that a refusal found only once the sheet is merged still points at
 * a cell.
 */
import type { Place } from './problems';

export interface PlaceLookups {
  experts?: (index: number, field: string | undefined) => Place | undefined;
  groups?: (index: number, field: string | undefined) => Place | undefined;
  members?: (group: number, member: number, field: string | undefined) => Place | undefined;
}

const PATH = /^(experts|groups)\[(\d+)\](?:\.members\[(\d+)\])?(?:\.(\w+))?/;

export function placeFinder(lookups: PlaceLookups): (path: string) => Place | undefined {
  return (path) => {
    const match = PATH.exec(path);
    if (!match) return undefined;
    const [, list, index, member, field] = match;
    if (list === 'experts') return lookups.experts?.(Number(index), field);
    if (member !== undefined) return lookups.members?.(Number(index), Number(member), field) ?? lookups.groups?.(Number(index), undefined);
    return lookups.groups?.(Number(index), field);
  };
}
