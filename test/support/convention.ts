/**
 * The small two-day conventions the mail, reach and reminder suites live, built from one cast so
 * that every suite reads alike: the same organizer and experts (Hélène, Marc, Anne, Paul), two
 * weekends (January's Friday evening and Saturday morning; October's Saturday and Sunday, across
 * the night the clocks go back), two rooms. Each suite says only its groups and meetings.
 */
export const ORGANIZER = { name: 'Mission dialogue citoyen', email: 'dialogue.citoyen@example.org' };

/** Twenty-minute rounds r1, r2, … on the days and at the wall times given. */
function rounds(days: [string, ...string[]][]) {
  const end = (time: string) => {
    const [h, m] = time.split(':').map(Number);
    const minutes = h * 60 + m + 20;
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  };
  return days
    .flatMap(([day, ...times]) => times.map((time) => ({ start: `${day}T${time}`, end: `${day}T${end(time)}` })))
    .map((r, i) => ({ id: `r${i + 1}`, ...r }));
}

/** Friday 22 and Saturday 23 January 2027: 18:00, 18:25; 9:30, 9:55. */
export const JANUARY = rounds([
  ['2027-01-22', '18:00', '18:25'],
  ['2027-01-23', '09:30', '09:55'],
]);
/** Saturday 30 (summer time) and Sunday 31 October 2027 (winter time: the clocks went back at 03:00). */
export const OCTOBER = rounds([
  ['2027-10-30', '18:00', '18:25'],
  ['2027-10-31', '09:30', '09:55'],
]);

export const ROOMS = [
  { id: 't1', name: 'Salle 1', seats: 6 },
  { id: 't2', name: 'Salle 2', seats: 6 },
];
/** The same rooms, one on video, one in the building. */
export const LOCATED_ROOMS = [
  { ...ROOMS[0], location: 'https://visio.example.org/salle-1' },
  { ...ROOMS[1], location: 'Salle 2, 1er étage' },
];

const CAST = { 'Hélène Dupré': 'helene', 'Marc Petit': 'marc', 'Anne Roux': 'anne', 'Paul Remplaçant': 'paul' } as const;

/** Experts e1, e2, … in the order named, with their address unless `withEmail` is false. */
export function experts(names: (keyof typeof CAST)[], withEmail = true) {
  return names.map((name, i) => ({ id: `e${i + 1}`, name, ...(withEmail ? { email: `${CAST[name]}@example.org` } : {}) }));
}

export const member = (id: string, name: string, email?: string) => ({ id, name, ...(email ? { email } : {}) });

interface Convention {
  name?: string;
  location?: string;
  rounds: ReturnType<typeof rounds>;
  tables?: typeof ROOMS;
  experts: ReturnType<typeof experts>;
  groups: { id: string; name: string; size: number; members?: ReturnType<typeof member>[] }[];
}

/** The event as an organizer would import it (audition-plan/1, Europe/Paris). */
export function convention(c: Convention) {
  return {
    format: 'audition-plan/1',
    event: {
      name: c.name ?? 'Convention citoyenne — auditions',
      timezone: 'Europe/Paris',
      ...(c.location ? { location: c.location } : {}),
      organizer: ORGANIZER,
    },
    rounds: c.rounds,
    tables: c.tables ?? ROOMS,
    experts: c.experts,
    groups: c.groups,
  };
}
