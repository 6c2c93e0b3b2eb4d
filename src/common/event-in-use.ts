/**
 * An event whose personal pages were opened within this time is in use: its links and the version
 * in force are kept in memory even between loads (LinksService, PlanCache), since a break between
 * rounds is shorter, and the room reopening its pages at once should not wait for queries.
 */
export const EVENT_IN_USE_MS = 30 * 60_000;
