/**
 * A member's free rounds (the group is there, with no meeting): « Pause : temps libre » on now and
 * next and in the day's list, in the page's language; a round the group is not there for is not one.
 */
import { groupDay, isFree } from '../../src/members/itinerary';
import { memberPage, type MemberView } from '../../src/members/pages';
import { at, meetingsOf, problemOf, saturday } from './saturday';

const problem = problemOf(
  saturday({
    tables: [{ id: 't1', name: 'Table 1', seats: 6 }],
    experts: [
      { id: 'e1', name: 'Ada' },
      { id: 'e2', name: 'Bob' },
    ],
    // Not there in r4.
    groups: [{ id: 'g1', name: 'Groupe 1', size: 1, rounds: ['r1', 'r2', 'r3'], members: [{ id: 'm1', name: 'Marie' }] }],
  }),
);
const meetings = meetingsOf(problem, [
  { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
  { round: 'r3', table: 't1', expert: 'e2', group: 'g1' },
]);
const day = groupDay(problem, meetings, 'g1')!;

function page(wall: string, lang: 'fr' | 'en'): string {
  const view: MemberView = {
    lang,
    zone: 'Europe/Paris',
    eventName: 'Test',
    path: '/m/token',
    at: at(wall),
    version: { number: 1, publishedAt: '2027-03-20T10:00:00Z' },
    assets: { css: '/p/page.css', script: '/p/page.js' },
    publicUrl: 'https://auditions.example.org',
    memberName: 'Léa Martin',
    groupName: 'Groupe 1',
    stops: day,
    questions: [],
    form: {},
  };
  return memberPage(view);
}
const section = (html: string, id: string) => /<section id="[a-z]+"[^>]*>.*?<\/section>/gs.exec(html.slice(html.indexOf(`<section id="${id}"`)))![0];

describe('a member’s free rounds', () => {
  it('are the rounds the group is there for with no meeting, in time order; not those it is away', () => {
    expect(day.map((s) => [s.roundId, isFree(s)])).toEqual([
      ['r1', false],
      ['r2', true],
      ['r3', false],
    ]);
  });

  it('show as « Pause : temps libre » in now, next and the day’s list, in the page’s language', () => {
    const during = page('2027-03-27T10:30', 'fr');
    // Whose page it is, by name, with the group.
    expect(during).toContain('<h1>Léa Martin — Groupe 1</h1>');
    expect(section(during, 'now')).toContain('Pause : temps libre, pas de rencontre pour votre groupe.');
    expect(section(during, 'now')).toContain('reste 15 min');
    expect(section(during, 'next')).toContain('Bob');
    expect(section(page('2027-03-27T10:10', 'fr'), 'next')).toContain('Pause : temps libre');
    expect(section(page('2027-03-27T10:10', 'en'), 'next')).toContain('Break: free time, no meeting for your group.');
    // Free time next: and where the group goes after it; not on « now », where « next » already says it.
    expect(section(page('2027-03-27T10:10', 'fr'), 'next')).toMatch(/<p class="then">Puis : \d+\u00a0h\u00a0\d\d, Table 1, Bob<\/p>/);
    expect(section(page('2027-03-27T10:10', 'en'), 'next')).toMatch(/<p class="then">Then: [^<]+, Table 1, Bob<\/p>/);
    expect(section(during, 'now')).not.toContain('class="then"');
    const list = section(during, 'day');
    expect(list.match(/<li /g)).toHaveLength(3);
    expect(list).toMatch(/<li class="current free" data-free=""[^>]*>.*Pause : temps libre/s);
    // The script compares only meetings: a free round carries no data-round.
    expect(list.match(/data-round=/g)).toHaveLength(2);
  });

  it('before the event, a group that starts with free time is told so, not that its first meeting is free time', () => {
    const late = groupDay(problem, meetings.slice(1), 'g1')!;
    const html = memberPage({ ...pageView(), stops: late, at: at('2027-03-27T09:00') });
    expect(section(html, 'now')).toContain('Le programme n’a pas encore commencé : votre groupe commence par un temps libre.');
    expect(section(html, 'next')).toContain('Pause : temps libre');
    expect(section(page('2027-03-27T09:00', 'fr'), 'now')).toContain('Vos rencontres n’ont pas encore commencé.');
  });

  it('before the event, the next card is headed by what comes first, in both languages; « Ensuite » once the day runs', () => {
    const heading = (html: string) => /<h2 id="next-h">(.*?)<\/h2>/.exec(section(html, 'next'))![1];
    const late = groupDay(problem, meetings.slice(1), 'g1')!;
    const freeFirst = (lang: 'fr' | 'en') => memberPage({ ...pageView(), lang, stops: late, at: at('2027-03-27T09:00') });
    expect([heading(page('2027-03-27T09:00', 'fr')), heading(page('2027-03-27T09:00', 'en'))]).toEqual(['Votre première rencontre', 'Your first meeting']);
    expect([heading(freeFirst('fr')), heading(freeFirst('en'))]).toEqual(['Pour commencer', 'To begin']);
    expect(section(page('2027-03-27T09:00', 'en'), 'now')).toContain('Your meetings have not started yet.</p>');
    // Never a sentence that ends on a colon before another card's heading.
    expect(section(page('2027-03-27T09:00', 'fr'), 'now')).not.toMatch(/ :<\/p>/);
    expect([heading(page('2027-03-27T10:10', 'fr')), heading(page('2027-03-27T10:10', 'en'))]).toEqual(['Ensuite', 'Next']);
  });

  it('after the last meeting, a free round says no meeting comes next, not that it was the last one', () => {
    const only = groupDay(problem, meetings.slice(0, 1), 'g1')!;
    const html = memberPage({ ...pageView(), stops: only, at: at('2027-03-27T10:55') });
    expect(section(html, 'now')).toContain('Pause : temps libre');
    expect(section(html, 'next')).toContain('Plus de rencontre ensuite.');
  });
});

function pageView(): MemberView {
  return {
    lang: 'fr',
    zone: 'Europe/Paris',
    eventName: 'Test',
    path: '/m/token',
    at: 0,
    assets: { css: '', script: '' },
    publicUrl: 'https://auditions.example.org',
    memberName: 'Léa Martin',
    groupName: 'Groupe 1',
    questions: [],
    form: {},
  };
}
