import type { InstanceFile, MeetingFile } from '../../src/engine';
import { dueMemberReminders, memberReminderOf, plannedMemberReminders, stalePendingMemberReminders } from '../../src/outreach/member-reminders';

const NBSP = '\u00a0';
const at = (iso: string) => Date.parse(iso);
const member = (id: string, name: string, email?: string) => ({ id, name, ...(email ? { email } : {}) });

/** Friday evening, then Saturday morning and afternoon (three sessions, two days), Paris. */
function event(): InstanceFile {
  return {
    format: 'audition-plan/1',
    event: { name: 'Auditions', timezone: 'Europe/Paris', location: 'Hôtel de Métropole', organizer: { email: 'orga@example.org' } },
    rounds: [
      { id: 'r1', start: '2027-01-22T18:00', end: '2027-01-22T18:20' },
      { id: 'r2', start: '2027-01-22T18:25', end: '2027-01-22T18:45' },
      { id: 'r3', start: '2027-01-23T09:30', end: '2027-01-23T09:50' },
      { id: 'r4', start: '2027-01-23T14:00', end: '2027-01-23T14:20' },
    ],
    tables: [
      { id: 't1', name: 'Salle 1', seats: 6, location: 'https://visio.example.org/salle-1' },
      { id: 't2', name: 'Salle 2', seats: 6 },
    ],
    experts: [
      { id: 'e1', name: 'Hélène Dupré' },
      { id: 'e2', name: 'Marc Petit' },
    ],
    groups: [
      { id: 'g1', name: 'Mobilités', size: 2, members: [member('m1', 'Léa Martin', 'lea@example.org'), member('m2', 'Sans Adresse')] },
      { id: 'g2', name: 'Énergie', size: 1, members: [member('m3', 'Jean Roy', 'jean@example.org')] },
    ],
  } as InstanceFile;
}
const MEETINGS: MeetingFile[] = [
  { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
  { round: 'r2', table: 't2', expert: 'e2', group: 'g1' },
  { round: 'r2', table: 't1', expert: 'e1', group: 'g2' },
  { round: 'r3', table: 't1', expert: 'e1', group: 'g2' },
  { round: 'r4', table: 't2', expert: 'e2', group: 'g1' },
  { round: 'r4', table: 't1', expert: 'e1', group: 'g2' },
];
const linksOf = (token: string) => ({
  page: `https://carrousel.example.org/m/${token}`,
  stop: { fr: `https://carrousel.example.org/u/${token}?lang=fr`, en: `https://carrousel.example.org/u/${token}?lang=en` },
});
const links = new Map([
  ['m1', linksOf('tok-lea')],
  ['m3', linksOf('tok-jean')],
]);
const input = (now: number, leadHours = 24, instance = event(), meetings = MEETINGS, stopped: ReadonlySet<string> = new Set()) => ({
  eventId: 'ev',
  published: { instance, meetings },
  current: instance,
  links,
  stopped,
  leadHours,
  now,
});
const keys = (now: number, leadHours = 24) => dueMemberReminders(input(now, leadHours)).map((d) => d.dedupeKey);

describe('members’ reminders before each session', () => {
  it('plans one per member with an address and session their group meets in, and none for a session without them', () => {
    const planned = plannedMemberReminders(input(0));
    expect(planned.map((p) => [p.dedupeKey, p.recipient, new Date(p.sendAt).toISOString()])).toEqual([
      // Friday evening: g1 from 18:00 (17:00Z), g2 from 18:25.
      ['member-reminder:ev:m1:r1', 'lea@example.org', '2027-01-21T17:00:00.000Z'],
      ['member-reminder:ev:m3:r1', 'jean@example.org', '2027-01-21T17:25:00.000Z'],
      // Saturday morning: only g2 meets.
      ['member-reminder:ev:m3:r3', 'jean@example.org', '2027-01-22T08:30:00.000Z'],
      // Saturday afternoon, a second session that day: both.
      ['member-reminder:ev:m1:r4', 'lea@example.org', '2027-01-22T13:00:00.000Z'],
      ['member-reminder:ev:m3:r4', 'jean@example.org', '2027-01-22T13:00:00.000Z'],
    ]);
  });

  it('is due from its moment until the first meeting starts, never before nor after', () => {
    expect(keys(at('2027-01-21T16:59:00Z'))).toEqual([]);
    expect(keys(at('2027-01-21T17:00:00Z'))).toEqual(['member-reminder:ev:m1:r1']);
    // A service down for hours still reminds once it is back, while the session has not started
    // (Saturday's are due too by then, a day ahead of them).
    const saturday = ['member-reminder:ev:m3:r3', 'member-reminder:ev:m1:r4', 'member-reminder:ev:m3:r4'];
    expect(keys(at('2027-01-22T16:59:00Z'))).toEqual(['member-reminder:ev:m1:r1', 'member-reminder:ev:m3:r1', ...saturday]);
    expect(keys(at('2027-01-22T17:00:00Z'))).toEqual(['member-reminder:ev:m3:r1', ...saturday]);
    expect(keys(at('2027-01-22T17:30:00Z'))).toEqual(saturday);
    expect(keys(at('2027-01-23T13:00:00Z'))).toEqual([]);
    // Two hours ahead instead of a day.
    expect(keys(at('2027-01-22T14:59:00Z'), 2)).toEqual([]);
    expect(keys(at('2027-01-22T15:00:00Z'), 2)).toEqual(['member-reminder:ev:m1:r1']);
  });

  it('says the session’s meetings, first then next, and the page, in French then in English', () => {
    const [lea] = dueMemberReminders(input(at('2027-01-21T17:00:00Z')));
    expect(lea.subject).toBe(`Rappel : Auditions, vendredi 22 janvier à 18${NBSP}h${NBSP}00 — Reminder: Auditions, Friday 22 January at 18:00`);
    const [fr, en] = lea.body.split('\n\n—\n\n');
    expect(fr.split('\n')).toEqual([
      'Bonjour Léa Martin,',
      '',
      'Votre groupe « Mobilités » a rendez-vous le vendredi 22 janvier pour « Auditions ». Votre parcours de cette séance :',
      `  - d’abord, 18${NBSP}h${NBSP}00${NBSP}– 18${NBSP}h${NBSP}20${NBSP}: Hélène Dupré, Salle 1 (https://visio.example.org/salle-1)`,
      `  - ensuite, 18${NBSP}h${NBSP}25${NBSP}– 18${NBSP}h${NBSP}45${NBSP}: Marc Petit, Salle 2 (Hôtel de Métropole)`,
      '',
      'Votre page, qui suit les changements en direct : https://carrousel.example.org/m/tok-lea',
      '',
      'Les organisateurs vous envoient ce rappel une fois avant chaque séance.',
      'Ne plus recevoir ces rappels : https://carrousel.example.org/u/tok-lea?lang=fr',
    ]);
    expect(en).toContain('Stop these reminders: https://carrousel.example.org/u/tok-lea?lang=en');
    expect(en).toContain('Your group "Mobilités" meets on Friday 22 January for "Auditions". Your itinerary for this session:');
    expect(en).toContain('  - first, 18:00–18:20: Hélène Dupré, Salle 1 (https://visio.example.org/salle-1)');
    expect(en).toContain('  - then, 18:25–18:45: Marc Petit, Salle 2 (Hôtel de Métropole)');
    // Nothing French in the English half, nothing of the next session in this one.
    expect(en).not.toMatch(/vendredi|janvier| h /);
    expect(lea.body).not.toContain('14');
    // A session with one meeting says it, without « d’abord » / "first" before nothing else.
    const jean = dueMemberReminders(input(at('2027-01-22T08:30:00Z'))).find((d) => d.dedupeKey.endsWith('m3:r3'))!;
    expect(jean.body).toContain(`\n  - 9${NBSP}h${NBSP}30${NBSP}– 9${NBSP}h${NBSP}50${NBSP}: Hélène Dupré, Salle 1 (https://visio.example.org/salle-1)\n`);
    expect(jean.body).toContain('\n  - 09:30–09:50: Hélène Dupré, Salle 1');
    expect(jean.body).not.toMatch(/d’abord|first,/);
  });

  it('plans nothing for a member who stopped their reminders, and the same for the others', () => {
    const all = plannedMemberReminders(input(0));
    const without = plannedMemberReminders(input(0, 24, event(), MEETINGS, new Set(['m1'])));
    expect(without.map((p) => p.dedupeKey)).toEqual(all.filter((p) => !p.dedupeKey.includes(':m1:')).map((p) => p.dedupeKey));
    expect(without.map((p) => p.recipient)).not.toContain('lea@example.org');
  });

  it('keeps each reminder’s key through a delay, even one past midnight: nothing goes twice', () => {
    const before = plannedMemberReminders(input(0)).map((p) => p.dedupeKey);
    const late = event();
    late.rounds[0] = { id: 'r1', start: '2027-01-22T23:40', end: '2027-01-23T00:00' };
    late.rounds[1] = { id: 'r2', start: '2027-01-23T00:05', end: '2027-01-23T00:25' };
    const after = plannedMemberReminders(input(0, 24, late));
    expect(after.map((p) => p.dedupeKey)).toEqual(before);
    // The times it says are the new ones.
    expect(after[0].body).toContain(`d’abord, 23${NBSP}h${NBSP}40${NBSP}– 0${NBSP}h${NBSP}00`);
  });

  it('uses the addresses and table links as they are now, not as published', () => {
    const published = event();
    const current = event();
    current.groups[0].members![0].email = 'lea.martin@example.org';
    current.tables[0].location = 'https://visio.example.org/salle-1-corrigee';
    const [lea] = dueMemberReminders({ ...input(at('2027-01-21T17:00:00Z'), 24, published), current });
    expect(lea.recipient).toBe('lea.martin@example.org');
    expect(lea.body).toContain('(https://visio.example.org/salle-1-corrigee)');
  });

  it('keeps one session across the night the clocks go forward, and one reminder per member for it', () => {
    // 2027-03-28, Paris: 02:00 does not exist; 01:40–01:59 then 03:00 is one minute of real time.
    const night = event();
    night.rounds = [
      { id: 'r1', start: '2027-03-28T01:15', end: '2027-03-28T01:35' },
      { id: 'r2', start: '2027-03-28T01:40', end: '2027-03-28T01:59' },
      { id: 'r3', start: '2027-03-28T03:00', end: '2027-03-28T03:20' },
      { id: 'r4', start: '2027-03-28T03:25', end: '2027-03-28T03:45' },
    ];
    const planned = plannedMemberReminders(input(0, 24, night));
    expect(planned.map((p) => p.dedupeKey)).toEqual(['member-reminder:ev:m1:r1', 'member-reminder:ev:m3:r1']);
    // 24 hours of real time before 01:15 CET (00:15Z).
    expect(new Date(planned[0].sendAt).toISOString()).toBe('2027-03-27T00:15:00.000Z');
    const lea = planned[0].body;
    // Her stops r1 and r2 before the change and r4 after it, all in this one e-mail.
    expect(lea).toContain(`d’abord, 1${NBSP}h${NBSP}15${NBSP}– 1${NBSP}h${NBSP}35`);
    expect(lea).toContain(`ensuite, 3${NBSP}h${NBSP}25${NBSP}– 3${NBSP}h${NBSP}45`);
    expect(lea).toContain('first, 01:15–01:35');
    expect(lea).toContain('then, 03:25–03:45');
  });

  it('words again a reminder still waiting whose times changed, and withdraws one whose meeting started or left the plan', () => {
    const before = plannedMemberReminders(input(0));
    const waiting = (key: string) => before.find((p) => p.dedupeKey === key)!;
    // Friday's session 15 minutes later; Saturday morning's meeting of Jean gone.
    const later = event();
    later.rounds = later.rounds.map((r) =>
      r.id === 'r1' || r.id === 'r2' ? { ...r, start: r.start.replace(/:00$|:25$/, (m) => (m === ':00' ? ':15' : ':40')) } : r,
    );
    const after = plannedMemberReminders(
      input(
        0,
        24,
        later,
        MEETINGS.filter((m) => m.round !== 'r3'),
      ),
    );
    const pending = ['member-reminder:ev:m1:r1', 'member-reminder:ev:m3:r3', 'member-reminder:ev:m1:r4'].map(waiting);
    const { reworded, withdrawn } = stalePendingMemberReminders(after, pending, at('2027-01-22T10:00:00Z'));
    expect(reworded.map((r) => r.dedupeKey)).toEqual(['member-reminder:ev:m1:r1']);
    expect(reworded[0].subject).toContain(`18${NBSP}h${NBSP}15`);
    expect(withdrawn).toEqual(['member-reminder:ev:m3:r3']);
    // Once Saturday afternoon's meeting started, its reminder is not sent any more.
    expect(stalePendingMemberReminders(after, [waiting('member-reminder:ev:m1:r4')], at('2027-01-23T13:00:00Z')).withdrawn).toEqual([
      'member-reminder:ev:m1:r4',
    ]);
  });

  it('reads back whom a reminder went to and which session, member ids with colons included', () => {
    expect(memberReminderOf('ev', 'member-reminder:ev:m1:r4')).toEqual({ member: 'm1', firstRound: 'r4' });
    expect(memberReminderOf('ev', 'member-reminder:ev:a:b:r4')).toEqual({ member: 'a:b', firstRound: 'r4' });
    expect(memberReminderOf('ev', 'member-reminder:other:m1:r4')).toBeUndefined();
  });
});
