/**
 * The shapes of the realistic convention families, read off the samples (small-1, nantes-1,
 * large-1) and scaled up for xl.
 */
import { session, SPRING_FORWARD } from './calendar';
import type { ConventionShape } from './convention';

const ORGANIZER = { name: 'Mission dialogue citoyen, Nantes Métropole', email: 'dialogue.citoyen@example.org' };
const FRIDAY = '2027-01-22';
const SATURDAY = '2027-01-23';

export const SMALL: ConventionShape = {
  event: {
    name: "Petite session d'auditions (test)",
    timezone: 'Europe/Paris',
    location: 'Salle du conseil',
    organizer: { name: 'Équipe test', email: 'test@example.org' },
  },
  sessions: [session(SATURDAY, '10:00', 4)],
  groups: 4,
  groupSize: [3, 6],
  experts: 6,
  tables: 4,
  seats: 6,
  tableLabel: 'Table',
  roles: false,
  themes: 4,
  wishes: [2, 4],
  pins: 1,
  pinsWithoutRound: 0,
  forbidden: 1,
  partial: 0.33,
  capped: 0.17,
  capRange: [2, 2],
  paused: 0.17,
  pauseAfter: 2,
  groupsPartial: 0,
  timeLimitMs: 5000,
};

export const NANTES: ConventionShape = {
  event: { name: 'Convention citoyenne de Nantes — auditions, 22–23 janvier 2027', timezone: 'Europe/Paris', location: 'Zoom', organizer: ORGANIZER },
  sessions: [session(FRIDAY, '18:00', 6), session(SATURDAY, '09:30', 7)],
  groups: 16,
  groupSize: [4, 6],
  experts: 32,
  tables: 16,
  seats: 8,
  tableLabel: 'Salle Zoom',
  roles: true,
  themes: 16,
  wishes: [4, 8],
  pins: 2,
  pinsWithoutRound: 0,
  forbidden: 2,
  partial: 0.6,
  capped: 0.28,
  capRange: [3, 5],
  paused: 0.22,
  pauseAfter: 3,
  groupsPartial: 0.06,
  timeLimitMs: 10000,
};

/**
 * small's shape over the spring-forward night in Paris: r1 ends at 01:35 and r2 starts at 03:00 on
 * the clock, 25 real minutes later, so the two are adjacent for maxConsecutive (no pause).
 */
export const DST: ConventionShape = {
  ...SMALL,
  event: { ...SMALL.event, name: "Auditions de nuit — passage à l'heure d'été (test)" },
  sessions: [session(SPRING_FORWARD.date, '01:15', 4)],
};

/** nantes with half the tables and more experts: only half the groups meet in each round. */
export const SCARCE: ConventionShape = {
  ...NANTES,
  event: { ...NANTES.event, name: 'Convention citoyenne — auditions, peu de salles (test)' },
  tables: 8,
  experts: 40,
};

export const LARGE: ConventionShape = {
  ...NANTES,
  event: { name: 'Grande convention métropolitaine — auditions', timezone: 'Europe/Paris', location: 'Zoom', organizer: ORGANIZER },
  sessions: [session(FRIDAY, '17:30', 6), session(SATURDAY, '09:30', 6)],
  groups: 60,
  experts: 150,
  tables: 70,
  pins: 3,
  pinsWithoutRound: 1,
  forbidden: 4,
  partial: 0.64,
  capped: 0.13,
  paused: 0.2,
  groupsPartial: 0.02,
};

export const XL: ConventionShape = {
  ...LARGE,
  event: { name: 'Convention citoyenne nationale — auditions, 22–23 janvier 2027', timezone: 'Europe/Paris', location: 'Zoom', organizer: ORGANIZER },
  sessions: [session(FRIDAY, '17:30', 6), session(SATURDAY, '09:00', 10)],
  groups: 200,
  experts: 400,
  tables: 220,
  wishes: [10, 15],
  pins: 6,
  pinsWithoutRound: 2,
  forbidden: 8,
  timeLimitMs: 30000,
};
