import type { InstanceFile } from '../../src/engine/format';
import { FAMILIES, generateInstance, withReplan, type Family } from '../../src/engine/generate';
import { loadInstance } from '../../src/engine/load';

type Realistic = Exclude<Family, 'random'>;

const SIZES: Record<Realistic, { groups: number; experts: number; rounds: number; tables: number }> = {
  small: { groups: 4, experts: 6, rounds: 4, tables: 4 },
  nantes: { groups: 16, experts: 32, rounds: 13, tables: 16 },
  large: { groups: 60, experts: 150, rounds: 12, tables: 70 },
  individual: { groups: 120, experts: 20, rounds: 6, tables: 20 },
  xl: { groups: 200, experts: 400, rounds: 16, tables: 220 },
  dst: { groups: 4, experts: 6, rounds: 4, tables: 4 },
  scarce: { groups: 16, experts: 40, rounds: 13, tables: 8 },
};
const REALISTIC = Object.keys(SIZES) as Realistic[];
const SEEDS = [1, 2, 7];

/** Every way an instance could be invalid that we can see without the loader; [] when fine. */
function invalidities(inst: InstanceFile): string[] {
  const out: string[] = [];
  const unique = (what: string, ids: string[]): void => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) out.push(`duplicate ${what} ${id}`);
      seen.add(id);
    }
  };
  unique(
    'round',
    inst.rounds.map((r) => r.id),
  );
  unique(
    'table',
    inst.tables.map((t) => t.id),
  );
  unique(
    'expert',
    inst.experts.map((e) => e.id),
  );
  unique(
    'group',
    inst.groups.map((g) => g.id),
  );
  unique(
    'member',
    inst.groups.flatMap((g) => (g.members ?? []).map((m) => m.id)),
  );

  const rounds = new Set(inst.rounds.map((r) => r.id));
  const tables = new Set(inst.tables.map((t) => t.id));
  const experts = new Set(inst.experts.map((e) => e.id));
  const groups = new Set(inst.groups.map((g) => g.id));

  // Wall times written alike in one zone, away from the autumn repeat: text order is time order.
  inst.rounds.forEach((r, i) => {
    if (!(r.start < r.end)) out.push(`${r.id} ends before it starts`);
    if (i > 0 && r.start < inst.rounds[i - 1].end) out.push(`${r.id} overlaps the previous round`);
    for (const wall of [r.start, r.end]) {
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(wall)) out.push(`${r.id}: bad wall time ${wall}`);
      if (wall.startsWith('2027-03-28T02:')) out.push(`${r.id}: ${wall} does not exist in Europe/Paris`);
    }
  });
  for (const e of inst.experts) {
    for (const r of e.rounds ?? []) if (!rounds.has(r)) out.push(`${e.id}: unknown round ${r}`);
    if (e.table !== undefined && !tables.has(e.table)) out.push(`${e.id}: unknown table ${e.table}`);
  }
  for (const g of inst.groups) {
    if (g.members && g.members.length !== g.size) out.push(`${g.id}: size ${g.size} but ${g.members.length} members`);
    for (const r of g.rounds ?? []) if (!rounds.has(r)) out.push(`${g.id}: unknown round ${r}`);
    unique(
      `wish of ${g.id} for`,
      (g.wishes ?? []).map((w) => w.expert),
    );
    for (const w of g.wishes ?? []) {
      if (!experts.has(w.expert)) out.push(`${g.id}: wish for unknown ${w.expert}`);
      if (!(Number.isInteger(w.weight) && w.weight >= 1 && w.weight <= 10)) out.push(`${g.id}: weight ${w.weight}`);
    }
  }
  for (const p of [...(inst.pins ?? []), ...(inst.forbidden ?? [])]) {
    if (!groups.has(p.group) || !experts.has(p.expert)) out.push(`pair ${p.group}–${p.expert} references nobody`);
  }
  for (const p of inst.pins ?? []) if (p.round !== undefined && !rounds.has(p.round)) out.push(`pin in unknown round ${p.round}`);
  return out;
}

