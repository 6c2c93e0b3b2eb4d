/**
 * One way to write a time for people, per language, whatever path formats it: the one formatter
 * (src/i18n/when.ts) for e-mails and sheets, the members' pages, the live day's messages, the
 * calendar files' words, and the organizer app's browser code. French « 18 h 05 », English 24 h
 * "18:05"; no breakable space inside a time nor before a range's dash (« 18 h 00 – 18 / h 20 » was
 * what a phone showed).
 */
import { word } from '../../src/i18n';
import { clock, span } from '../../src/i18n/when';
import { blockDescription } from '../../src/invitations/calendar/wording';
import '../../src/live/messages';
import { clockOf } from '../../src/live/wall-time';
import { clockTime } from '../../src/members/i18n';
import { memberPage } from '../../src/members/pages';
import { browserModule } from '../organizer-app/browser-module';

// The app keeps its language in the browser's storage; here, a map of this process.
const stored = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v) },
  document: { documentElement: {} },
});
const { setLang } = browserModule('i18n.js');
const app = browserModule('wall-time.js');

const ZONE = 'Europe/Paris';
/** Wall times in Paris (winter: UTC+1) and the instants they are. */
const WALLS = ['2027-01-22T18:05', '2027-01-23T09:30', '2027-01-22T00:10', '2027-01-22T12:00', '2027-01-22T23:59'];
const ms = (wall: string) => Date.parse(`${wall}:00+01:00`);
const EXPECTED = {
  fr: ['18\u00a0h\u00a005', '9\u00a0h\u00a030', '0\u00a0h\u00a010', '12\u00a0h\u00a000', '23\u00a0h\u00a059'],
  en: ['18:05', '09:30', '00:10', '12:00', '23:59'],
};
/** A time or a range may break only after the dash. */
const unbreakable = (text: string) => text.split('– ').every((part) => !/[ \t\n]/.test(part));
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('one time formatter for people', () => {
  afterAll(() => setLang('fr'));

  for (const lang of ['fr', 'en'] as const)
    it(`writes a time the same on every path, in ${lang === 'fr' ? 'French' : 'English'}`, () => {
      setLang(lang);
      WALLS.forEach((wall, i) => {
        const expected = EXPECTED[lang][i];
        const paths = {
          when: clock(ms(wall), ZONE, lang),
          members: clockTime(ms(wall), ZONE, lang),
          live: clockOf(wall, lang),
          app: app.clock(wall),
        };
        expect(paths).toEqual({ when: expected, members: expected, live: expected, app: expected });
        expect(unbreakable(expected)).toBe(true);
      });
    });

  for (const lang of ['fr', 'en'] as const)
    it(`writes a range the same on every path, breakable only after the dash, in ${lang === 'fr' ? 'French' : 'English'}`, () => {
      setLang(lang);
      const [start, end] = ['2027-01-22T18:00', '2027-01-22T18:20'];
      const expected = lang === 'fr' ? '18\u00a0h\u00a000\u00a0– 18\u00a0h\u00a020' : '18:00–18:20';
      expect(span(ms(start), ms(end), ZONE, lang)).toBe(expected);
      expect(app.clockSpan(start, end)).toBe(expected);
      expect(app.wallSpan(start, end)).toBe(lang === 'fr' ? `ven. 22 janv. ${expected}` : `Fri 22 Jan ${expected}`);
      // Past midnight, each end says its day; the dash still holds to the start.
      expect(app.wallSpan('2027-01-22T23:50', '2027-01-23T00:10')).toBe(
        lang === 'fr' ? 'ven. 22 janv. 23\u00a0h\u00a050\u00a0– sam. 23 janv. 0\u00a0h\u00a010' : 'Fri 22 Jan 23:50\u00a0– Sat 23 Jan 00:10',
      );

      // A member's page: the day's list writes each meeting's hours so.
      const page = memberPage({
        lang,
        zone: ZONE,
        eventName: 'Test',
        path: '/m/token',
        at: ms('2027-01-22T17:00'),
        assets: { css: '', script: '' },
        publicUrl: 'https://auditions.example.org',
        memberName: 'Léa Martin',
        groupName: 'Groupe 1',
        questions: [],
        form: {},
        stops: [
          {
            roundId: 'r1',
            start: ms(start),
            end: ms(end),
            table: { id: 't1', name: 'Table 1', isLink: false },
            expert: { id: 'e1', name: 'Ada', themes: [] },
          } as never,
        ],
      });
      expect(text(/<p class="when">(.*?)<\/p>/.exec(page)![1])).toBe(expected);

      // The live day's messages (a member's meeting in a notice, a delay's reason) and the calendar's words (French only).
      expect(word({ code: 'notice.stop', params: { start, end, expert: 'Ada', table: 'Table 1' } }, lang)).toContain(`, ${expected}`);
      expect(word({ code: 'live.delay.reason', params: { minutes: 10, from: start } }, lang)).toMatch(new RegExp(`${EXPECTED[lang][0].replace('05', '00')}`));
      if (lang === 'fr') {
        const block = { timezone: ZONE, table: { id: 't1', name: 'Table 1' }, rounds: [{ roundId: 'r1', start: ms(start), end: ms(end), groups: [] }] };
        expect(blockDescription('Test', block as never, false)).toContain(`${expected} : pause`);
      }
    });
});
