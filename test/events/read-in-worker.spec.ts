/** The reading worker (built into dist/ by the tests' global setup): its time and memory limits refuse a file, clearly. */
import ExcelJS from 'exceljs';
import { readInWorker } from '../../src/events/import';

describe('reading a file in a worker', () => {
  async function bigSheet(rows: number) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Citoyens');
    sheet.addRow(['Groupe', 'Prénom', 'Nom', 'Courriel']);
    for (let i = 0; i < rows; i++) sheet.addRow([`Groupe ${i % 40}`, `Prénom ${i}`, `Nom ${i}`, `p${i}@exemple.fr`]);
    return { name: 'citoyens.xlsx', content: Buffer.from(await workbook.xlsx.writeBuffer()) };
  }

  it('reads a sheet and hands back its rows', async () => {
    const read = await readInWorker(await bigSheet(3));
    expect(read.errors).toEqual([]);
    expect(read.book?.sheets[0]).toMatchObject({ name: 'Citoyens', headers: ['Groupe', 'Prénom', 'Nom', 'Courriel'], rows: [{ row: 2 }, { row: 3 }, { row: 4 }] });
  });

  let heavy: Awaited<ReturnType<typeof bigSheet>>;
  beforeAll(async () => {
    heavy = await bigSheet(5_000);
  });

  it('stops past its time limit and says the file is too heavy', async () => {
    const read = await readInWorker(heavy, { timeMs: 50, memoryMb: 256 });
    expect(read).toEqual({ errors: [{ file: 'citoyens.xlsx', code: 'import.tooSlow', params: { seconds: 0 } }], warnings: [] });
  });

  it('stops past its memory limit and says so', async () => {
    const read = await readInWorker(heavy, { timeMs: 60_000, memoryMb: 8 });
    expect(read.errors).toEqual([{ file: 'citoyens.xlsx', code: 'import.tooBig', params: { mb: 8 } }]);
  });

  it('refuses more rows than it reads', async () => {
    const lines = ['groupe;membre', ...Array.from({ length: 20_001 }, (_, i) => `G${i % 40};Membre ${i}`)];
    const read = await readInWorker({ name: 'citoyens.csv', content: Buffer.from(lines.join('\n')) });
    expect(read.errors).toEqual([{ file: 'citoyens.csv', code: 'import.tooManyRows', params: { max: 20_000 } }]);
  });
});
