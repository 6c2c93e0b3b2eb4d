import { browserModule } from './browser-module';

const { generateRounds, checkPlan, parseRoundList, generateSessions, checkSessions, sessionsOf, nextRound } = browserModule('rounds.js');

describe('rounds from a timetable in words', () => {
  it('start 09:30, 6 rounds of 20 min, 5 min change, a 15 min break after round 3', () => {
    expect(generateRounds({ date: '2027-01-22', start: '09:30', count: 6, length: 20, change: 5, breaksAfter: [3], breakLength: 15 })).toEqual([
      { id: 'r1', start: '2027-01-22T09:30', end: '2027-01-22T09:50' },
      { id: 'r2', start: '2027-01-22T09:55', end: '2027-01-22T10:15' },
      { id: 'r3', start: '2027-01-22T10:20', end: '2027-01-22T10:40' },
      { id: 'r4', start: '2027-01-22T10:55', end: '2027-01-22T11:15' },
      { id: 'r5', start: '2027-01-22T11:20', end: '2027-01-22T11:40' },
      { id: 'r6', start: '2027-01-22T11:45', end: '2027-01-22T12:05' },
    ]);
  });

  it('runs past midnight into the next day, and across a month end, as wall times', () => {
    const rounds = generateRounds({ date: '2027-01-31', start: '23:20', count: 3, length: 20, change: 0 });
    expect(rounds.map((r: any) => [r.start, r.end])).toEqual([
      ['2027-01-31T23:20', '2027-01-31T23:40'],
      ['2027-01-31T23:40', '2027-02-01T00:00'],
      ['2027-02-01T00:00', '2027-02-01T00:20'],
    ]);
  });

  it("keeps wall times on a daylight-saving night (the zone is the API's business)", () => {
    const rounds = generateRounds({ date: '2027-03-28', start: '01:30', count: 2, length: 30, change: 0 });
    expect(rounds[1]).toEqual({ id: 'r2', start: '2027-03-28T02:00', end: '2027-03-28T02:30' });
  });

  it('numbers from firstId and names every impossible field', () => {
    expect(generateRounds({ date: '2027-01-22', start: '14:00', count: 1, length: 45, change: 5, firstId: 7 })).toEqual([
      { id: 'r7', start: '2027-01-22T14:00', end: '2027-01-22T14:45' },
    ]);
    expect(checkPlan({ date: '22/01/2027', start: '25:00', count: 0, length: 0, change: -1, breakLength: 1.5 })).toEqual([
      'date',
      'start',
      'count',
      'length',
      'change',
      'breakLength',
    ]);
    expect(() => generateRounds({ date: '2027-01-22', start: '9h', count: 2, length: 20, change: 5 })).toThrow('start');
    expect(parseRoundList('3, 6;x 0 9')).toEqual([3, 6, 9]);
  });
});

describe('a two-day event: sessions', () => {
  const friday = { date: '2027-01-22', start: '18:00', count: 6, length: 20, change: 5 };
  const saturday = { date: '2027-01-23', start: '09:30', count: 7, length: 20, change: 5 };

  it('numbers the rounds on across a Friday evening and a Saturday morning', () => {
    const rounds = generateSessions([friday, saturday]);
    expect(rounds).toHaveLength(13);
    expect(rounds[5]).toEqual({ id: 'r6', start: '2027-01-22T20:05', end: '2027-01-22T20:25' });
    expect(rounds[6]).toEqual({ id: 'r7', start: '2027-01-23T09:30', end: '2027-01-23T09:50' });
    expect(rounds[12]).toEqual({ id: 'r13', start: '2027-01-23T12:00', end: '2027-01-23T12:20' });
  });

  it('names a session that starts before the previous one ends', () => {
    expect(checkSessions([friday, { ...friday, start: '19:00' }])).toEqual([[], ['overlap']]);
    expect(checkSessions([friday, { ...saturday, count: 0 }])).toEqual([[], ['count']]);
    expect(checkSessions([friday, saturday])).toEqual([[], []]);
  });

  it('splits rounds into sessions at a pause of at least pauseMinutes', () => {
    const rounds = generateSessions([friday, saturday]);
    expect(sessionsOf(rounds).map((s: unknown[]) => s.length)).toEqual([6, 7]);
    // A 15-minute break inside a morning is no pause at 30 minutes, and is one at 15.
    const morning = generateRounds({ date: '2027-01-23', start: '09:30', count: 4, length: 20, change: 5, breaksAfter: [2], breakLength: 15 });
    expect(sessionsOf(morning).map((s: unknown[]) => s.length)).toEqual([4]);
    expect(sessionsOf(morning, 15).map((s: unknown[]) => s.length)).toEqual([2, 2]);
  });

  it("adds a round after the last one with its session's change, never the night before it", () => {
    const rounds = generateSessions([friday, { ...saturday, count: 1 }]);
    // The gap before the last round is a night: the new round follows after a plain change.
    expect(nextRound(rounds, 'r8')).toEqual({ id: 'r8', start: '2027-01-23T09:55', end: '2027-01-23T10:15' });
    expect(nextRound(generateSessions([friday]), 'r7')).toEqual({ id: 'r7', start: '2027-01-22T20:30', end: '2027-01-22T20:50' });
    expect(nextRound([], 'r1', 30, '2027-01-22')).toEqual({ id: 'r1', start: '2027-01-22T09:30', end: '2027-01-22T09:50' });
  });
});
