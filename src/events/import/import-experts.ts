/** Experts from a spreadsheet, one row per expert. */
import type { ExpertFile } from '../../engine/format';
import { readEmail, readId, readList, readWhole, type Read } from './cells';
import { mapColumns, requireColumn, RowReader } from './columns';
import { EXPERT_COLUMNS, type ExpertField } from './expert-columns';
import { nextFreeId } from './ids';
import { ProblemList, type ImportResult } from './problems';
import { readSheet, type ImportFile } from './read-sheet';

export async function importExperts(file: ImportFile): Promise<ImportResult<ExpertFile[]>> {
  const problems = new ProblemList();
  const sheet = await readSheet(file, problems);
  if (!sheet) return problems.result(() => []);
  const columns = mapColumns(file.name, sheet, EXPERT_COLUMNS, problems);
  const nameSpec = EXPERT_COLUMNS.find((spec) => spec.field === 'name')!;
  if (!requireColumn(file.name, columns, nameSpec, problems)) return problems.result(() => []);
  if (sheet.rows.length === 0) {
    problems.error({ file: file.name }, { fr: 'aucun expert : le fichier n’a que sa ligne d’en-tête', en: 'no expert: the file holds only its header row' });
    return problems.result(() => []);
  }

  const rows = sheet.rows.map((line) => new RowReader<ExpertField>(file.name, columns, line.row, line.cells));
  const experts: (ExpertFile | undefined)[] = rows.map((row) => readExpert(row, problems));

  // Given ids are checked first so that generated ones never take an id a later row asks for.
  const taken = new Map<string, number>();
  rows.forEach((row, i) => {
    const id = experts[i]?.id;
    if (!id) return;
    const first = taken.get(id);
    if (first !== undefined) {
      problems.error(row.place('id'), { fr: `identifiant "${id}" déjà pris ligne ${first}`, en: `id "${id}" already used on row ${first}` });
    } else taken.set(id, row.row);
  });
  const used = new Set(taken.keys());
  for (const expert of experts) if (expert && !expert.id) expert.id = nextFreeId('e', used);

  return problems.result(() => experts as ExpertFile[]);
}

function readExpert(row: RowReader<ExpertField>, problems: ProblemList): ExpertFile | undefined {
  let broken = false;
  function take<T>(field: ExpertField, read: (text: string) => Read<T>): T | undefined {
    const text = row.text(field);
    if (text === '') return undefined;
    const result = read(text);
    if (result.ok) return result.value;
    problems.error(row.place(field), result.why);
    broken = true;
    return undefined;
  }

  const name = row.text('name');
  if (name === '') {
    problems.error(row.place('name'), { fr: 'nom manquant', en: 'name missing' });
    broken = true;
  }
  const expert: ExpertFile = { id: take('id', readId) ?? '', name };
  const email = take('email', readEmail);
  if (email !== undefined) expert.email = email;
  const organization = row.text('organization');
  if (organization !== '') expert.organization = organization;
  const themes = readList(row.text('themes'));
  if (themes.length > 0) expert.themes = themes;
  const rounds = readList(row.text('rounds'));
  if (rounds.length > 0) expert.rounds = rounds;
  const maxMeetings = take('maxMeetings', (text) => readWhole(text, 0));
  if (maxMeetings !== undefined) expert.maxMeetings = maxMeetings;
  const maxConsecutive = take('maxConsecutive', (text) => readWhole(text, 1));
  if (maxConsecutive !== undefined) expert.maxConsecutive = maxConsecutive;
  const maxGroupsPerRound = take('maxGroupsPerRound', (text) => readWhole(text, 1));
  if (maxGroupsPerRound !== undefined) expert.maxGroupsPerRound = maxGroupsPerRound;
  const table = take('table', readId);
  if (table !== undefined) expert.table = table;
  return broken ? undefined : expert;
}