/** Why a realistic instance could be infeasible; [] when its hard rules can all hold. */
function infeasibilities(inst: InstanceFile): string[] {
  const out: string[] = [];
  const all = inst.rounds.map((r) => r.id);
  const expert = new Map(inst.experts.map((e) => [e.id, e]));
  const group = new Map(inst.groups.map((g) => [g.id, g]));
  const minSeats = Math.min(...inst.tables.map((t) => t.seats));
  for (const g of inst.groups) if (g.size > minSeats) out.push(`${g.id} does not fit every table`);
  for (const e of inst.experts) {
    if (e.rounds?.length === 0) out.push(`${e.id} never comes`);
    if (e.maxMeetings === 0) out.push(`${e.id} may not meet anyone`);
  }
  const fixed = inst.experts.flatMap((e) => (e.table ? [e.table] : []));
  if (new Set(fixed).size !== fixed.length) out.push('two experts share a fixed table');

  const pins = inst.pins ?? [];
  if (new Set(pins.map((p) => p.group)).size !== pins.length) out.push('a group has two pins');
  if (new Set(pins.map((p) => p.expert)).size !== pins.length) out.push('an expert has two pins');
  for (const p of pins) {
    const er = expert.get(p.expert)?.rounds ?? all;
    const gr = group.get(p.group)?.rounds ?? all;
    const common = er.filter((r) => gr.includes(r));
    if (common.length === 0) out.push(`pin ${p.group}–${p.expert}: never both present`);
    if (p.round !== undefined && !common.includes(p.round)) out.push(`pin ${p.group}–${p.expert}: not both present in ${p.round}`);
  }
  const pinned = new Set(pins.map((p) => `${p.group} ${p.expert}`));
  for (const f of inst.forbidden ?? []) if (pinned.has(`${f.group} ${f.expert}`)) out.push(`pin ${f.group}–${f.expert} is forbidden`);
  return out;
}

function loadErrors(inst: InstanceFile): unknown[] {
  const result = loadInstance(inst);
  return result.ok ? [] : result.errors;
}

describe.each(REALISTIC)('generateInstance: family %s', (family) => {
  it.each(SEEDS)('seed %i has the family size and loads without errors', (seed) => {
    const inst = generateInstance({ family, seed });
    const size = SIZES[family];
    expect({ groups: inst.groups.length, experts: inst.experts.length, rounds: inst.rounds.length, tables: inst.tables.length }).toEqual(size);
    expect(inst.format).toBe('audition-plan/1');
    expect(inst.event.timezone).toBe('Europe/Paris');
    expect(inst.options?.seed).toBe(seed);
    expect(invalidities(inst)).toEqual([]);
    expect(loadErrors(inst)).toEqual([]);
    expect(loadInstance(inst).warnings).toEqual([]);
  });

  it.each(SEEDS)('seed %i is feasible by construction', (seed) => {
    expect(infeasibilities(generateInstance({ family, seed }))).toEqual([]);
  });

  it('is deterministic: the same seed gives the same JSON, another seed another one', () => {
    const a = JSON.stringify(generateInstance({ family, seed: 3 }));
    expect(JSON.stringify(generateInstance({ family, seed: 3 }))).toBe(a);
    expect(JSON.stringify(generateInstance({ family, seed: 4 }))).not.toBe(a);
  });

  it('has pins, forbidden pairs, wishes and members like the samples', () => {
    const inst = generateInstance({ family, seed: 1 });
    expect(inst.pins?.length).toBeGreaterThan(0);
    expect(inst.forbidden?.length).toBeGreaterThan(0);
    expect(inst.groups.every((g) => (g.wishes?.length ?? 0) > 0 && g.members?.length === g.size)).toBe(true);
    expect(inst.groups.every((g) => (g.wishes ?? []).every((w) => w.weight >= 1 && w.weight <= 5))).toBe(true);
    expect(inst.experts.every((e) => (e.themes ?? []).length > 0 && e.name.includes(' '))).toBe(true);
  });
});

describe('generateInstance: realistic features', () => {
  it('nantes: evening and morning rounds of 20 minutes with 5 minutes to change, groups of 4 to 6', () => {
    const inst = generateInstance({ family: 'nantes', seed: 1 });
    expect(inst.rounds[0]).toEqual({ id: 'r1', start: '2027-01-22T18:00', end: '2027-01-22T18:20' });
    expect(inst.rounds[1]).toEqual({ id: 'r2', start: '2027-01-22T18:25', end: '2027-01-22T18:45' });
    expect(inst.rounds[6]).toEqual({ id: 'r7', start: '2027-01-23T09:30', end: '2027-01-23T09:50' });
    expect(inst.tables.every((t) => t.seats === 8)).toBe(true);
    expect(inst.groups.every((g) => g.size >= 4 && g.size <= 6)).toBe(true);
    expect(inst.experts.some((e) => e.rounds !== undefined)).toBe(true);
    expect(inst.experts.some((e) => e.maxMeetings !== undefined)).toBe(true);
    expect(inst.experts.some((e) => e.maxConsecutive === 3)).toBe(true);
  });

  it('xl: 10 to 15 wishes per group and a few pins and forbidden pairs', () => {
    const inst = generateInstance({ family: 'xl', seed: 1 });
    expect(inst.groups.every((g) => g.wishes!.length >= 10 && g.wishes!.length <= 15)).toBe(true);
    expect(inst.pins!.length).toBeGreaterThanOrEqual(3);
    expect(inst.pins!.some((p) => p.round === undefined)).toBe(true);
    expect(inst.forbidden!.length).toBeGreaterThanOrEqual(3);
  });

  it('xl: member ids run m1, m2… over the whole instance', () => {
    const inst = generateInstance({ family: 'xl', seed: 2 });
    const ids = inst.groups.flatMap((g) => g.members!.map((m) => m.id));
    expect(ids).toEqual(ids.map((_, i) => `m${i + 1}`));
  });

  it('individual: one-person groups named after their member, experts at fixed tables receiving up to 8', () => {
    const inst = generateInstance({ family: 'individual', seed: 1 });
    expect(inst.groups.every((g) => g.size === 1 && g.members![0].name === g.name)).toBe(true);
    expect(inst.experts.map((e) => e.table)).toEqual(inst.tables.map((t) => t.id));
    expect(inst.experts.every((e) => e.maxGroupsPerRound === 8)).toBe(true);
  });

  it('families do not share names for one seed', () => {
    expect(generateInstance({ family: 'nantes', seed: 1 }).experts[0].name).not.toBe(generateInstance({ family: 'large', seed: 1 }).experts[0].name);
  });
});

