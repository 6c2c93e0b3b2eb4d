/**
 * Wishes alone, from their own file (a CSV cannot carry a « Souhaits » sheet beside the citizens
 * list): rows (groupe, expert, priorité or poids) or a matrix (a row per group, a column per
 * expert), against the groups and experts already in the event. Each group the file names gets
 * exactly the file's wishes; the others keep theirs.
 */
import type { ImportContext, Imported } from './context';
import { sheetPlace } from './columns';
import { ExpertDirectory } from './expert-directory';
import { nameKey } from './person-name';
import { type ImportResult, ProblemList } from './problems';
import { EMPTY_SHEET, type Workbook } from './sheet';
import type { Wish } from './wishes';
import { isWishesSheet, readWishesSheet } from './wishes-sheet';

export function importWishes(book: Workbook, context: ImportContext): ImportResult<Imported> {
  const problems = new ProblemList();
  // In a workbook, the sheet named « Souhaits » if there is one, else the first.
  const sheet = book.sheets.find(isWishesSheet) ?? book.sheets[0] ?? EMPTY_SHEET;
  if (sheet.rows.length === 0) {
    problems.error(sheetPlace(book.file, sheet), 'import.noRows');
    return problems.refusal();
  }
  const groups = context.instance.groups;
  const finder = {
    find: (text: string) => (groups.find((g) => g.id === text.trim()) ?? groups.find((g) => nameKey(g.name) === nameKey(text)))?.id,
    names: groups.map((g) => g.name),
  };
  const experts = new ExpertDirectory(context.instance.experts);
  const wished = new Map<string, Wish[]>();
  for (const wish of readWishesSheet(book.file, sheet, finder, experts, problems)) {
    const list = wished.get(wish.group) ?? [];
    if (list.some((w) => w.expert === wish.expert)) problems.error(wish.place, 'import.wishedTwice', { value: experts.nameOf(wish.expert) });
    else wished.set(wish.group, [...list, { expert: wish.expert, weight: wish.weight }]);
  }
  return problems.result(() => ({
    instance: { ...context.instance, groups: groups.map((g) => (wished.has(g.id) ? { ...g, wishes: wished.get(g.id) } : g)) },
    counts: { added: 0, updated: wished.size, removed: 0 },
    linkChanges: [],
    // Every cell was checked against the event: the engine has nothing left to place.
    placeOf: () => undefined,
  }));
}
