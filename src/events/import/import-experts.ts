/**
 * Experts from a spreadsheet, one row per expert, merged into the event: each row is matched to an
 * expert already there (./identities.ts) and replaces them; the others are added; experts absent
 * from the sheet stay.
 */
import type { ExpertFile } from '../../engine';
import { readEmail, readId, readList, readWhole, type Read } from './cells';
import { mapColumns, RowReader, sheetPlace } from './columns';
import type { ImportContext, Imported } from './context';
import { sessionsOf } from './event-days';
import { EXPERT_COLUMNS, type ExpertField } from './expert-columns';
import { matchIdentities } from './identities';
import { nameField, personName } from './name-columns';
import { overlay } from './overlay';
import { placeFinder } from './places';
import { ProblemList, type ImportResult } from './problems';
import { EMPTY_SHEET, type Workbook } from './sheet';
import { readTable, readRounds } from './setup-cells';

export function importExperts(book: Workbook, context: ImportContext): ImportResult<Imported> {
  const problems = new ProblemList();
  const [sheet = EMPTY_SHEET, ...others] = book.sheets;
  const at = sheetPlace(book.file, sheet);
  if (others.length > 0) problems.warn({ file: book.file }, 'import.otherSheetsIgnored', { sheet: sheet.name, others: others.map((s) => s.name) });
  const columns = mapColumns(at, sheet, EXPERT_COLUMNS, problems);
  if (!columns.has('name') && !columns.has('lastName')) {
    problems.error(at, 'import.missingNameColumns', { accepted: EXPERT_COLUMNS.find((spec) => spec.field === 'name')!.aliases.slice(0, 4) });
    return problems.refusal();
  }
  if (sheet.rows.length === 0) {
    problems.error(at, 'import.noRows');
    return problems.refusal();
  }

  const rows = sheet.rows.map((line) => new RowReader<ExpertField>(at, columns, line.row, line.cells));
  const sessions = sessionsOf(context.instance);
  const read = rows.map((row) => readExpert(row, context, sessions, problems));
  refuseRepeatedIds(rows, read, problems);

  return problems.result(() => {
    const experts = read as ExpertFile[];
    const known = context.instance.experts;
    const matching = matchIdentities(
      experts.map((e) => ({ id: e.id === '' ? undefined : e.id, name: e.name, email: e.email })),
      known,
      { prefix: 'e', retired: context.retired },
    );
    // Fields the sheet has no column for keep their value (a table set in the app, say).
    const listed = (field: string) => field === 'id' || field === 'name' || columns.has(field as ExpertField);
    experts.forEach((expert, i) => (experts[i] = overlay(matching.matches[i], { ...expert, id: matching.ids[i] }, listed)));
    const incoming = new Map(experts.map((e) => [e.id, e]));
    const kept = known.map((e) => incoming.get(e.id) ?? e);
    const added = experts.filter((e) => !known.some((k) => k.id === e.id));
    const instance = { ...context.instance, experts: [...kept, ...added] };
    const rowOf = new Map(experts.map((e, i) => [e.id, rows[i]]));
    return {
      instance,
      counts: { added: added.length, updated: experts.length - added.length, removed: 0 },
      linkChanges: matching.linkChanges,
      placeOf: placeFinder({ experts: (i, field) => rowOf.get(instance.experts[i]?.id)?.place(field as ExpertField) }),
    };
  });
}

function readExpert(
  row: RowReader<ExpertField>,
  context: ImportContext,
  sessions: ReturnType<typeof sessionsOf>,
  problems: ProblemList,
): ExpertFile | undefined {
  let broken = false;
  function take<T>(field: ExpertField, read: (text: string) => Read<T>): T | undefined {
    const text = row.text(field);
    if (text === '') return undefined;
    const result = read(text);
    if (result.ok) return result.value;
    problems.error(row.place(field), result.code, result.params);
    broken = true;
    return undefined;
  }

  const name = personName(row, 'name');
  if (name === '') {
    problems.error(row.place(nameField(row, 'name')), 'import.nameMissing');
    broken = true;
  }
  const expert: ExpertFile = { id: take('id', readId) ?? '', name };
  const email = take('email', readEmail);
  if (email !== undefined) expert.email = email;
  const organization = row.text('organization');
  if (organization !== '') expert.organization = organization;
  const themes = readList(row.text('themes'));
  if (themes.length > 0) expert.themes = themes;
  const rounds = take('rounds', (text) => readRounds(text, sessions));
  if (rounds !== undefined) expert.rounds = rounds;
  const maxMeetings = take('maxMeetings', (text) => readWhole(text, 0));
  if (maxMeetings !== undefined) expert.maxMeetings = maxMeetings;
  const maxConsecutive = take('maxConsecutive', (text) => readWhole(text, 1));
  if (maxConsecutive !== undefined) expert.maxConsecutive = maxConsecutive;
  const maxGroupsPerRound = take('maxGroupsPerRound', (text) => readWhole(text, 1));
  if (maxGroupsPerRound !== undefined) expert.maxGroupsPerRound = maxGroupsPerRound;
  const table = take('table', (text) => readTable(text, context.instance.tables));
  if (table !== undefined) expert.table = table;
  return broken ? undefined : expert;
}

/** Ids the sheet gives must be its own: two rows with one id would be one person. */
function refuseRepeatedIds(rows: RowReader<ExpertField>[], experts: (ExpertFile | undefined)[], problems: ProblemList): void {
  const taken = new Map<string, number>();
  rows.forEach((row, i) => {
    const id = experts[i]?.id;
    if (!id) return;
    const first = taken.get(id);
    if (first !== undefined) problems.error(row.place('id'), 'import.idTaken', { value: id, earlierRow: first });
    else taken.set(id, row.row);
  });
}
