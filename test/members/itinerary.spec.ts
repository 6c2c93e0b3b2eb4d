import fs from 'node:fs';
import path from 'node:path';
import { type UnmetCause, unmetCauses } from '../../src/engine';
import { clockTime, pickLang } from '../../src/members/i18n';
import { expertStops, groupOfMember, groupStops, momentAt } from '../../src/members/itinerary';
import { median, receiptOf, sharesOf, unmetReason } from '../../src/members/receipt';
import { at, meetingsOf, problemOf, saturday } from './saturday';

const SAMPLES = path.resolve(__dirname, '../../samples');

/** The Saturday (three rounds, a lunch break before round 4); group g1 skips round 2. */
const instance = saturday({
  experts: [
    { id: 'e1', name: 'Ada', organization: 'Org A' },
    { id: 'e2', name: 'Bob' },
    { id: 'e3', name: 'Cyd' },
  ],
  groups: [
    {
      id: 'g1',
      name: 'Groupe 1',
      size: 2,
      members: [
        { id: 'm1', name: 'Marie' },
        { id: 'm2', name: 'Paul' },
      ],
      wishes: [
        { expert: 'e1', weight: 3 },
        { expert: 'e3', weight: 1 },
      ],
    },
    { id: 'g2', name: 'Groupe 2', size: 3, wishes: [{ expert: 'e2', weight: 2 }] },
  ],
});
const problem = problemOf(instance);
const meetings = meetingsOf(problem, [
  { round: 'r4', table: 't1', expert: 'e3', group: 'g1' },
  { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
  { round: 'r3', table: 't2', expert: 'e2', group: 'g1' },
  { round: 'r1', table: 't2', expert: 'e2', group: 'g2' },
]);
const stops = groupStops(problem, meetings, 'g1')!;

describe('now and next for a group', () => {
  it('lists the group’s meetings in time order, whatever the schedule’s order, with the video room as a link', () => {
    expect(stops.map((s) => s.roundId)).toEqual(['r1', 'r3', 'r4']);
    expect(stops[1].table).toEqual({ id: 't2', name: 'Zoom 2', location: 'https://zoom.example.org/j/2', isLink: true });
    expect(stops[0].table).toMatchObject({ location: 'Salle du conseil', isLink: false });
    expect(groupStops(problem, meetings, 'nobody')).toBeUndefined();
    expect(groupOfMember(problem, 'm1')).toBe('g1');
  });

  it('before the first round: the first meeting is next, and the answer changes when it starts', () => {
    const m = momentAt(stops, at('2027-03-27T09:00'));
    expect(m).toMatchObject({ state: 'before', next: { roundId: 'r1' }, changesAt: at('2027-03-27T10:00') });
  });

  it('a round is [start, end): at its first instant it is now, at its end it is over', () => {
    expect(momentAt(stops, at('2027-03-27T10:00'))).toMatchObject({ state: 'meeting', now: { roundId: 'r1' }, leftMs: 20 * 60_000, next: { roundId: 'r3' } });
    expect(momentAt(stops, at('2027-03-27T10:20') - 1)).toMatchObject({ state: 'meeting', leftMs: 1 });
    expect(momentAt(stops, at('2027-03-27T10:20'))).toMatchObject({ state: 'between', next: { roundId: 'r3' }, changesAt: at('2027-03-27T10:50') });
  });

  it('a round the group sits out and the lunch break are "between", with the next meeting', () => {
    expect(momentAt(stops, at('2027-03-27T10:30'))).toMatchObject({ state: 'between', next: { roundId: 'r3', start: at('2027-03-27T10:50') } });
    expect(momentAt(stops, at('2027-03-27T12:00'))).toMatchObject({ state: 'between', next: { roundId: 'r4' } });
  });

  it('the last meeting has no next; after it, the day is over', () => {
    expect(momentAt(stops, at('2027-03-27T14:05'))).toEqual(expect.objectContaining({ state: 'meeting', next: undefined, leftMs: 15 * 60_000 }));
    expect(momentAt(stops, at('2027-03-27T14:20'))).toMatchObject({ state: 'after', last: { roundId: 'r4' } });
    expect(momentAt([], at('2027-03-27T14:20'))).toEqual({ state: 'empty' });
  });

  it('an expert sees the groups coming round by round', () => {
    const mx = meetingsOf(problem, [
      { round: 'r3', table: 't2', expert: 'e2', group: 'g1' },
      { round: 'r1', table: 't2', expert: 'e2', group: 'g2' },
    ]);
    const x = expertStops(problem, mx, 'e2')!;
    expect(x.map((s) => [s.roundId, s.groups.map((g) => `${g.name}/${g.size}`)])).toEqual([
      ['r1', ['Groupe 2/3']],
      ['r3', ['Groupe 1/2']],
    ]);
  });
});

describe('across the spring clock change (Europe/Paris, 28 March 2027)', () => {
  const dst = problemOf(JSON.parse(fs.readFileSync(path.join(SAMPLES, 'dst-1.json'), 'utf8')));
  const group = dst.groups[0].id;
  const all = dst.rounds.map((r, i) => ({ round: r.id, table: dst.tables[0].id, expert: dst.experts[i % dst.experts.length].id, group }));
  const ms = meetingsOf(dst, all);
  const day = groupStops(dst, ms, group)!;

  it('01:59 then 03:00 wall time is one real minute apart: the break lasts 1 minute, and the times read as written', () => {
    // r2 ends 01:59 CET (00:59Z); r3 starts 03:00 CEST (01:00Z).
    expect(day[2].start - day[1].end).toBe(60_000);
    const m = momentAt(day, Date.parse('2027-03-28T00:59:30Z'));
    expect(m).toMatchObject({ state: 'between', next: { roundId: 'r3' }, changesAt: Date.parse('2027-03-28T01:00:00Z') });
    expect(clockTime(day[2].start, 'Europe/Paris', 'fr')).toBe('3\u00a0h\u00a000');
    expect(clockTime(day[1].end, 'Europe/Paris', 'fr')).toBe('1\u00a0h\u00a059');
  });

  it('time left in a round after the change counts real minutes', () => {
    const m = momentAt(day, Date.parse('2027-03-28T01:05:00Z'));
    expect(m).toMatchObject({ state: 'meeting', now: { roundId: 'r3' }, leftMs: 15 * 60_000 });
  });
});

describe('why this plan', () => {
  it('says which wishes are met, gives the engine’s reason for the others, and compares the share with min and median', () => {
    const shares = sharesOf(problem, meetings);
    const r = receiptOf(problem, shares, [{ group: 0, expert: 2, weight: 1, cause: { kind: 'expertFull', meetings: 4 } }], 'g1', 'fr');
    expect(r.wishes).toEqual([
      { expert: 'Ada', weight: 3, met: true },
      { expert: 'Cyd', weight: 1, met: false, reason: 'cet expert a déjà toutes les rencontres qu’il peut faire (4).' },
    ]);
    expect(r.groups).toBe(2);
    expect(r.min).toBe(Math.min(...[...shares.values()].map((s) => s!)));
    expect(r.share).toBe(shares.get('g1'));
  });

  it('says the engine’s cause in the member’s words, with names and times, in French or English', () => {
    // Cyd comes only in r1, which the group's stronger wish (Ada) takes.
    const busy = problemOf({ ...instance, experts: instance.experts.map((e) => (e.id === 'e3' ? { ...e, rounds: ['r1'] } : e)) });
    const plan = meetingsOf(busy, [
      { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
      { round: 'r1', table: 't2', expert: 'e2', group: 'g2' },
    ]);
    const unmet = unmetCauses(busy, plan);
    expect(unmet).toEqual([{ group: 0, expert: 2, weight: 1, cause: { kind: 'betterWishes', rounds: [{ round: 0, expert: 0, value: 3 }] } }]);
    const shares = sharesOf(busy, plan);
    expect(receiptOf(busy, shares, unmet, 'g1', 'fr').wishes[1].reason).toBe(
      'ce créneau est pris par un souhait de votre groupe au moins aussi fort : 10\u00a0h\u00a000 avec Ada.',
    );
    expect(receiptOf(busy, shares, unmet, 'g1', 'en').wishes[1].reason).toBe('that slot goes to a wish of your group at least as strong: 10:00 with Ada.');
  });

  it('has words for every cause in both languages, and names the day when the event spans several', () => {
    const causes: UnmetCause[] = [
      { kind: 'forbidden' },
      { kind: 'absent' },
      { kind: 'noSharedRound' },
      { kind: 'noSharedRound', from: 2 },
      { kind: 'expertFull', meetings: 5 },
      { kind: 'groupFull', meetings: 3 },
      {
        kind: 'betterWishes',
        rounds: [
          { round: 0, expert: 0, value: 3 },
          { round: 2, expert: 1, value: 2 },
        ],
      },
      { kind: 'expertBusy', rounds: [2, 3], betterElsewhere: true },
      { kind: 'notChosen' },
    ];
    for (const lang of ['fr', 'en'] as const) {
      const said = causes.map((c) => unmetReason(problem, c, lang));
      expect(new Set(said).size).toBe(causes.length);
      for (const text of said) expect(text).toMatch(/^[a-zà-ÿ’' ]+.*\.$/);
    }
    expect(unmetReason(problem, causes[6], 'fr')).toBe(
      'chacun de ces créneaux est pris par un souhait de votre groupe au moins aussi fort : 10\u00a0h\u00a000 avec Ada, 10\u00a0h\u00a050 avec Bob.',
    );
    expect(unmetReason(problem, causes[7], 'en')).toBe(
      'this expert meets other groups in every slot still free for you (10:50, 14:00); your other slots go to stronger wishes.',
    );
    const nantes = problemOf(JSON.parse(fs.readFileSync(path.join(SAMPLES, 'nantes-1.json'), 'utf8')));
    expect(unmetReason(nantes, { kind: 'expertBusy', rounds: [0], betterElsewhere: false }, 'fr')).toBe(
      'cet expert reçoit d’autres groupes au seul créneau encore libre pour vous (vendredi 22 janvier, 18\u00a0h\u00a000).',
    );
  });

  it('median of even and odd counts', () => {
    expect(median([0.2, 0.9, 0.5])).toBe(0.5);
    expect(median([0.2, 0.4, 0.6, 1])).toBeCloseTo(0.5);
    expect(median([])).toBeNull();
  });
});

describe('language', () => {
  it('French by default, English by the browser’s first preference or ?lang', () => {
    expect(pickLang(undefined, undefined)).toBe('fr');
    expect(pickLang(undefined, 'en-GB,en;q=0.9,fr;q=0.5')).toBe('en');
    expect(pickLang(undefined, 'de-DE,fr;q=0.8,en;q=0.5')).toBe('fr');
    expect(pickLang('en', 'fr')).toBe('en');
    expect(pickLang('xx', 'en')).toBe('en');
  });

  it('answers the same for a header read before, including past the thousand headers it remembers', () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 1_500; i++) {
        expect(pickLang(undefined, `x${i},en;q=0.5`)).toBe('en');
        expect(pickLang(undefined, `y${i},fr;q=0.5,en`)).toBe('fr');
      }
    }
    expect(pickLang('fr', 'x1,en;q=0.5')).toBe('fr');
  });
});
