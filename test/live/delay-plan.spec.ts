import type { InstanceFile } from '../../src/engine';
import { loadInstance } from '../../src/engine';
import { applyDelay, planDelay } from '../../src/live/delay-plan';
import { sessions } from '../../src/live/sessions';
import { word } from '../../src/i18n';
import { tinyInstance } from '../engine/tiny';

const utc = (iso: string) => Date.parse(iso);

/** Friday evening r1–r3 and Saturday morning r4–r6, Paris (the night is a pause). */
function twoDays(): InstanceFile {
  const i = tinyInstance();
  i.rounds = [
    { id: 'r1', start: '2021-01-22T18:00', end: '2021-01-22T18:20' },
    { id: 'r2', start: '2021-01-22T18:25', end: '2021-01-22T18:45' },
    { id: 'r3', start: '2021-01-22T18:50', end: '2021-01-22T19:10' },
    { id: 'r4', start: '2021-01-23T09:30', end: '2021-01-23T09:50' },
    { id: 'r5', start: '2021-01-23T09:55', end: '2021-01-23T10:15' },
    { id: 'r6', start: '2021-01-23T10:20', end: '2021-01-23T10:40' },
  ];
  for (const who of [...i.experts, ...i.groups]) delete who.rounds;
  return i;
}
const FRIDAY_17H = utc('2021-01-22T16:00:00Z');

describe('sessions', () => {
  it('a night, a lunch or any gap of pauseMinutes ends a session', () => {
    expect(sessions(twoDays()).map((s) => s.rounds.map((r) => r.id))).toEqual([
      ['r1', 'r2', 'r3'],
      ['r4', 'r5', 'r6'],
    ]);
    const lunch = twoDays();
    lunch.options = { ...lunch.options, pauseMinutes: 5 };
    expect(sessions(lunch)).toHaveLength(6);
  });

  it('a clock change inside a session does not split it (gaps are instants)', () => {
    const i = twoDays();
    i.rounds = [
      { id: 'r1', start: '2027-03-28T01:30', end: '2027-03-28T01:55' },
      // 01:55 CET to 03:05 CEST is ten real minutes.
      { id: 'r2', start: '2027-03-28T03:05', end: '2027-03-28T03:30' },
    ];
    expect(sessions(i)).toHaveLength(1);
  });
});

describe('planDelay', () => {
  it('a Friday delay moves Friday’s rounds from the given one, and leaves Saturday untouched', () => {
    const instance = twoDays();
    const plan = planDelay(instance, 'r2', 10, FRIDAY_17H);
    expect(plan.moved.map((m) => m.id)).toEqual(['r2', 'r3']);
    applyDelay(instance, plan);
    expect(instance.rounds.map((r) => r.start)).toEqual([
      '2021-01-22T18:00',
      '2021-01-22T18:35',
      '2021-01-22T19:00',
      '2021-01-23T09:30',
      '2021-01-23T09:55',
      '2021-01-23T10:20',
    ]);
    expect(loadInstance(instance).ok).toBe(true);
  });

  it('warns that the session ends later than planned, with the times, in both languages', () => {
    const plan = planDelay(twoDays(), 'r2', 15, FRIDAY_17H);
    expect(plan.warnings).toEqual([{ code: 'live.delay.pastSessionEnd', params: { end: '2021-01-22T19:25', plannedEnd: '2021-01-22T19:10' } }]);
    expect(word(plan.warnings[0], 'fr')).toBe('la session finira à 19\u00a0h\u00a025 au lieu de 19\u00a0h\u00a010');
    expect(word(plan.warnings[0], 'en')).toBe('the session will end at 19:25 instead of 19:10');
    expect(word(plan.reason, 'fr')).toBe('Retard de 15 min à partir du tour de 18\u00a0h\u00a025');
  });

  it('refuses a delay that would run into the next session, naming the round and the times', () => {
    const instance = twoDays();
    expect(() => planDelay(instance, 'r3', 14 * 60 + 30, FRIDAY_17H)).toThrow(
      /the 18:50 round would end at 09:40, after the next session starts \(Saturday 23 January, 09:30\)/,
    );
    expect(() => planDelay(instance, 'r3', 14 * 60, FRIDAY_17H)).not.toThrow();
  });

  it('an earlier start may not overlap the previous round nor go into the past', () => {
    expect(() => planDelay(twoDays(), 'r2', -10, FRIDAY_17H)).toThrow(/before the previous round ends \(18:20\)/);
    expect(() => planDelay(twoDays(), 'r2', -5, FRIDAY_17H)).not.toThrow();
    expect(() => planDelay(twoDays(), 'r1', -90, FRIDAY_17H)).toThrow(/already past/);
  });

  it('refuses a round already started, and a zero delay naming the field', () => {
    expect(() => planDelay(twoDays(), 'r1', 5, utc('2021-01-22T17:05:00Z'))).toThrow(/the 18:00 round has already started/);
    try {
      planDelay(twoDays(), 'r2', 0, FRIDAY_17H);
      throw new Error('accepted');
    } catch (error) {
      expect((error as { fields: { path: string }[] }).fields.map((f) => f.path)).toEqual(['minutes']);
    }
  });

  it('counts real minutes across the spring clock change, and moves only that weekend night’s session', () => {
    const i = twoDays();
    i.rounds = [
      { id: 'r1', start: '2027-03-27T18:00', end: '2027-03-27T18:20' },
      { id: 'r2', start: '2027-03-28T01:30', end: '2027-03-28T01:45' },
      { id: 'r3', start: '2027-03-28T01:50', end: '2027-03-28T03:30' },
      { id: 'r4', start: '2027-03-28T09:30', end: '2027-03-28T09:50' },
    ];
    const plan = planDelay(i, 'r2', 30, utc('2027-03-27T12:00:00Z'));
    applyDelay(i, plan);
    // 01:30 + 30 real minutes = 02:00 CET, which the clocks show as 03:00 CEST.
    expect(i.rounds.map((r) => [r.start, r.end])).toEqual([
      ['2027-03-27T18:00', '2027-03-27T18:20'],
      ['2027-03-28T03:00', '2027-03-28T03:15'],
      ['2027-03-28T03:20', '2027-03-28T04:00'],
      ['2027-03-28T09:30', '2027-03-28T09:50'],
    ]);
  });

  it('counts real minutes across the autumn clock change', () => {
    const i = twoDays();
    i.rounds = [{ id: 'r1', start: '2027-10-31T01:40', end: '2027-10-31T01:55' }];
    applyDelay(i, planDelay(i, 'r1', 90, utc('2027-10-30T12:00:00Z')));
    // 01:40 CEST is 23:40Z; 90 min later is 01:10Z, after the change: 02:10 CET (the second 02:10).
    expect(i.rounds[0]).toMatchObject({ start: '2027-10-31T02:10', end: '2027-10-31T02:25' });
  });

  it('names an unknown round in the field', () => {
    expect(() => planDelay(twoDays(), 'r9', 5, FRIDAY_17H)).toThrow('unknown round "r9"');
  });
});
