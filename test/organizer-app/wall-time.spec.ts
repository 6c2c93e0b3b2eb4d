/**
 * The setup lists' round times: shown as wall times with their day (« ven. 22 janv. 18 h 00 –
 * 18 h 20 », "Fri 22 Jan 18:00–18:20", no-break spaces inside), typed back as people write them.
 */
import { browserModule } from './browser-module';

// The app keeps its language in the browser's storage; here, a map of this process.
const stored = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v) },
  document: { documentElement: {} },
});
const { setLang, inSeconds } = browserModule('i18n.js');
const { wallSpan, dayTime, typedDay, parseDay, parseClock } = browserModule('wall-time.js');
const { movedRound } = browserModule('views/items.js');
const { slotIn, dateTimeIn } = browserModule('views/reach-time.js');

describe('round times as people read and type them', () => {
  afterEach(() => setLang('fr'));

  it('says a round by its day and hours, French first, English in English', () => {
    setLang('fr');
    expect(wallSpan('2027-01-22T18:00', '2027-01-22T18:20')).toBe('ven. 22 janv. 18\u00a0h\u00a000\u00a0– 18\u00a0h\u00a020');
    expect(dayTime('2027-01-23T09:30')).toBe('sam. 23 janv. 9\u00a0h\u00a030');
    // Past midnight, the end says its own day.
    expect(wallSpan('2027-01-22T23:50', '2027-01-23T00:10')).toBe('ven. 22 janv. 23\u00a0h\u00a050\u00a0– sam. 23 janv. 0\u00a0h\u00a010');
    setLang('en');
    expect(wallSpan('2027-01-22T18:00', '2027-01-22T18:20')).toBe('Fri 22 Jan 18:00–18:20');
    expect(dayTime('2027-01-23T12:05')).toBe('Sat 23 Jan 12:05');
  });

  it("says the « Diffuser » screen's instants in the event's zone, by the same rule, across a clock change", () => {
    setLang('fr');
    // 08:30Z on the Saturday of January is 9:30 in Paris; the last Sunday of October 2027 is the 31st.
    expect(slotIn('2027-01-23T08:30:00Z', '2027-01-23T08:50:00Z', 'Europe/Paris')).toBe('sam. 23 janv. 9\u00a0h\u00a030\u00a0– 9\u00a0h\u00a050');
    expect(dateTimeIn('2027-10-31T00:30:00Z', 'Europe/Paris')).toBe('dim. 31 oct. 2\u00a0h\u00a030');
    expect(dateTimeIn('2027-10-31T01:30:00Z', 'Europe/Paris')).toBe('dim. 31 oct. 2\u00a0h\u00a030');
    expect(slotIn('2027-01-22T22:50:00Z', '2027-01-22T23:10:00Z', 'Europe/Paris')).toBe(
      'ven. 22 janv. 23\u00a0h\u00a050\u00a0– sam. 23 janv. 0\u00a0h\u00a010',
    );
    setLang('en');
    expect(slotIn('2027-01-23T08:30:00Z', '2027-01-23T08:50:00Z', 'Europe/Paris')).toBe('Sat 23 Jan 09:30–09:50');
    expect(dateTimeIn('2027-01-20T10:00:00Z', 'America/Montreal')).toBe('Wed 20 Jan 05:00');
  });

  it("writes a generation's elapsed seconds with the language's decimal mark", () => {
    setLang('fr');
    expect(inSeconds(1300)).toBe('1,3');
    setLang('en');
    expect(inSeconds(1300)).toBe('1.3');
  });

  it('reads a day and a time typed either way, and refuses what is none', () => {
    expect(typedDay('2027-01-22T18:00')).toBe('22/01/2027');
    expect(['22/01/2027', '22/1/2027', '2027-01-22', ' 22.01.2027 '].map(parseDay)).toEqual(Array(4).fill('2027-01-22'));
    expect(['31/02/2027', '2027-13-01', 'vendredi', ''].map(parseDay)).toEqual([null, null, null, null]);
    expect(['18 h 00', '18h', '18:00', '18 H 05', '6:00 PM', '6 pm', '12:30 am', '0 h 10'].map(parseClock)).toEqual([
      '18:00',
      '18:00',
      '18:00',
      '18:05',
      '18:00',
      '18:00',
      '00:30',
      '00:10',
    ]);
    expect(['24:00', '18:60', '13 pm', 'midi', ''].map(parseClock)).toEqual([null, null, null, null, null]);
  });

  it('moves a whole round with its day or its start, and closes it with its end', () => {
    const round = { id: 'r7', start: '2027-01-23T09:30', end: '2027-01-23T09:50' };
    expect(movedRound(round, 'date', '2027-01-24')).toEqual({ start: '2027-01-24T09:30', end: '2027-01-24T09:50' });
    expect(movedRound(round, 'start', '09:40')).toEqual({ start: '2027-01-23T09:40', end: '2027-01-23T10:00' });
    expect(movedRound(round, 'end', '10:00')).toEqual({ start: '2027-01-23T09:30', end: '2027-01-23T10:00' });
    // An end before the start is the next morning's.
    expect(movedRound({ id: 'r1', start: '2027-01-22T23:50', end: '2027-01-23T00:10' }, 'end', '00:20')).toEqual({
      start: '2027-01-22T23:50',
      end: '2027-01-23T00:20',
    });
  });
});
