/** The example files of samples/imports (those docs/import-format.md shows) import as documented. */
import fs from 'node:fs';
import path from 'node:path';
import { type InstanceFile, loadInstance } from '../../src/engine';
import { importExperts, importGroups, importWishes } from '../../src/events/import';
import { book, value } from './import-helpers';

const DIR = path.resolve(__dirname, '../../samples/imports');
const file = (name: string) => ({ name, content: fs.readFileSync(path.join(DIR, name)) });
const event = (): InstanceFile => JSON.parse(fs.readFileSync(path.join(DIR, 'evenement.json'), 'utf8'));

describe('samples/imports', () => {
  async function withExperts(name: string): Promise<InstanceFile> {
    return value(importExperts(await book(file(name)), { instance: event(), retired: [] })).instance;
  }

  it('experts.csv and experts.xlsx: Prénom / Nom joined, civilities dropped, day words mapped to the rounds', async () => {
    const [fromCsv, fromXlsx] = [await withExperts('experts.csv'), await withExperts('experts.xlsx')];
    expect(fromCsv.experts).toHaveLength(30);
    expect(fromCsv.experts[0]).toMatchObject({ id: 'e1', name: 'Hélène Dupont', email: 'helene.dupont@exemple.fr' });
    expect(fromCsv.experts[0].rounds).toBeUndefined();
    expect(fromCsv.experts[1]).toMatchObject({ name: 'Agnès Quéré', rounds: ['r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13'] });
    expect(fromCsv.experts[2].rounds).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(fromXlsx.experts.map(({ table: _, ...e }) => e)).toEqual(fromCsv.experts);
    expect(fromXlsx.experts.slice(0, 3).map((e) => e.table)).toEqual(['t1', 't2', undefined]);
  });

  it('citoyens.csv, both XLSX shapes of the Souhaits sheet and souhaits.csv give the same 16 groups of 5 with their wishes', async () => {
    const instance = await withExperts('experts.csv');
    const groupsOf = async (name: string) => value(importGroups(await book(file(name)), { instance, retired: [] })).instance;
    const fromCsv = await groupsOf('citoyens.csv');
    expect(fromCsv.groups).toHaveLength(16);
    expect(fromCsv.groups.every((g) => g.size === 5 && g.members?.length === 5)).toBe(true);
    expect(fromCsv.groups.every((g) => g.wishes?.map((w) => w.weight).join() === '10,9,8')).toBe(true);
    expect(fromCsv.groups[0].members?.[0]).toMatchObject({ id: 'm1', name: 'Jean Morin', email: 'citoyen1@exemple.fr' });
    for (const name of ['citoyens-souhaits-matrice.xlsx', 'citoyens-souhaits-lignes.xlsx']) {
      const fromXlsx = await groupsOf(name);
      expect(fromXlsx.groups.map((g) => ({ ...g, wishes: [...(g.wishes ?? [])].sort((a, b) => b.weight - a.weight) }))).toEqual(fromCsv.groups);
    }
    expect(loadInstance(fromCsv)).toMatchObject({ ok: true });
    // souhaits.csv, imported alone over the groups without their wishes, gives them back.
    const withoutWishes = { ...fromCsv, groups: fromCsv.groups.map(({ wishes: _, ...g }) => g) };
    const wishes = value(importWishes(await book(file('souhaits.csv')), { instance: withoutWishes, retired: [] })).instance;
    expect(wishes.groups).toEqual(fromCsv.groups);
  });
});
