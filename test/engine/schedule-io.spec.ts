import { ENGINE_MESSAGES, wordIn } from '../../src/engine/messages';
import { describeViolation } from '../../src/engine/rules';
import { readSchedule, writeSchedule } from '../../src/engine/schedule-io';
import { M, TINY_METRICS, indexed, problemOf, tinyMeetings } from './tiny';

const scheduleOf = (meetings: unknown[], extra: Record<string, unknown> = {}) => ({
  format: 'audition-schedule/1',
  meetings,
  metrics: TINY_METRICS,
  ...extra,
});

describe('readSchedule', () => {
  it('reads a valid schedule into index meetings', () => {
    const p = problemOf();
    expect(readSchedule(p, scheduleOf(tinyMeetings()))).toEqual({ meetings: indexed(p, tinyMeetings()), errors: [] });
  });

  it('reports unknown ids by path and leaves those meetings out', () => {
    const p = problemOf();
    const meetings = tinyMeetings();
    meetings[4] = M('r3', 't3', 'e99', 'g3');
    meetings[5] = M('r7', 't1', 'e1', 'g8');
    const read = readSchedule(p, scheduleOf(meetings));
    expect(read.errors).toEqual([
      { rule: 'reference', path: 'meetings[4].expert', said: { code: 'instance.unknown_ref', params: { kind: 'expert', id: 'e99' } } },
      { rule: 'reference', path: 'meetings[5].round', said: { code: 'instance.unknown_ref', params: { kind: 'round', id: 'r7' } } },
      { rule: 'reference', path: 'meetings[5].group', said: { code: 'instance.unknown_ref', params: { kind: 'group', id: 'g8' } } },
    ]);
    expect(read.errors.map(describeViolation)).toEqual([
      'meetings[4].expert: unknown expert "e99"',
      'meetings[5].round: unknown round "r7"',
      'meetings[5].group: unknown group "g8"',
    ]);
    expect(read.errors.map((e) => wordIn(ENGINE_MESSAGES, e.said, 'fr'))).toEqual(['expert « e99 » inconnu', 'tour « r7 » inconnu', 'groupe « g8 » inconnu']);
    expect(read.meetings).toEqual(indexed(p, tinyMeetings().slice(0, 4)));
  });

  it('reports shape errors with their path, and still reads the good meetings', () => {
    const p = problemOf();
    const read = readSchedule(p, { format: 'audition-schedule/1', meetings: [M('r1', 't2', 'e2', 'g1'), { round: 'r1', table: 't1', expert: 'e1' }] });
    expect(read.errors).toEqual(
      expect.arrayContaining([
        { rule: 'reference', path: 'metrics', said: { code: 'shape.required' } },
        { rule: 'reference', path: 'meetings[1].group', said: { code: 'shape.required' } },
      ]),
    );
    expect(read.meetings).toEqual(indexed(p, [M('r1', 't2', 'e2', 'g1')]));
  });

  it('reports a file that is not a schedule at all', () => {
    const read = readSchedule(problemOf(), 'hello');
    expect(read.meetings).toEqual([]);
    expect(read.errors).toEqual([{ rule: 'reference', said: { code: 'shape.type', params: { type: 'object' } } }]);
    expect(describeViolation(read.errors[0])).toBe('must be an object');
  });
});

describe('writeSchedule', () => {
  it('writes ids, sorted by round then table', () => {
    const p = problemOf();
    const shuffled = [...tinyMeetings()].reverse();
    const file = writeSchedule(p, indexed(p, shuffled), TINY_METRICS);
    expect(file).toEqual({
      format: 'audition-schedule/1',
      meetings: [
        M('r1', 't1', 'e1', 'g2'),
        M('r1', 't2', 'e2', 'g1'),
        M('r2', 't3', 'e3', 'g1'),
        M('r3', 't1', 'e1', 'g1'),
        M('r3', 't3', 'e3', 'g3'),
        M('r4', 't1', 'e1', 'g3'),
      ],
      metrics: TINY_METRICS,
    });
    expect(file).not.toHaveProperty('unmetWishes');
  });

  it('adds the unmet wishes when given, and reads back to the same meetings', () => {
    const p = problemOf();
    const unmet = [{ group: 'g2', expert: 'e3', weight: 3, reason: 'because' }];
    const file = writeSchedule(p, indexed(p, tinyMeetings()), TINY_METRICS, unmet);
    expect(file.unmetWishes).toEqual(unmet);
    const back = readSchedule(p, JSON.parse(JSON.stringify(file)));
    expect(back.errors).toEqual([]);
    expect(back.meetings).toEqual(expect.arrayContaining(indexed(p, tinyMeetings())));
    expect(back.meetings).toHaveLength(6);
  });
});
