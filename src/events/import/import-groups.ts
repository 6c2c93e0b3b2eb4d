/**
 * Groups from the organizer's list of citizens: one row per member, rows with the same
 * "groupe" belong together, group-wide cells (name, themes, wishes, size…) on the group's first row.
 */
import type { ExpertFile, GroupFile } from '../../engine/format';
import { readEmail, readId, readList, readWhole, type Read } from './cells';
import { mapColumns, requireColumn, RowReader, type ColumnMap } from './columns';
import { GROUP_COLUMNS, type GroupField } from './group-columns';
import { nextFreeId } from './ids';
import { ProblemList, quoted, type ImportResult } from './problems';
import { readSheet, type ImportFile } from './read-sheet';
import { ExpertDirectory, readWishes } from './wishes';

type GroupWide = 'groupName' | 'themes' | 'wishes' | 'size' | 'rounds' | 'maxMeetings';
const GROUP_WIDE: GroupWide[] = ['groupName', 'themes', 'wishes', 'size', 'rounds', 'maxMeetings'];

type Member = NonNullable<GroupFile['members']>[number];

/** A group while its rows are being read. */
interface Draft {
  key: string;
  firstRow: RowReader<GroupField>;
  /** Each group-wide cell with the row that gave it, for messages. */
  wide: Map<GroupWide, { text: string; row: RowReader<GroupField> }>;
  members: { member: Omit<Member, 'id'>; row: RowReader<GroupField> }[];
}

export async function importGroups(file: ImportFile, experts: ExpertFile[]): Promise<ImportResult<GroupFile[]>> {
  const problems = new ProblemList();
  const sheet = await readSheet(file, problems);
  if (!sheet) return problems.result(() => []);
  const columns = mapColumns(file.name, sheet, GROUP_COLUMNS, problems);
  const groupSpec = GROUP_COLUMNS.find((spec) => spec.field === 'group')!;
  if (!requireColumn(file.name, columns, groupSpec, problems)) return problems.result(() => []);
  if (!columns.has('member') && !columns.has('size')) {
    problems.error(
      { file: file.name },
      {
        fr: 'il faut une colonne « membre » (une ligne par membre) ou une colonne « taille »',
        en: 'a "member" column (one row per member) or a "size" column is required',
      },
    );
    return problems.result(() => []);
  }
  if (sheet.rows.length === 0) {
    problems.error({ file: file.name }, { fr: 'aucun groupe : le fichier n’a que sa ligne d’en-tête', en: 'no group: the file holds only its header row' });
    return problems.result(() => []);
  }

  const drafts = collectDrafts(file.name, columns, sheet.rows, problems);
  const directory = new ExpertDirectory(experts);
  const namedById = columns.has('groupName');
  const groupIds = new Set<string>();
  const memberIds = new Set<string>();
  const groups = drafts.map((draft) => buildGroup(draft, namedById, directory, groupIds, memberIds, problems));
  warnSharedEmails(drafts, problems);
  return problems.result(() => groups.filter((group): group is GroupFile => group !== undefined));
}

function collectDrafts(file: string, columns: ColumnMap<GroupField>, lines: { row: number; cells: string[] }[], problems: ProblemList): Draft[] {
  const drafts = new Map<string, Draft>();
  for (const line of lines) {
    const row = new RowReader<GroupField>(file, columns, line.row, line.cells);
    const key = row.text('group');
    if (key === '') {
      problems.error(row.place('group'), { fr: 'groupe manquant', en: 'group missing' });
      continue;
    }
    // "Santé" and "santé " are the same group: people type, they do not copy-paste ids.
    const sameKey = key.toLocaleLowerCase('fr').replace(/\s+/g, ' ');
    let draft = drafts.get(sameKey);
    if (!draft) {
      draft = { key, firstRow: row, wide: new Map(), members: [] };
      drafts.set(sameKey, draft);
    }
    readGroupWide(draft, row, problems);
    readMember(draft, row, problems);
  }
  return [...drafts.values()];
}

/** The first row gives the value; a later row may repeat it (filled down) but not contradict it. */
function readGroupWide(draft: Draft, row: RowReader<GroupField>, problems: ProblemList): void {
  for (const field of GROUP_WIDE) {
    const text = row.text(field);
    if (text === '') continue;
    const earlier = draft.wide.get(field);
    if (!earlier) draft.wide.set(field, { text, row });
    else if (earlier.text.replace(/\s+/g, ' ') !== text.replace(/\s+/g, ' ')) {
      problems.error(row.place(field), {
        fr: `${quoted(text)} contredit la ligne ${earlier.row.row} du même groupe (${quoted(earlier.text)}) : laissez la cellule vide ici`,
        en: `${quoted(text)} contradicts row ${earlier.row.row} of the same group (${quoted(earlier.text)}): leave this cell empty`,
      });
    }
  }
}