describe('generateInstance: family random', () => {
  const seeds = Array.from({ length: 300 }, (_, i) => i + 1);
  const instances = seeds.map((seed) => generateInstance({ family: 'random', seed }));

  it('stays small: 2–8 groups, 2–10 experts, 2–6 rounds, 1–6 tables', () => {
    for (const inst of instances) {
      expect(inst.groups.length).toBeGreaterThanOrEqual(2);
      expect(inst.groups.length).toBeLessThanOrEqual(8);
      expect(inst.experts.length).toBeGreaterThanOrEqual(2);
      expect(inst.experts.length).toBeLessThanOrEqual(10);
      expect(inst.rounds.length).toBeGreaterThanOrEqual(2);
      expect(inst.rounds.length).toBeLessThanOrEqual(6);
      expect(inst.tables.length).toBeGreaterThanOrEqual(1);
      expect(inst.tables.length).toBeLessThanOrEqual(6);
    }
  });

  it('is always valid (even when infeasible)', () => {
    const bad = instances.flatMap((inst, i) => {
      const problems = [...invalidities(inst), ...loadErrors(inst)];
      return problems.length ? [{ seed: seeds[i], problems }] : [];
    });
    expect(bad).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generateInstance({ family: 'random', seed: 42 }))).toBe(JSON.stringify(instances[41]));
    expect(JSON.stringify(instances[0])).not.toBe(JSON.stringify(instances[1]));
  });

  it('exercises every feature of the format over a few hundred seeds', () => {
    const some = (test: (inst: InstanceFile) => boolean): boolean => instances.some(test);
    const experts = instances.flatMap((i) => i.experts);
    const groups = instances.flatMap((i) => i.groups);
    const features = {
      'expert absent (rounds: [])': experts.some((e) => e.rounds?.length === 0),
      'expert present in some rounds': experts.some((e) => (e.rounds?.length ?? 0) > 0),
      'expert maxMeetings 0': experts.some((e) => e.maxMeetings === 0),
      'expert maxMeetings > 0': experts.some((e) => (e.maxMeetings ?? 0) > 0),
      'expert maxConsecutive': experts.some((e) => e.maxConsecutive !== undefined),
      'expert maxGroupsPerRound 3': experts.some((e) => e.maxGroupsPerRound === 3),
      'expert fixed table': experts.some((e) => e.table !== undefined),
      'heterogeneous seats': some((i) => new Set(i.tables.map((t) => t.seats)).size > 1),
      'group bigger than some table': some((i) => i.groups.some((g) => i.tables.some((t) => t.seats < g.size))),
      'group rounds': groups.some((g) => (g.rounds?.length ?? 0) > 0),
      'group maxMeetings': groups.some((g) => g.maxMeetings !== undefined),
      'group members': groups.some((g) => g.members !== undefined),
      'group without members': groups.some((g) => g.members === undefined),
      'shared themes': some((i) => i.groups.some((g) => i.experts.some((e) => (e.themes ?? []).some((t) => g.themes?.includes(t))))),
      'wishes up to 10': groups.some((g) => (g.wishes ?? []).some((w) => w.weight === 10)),
      'themeMatchWeight 0': some((i) => i.options?.themeMatchWeight === 0),
      'themeMatchWeight 3': some((i) => i.options?.themeMatchWeight === 3),
      'objective fair': some((i) => i.options?.objective === 'fair'),
      'objective total': some((i) => i.options?.objective === 'total'),
      'minMeetingsPerExpert 0': some((i) => i.options?.minMeetingsPerExpert === 0),
      'minMeetingsPerExpert 2': some((i) => i.options?.minMeetingsPerExpert === 2),
      'default options': some((i) => i.options === undefined),
      'default timezone': some((i) => i.event.timezone === undefined),
      'pin with a round': some((i) => (i.pins ?? []).some((p) => p.round !== undefined)),
      'pin without a round': some((i) => (i.pins ?? []).some((p) => p.round === undefined)),
      'forbidden pair': some((i) => (i.forbidden ?? []).length > 0),
      'pin on a forbidden pair': some((i) => (i.pins ?? []).some((p) => (i.forbidden ?? []).some((f) => f.group === p.group && f.expert === p.expert))),
      'rounds back to back': some((i) => i.rounds.some((r, k) => k > 0 && r.start === i.rounds[k - 1].end)),
      'rounds over two days': some((i) => new Set(i.rounds.map((r) => r.start.slice(0, 10))).size > 1),
      'rounds across the spring change of hour': some(
        (i) => i.rounds.some((r) => r.start < '2027-03-28T02:00') && i.rounds.some((r) => r.start > '2027-03-28T03:00'),
      ),
    };
    expect(
      Object.entries(features)
        .filter(([, seen]) => !seen)
        .map(([name]) => name),
    ).toEqual([]);
  });
});

