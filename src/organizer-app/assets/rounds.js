// Rounds from a timetable in words: "start 09:30, 6 rounds of 20 min, 5 min change, a break after
// round 3". Pure: wall times of the event's zone, as the exchange format writes them.

const pad = (n) => String(n).padStart(2, '0');

/** Minutes since the date's midnight → "YYYY-MM-DDTHH:MM" (a day later past midnight, and so on). */
function wallTime(date, minutes) {
  const [y, m, d] = date.split('-').map(Number);
  // UTC arithmetic on a wall time: no zone, no daylight-saving jump, only the calendar.
  const at = new Date(Date.UTC(y, m - 1, d, 0, minutes));
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
}

/**
 * @param {{ date: string, start: string, count: number, length: number, change: number,
 *           breaksAfter?: number[], breakLength?: number, firstId?: number }} plan
 *   date "2027-01-22", start "09:30", count of rounds, length and change in minutes, breaks after
 *   the given round numbers (1-based) lasting breakLength minutes instead of the change.
 * @returns {{ id: string, start: string, end: string }[]}
 */
export function generateRounds({ date, start, count, length, change, breaksAfter = [], breakLength = 0, firstId = 1 }) {
  const problems = checkPlan({ date, start, count, length, change, breakLength });
  if (problems.length) throw new RangeError(problems.join('; '));
  const [hours, minutes] = start.split(':').map(Number);
  const rounds = [];
  let at = hours * 60 + minutes;
  for (let i = 1; i <= count; i++) {
    rounds.push({ id: `r${firstId + i - 1}`, start: wallTime(date, at), end: wallTime(date, at + length) });
    at += length + (breaksAfter.includes(i) ? breakLength : change);
  }
  return rounds;
}

/** The fields that cannot make a timetable, by name (empty when the plan is usable). */
export function checkPlan({ date, start, count, length, change, breakLength = 0 }) {
  const problems = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) problems.push('date');
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(start ?? '')) problems.push('start');
  if (!Number.isInteger(count) || count < 1 || count > 200) problems.push('count');
  if (!Number.isInteger(length) || length < 1) problems.push('length');
  if (!Number.isInteger(change) || change < 0) problems.push('change');
  if (!Number.isInteger(breakLength) || breakLength < 0) problems.push('breakLength');
  return problems;
}

/** "3, 6" → [3, 6] (anything that is not a positive whole number is left out). */
export function parseRoundList(text) {
  return String(text ?? '')
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** A gap this long between two rounds is a pause (format 1.1's default `pauseMinutes`): a night, a lunch. */
export const PAUSE_MINUTES = 30;

/**
 * The rounds of several sessions (a Friday evening, a Saturday morning…), numbered on across them.
 * @param {{ date: string, start: string, count: number, length: number, change: number,
 *           breaksAfter?: number[], breakLength?: number }[]} sessions
 */
export function generateSessions(sessions) {
  const rounds = [];
  for (const session of sessions) rounds.push(...generateRounds({ ...session, firstId: rounds.length + 1 }));
  return rounds;
}

/** The fields that cannot make a timetable, per session, and the sessions that overlap an earlier one. */
export function checkSessions(sessions) {
  const problems = sessions.map((s) => checkPlan(s));
  let lastEnd = '';
  sessions.forEach((s, i) => {
    if (problems[i].length) return;
    const rounds = generateRounds(s);
    if (lastEnd && rounds[0].start < lastEnd) problems[i].push('overlap');
    lastEnd = rounds[rounds.length - 1].end;
  });
  return problems;
}

const minutesOf = (wall) => Date.parse(`${wall}:00Z`) / 60000;
const wallOf = (minutes) => new Date(minutes * 60000).toISOString().slice(0, 16);

/**
 * Splits rounds (in time order) into sessions: a new one starts after a gap of at least `pauseMinutes`.
 * @returns {{ id: string, start: string, end: string }[][]}
 */
export function sessionsOf(rounds, pauseMinutes = PAUSE_MINUTES) {
  const sessions = [];
  rounds.forEach((round, i) => {
    const gap = i === 0 ? Infinity : minutesOf(round.start) - minutesOf(rounds[i - 1].end);
    if (gap >= pauseMinutes) sessions.push([]);
    sessions[sessions.length - 1].push(round);
  });
  return sessions;
}

/**
 * The round the « add » button makes: after the last one, as long as it, after the change of its
 * session. The gap before the last round is that change only when it is no pause: copying a night
 * would make a round the next morning, or days later.
 */
export function nextRound(rounds, id, pauseMinutes = PAUSE_MINUTES, today = '2027-01-01') {
  const [a, b] = rounds.slice(-2);
  if (!b) return { id, start: `${today}T09:30`, end: `${today}T09:50` };
  const length = minutesOf(b.end) - minutesOf(b.start);
  const gap = a ? minutesOf(b.start) - minutesOf(a.end) : 5;
  const start = minutesOf(b.end) + (gap >= 0 && gap < pauseMinutes ? gap : 5);
  return { id, start: wallOf(start), end: wallOf(start + length) };
}
