import { browserModule } from './browser-module';

const { moveProblem, swapProblem } = browserModule('grid-rules.js');

/** Two rounds, two tables: Agnès at Salle 1, Bruno at Salle 2; Santé and Mobilités rotate. */
const instance = {
  rounds: [
    { id: 'r1', start: '2027-01-22T18:00' },
    { id: 'r2', start: '2027-01-22T18:25' },
    { id: 'r3', start: '2027-01-23T09:30' },
  ],
  tables: [
    { id: 't1', name: 'Salle visio 1', seats: 8 },
    { id: 't2', name: 'Salle visio 2', seats: 5 },
    { id: 't3', name: 'Salle visio 3', seats: 8 },
  ],
  experts: [
    { id: 'e1', name: 'Agnès Quéré' },
    { id: 'e2', name: 'Bruno Roy', rounds: ['r1', 'r2'] },
  ],
  groups: [
    { id: 'g1', name: 'Santé', size: 4 },
    { id: 'g2', name: 'Mobilités', size: 3 },
    { id: 'g3', name: 'Climat', size: 2 },
  ],
  forbidden: [{ group: 'g3', expert: 'e2' }],
};
const meetings = [
  { round: 'r1', table: 't1', expert: 'e1', group: 'g1' },
  { round: 'r1', table: 't2', expert: 'e2', group: 'g2' },
  { round: 'r2', table: 't1', expert: 'e1', group: 'g2' },
  { round: 'r2', table: 't2', expert: 'e2', group: 'g1' },
  { round: 'r3', table: 't1', expert: 'e1', group: 'g3' },
];

describe('valid targets of a picked-up group', () => {
  it('keeps an expert at one table: a group cannot take her elsewhere', () => {
    expect(moveProblem(instance, meetings, { round: 'r3', group: 'g3' }, { round: 'r3', table: 't3' })).toEqual({
      code: 'grid.no.seat',
      params: { expert: 'Agnès Quéré', table: 'Salle visio 1' },
    });
  });

  it('lets a group follow its expert to a free round at her table', () => {
    expect(moveProblem(instance, meetings, { round: 'r3', group: 'g3' }, { round: 'r2', table: 't1' })).toMatchObject({ code: 'grid.no.full' });
    const alone = meetings.filter((m) => !(m.round === 'r2' && m.table === 't1'));
    expect(moveProblem(instance, alone, { round: 'r3', group: 'g3' }, { round: 'r2', table: 't1' })).toBeNull();
  });

  it('names the group busy elsewhere in that round, with the time', () => {
    const extra = [...meetings, { round: 'r3', table: 't2', expert: 'e2', group: 'g1' }];
    expect(moveProblem(instance, extra, { round: 'r3', group: 'g1' }, { round: 'r1', table: 't2' })).toEqual({
      code: 'grid.no.groupBusy',
      params: { group: 'Santé', expert: 'Bruno Roy', table: 'Salle visio 2', time: '2027-01-22T18:00' },
    });
  });

  it('refuses a second meeting with the same expert, a forbidden pair, an absent expert and too few seats', () => {
    expect(moveProblem(instance, meetings, { round: 'r2', group: 'g1' }, { round: 'r3', table: 't1' })).toMatchObject({
      code: 'grid.no.met',
      params: { group: 'Santé', expert: 'Agnès Quéré' },
    });
    expect(swapProblem(instance, meetings, { round: 'r3', group: 'g3' }, { round: 'r1', group: 'g2' })).toMatchObject({
      code: 'grid.no.forbidden',
      params: { group: 'Climat', expert: 'Bruno Roy' },
    });
    const away = { ...instance, experts: [instance.experts[0], { ...instance.experts[1], rounds: ['r1'] }] };
    expect(moveProblem(away, meetings, { round: 'r2', group: 'g2' }, { round: 'r2', table: 't2' })).toMatchObject({
      code: 'grid.no.expertAway',
      params: { expert: 'Bruno Roy', time: '2027-01-22T18:25' },
    });
    const crowded = { ...instance, forbidden: [], experts: [instance.experts[0], { ...instance.experts[1], maxGroupsPerRound: 2 }] };
    expect(moveProblem(crowded, meetings, { round: 'r3', group: 'g3' }, { round: 'r2', table: 't2' })).toEqual({
      code: 'grid.no.seats',
      params: { group: 'Climat', expert: 'Bruno Roy', table: 'Salle visio 2', time: '2027-01-22T18:25', seats: 5 },
    });
    expect(
      moveProblem(
        { ...crowded, tables: instance.tables.map((tb) => ({ ...tb, seats: 8 })) },
        meetings,
        { round: 'r3', group: 'g3' },
        { round: 'r2', table: 't2' },
      ),
    ).toBeNull();
  });

  it("lets two groups trade their meetings unless one has met the other's expert", () => {
    expect(swapProblem(instance, meetings, { round: 'r1', group: 'g1' }, { round: 'r1', group: 'g2' })).toMatchObject({
      code: 'grid.no.met',
      params: { group: 'Santé', expert: 'Bruno Roy' },
    });
    expect(swapProblem(instance, meetings, { round: 'r3', group: 'g3' }, { round: 'r2', group: 'g2' })).toBeNull();
    expect(swapProblem(instance, meetings, { round: 'r3', group: 'g3' }, { round: 'r1', group: 'g1' })).toBeNull();
  });
});

describe('the words of every refusal', () => {
  it('has a French and an English sentence for each code the rules can give', () => {
    const { STRINGS } = browserModule('strings.js');
    const source = require('node:fs').readFileSync(require('node:path').join(__dirname, '../../src/organizer-app/assets/grid-rules.js'), 'utf8') as string;
    const codes = [...new Set([...source.matchAll(/'(grid\.no\.\w+)'/g)].map((m) => m[1]))];
    expect(codes.length).toBeGreaterThanOrEqual(8);
    for (const lang of ['fr', 'en']) expect(codes.filter((c) => !STRINGS[lang][c])).toEqual([]);
  });
});
