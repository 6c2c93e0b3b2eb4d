import * as fs from 'fs';
import * as path from 'path';
import type { InstanceFile } from '../../src/engine/format';
import { describeInstanceError, loadInstance } from '../../src/engine/load';
import { ENGINE_MESSAGES, inEnglish, type Message, wordIn } from '../../src/engine/messages';
import type { InstanceError, LoadResult } from '../../src/engine/model';
import { pathOf } from '../../src/engine/schema/validate';
import { M, problemOf, tinyInstance } from './tiny';

function errorsOf(result: LoadResult): InstanceError[] {
  return result.ok ? [] : result.errors;
}

const inFrench = (said: Message): string => wordIn(ENGINE_MESSAGES, said, 'fr');

/** The instance as raw JSON: the mutations below break its types on purpose. */
type Raw = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Mutation = (i: Raw) => void;

function loadMutated(mutate: Mutation): LoadResult {
  const instance: Raw = tinyInstance();
  mutate(instance);
  return loadInstance(instance);
}

describe('loadInstance: a valid instance', () => {
  it('loads the tiny instance without errors or warnings', () => {
    const result = loadInstance(tinyInstance());
    expect(errorsOf(result)).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('turns ids into indices and applies the defaults', () => {
    const p = problemOf();
    expect(p.rounds.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(p.rounds[0]).toMatchObject({ index: 0, startWall: '2021-01-22T18:00', endWall: '2021-01-22T18:20' });
    // 18:00 in Paris in January is 17:00 UTC.
    expect(p.rounds[0].start).toBe(Date.UTC(2021, 0, 22, 17, 0));
    expect(p.rounds[0].end).toBe(Date.UTC(2021, 0, 22, 17, 20));
    expect(p.tables.map((t) => t.name)).toEqual(['Salle 1', 'Salle 2', 't3']);
    expect(p.experts[0]).toMatchObject({
      available: [true, true, true, true],
      roundCount: 4,
      maxMeetings: Infinity,
      maxConsecutive: Infinity,
      maxGroupsPerRound: 1,
      table: -1,
    });
    expect(p.experts[1]).toMatchObject({ available: [true, true, false, false], roundCount: 2, maxMeetings: 2 });
    expect(p.experts[2]).toMatchObject({ maxConsecutive: 2, table: 2 });
    expect(p.groups[0]).toMatchObject({
      size: 3,
      roundCount: 4,
      maxMeetings: Infinity,
      wishes: [
        { expert: 1, weight: 5 },
        { expert: 2, weight: 2 },
      ],
    });
    expect(p.groups[1]).toMatchObject({ available: [true, true, true, false], roundCount: 3 });
    expect(p.groups[2]).toMatchObject({ maxMeetings: 2, themes: [], wishes: [] });
    expect(p.options).toEqual({ minMeetingsPerExpert: 1, themeMatchWeight: 1, objective: 'fair', pauseMinutes: 30, seed: 1, timeLimitMs: undefined });
    expect(p.event.timezone).toBe('Europe/Paris');
    expect(p.pins).toEqual([{ index: 0, group: 0, expert: 1, round: 0 }]);
    expect(p.forbidden).toEqual([
      [false, false, false],
      [false, false, false],
      [false, true, false],
    ]);
    expect(p.replan).toBeUndefined();
  });

  it('computes the value matrix: wish, else theme match, else 0', () => {
    expect(problemOf().value).toEqual([
      [1, 5, 2],
      [4, 1, 0],
      [0, 0, 0],
    ]);
  });

  it('lets an explicit wish replace the theme match, even a smaller one', () => {
    const i = tinyInstance();
    i.options = { themeMatchWeight: 3 };
    i.groups[0].wishes = [{ expert: 'e1', weight: 1 }];
    expect(problemOf(i).value[0]).toEqual([1, 0, 0]);
    expect(problemOf(i).value[1]).toEqual([4, 3, 0]);
  });

  it('computes P from the k best values over every expert, k = min(rounds, maxMeetings)', () => {
    expect(problemOf().potential).toEqual([8, 5, 0]);
    const i = tinyInstance();
    i.groups[0].maxMeetings = 1; // k = 1: only the best value, 5
    i.groups[1].rounds = ['r1', 'r2']; // k = 2: 4 + 1
    i.forbidden = [{ group: 'g1', expert: 'e2' }]; // forbidden experts still count
    expect(problemOf(i).potential).toEqual([5, 5, 0]);
  });

  it('reads rounds: [] as no round at all, and a missing timezone as Europe/Paris', () => {
    const i = tinyInstance();
    i.experts[0].rounds = [];
    delete i.event.timezone;
    const p = problemOf(i);
    expect(p.experts[0]).toMatchObject({ available: [false, false, false, false], roundCount: 0 });
    expect(p.event.timezone).toBe('Europe/Paris');
    expect(p.rounds[0].start).toBe(Date.UTC(2021, 0, 22, 17, 0));
  });

  it('keeps the options given', () => {
    const i = tinyInstance();
    i.options = { minMeetingsPerExpert: 2, themeMatchWeight: 0, objective: 'total', pauseMinutes: 0, seed: 42, timeLimitMs: 500 };
    expect(problemOf(i).options).toEqual({ minMeetingsPerExpert: 2, themeMatchWeight: 0, objective: 'total', pauseMinutes: 0, seed: 42, timeLimitMs: 500 });
    expect(problemOf(i).value[1]).toEqual([4, 0, 0]);
  });

  it('converts the replan baseline to index meetings', () => {
    const i = tinyInstance();
    i.replan = { from: 'r3', baseline: [M('r1', 't2', 'e2', 'g1'), M('r3', 't1', 'e1', 'g2')] };
    expect(problemOf(i).replan).toEqual({
      from: 2,
      baseline: [
        { round: 0, table: 1, expert: 1, group: 0 },
        { round: 2, table: 0, expert: 0, group: 1 },
      ],
    });
  });

  it('lets a round start exactly when the previous one ends', () => {
    const i = tinyInstance();
    i.rounds[1].start = '2021-01-22T18:20';
    expect(errorsOf(loadInstance(i))).toEqual([]);
  });
});

const cases: [string, Mutation, string, string][] = [
  // schema
  ['wrong format', (i) => (i.format = 'plan/2'), 'format', 'must be "audition-plan/1"'],
  ['missing event name', (i) => delete i.event.name, 'event.name', 'is required but missing'],
  ['missing groups', (i) => delete i.groups, 'groups', 'is required but missing'],
  ['no rounds', (i) => (i.rounds = []), 'rounds', 'at least 1 item'],
  ['group size 0', (i) => (i.groups[2].size = 0), 'groups[2].size', 'must be at least 1'],
  ['group size not a number', (i) => (i.groups[2].size = '4'), 'groups[2].size', 'must be a whole number'],
  ['wish weight 11', (i) => (i.groups[0].wishes[1].weight = 11), 'groups[0].wishes[1].weight', 'must be at most 10'],
  ['wish weight 0', (i) => (i.groups[0].wishes[1].weight = 0), 'groups[0].wishes[1].weight', 'must be at least 1'],
  ['empty id', (i) => (i.tables[1].id = ''), 'tables[1].id', 'must not be empty'],
  ['badly written time', (i) => (i.rounds[1].start = '2021-01-22 18:25'), 'rounds[1].start', 'must be a wall time'],
  ['unknown objective', (i) => (i.options = { objective: 'best' }), 'options.objective', 'must be one of "fair", "total"'],
  ['negative pause', (i) => (i.options = { pauseMinutes: -5 }), 'options.pauseMinutes', 'must be at least 0'],
  ['pause not whole', (i) => (i.options = { pauseMinutes: 7.5 }), 'options.pauseMinutes', 'must be a whole number'],
  [
    'baseline meeting without table',
    (i) => (i.replan = { from: 'r2', baseline: [{ round: 'r1', expert: 'e1', group: 'g1' }] }),
    'replan.baseline[0].table',
    'is required',
  ],
  // duplicate ids
  ['duplicate round id', (i) => (i.rounds[1].id = 'r1'), 'rounds[1].id', 'duplicate round id "r1" (already used by rounds[0])'],
  ['duplicate table id', (i) => (i.tables[2].id = 't1'), 'tables[2].id', 'duplicate table id "t1"'],
  ['duplicate expert id', (i) => (i.experts[2].id = 'e2'), 'experts[2].id', 'duplicate expert id "e2"'],
  ['duplicate group id', (i) => (i.groups[1].id = 'g1'), 'groups[1].id', 'duplicate group id "g1"'],
  [
    'duplicate member id in a group',
    (i) => (i.groups[0].members[2].id = 'm1'),
    'groups[0].members[2].id',
    'duplicate member id "m1" (already used by groups[0].members[0])',
  ],
  [
    'duplicate member id across groups',
    (i) =>
      (i.groups[2].members = [
        { id: 'm2', name: 'X' },
        { id: 'm4', name: 'Y' },
        { id: 'm5', name: 'Z' },
        { id: 'm6', name: 'W' },
      ]),
    'groups[2].members[0].id',
    'duplicate member id "m2"',
  ],
  // references
  ['unknown expert round', (i) => (i.experts[1].rounds = ['r1', 'r9']), 'experts[1].rounds[1]', 'unknown round "r9"'],
  ['unknown expert table', (i) => (i.experts[2].table = 't9'), 'experts[2].table', 'unknown table "t9"'],
  ['unknown group round', (i) => (i.groups[1].rounds = ['r0']), 'groups[1].rounds[0]', 'unknown round "r0"'],
  ['unknown wished expert', (i) => (i.groups[0].wishes[0].expert = 'e99'), 'groups[0].wishes[0].expert', 'unknown expert "e99"'],
  ['unknown pin group', (i) => (i.pins[0].group = 'g9'), 'pins[0].group', 'unknown group "g9"'],
  ['unknown pin expert', (i) => (i.pins[0].expert = 'e9'), 'pins[0].expert', 'unknown expert "e9"'],
  ['unknown pin round', (i) => (i.pins[0].round = 'r9'), 'pins[0].round', 'unknown round "r9"'],
  ['unknown forbidden group', (i) => (i.forbidden[0].group = 'g9'), 'forbidden[0].group', 'unknown group "g9"'],
  ['unknown forbidden expert', (i) => (i.forbidden[0].expert = 'e9'), 'forbidden[0].expert', 'unknown expert "e9"'],
  ['unknown replan round', (i) => (i.replan = { from: 'r9', baseline: [] }), 'replan.from', 'unknown round "r9"'],
  ['unknown baseline round', (i) => (i.replan = { from: 'r2', baseline: [M('r9', 't1', 'e1', 'g1')] }), 'replan.baseline[0].round', 'unknown round "r9"'],
  ['unknown baseline table', (i) => (i.replan = { from: 'r2', baseline: [M('r1', 't9', 'e1', 'g1')] }), 'replan.baseline[0].table', 'unknown table "t9"'],
  ['unknown baseline expert', (i) => (i.replan = { from: 'r2', baseline: [M('r1', 't1', 'e9', 'g1')] }), 'replan.baseline[0].expert', 'unknown expert "e9"'],
  ['unknown baseline group', (i) => (i.replan = { from: 'r2', baseline: [M('r1', 't1', 'e1', 'g9')] }), 'replan.baseline[0].group', 'unknown group "g9"'],
  // groups
  [
    'second wish for an expert',
    (i) => i.groups[0].wishes.push({ expert: 'e2', weight: 1 }),
    'groups[0].wishes[2].expert',
    'second wish for "Paul Durand" (already wished in wishes[0])',
  ],
  ['size disagreeing with members', (i) => (i.groups[0].size = 4), 'groups[0].size', 'size 4 disagrees with the 3 members listed'],
  // time
  ['unknown time zone', (i) => (i.event.timezone = 'Europe/Nantes'), 'event.timezone', 'unknown time zone "Europe/Nantes"'],
  [
    'end before start',
    (i) => (i.rounds[2].end = '2021-01-22T18:40'),
    'rounds[2].end',
    'the end 2021-01-22T18:40 is before or equal to the start 2021-01-22T18:50 of the round',
  ],
  ['end equal to start', (i) => (i.rounds[3].end = i.rounds[3].start), 'rounds[3].end', 'before or equal to the start'],
  [
    'overlapping rounds',
    (i) => (i.rounds[2].start = '2021-01-22T18:40'),
    'rounds[2].start',
    'this round starts on Fri 22 Jan at 18:40, before the previous round ends (Fri 22 Jan at 18:45)',
  ],
  ['rounds out of time order', (i) => ([i.rounds[0], i.rounds[1]] = [i.rounds[1], i.rounds[0]]), 'rounds[1].start', 'must be listed in time order'],
  ['a date that does not exist', (i) => (i.rounds[0].start = '2021-02-30T18:00'), 'rounds[0].start', '"2021-02-30T18:00" is not a real date and time'],
  [
    'a wall time in the spring gap',
    (i) => ((i.rounds[0].start = '2021-03-28T02:15'), (i.rounds[0].end = '2021-03-28T03:30')),
    'rounds[0].start',
    'does not exist in Europe/Paris',
  ],
];

describe('loadInstance: each error names its field', () => {
  it.each(cases)('%s', (_, mutate, path, message) => {
    const result = loadMutated(mutate);
    expect(result.ok).toBe(false);
    const errors = errorsOf(result);
    const at = errors.filter((e) => e.path === path);
    expect(at.map((e) => inEnglish(e.said))).toEqual(expect.arrayContaining([expect.stringContaining(message)]));
  });

  it.each([
    ['wrong format', (i: any) => (i.format = 'plan/2'), 'format', 'doit valoir "audition-plan/1"'],
    ['missing event name', (i: any) => delete i.event.name, 'event.name', 'est obligatoire mais manque'],
    ['no rounds', (i: any) => (i.rounds = []), 'rounds', 'doit compter au moins 1 élément'],
    ['group size 0', (i: any) => (i.groups[2].size = 0), 'groups[2].size', 'doit valoir au moins 1'],
    ['group size not a number', (i: any) => (i.groups[2].size = '4'), 'groups[2].size', 'doit être un nombre entier'],
    ['wish weight 11', (i: any) => (i.groups[0].wishes[1].weight = 11), 'groups[0].wishes[1].weight', 'doit valoir au plus 10'],
    ['empty id', (i: any) => (i.tables[1].id = ''), 'tables[1].id', 'ne doit pas être vide'],
    ['badly written time', (i: any) => (i.rounds[1].start = '2021-01-22 18:25'), 'rounds[1].start', 'doit être une heure locale écrite comme 2021-01-22T18:00'],
    ['unknown objective', (i: any) => (i.options = { objective: 'best' }), 'options.objective', 'doit valoir l’un de "fair", "total"'],
  ] as [string, Mutation, string, string][])('says a shape error in French too: %s', (_, mutate, path, fr) => {
    const at = errorsOf(loadMutated(mutate)).filter((e) => e.path === path);
    expect(at.map((e) => inFrench(e.said))).toContain(fr);
  });

  it('reports a non-object as a whole-file error', () => {
    const result = loadInstance([1, 2]);
    expect(errorsOf(result)).toEqual([{ path: '', said: { code: 'shape.type', params: { type: 'object' } } }]);
    expect(inFrench(errorsOf(result)[0].said)).toBe('doit être un objet');
    expect(describeInstanceError(errorsOf(result)[0])).toBe('must be an object');
  });

  it('reports every error at once, schema and meaning together', () => {
    const result = loadMutated((i) => {
      i.groups[2].size = 0;
      i.experts[2].table = 't9';
      i.groups[0].wishes[0].expert = 'e99';
      i.rounds[2].end = '2021-01-22T18:40';
      i.groups[1].id = 'g1';
      i.forbidden[0].expert = 'e9';
    });
    expect(errorsOf(result).map(describeInstanceError).sort()).toEqual(
      [
        'experts[2].table: unknown table "t9"',
        'forbidden[0].expert: unknown expert "e9"',
        'groups[0].wishes[0].expert: unknown expert "e99"',
        'groups[1].id: duplicate group id "g1" (already used by groups[0])',
        'groups[2].size: must be at least 1',
        'rounds[2].end: the end 2021-01-22T18:40 is before or equal to the start 2021-01-22T18:50 of the round',
      ].sort(),
    );
    // The same in French, as the service words them for a French request.
    expect(
      errorsOf(result)
        .map((e) => `${e.path} : ${inFrench(e.said)}`)
        .sort(),
    ).toEqual(
      [
        'experts[2].table : table « t9 » inconnue',
        'forbidden[0].expert : expert « e9 » inconnu',
        'groups[0].wishes[0].expert : expert « e99 » inconnu',
        'groups[1].id : identifiant « g1 » en double (déjà pris par groups[0])',
        'groups[2].size : doit valoir au moins 1',
        'rounds[2].end : la fin 2021-01-22T18:40 n’est pas après le début 2021-01-22T18:50 du tour',
      ].sort(),
    );
  });

  it('converts JSON pointers to the engine notation', () => {
    expect(pathOf('/groups/2/size')).toBe('groups[2].size');
    expect(pathOf('/groups/2/wishes/0/expert')).toBe('groups[2].wishes[0].expert');
    expect(pathOf('')).toBe('');
    expect(pathOf('/event/a~1b')).toBe('event.a/b');
  });
});

describe('loadInstance: clock changes', () => {
  const at = (start: string, end: string): InstanceFile => {
    const i = tinyInstance();
    i.rounds = [{ id: 'r1', start, end }];
    i.experts.forEach((e) => delete e.rounds);
    i.groups.forEach((g) => delete g.rounds);
    return i;
  };

  it('rejects 2021-03-28T02:15 in Europe/Paris (the clocks jump from 02:00 to 03:00)', () => {
    const result = loadInstance(at('2021-03-28T02:15', '2021-03-28T03:30'));
    expect(errorsOf(result)).toEqual([
      {
        path: 'rounds[0].start',
        said: { code: 'instance.time_in_gap', params: { wall: '2021-03-28T02:15', zone: 'Europe/Paris', read: '2021-03-28T03:15' } },
      },
    ]);
    const [error] = errorsOf(result);
    expect(inEnglish(error.said)).toContain('"2021-03-28T02:15" does not exist in Europe/Paris');
    expect(inFrench(error.said)).toContain('« 2021-03-28T02:15 » n’existe pas dans le fuseau Europe/Paris : on avance les horloges');
  });

  it('accepts 2021-10-31T02:30 in Europe/Paris with a warning (the hour happens twice)', () => {
    const result = loadInstance(at('2021-10-31T02:30', '2021-10-31T03:30'));
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        path: 'rounds[0].start',
        said: { code: 'instance.time_twice', params: { wall: '2021-10-31T02:30', zone: 'Europe/Paris' } },
      },
    ]);
    expect(inEnglish(result.warnings[0].said)).toContain('happens twice in Europe/Paris (the clocks go back at that hour); better avoid it');
    expect(inFrench(result.warnings[0].said)).toContain('« 2021-10-31T02:30 » arrive deux fois dans le fuseau Europe/Paris (on recule les horloges');
  });

  it('reads wall times in the event zone, not the machine one', () => {
    const i = at('2021-07-01T09:00', '2021-07-01T09:20');
    i.event.timezone = 'America/New_York';
    expect(problemOf(i).rounds[0].start).toBe(Date.UTC(2021, 6, 1, 13, 0));
  });
});

describe('loadInstance: the samples', () => {
  const dir = path.resolve(__dirname, '../../samples');
  const samples = fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'optima.json');

  it('finds the samples', () => {
    expect(samples).toEqual(expect.arrayContaining(['infeasible-1.json', 'small-1.json', 'replan-1.json']));
  });

  it.each(samples)('%s loads without errors', (file) => {
    const result = loadInstance(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    expect(errorsOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('loads infeasible-1.json: infeasible is not invalid', () => {
    const result = loadInstance(JSON.parse(fs.readFileSync(path.join(dir, 'infeasible-1.json'), 'utf8')));
    expect(result.ok).toBe(true);
  });
});
