import { readAvailability } from '../../src/events/import/availability';
import { sessionsOf } from '../../src/events/import/event-days';
import { twoDayEvent } from './import-helpers';

const FRIDAY = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
const SATURDAY = ['r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13'];

describe('availabilities by day words', () => {
  const sessions = sessionsOf(twoDayEvent());
  const rounds = (text: string) => {
    const read = readAvailability(text, sessions);
    if (!read.ok) throw new Error(`${text}: ${read.code}`);
    return read.rounds;
  };

  it('finds the sessions in the event’s time zone, split at a pause', () => {
    expect(sessions.map((s) => [s.date, s.weekday, s.part, s.rounds.length])).toEqual([
      ['2021-01-22', 5, 'evening', 6],
      ['2021-01-23', 6, 'morning', 7],
    ]);
    // With pauseMinutes 5, every 5-minute change is a pause: each round is its own session.
    const lunch = twoDayEvent({ options: { pauseMinutes: 5 } });
    expect(sessionsOf(lunch)).toHaveLength(13);
  });

  it('maps French and English day words, parts of the day, « uniquement », « + » and « et »', () => {
    expect(rounds('vendredi')).toEqual(FRIDAY);
    expect(rounds('Samedi uniquement')).toEqual(SATURDAY);
    expect(rounds('samedi matin')).toEqual(SATURDAY);
    expect(rounds('vendredi soir')).toEqual(FRIDAY);
    expect(rounds('Friday evening')).toEqual(FRIDAY);
    expect(rounds('vendredi + samedi')).toBeUndefined();
    expect(rounds('vendredi et samedi')).toBeUndefined();
    expect(rounds('tous')).toBeUndefined();
    expect(rounds('les deux jours')).toBeUndefined();
    expect(rounds('')).toBeUndefined();
    expect(rounds('jour 2')).toEqual(SATURDAY);
    expect(rounds('sauf vendredi')).toEqual(SATURDAY);
    expect(rounds('r1, r2 ; r13')).toEqual(['r1', 'r2', 'r13']);
    expect(rounds('vendredi + r13')).toEqual([...FRIDAY, 'r13']);
    expect(rounds('23/01')).toEqual(SATURDAY);
    expect(rounds('22/01/2021 + 2021-01-23T00:00')).toBeUndefined();
  });

  it('refuses a day without rounds and words it does not know, saying so', () => {
    expect(readAvailability('samedi après-midi', sessions)).toEqual({
      ok: false,
      code: 'import.noRoundThen',
      params: { value: 'samedi après-midi', dates: ['2021-01-22', '2021-01-23'] },
    });
    expect(readAvailability('dimanche', sessions)).toMatchObject({ ok: false, code: 'import.noRoundThen' });
    expect(readAvailability('24/01', sessions)).toMatchObject({ ok: false, code: 'import.noRoundThen' });
    // No day of the calendar: said so, not « no round then ».
    expect(readAvailability('31/02/2027', sessions)).toEqual({
      ok: false,
      code: 'import.notADate',
      params: { value: '31/02/2027', dates: ['2021-01-22', '2021-01-23'] },
    });
    expect(readAvailability('vendredi + 2021-13-01', sessions)).toMatchObject({ ok: false, code: 'import.notADate', params: { value: '2021-13-01' } });
    expect(readAvailability('29/02', sessions)).toMatchObject({ ok: false, code: 'import.noRoundThen' });
    expect(readAvailability('23/01/2021', sessions)).toMatchObject({ ok: true });
    expect(readAvailability('le week-end', sessions)).toMatchObject({
      ok: false,
      code: 'import.unknownDay',
      params: { parts: ['2021-01-22 evening', '2021-01-23 morning'] },
    });
    expect(readAvailability('vendredi matin soir', sessions)).toMatchObject({ ok: false, code: 'import.unknownDay' });
    expect(readAvailability('samedi', [])).toEqual({ ok: false, code: 'import.noRoundsYet', params: { value: 'samedi' } });
  });
});
