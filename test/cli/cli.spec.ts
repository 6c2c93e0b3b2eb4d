import fs from 'node:fs';
import path from 'node:path';
import { run, SAMPLES, tempDir } from './run';

const sample = (name: string) => path.join(SAMPLES, name);

describe('npm run plan', () => {
  const dir = tempDir();

  it('writes a schedule that npm run check accepts, and prints a summary', () => {
    const out = path.join(dir, 'small.json');
    const plan = run('plan', [sample('small-1.json'), '--out', out, '--time-limit', '2000']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain(`Plan written: ${out}`);
    expect(plan.stdout).toMatch(/Experts heard: \d+\/6/);
    expect(plan.stdout).toMatch(/Unmet wishes: \d+/);
    const schedule = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(schedule.format).toBe('audition-schedule/1');
    expect(schedule.solver).toMatchObject({ seed: 1, engine: expect.stringMatching(/^carrousel /) });
    const check = run('check', [sample('small-1.json'), out]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('Valid: ');
  });

  it('replays a plan exactly from its seed and iteration count', () => {
    const first = path.join(dir, 'first.json');
    const again = path.join(dir, 'again.json');
    expect(run('plan', [sample('nantes-1.json'), '--out', first, '--time-limit', '300', '--unimproved-limit', '0', '--seed', '5']).code).toBe(0);
    const { iterations } = JSON.parse(fs.readFileSync(first, 'utf8')).solver;
    expect(run('plan', [sample('nantes-1.json'), '--out', again, '--seed', '5', '--iterations', String(iterations)]).code).toBe(0);
    const meetings = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8')).meetings;
    expect(meetings(again)).toEqual(meetings(first));
  });

  it('exits 1 on an infeasible instance, naming the conflict, and writes nothing', () => {
    const out = path.join(dir, 'none.json');
    const plan = run('plan', [sample('infeasible-1.json'), '--out', out]);
    expect(plan.code).toBe(1);
    // French first, then English, on the same line.
    expect(plan.stderr).toContain(
      '[H1, H5] "Groupe Solidarité" must meet "Léa Chevalier" and "Chloé Guillou" in the same round, the one of Sat 23 Jan at 11:35',
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exits 2 on an invalid instance, with every error at once', () => {
    const instance = JSON.parse(fs.readFileSync(sample('small-1.json'), 'utf8'));
    instance.rounds[1].end = instance.rounds[1].start;
    instance.groups[0].wishes[0].expert = 'e99';
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(instance));
    const plan = run('plan', [file, '--out', path.join(dir, 'x.json')]);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('rounds[1]');
    expect(plan.stderr).toContain('groups[0].wishes[0].expert');
    expect(plan.stderr).toContain('groups[0].wishes[0].expert: unknown expert "e99"');
  });

  it('exits 2 on bad usage or an unreadable file', () => {
    expect(run('plan', [sample('small-1.json')]).stderr).toContain('--out');
    expect(run('plan', [sample('small-1.json'), '--out', 'x.json', '--seed', 'abc']).code).toBe(2);
    expect(run('plan', [sample('small-1.json'), '--out', 'x.json', '--colour']).code).toBe(2);
    const missing = run('plan', [path.join(dir, 'nope.json'), '--out', 'x.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
  });
});

describe('npm run check', () => {
  it('exits 1 on a schedule edited into breaking a rule, naming it', () => {
    const dir = tempDir();
    const out = path.join(dir, 'nantes.json');
    expect(run('plan', [sample('nantes-1.json'), '--out', out, '--time-limit', '1000']).code).toBe(0);
    const schedule = JSON.parse(fs.readFileSync(out, 'utf8'));
    // Another expert's meeting moved into the first meeting's round, with the first meeting's group:
    // that group is now in two meetings in one round (whatever grid the time limit gave).
    const [first] = schedule.meetings;
    const other = schedule.meetings.find((m: any) => m.expert !== first.expert && m.table !== first.table && m.group !== first.group);
    Object.assign(other, { group: first.group, round: first.round });
    fs.writeFileSync(out, JSON.stringify(schedule));
    const check = run('check', [sample('nantes-1.json'), out]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/\[H1\] ".+" is in 2 meetings in the round of /);
  });

  it('compares a claimed idle (format 1.1), and accepts a schedule that claims none', () => {
    const dir = tempDir();
    const out = path.join(dir, 'small.json');
    expect(run('plan', [sample('small-1.json'), '--out', out, '--time-limit', '1000']).code).toBe(0);
    const schedule = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(schedule.metrics.idle).toEqual(expect.any(Number));
    schedule.metrics.idle += 1;
    fs.writeFileSync(out, JSON.stringify(schedule));
    const wrong = run('check', [sample('small-1.json'), out]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(`idle: claimed ${schedule.metrics.idle}, actual ${schedule.metrics.idle - 1}`);
    delete schedule.metrics.idle;
    fs.writeFileSync(out, JSON.stringify(schedule));
    expect(run('check', [sample('small-1.json'), out]).code).toBe(0);
  });
});

describe('npm run grid', () => {
  it('prints the rounds and the tables with names', () => {
    const dir = tempDir();
    const out = path.join(dir, 'small.json');
    expect(run('plan', [sample('small-1.json'), '--out', out, '--time-limit', '500']).code).toBe(0);
    const grid = run('grid', [sample('small-1.json'), out, '--width', '200']);
    expect(grid.code).toBe(0);
    const instance = JSON.parse(fs.readFileSync(sample('small-1.json'), 'utf8'));
    for (const round of instance.rounds) expect(grid.stdout).toContain(`${round.id} ${round.start.slice(11)}`);
    const schedule = JSON.parse(fs.readFileSync(out, 'utf8'));
    const first = schedule.meetings[0];
    const expert = instance.experts.find((e: { id: string }) => e.id === first.expert).name;
    expect(grid.stdout).toContain(expert);
  });
});
