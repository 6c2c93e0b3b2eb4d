/**
 * A small instance around both daylight-saving changes of 2027 in Europe/Paris
 * (2027-03-28: 02:00 → 03:00; 2027-10-31: 03:00 → 02:00), with names built to break naive writers.
 */
import ICAL from 'ical.js';
import type { InstanceFile, ScheduleFile } from '../../src/engine';

export const NASTY = 'Dupont, Marie; "la" <b>\nX';
export const NOW = Date.UTC(2027, 2, 1, 9, 0, 0);

export function dstInstance(): InstanceFile {
  return {
    format: 'audition-plan/1',
    event: {
      name: 'Convention citoyenne — auditions',
      timezone: 'Europe/Paris',
      location: 'Hôtel de Métropole, Nantes',
      organizer: { name: 'Secrétariat de la Convention', email: 'auditions@example.org' },
    },
    rounds: [
      { id: 'r1', start: '2027-03-28T01:00', end: '2027-03-28T01:20' }, // 00:00Z (CET)
      { id: 'r2', start: '2027-03-28T01:30', end: '2027-03-28T01:50' }, // 00:30Z
      { id: 'r3', start: '2027-03-28T03:00', end: '2027-03-28T03:20' }, // 01:00Z (CEST: 02:xx does not exist)
      { id: 'r4', start: '2027-03-28T10:00', end: '2027-03-28T10:20' }, // 08:00Z
      { id: 'r5', start: '2027-10-31T01:30', end: '2027-10-31T01:50' }, // 2027-10-30 23:30Z (CEST)
      { id: 'r6', start: '2027-10-31T03:00', end: '2027-10-31T03:20' }, // 02:00Z (CET)
      { id: 'r7', start: '2027-10-31T10:00', end: '2027-10-31T10:20' }, // 09:00Z
    ],
    tables: [
      { id: 't1', name: 'Salle 1', seats: 8, location: 'https://visio.example.org/j/123' },
      { id: 't2', name: NASTY, seats: 8, location: 'Salle B, 2e étage; bâtiment C' },
      { id: 't3', name: 'Salle 3', seats: 8 },
    ],
    experts: [
      { id: 'e1', name: 'Hélène Dupré', email: 'helene.dupre@example.net', organization: 'CHU' },
      { id: 'e2', name: NASTY, email: 'marie.dupont@example.net' },
      { id: 'e3', name: 'Sans Courriel' },
      { id: 'e4', name: 'Absent', email: 'absent@example.net', rounds: [] },
    ],
    groups: [
      { id: 'g1', name: NASTY, size: 5, themes: ['santé', 'logement'] },
      { id: 'g2', name: 'Groupe Mobilités', size: 1, themes: [] },
      { id: 'g3', name: 'Groupe Énergie', size: 6, themes: ['énergie'] },
    ],
  };
}

export function dstSchedule(): ScheduleFile {
  return {
    format: 'audition-schedule/1',
    meetings: [
      { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
      { round: 'r3', table: 't1', expert: 'e1', group: 'g2' },
      { round: 'r4', table: 't1', expert: 'e1', group: 'g3' },
      { round: 'r5', table: 't2', expert: 'e2', group: 'g1' },
      { round: 'r6', table: 't2', expert: 'e2', group: 'g2' },
      { round: 'r7', table: 't2', expert: 'e2', group: 'g3' },
      { round: 'r1', table: 't3', expert: 'e3', group: 'g3' },
    ],
    metrics: { shortfall: 0, wishValue: 0, minGroupShare: 1 },
  };
}

export const iso = (ms: number) => new Date(ms).toISOString();

/** What ical.js (Thunderbird's parser) reads. */
export function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const vevents = cal.getAllSubcomponents('vevent');
  return { cal, method: cal.getFirstPropertyValue('method') as string | null, vevents, events: vevents.map((v) => new ICAL.Event(v)) };
}

export const utc = (t: ICAL.Time) => t.toJSDate().toISOString();

export function withTZ<T>(tz: string, f: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return f();
  } finally {
    process.env.TZ = before;
  }
}