describe('generateInstance: the dst family', () => {
  it('runs across the spring-forward night, its first two rounds 25 real minutes apart (no pause)', () => {
    const loaded = loadInstance(generateInstance({ family: 'dst', seed: 4 }));
    if (!loaded.ok) throw new Error('dst instance should load');
    const [r1, r2] = loaded.problem.rounds;
    expect([r1.endWall, r2.startWall]).toEqual(['2027-03-28T01:35', '2027-03-28T03:00']);
    expect((r2.start - r1.end) / 60_000).toBe(25);
    expect(r2.followsWithoutPause).toBe(true);
  });
});

describe('generateInstance: guards', () => {
  it('names the families it knows', () => {
    expect(FAMILIES).toEqual(['small', 'nantes', 'large', 'individual', 'xl', 'random', 'dst', 'scarce']);
    expect(() => generateInstance({ family: 'huge' as Family, seed: 1 })).toThrow(/unknown family "huge"/);
  });
});

describe('withReplan', () => {
  const base = generateInstance({ family: 'small', seed: 5 });
  const pin = base.pins![0];
  const meetings = [
    { round: 'r1', table: 't1', expert: pin.expert, group: pin.group },
    { round: 'r2', table: 't2', expert: 'e2', group: 'g2' },
  ];

  it('carries the baseline and takes their rounds from the absent experts', () => {
    const replan = withReplan(base, meetings, { from: 'r2', absentExperts: ['e3'] });
    expect(replan.replan).toEqual({ from: 'r2', baseline: meetings });
    expect(replan.experts.find((e) => e.id === 'e3')!.rounds).toEqual([]);
    expect(replan.experts.length).toBe(base.experts.length);
    expect(replan.experts.filter((e) => e.id !== 'e3')).toEqual(base.experts.filter((e) => e.id !== 'e3'));
    expect(loadErrors(replan)).toEqual([]);
  });

  it('drops the pins of absent experts, keeps the others', () => {
    const replan = withReplan(base, meetings, { from: 'r2', absentExperts: [pin.expert] });
    expect(replan.pins!.some((p) => p.expert === pin.expert)).toBe(false);
    expect(withReplan(base, meetings, { from: 'r2', absentExperts: [] }).pins).toEqual(base.pins);
  });

  it('leaves the given instance and meetings untouched', () => {
    const before = JSON.stringify(base);
    const replan = withReplan(base, meetings, { from: 'r3', absentExperts: ['e1'] });
    replan.replan!.baseline[0].table = 't4';
    expect(JSON.stringify(base)).toBe(before);
    expect(meetings[0].table).toBe('t1');
  });

  it('refuses an unknown round or expert', () => {
    expect(() => withReplan(base, meetings, { from: 'r99', absentExperts: [] })).toThrow(/r99/);
    expect(() => withReplan(base, meetings, { from: 'r2', absentExperts: ['e99'] })).toThrow(/e99/);
  });
});

describe('generateInstance: names', () => {
  it('gives every expert of a convention a name of their own', () => {
    for (const family of ['nantes', 'large'] as const) {
      const names = generateInstance({ family, seed: 1 }).experts.map((e) => e.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('never gives two people one e-mail address', () => {
    const inst = generateInstance({ family: 'xl', seed: 1 });
    const emails = [...inst.experts.map((e) => e.email), ...inst.groups.flatMap((g) => g.members!.map((m) => m.email))];
    expect(new Set(emails).size).toBe(emails.length);
  });
});
