/**
 * The bounds every JSON or form body is held to, by field name wherever the field sits (the
 * exchange format, its items, the DTOs): the engine's schema says what a field is, these say how
 * much of it the service takes. Measured before: 1 MB names, 100,000 themes and a 9 MB extra field
 * were stored; `1e400` options were stored as null and the event could no longer be edited.
 */
import type { TextKind } from './safe-text';

/** Longest text by field name; any other text is free text up to MAX_TEXT. */
export const TEXT_FIELDS: Readonly<Record<string, { kind: TextKind; max: number }>> = {
  id: { kind: 'id', max: 100 },
  expert: { kind: 'id', max: 100 },
  group: { kind: 'id', max: 100 },
  round: { kind: 'id', max: 100 },
  table: { kind: 'id', max: 100 },
  from: { kind: 'id', max: 100 },
  fromRound: { kind: 'id', max: 100 },
  key: { kind: 'id', max: 100 },
  name: { kind: 'name', max: 200 },
  organization: { kind: 'name', max: 200 },
  location: { kind: 'name', max: 500 },
  timezone: { kind: 'name', max: 64 },
  email: { kind: 'name', max: 254 },
  phone: { kind: 'name', max: 40 },
  start: { kind: 'name', max: 16 },
  end: { kind: 'name', max: 16 },
};

/** The items of these lists, when texts: `rounds` of an expert or group lists round ids. */
export const LIST_ITEMS: Readonly<Record<string, { kind: TextKind; max: number; items: number }>> = {
  rounds: { kind: 'id', max: 100, items: 1_000 },
  themes: { kind: 'name', max: 200, items: 50 },
};

export const MAX_TEXT = 10_000;
/** Any list: a 200-group, 400-expert event with its members and a 3,500-meeting schedule fit well under it. */
export const MAX_ITEMS = 20_000;
export const MAX_KEYS = 1_000;

/** Largest value by field name; any other number only has to fit a stored integer. */
export const NUMBER_MAXIMA: Readonly<Record<string, number>> = {
  seats: 1_000,
  size: 1_000,
  maxMeetings: 1_000,
  maxConsecutive: 1_000,
  maxGroupsPerRound: 1_000,
  minMeetingsPerExpert: 1_000,
  pauseMinutes: 24 * 60,
  timeLimitMs: 600_000,
};

/** Wall times (`start`, `end`) within these years: year 0000 was taken and broke the timetable. */
export const WALL_YEARS = { min: 2000, max: 2100 };
