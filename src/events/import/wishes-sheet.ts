/**
 * A « Souhaits » sheet beside the citizens list, in either shape organizers make it: one row per
 * wish (groupe, expert, poids or priorité), or a matrix (a row per group, a column per expert, the
 * weight or « priorité N » or « x » in the cell).
 */
import { type ColumnMap, type ColumnSpec, headerKey, mapColumns, RowReader, sheetPlace } from './columns';
import type { ExpertDirectory } from './expert-directory';
import { closestName } from './person-name';
import { type Place, type ProblemList, shown } from './problems';
import type { Sheet } from './sheet';
import { DEFAULT_WISH_WEIGHT, readWeight, type Wish, weightOfPriority } from './wishes';

type WishField = 'group' | 'expert' | 'weight' | 'priority';

const WISH_COLUMNS: ColumnSpec<WishField>[] = [
  { field: 'group', label: { fr: 'groupe', en: 'group' }, aliases: ['groupe', 'group', 'nom du groupe', 'group name'] },
  { field: 'expert', label: { fr: 'expert', en: 'expert' }, aliases: ['expert', 'experte', 'intervenant', 'intervenante', 'expert souhaité', 'wished expert'] },
  { field: 'weight', label: { fr: 'poids', en: 'weight' }, aliases: ['poids', 'weight', 'intérêt', 'note'] },
  { field: 'priority', label: { fr: 'priorité', en: 'priority' }, aliases: ['priorité', 'priorite', 'priority', 'rang', 'rank', 'ordre'] },
];

const SHEET_NAMES = new Set(['souhaits', 'souhait', 'wishes', 'wish', 'voeux', 'choix', 'choices']);

export function isWishesSheet(sheet: Sheet): boolean {
  return SHEET_NAMES.has(headerKey(sheet.name));
}

/** The groups of the main sheet, found by the text a wishes sheet gives (their id cell or name). */
export interface GroupFinder {
  find(text: string): string | undefined;
  names: string[];
}

export interface SheetWish extends Wish {
  group: string;
  place: Place;
}

export function readWishesSheet(file: string, sheet: Sheet, groups: GroupFinder, experts: ExpertDirectory, problems: ProblemList): SheetWish[] {
  const at = sheetPlace(file, sheet);
  // A matrix's headers are experts' names, not columns to warn about.
  const expertAliases = new Set(WISH_COLUMNS.find((c) => c.field === 'expert')!.aliases.map(headerKey));
  if (!sheet.headers.some((header) => expertAliases.has(headerKey(header)))) return asMatrix(at, sheet, groups, experts, problems);
  return byRows(at, sheet, mapColumns(at, sheet, WISH_COLUMNS, problems), groups, experts, problems);
}

function byRows(at: Place, sheet: Sheet, columns: ColumnMap<WishField>, groups: GroupFinder, experts: ExpertDirectory, problems: ProblemList): SheetWish[] {
  const wishes: SheetWish[] = [];
  for (const line of sheet.rows) {
    const row = new RowReader<WishField>(at, columns, line.row, line.cells);
    const group = findGroup(row.text('group'), row.place('group'), groups, problems);
    const expert = experts.find(row.text('expert'));
    if (!expert.ok) problems.error(row.place('expert'), expert.code, expert.params);
    const weight =
      row.text('priority') !== '' ? weightOfPriority(row.text('priority')) : row.text('weight') !== '' ? readWeight(row.text('weight')) : DEFAULT_WISH_WEIGHT;
    if (weight === undefined) {
      const field = row.text('priority') !== '' ? 'priority' : 'weight';
      problems.error(row.place(field), field === 'priority' ? 'import.badPriority' : 'import.badWeight', { value: shown(row.text(field)) });
    }
    if (group && expert.ok && weight !== undefined) wishes.push({ group, expert: expert.expert.id, weight, place: row.place('expert') });
  }
  return wishes;
}

function asMatrix(at: Place, sheet: Sheet, groups: GroupFinder, experts: ExpertDirectory, problems: ProblemList): SheetWish[] {
  const columnExperts = sheet.headers.map((header, index) => {
    if (index === 0 || header === '') return undefined;
    const found = experts.find(header);
    if (!found.ok) problems.error({ ...at, row: 1, column: header }, found.code, found.params);
    return found.ok ? found.expert.id : undefined;
  });
  const wishes: SheetWish[] = [];
  for (const line of sheet.rows) {
    const group = findGroup(line.cells[0] ?? '', { ...at, row: line.row, column: sheet.headers[0] }, groups, problems);
    line.cells.forEach((cell, index) => {
      const expert = columnExperts[index];
      if (index === 0 || cell === '') return;
      const place = { ...at, row: line.row, column: sheet.headers[index] ?? '' };
      const weight = matrixWeight(cell);
      if (weight === undefined) problems.error(place, 'import.badWeight', { value: shown(cell) });
      else if (group && expert) wishes.push({ group, expert, weight, place });
    });
  }
  return wishes;
}

/** « 5 » is a weight, « priorité 1 » / « p1 » a rank, « x » or « oui » a wish of the default weight. */
function matrixWeight(cell: string): number | undefined {
  const priority = /^(?:priorit[ée]|priority|prio|p)\s*:?\s*(\d+)$/i.exec(cell.trim());
  if (priority) return weightOfPriority(priority[1]);
  if (/^(x|oui|yes|✓|✔)$/i.test(cell.trim())) return DEFAULT_WISH_WEIGHT;
  return readWeight(cell);
}

function findGroup(text: string, place: Place, groups: GroupFinder, problems: ProblemList): string | undefined {
  if (text === '') return void problems.error(place, 'import.groupMissing');
  const found = groups.find(text);
  if (found) return found;
  const close = closestName(text, groups.names, (name) => name);
  problems.error(place, 'import.unknownGroup', close ? { value: shown(text), suggestion: close } : { value: shown(text) });
  return undefined;
}