function readMember(draft: Draft, row: RowReader<GroupField>, problems: ProblemList): void {
  const name = row.text('member');
  const email = row.text('email');
  const phone = row.text('phone');
  if (name === '') {
    if (email !== '' || phone !== '') problems.error(row.place('member'), { fr: 'nom du membre manquant', en: 'member name missing' });
    return;
  }
  const member: Omit<Member, 'id'> = { name };
  if (email !== '') {
    const read = readEmail(email);
    if (read.ok) member.email = read.value;
    else problems.error(row.place('email'), read.why);
  }
  if (phone !== '') {
    const read = readPhone(phone);
    if (read.ok) member.phone = read.value;
    else problems.error(row.place('phone'), read.why);
  }
  draft.members.push({ member, row });
}

/** Digits with the usual separators; at least 6 digits so that a stray "12" is caught. */
function readPhone(text: string): Read<string> {
  const digits = text.replace(/\D/g, '').length;
  if (/^\+?[0-9 ().\-/]+$/.test(text) && digits >= 6 && digits <= 15) return { ok: true, value: text };
  return { ok: false, why: { fr: `numéro invalide ${quoted(text)}`, en: 'invalid number' } };
}

function buildGroup(
  draft: Draft,
  namedById: boolean,
  experts: ExpertDirectory,
  groupIds: Set<string>,
  memberIds: Set<string>,
  problems: ProblemList,
): GroupFile | undefined {
  const errorsBefore = problems.errors.length;
  const wide = (field: GroupWide) => draft.wide.get(field);
  const place = (field: GroupWide) => (wide(field)?.row ?? draft.firstRow).place(field);
  function take<T>(field: GroupWide, read: (text: string) => Read<T>): T | undefined {
    const cell = wide(field);
    if (!cell) return undefined;
    const result = read(cell.text);
    if (result.ok) return result.value;
    problems.error(place(field), result.why);
    return undefined;
  }

  // With a "group name" column the "group" cell is the id; without, it is the name and the id is generated.
  if (namedById) {
    const read = readId(draft.key);
    if (!read.ok) problems.error(draft.firstRow.place('group'), read.why);
  }
  const id = namedById ? draft.key : nextFreeId('g', groupIds);
  const name = namedById ? (wide('groupName')?.text ?? draft.key) : draft.key;

  const members = draft.members.map(({ member }) => member);
  const statedSize = take('size', (text) => readWhole(text, 1));
  let size = members.length;
  if (members.length === 0) {
    if (statedSize === undefined && !wide('size')) {
      problems.error(place('size'), {
        fr: `groupe ${quoted(draft.key)} sans membre : indiquez sa taille`,
        en: `group ${quoted(draft.key)} has no member: give its size`,
      });
    }
    size = statedSize ?? 0;
  } else if (statedSize !== undefined && statedSize !== members.length) {
    problems.error(place('size'), {
      fr: `taille ${statedSize} mais ${members.length} membre(s) listé(s)`,
      en: `size ${statedSize} but ${members.length} member(s) listed`,
    });
  }

  const group: GroupFile = { id, name, size };
  const themes = readList(wide('themes')?.text ?? '');
  if (themes.length > 0) group.themes = themes;
  const rounds = readList(wide('rounds')?.text ?? '');
  if (rounds.length > 0) group.rounds = rounds;
  const maxMeetings = take('maxMeetings', (text) => readWhole(text, 0));
  if (maxMeetings !== undefined) group.maxMeetings = maxMeetings;
  if (members.length > 0) group.members = members.map((member) => ({ id: nextFreeId('m', memberIds), ...member }));
  const wishCell = wide('wishes');
  if (wishCell) {
    const read = readWishes(wishCell.text, experts);
    for (const why of read.problems) problems.error(place('wishes'), why);
    if (read.wishes.length > 0) group.wishes = read.wishes;
  }
  return problems.errors.length > errorsBefore ? undefined : group;
}

/** One person in two groups is usually a copy-paste slip, but can be deliberate (a facilitator). */
function warnSharedEmails(drafts: Draft[], problems: ProblemList): void {
  const seen = new Map<string, number>();
  for (const draft of drafts) {
    for (const { member, row } of draft.members) {
      if (!member.email) continue;
      const address = member.email.toLowerCase();
      const first = seen.get(address);
      if (first !== undefined) {
        problems.warn(row.place('email'), {
          fr: `adresse ${quoted(member.email)} déjà donnée ligne ${first}`,
          en: `address ${quoted(member.email)} already given on row ${first}`,
        });
      } else seen.set(address, row.row);
    }
  }
}
