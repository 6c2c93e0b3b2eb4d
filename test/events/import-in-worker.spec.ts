/** The import worker (built into dist/ by the tests' global setup): an import off the main thread, stopped past its time and memory limits with a clear refusal. */
import ExcelJS from 'exceljs';
import { importInWorker } from '../../src/events/import';
import { twoDayEvent } from './import-helpers';

describe('importing in a worker', () => {
  async function bigSheet(rows: number) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Citoyens');
    sheet.addRow(['Groupe', 'Prénom', 'Nom', 'Courriel']);
    for (let i = 0; i < rows; i++) sheet.addRow([`Groupe ${i % 40}`, `Prénom ${i}`, `Nom ${i}`, `p${i}@exemple.fr`]);
    return { name: 'citoyens.xlsx', content: Buffer.from(await workbook.xlsx.writeBuffer()) };
  }
  const job = (file: { name: string; content: Buffer }) => ({ kind: 'groups' as const, file, instance: twoDayEvent(), retired: [] });

  let heavy: Awaited<ReturnType<typeof bigSheet>>;
  beforeAll(async () => {
    heavy = await bigSheet(5_000);
  });

  it('reads, matches and merges, and hands back the event with its people', async () => {
    const outcome = await importInWorker(job(await bigSheet(3)));
    if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.code).join());
    expect(outcome.counts).toEqual({ added: 3, updated: 0, removed: 0 });
    expect(outcome.instance.groups.map((g) => [g.id, g.name, g.members?.map((m) => m.id)])).toEqual([
      ['g1', 'Groupe 0', ['m1']],
      ['g2', 'Groupe 1', ['m2']],
      ['g3', 'Groupe 2', ['m3']],
    ]);
  });

  it('stops past its time limit and says the file is too heavy', async () => {
    expect(await importInWorker(job(heavy), { timeMs: 50, memoryMb: 256 })).toEqual({
      ok: false,
      errors: [{ file: 'citoyens.xlsx', code: 'import.tooSlow', params: { seconds: 0 } }],
      warnings: [],
    });
  });

  it('stops past its memory limit and says so', async () => {
    const outcome = await importInWorker(job(heavy), { timeMs: 60_000, memoryMb: 8 });
    expect(outcome).toMatchObject({ ok: false, errors: [{ file: 'citoyens.xlsx', code: 'import.tooBig', params: { mb: 8 } }] });
  });

  it('refuses more rows than it reads', async () => {
    const lines = ['groupe;membre', ...Array.from({ length: 20_001 }, (_, i) => `G${i % 40};Membre ${i}`)];
    const outcome = await importInWorker(job({ name: 'citoyens.csv', content: Buffer.from(lines.join('\n')) }));
    expect(outcome).toMatchObject({ ok: false, errors: [{ file: 'citoyens.csv', code: 'import.tooManyRows', params: { max: 20_000 } }] });
  });
});
