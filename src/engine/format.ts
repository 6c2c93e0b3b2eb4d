/**
 * The exchange format (`audition-plan/1` instances, `audition-schedule/1` schedules) as TypeScript
 * types: exactly the JSON of `shared/spec/plan-format.md`, ids as strings, wall times as written.
 */

export const INSTANCE_FORMAT = 'audition-plan/1';
export const SCHEDULE_FORMAT = 'audition-schedule/1';

export interface InstanceFile {
  format: typeof INSTANCE_FORMAT;
  event: {
    name: string;
    timezone?: string;
    location?: string;
    organizer?: { name?: string; email: string };
  };
  rounds: { id: string; start: string; end: string }[];
  /** `closedFrom` (a round id) is Carrousel's extension: the table is closed from that round on. */
  tables: { id: string; name?: string; seats: number; location?: string; closedFrom?: string }[];
  experts: ExpertFile[];
  groups: GroupFile[];
  pins?: { group: string; expert: string; round?: string }[];
  forbidden?: { group: string; expert: string }[];
  options?: {
    minMeetingsPerExpert?: number;
    themeMatchWeight?: number;
    objective?: Objective;
    seed?: number;
    timeLimitMs?: number;
    /** A gap of at least this many minutes between two rounds is a pause (ends a maxConsecutive run). Default 30. */
    pauseMinutes?: number;
  };
  replan?: { from: string; baseline: MeetingFile[] };
}

export interface ExpertFile {
  id: string;
  name: string;
  email?: string;
  organization?: string;
  themes?: string[];
  rounds?: string[];
  maxMeetings?: number;
  maxConsecutive?: number;
  maxGroupsPerRound?: number;
  table?: string;
}

export interface GroupFile {
  id: string;
  name: string;
  size: number;
  themes?: string[];
  rounds?: string[];
  maxMeetings?: number;
  members?: { id: string; name: string; email?: string; phone?: string }[];
  wishes?: { expert: string; weight: number }[];
}

export type Objective = 'fair' | 'total';

/** One meeting as written in files: group `group` hears expert `expert` at `table` in `round`. */
export interface MeetingFile {
  round: string;
  table: string;
  expert: string;
  group: string;
}

export interface Metrics {
  shortfall: number;
  wishValue: number;
  minGroupShare: number;
  /** Group-rounds left empty: per group, min(its rounds, its maxMeetings) minus its meetings (format 1.1). */
  idle: number;
  /** Only when replanning: baseline meetings from `replan.from` on that were not kept. */
  moved?: number;
}

/** What a schedule file claims: a version 1 schedule does not claim idle, and stays valid. */
export type ClaimedMetrics = Omit<Metrics, 'idle'> & { idle?: number };

export interface UnmetWish {
  group: string;
  expert: string;
  weight: number;
  reason: string;
}

export interface ScheduleFile {
  format: typeof SCHEDULE_FORMAT;
  meetings: MeetingFile[];
  metrics: ClaimedMetrics;
  unmetWishes?: UnmetWish[];
  [extra: string]: unknown;
}
