import { applyDelay, planDelay } from '../../src/live/delay-plan';
import { memberNotices, remindedOfChange } from '../../src/live/member-notices';
import { reachOf } from '../../src/live/reach';
import { M, tinyInstance } from '../engine/tiny';

const withEmails = () => {
  const i = tinyInstance();
  i.groups[0].members!.forEach((m, k) => (m.email = k === 1 ? undefined : `${m.id}@example.org`));
  return i;
};
const meetings = [M('r1', 't2', 'e2', 'g1'), M('r3', 't1', 'e1', 'g1'), M('r1', 't1', 'e1', 'g2')];
const delayed = (from: string, minutes: number) => {
  const after = withEmails();
  applyDelay(after, planDelay(after, from, minutes, Date.parse('2021-01-22T12:00:00Z')));
  return after;
};

describe('memberNotices', () => {
  it('writes to the members of a group whose itinerary changed: what changed, the new itinerary, their link, French then English', () => {
    const notices = memberNotices(
      'ev',
      2,
      { instance: withEmails(), meetings },
      { instance: delayed('r3', 10), meetings },
      new Map([['m1', 'https://x/m/tok1']]),
    );
    expect(notices.map((n) => n.recipient)).toEqual(['m1@example.org', 'm3@example.org']);
    expect(notices[0]).toMatchObject({ dedupeKey: 'notice:ev:v2:m1', recipientName: 'Ana' });
    const [fr, en] = notices[0].body.split('\n—\n');
    // Times as every e-mail writes them (no-break spaces, 24-hour English); the day said once, when it stays.
    expect(fr).toContain('votre rencontre du vendredi 22 janvier à 18\u00a0h\u00a050 avec Hélène Martin est maintenant à 19\u00a0h\u00a000');
    expect(fr).toContain('vendredi 22 janvier, 19\u00a0h\u00a000\u00a0– 19\u00a0h\u00a020\u00a0: Hélène Martin, Salle 1');
    expect(fr).toContain('Votre page, toujours à jour : https://x/m/tok1');
    expect(en).toContain('your meeting on Friday 22 January at 18:50 with Hélène Martin is now at 19:00');
    expect(en).toContain('Friday 22 January, 19:00–19:20: Hélène Martin, Salle 1');
    expect(en).not.toMatch(/[AP]M\b/);
    expect(en).not.toMatch(/rencontre|Bonjour/);
    expect(notices[0].subject).toMatch(/^Votre parcours a changé : .* — Your itinerary changed: /);
    expect(notices[1].body).not.toContain('https://');
  });

  it("writes to nobody when no group's itinerary changed", () => {
    expect(memberNotices('ev', 2, { instance: withEmails(), meetings }, { instance: delayed('r4', 10), meetings }, new Map())).toEqual([]);
  });

  it('a replan that gives a group another expert says so with the new expert and table', () => {
    const replanned = [M('r1', 't2', 'e2', 'g1'), M('r3', 't2', 'e3', 'g1'), M('r1', 't1', 'e1', 'g2')];
    const notices = memberNotices('ev', 3, { instance: withEmails(), meetings }, { instance: withEmails(), meetings: replanned }, new Map());
    expect(notices).toHaveLength(2);
    expect(notices[0].body).toMatch(/votre rencontre du vendredi 22 janvier à 18\sh\s50 est maintenant avec .* \(Salle 2\)/);
  });

  it('a meeting removed is said cancelled', () => {
    const fewer = meetings.filter((m) => m.round !== 'r3');
    const notices = memberNotices('ev', 3, { instance: withEmails(), meetings }, { instance: withEmails(), meetings: fewer }, new Map());
    expect(notices[0].body).toContain('votre rencontre du vendredi 22 janvier à 18\u00a0h\u00a050 avec Hélène Martin est annulée');
    expect(notices[0].body).toContain('your meeting on Friday 22 January at 18:50 with Hélène Martin is cancelled');
  });

  it('on a two-day event, names the new day of a meeting moved to it, and of a meeting added', () => {
    const twoDays = () => {
      const i = withEmails();
      i.rounds.push({ id: 'r5', start: '2021-01-23T09:40', end: '2021-01-23T10:00' });
      return i;
    };
    // r3 moves to Saturday 9:15 (its round's time changes) and g1 gets a new meeting in r5, Saturday 9:40.
    const after = twoDays();
    after.rounds[2] = { id: 'r3', start: '2021-01-23T09:15', end: '2021-01-23T09:35' };
    const more = [...meetings, M('r5', 't2', 'e3', 'g1')];
    const [n] = memberNotices('ev', 4, { instance: twoDays(), meetings }, { instance: after, meetings: more }, new Map());
    const [fr, en] = n.body.split('\n—\n');
    expect(fr).toContain(
      'votre rencontre du vendredi 22 janvier à 18\u00a0h\u00a050 avec Hélène Martin est maintenant le samedi 23 janvier à 9\u00a0h\u00a015',
    );
    expect(fr).toContain('nouvelle rencontre le samedi 23 janvier à 9\u00a0h\u00a040 avec Awa Diallo (Salle 2)');
    expect(en).toContain('your meeting on Friday 22 January at 18:50 with Hélène Martin is now on Saturday 23 January at 09:15');
    expect(en).toContain('new meeting on Saturday 23 January at 09:40 with Awa Diallo (Salle 2)');
    expect(fr).toContain('samedi 23 janvier, 9\u00a0h\u00a040\u00a0– 10\u00a0h\u00a000\u00a0: Awa Diallo, Salle 2');
    expect(fr).not.toMatch(/à samedi/);
  });
});

describe('reachOf', () => {
  it('counts the pages of the members whose itinerary changes, those with an address, and the experts affected', () => {
    const before = { instance: withEmails(), meetings };
    expect(reachOf(before, { instance: delayed('r3', 10), meetings })).toEqual({ memberPages: 3, emails: 2, experts: 1 });
    expect(reachOf(before, { instance: delayed('r4', 10), meetings })).toEqual({ memberPages: 0, emails: 0, experts: 0 });
  });
});

describe('remindedOfChange', () => {
  it('names the members whose reminder told them times of a session the change touches, and only them', () => {
    const before = { instance: withEmails(), meetings };
    const after = { instance: delayed('r3', 10), meetings };
    const firstRound = before.instance.rounds[0].id;
    const members = before.instance.groups.flatMap((g) => (g.members ?? []).map((m) => ({ member: m.id, group: g.id })));
    const sent = members.map(({ member }) => ({ member, firstRound }));
    const told = remindedOfChange(before, after, sent);
    // The delay from r3 moves g1's meeting (r3), not g2's (r1 only).
    const changed = new Set(members.filter((m) => m.group === 'g1').map((m) => m.member));
    expect(told).toEqual(changed);
    expect(changed.size).toBeGreaterThan(0);
    // Nobody reminded: nobody to correct; nothing changed: nobody either.
    expect(remindedOfChange(before, after, [])).toEqual(new Set());
    expect(remindedOfChange(before, before, sent)).toEqual(new Set());
  });
});
