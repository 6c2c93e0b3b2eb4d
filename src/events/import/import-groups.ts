/**
 * Groups from the organizer's list of citizens: one row per member, rows with the same « groupe »
 * belong together, group-wide cells (name, themes, wishes, size…) on the group's first row, and
 * wishes also from a « Souhaits » sheet. Merged into the event: groups and members are matched to
 * those already there (./identities.ts); a group in the sheet is replaced by what the sheet says,
 * keeping what the sheet has no column for (wishes set in the app, say); groups absent stay.
 */
import type { GroupFile, InstanceFile } from '../../engine';
import { readEmail, readId, readList, readPhone, readWhole, type Read } from './cells';
import { type ColumnMap, mapColumns, requireColumn, RowReader, sheetPlace } from './columns';
import type { ImportContext, Imported } from './context';
import { sessionsOf, type Session } from './event-days';
import { ExpertDirectory } from './expert-directory';
import { GROUP_COLUMNS, type GroupField } from './group-columns';
import { matchIdentities } from './identities';
import { nameField, personName } from './name-columns';
import { overlay } from './overlay';
import { nameKey } from './person-name';
import { placeFinder } from './places';
import { type ImportResult, type Place, ProblemList, shown } from './problems';
import { EMPTY_SHEET, type Sheet, type Workbook } from './sheet';
import { readRounds } from './setup-cells';
import { readWishes, type Wish } from './wishes';
import { isWishesSheet, readWishesSheet } from './wishes-sheet';

type GroupWide = 'groupName' | 'themes' | 'wishes' | 'size' | 'rounds' | 'maxMeetings';
const GROUP_WIDE: GroupWide[] = ['groupName', 'themes', 'wishes', 'size', 'rounds', 'maxMeetings'];

type Member = NonNullable<GroupFile['members']>[number];

/** A group while its rows are being read. */
interface Draft {
  key: string;
  firstRow: RowReader<GroupField>;
  /** Each group-wide cell with the row that gave it, for messages. */
  wide: Map<GroupWide, { text: string; row: RowReader<GroupField> }>;
  members: { member: Omit<Member, 'id'>; givenId?: string; row: RowReader<GroupField> }[];
  wishes: (Wish & { place: Place })[];
}

export function importGroups(book: Workbook, context: ImportContext): ImportResult<Imported> {
  const problems = new ProblemList();
  const wishSheets = book.sheets.filter(isWishesSheet);
  const [sheet = EMPTY_SHEET, ...others] = book.sheets.filter((s) => !isWishesSheet(s));
  const at = sheetPlace(book.file, sheet);
  if (others.length > 0) problems.warn({ file: book.file }, 'import.otherSheetsIgnored', { sheet: sheet.name, others: others.map((s) => s.name) });
  const columns = mapColumns(at, sheet, GROUP_COLUMNS, problems);
  if (
    !requireColumn(
      at,
      columns,
      GROUP_COLUMNS.find((spec) => spec.field === 'group')!,
      problems,
    )
  )
    return problems.refusal();
  if (!columns.has('member') && !columns.has('lastName') && !columns.has('size')) {
    problems.error(at, 'import.missingMembersOrSize');
    return problems.refusal();
  }
  if (sheet.rows.length === 0) {
    problems.error(at, 'import.noRows');
    return problems.refusal();
  }

  const drafts = collectDrafts(at, columns, sheet.rows, problems);
  const experts = new ExpertDirectory(context.instance.experts);
  const sessions = sessionsOf(context.instance);
  const read = drafts.map((draft) => readGroup(draft, columns, experts, sessions, problems));
  for (const wishSheet of wishSheets) addSheetWishes(book.file, wishSheet, drafts, experts, problems);
  warnSharedEmails(drafts, problems);
  return problems.result(() => merge(drafts, read as GroupFile[], columns, wishSheets.length > 0, context));
}

/** « Santé » and « santé  » are the same group: people type, they do not copy-paste ids. */
const groupKey = (text: string) => text.toLocaleLowerCase('fr').replace(/\s+/g, ' ');

function collectDrafts(at: Place, columns: ColumnMap<GroupField>, lines: { row: number; cells: string[] }[], problems: ProblemList): Draft[] {
  const drafts = new Map<string, Draft>();
  for (const line of lines) {
    const row = new RowReader<GroupField>(at, columns, line.row, line.cells);
    const key = row.text('group');
    if (key === '') {
      problems.error(row.place('group'), 'import.groupMissing');
      continue;
    }
    let draft = drafts.get(groupKey(key));
    if (!draft) {
      draft = { key, firstRow: row, wide: new Map(), members: [], wishes: [] };
      drafts.set(groupKey(key), draft);
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
      problems.error(row.place(field), 'import.contradicts', { value: shown(text), earlierRow: earlier.row.row, earlier: shown(earlier.text) });
    }
  }
}

function readMember(draft: Draft, row: RowReader<GroupField>, problems: ProblemList): void {
  const name = personName(row, 'member');
  const [email, phone, givenId] = [row.text('email'), row.text('phone'), row.text('memberId')];
  if (name === '') {
    if (email !== '' || phone !== '' || givenId !== '') problems.error(row.place(nameField(row, 'member')), 'import.memberNameMissing');
    return;
  }
  const twin = draft.members.find((m) => nameKey(m.member.name) === nameKey(name) && (m.member.email ?? '') === email);
  if (twin) problems.error(row.place(nameField(row, 'member')), 'import.memberTwice', { name, group: draft.key, earlierRow: twin.row.row });
  const member: Omit<Member, 'id'> = { name };
  const cell = <T>(field: GroupField, read: Read<T>, set: (value: T) => void) =>
    read.ok ? set(read.value) : problems.error(row.place(field), read.code, read.params);
  if (email !== '') cell('email', readEmail(email), (value) => (member.email = value));
  if (phone !== '') cell('phone', readPhone(phone), (value) => (member.phone = value));
  let id: string | undefined;
  if (givenId !== '') cell('memberId', readId(givenId), (value) => (id = value));
  draft.members.push({ member, givenId: id, row });
}

/** The group's own fields as the sheet gives them; its id and members' ids come in `merge`. */
function readGroup(draft: Draft, columns: ColumnMap<GroupField>, experts: ExpertDirectory, sessions: Session[], problems: ProblemList): GroupFile | undefined {
  const errorsBefore = problems.errors.length;
  const wide = (field: GroupWide) => draft.wide.get(field);
  const place = (field: GroupWide) => (wide(field)?.row ?? draft.firstRow).place(field);
  function take<T>(field: GroupWide, read: (text: string) => Read<T>): T | undefined {
    const cell = wide(field);
    if (!cell) return undefined;
    const result = read(cell.text);
    if (result.ok) return result.value;
    problems.error(place(field), result.code, result.params);
    return undefined;
  }

  // With a « nom du groupe » column the « groupe » cell is the id; without, it is the name.
  if (columns.has('groupName')) {
    const read = readId(draft.key);
    if (!read.ok) problems.error(draft.firstRow.place('group'), read.code, read.params);
  }
  const name = columns.has('groupName') ? (wide('groupName')?.text ?? draft.key) : draft.key;
  const statedSize = take('size', (text) => readWhole(text, 1));
  const count = draft.members.length;
  if (count === 0 && statedSize === undefined && !wide('size')) problems.error(place('size'), 'import.groupWithoutMembers', { group: shown(draft.key) });
  else if (count > 0 && statedSize !== undefined && statedSize !== count) problems.error(place('size'), 'import.sizeMismatch', { size: statedSize, count });

  const group: GroupFile = { id: '', name, size: count || (statedSize ?? 0) };
  const themes = readList(wide('themes')?.text ?? '');
  if (themes.length > 0) group.themes = themes;
  const rounds = take('rounds', (text) => readRounds(text, sessions));
  if (rounds !== undefined) group.rounds = rounds;
  const maxMeetings = take('maxMeetings', (text) => readWhole(text, 0));
  if (maxMeetings !== undefined) group.maxMeetings = maxMeetings;
  const wishCell = wide('wishes');
  if (wishCell) {
    const read = readWishes(wishCell.text, experts);
    for (const problem of read.problems) problems.error(place('wishes'), problem.code, problem.params);
    draft.wishes.push(...read.wishes.map((wish) => ({ ...wish, place: place('wishes') })));
  }
  return problems.errors.length > errorsBefore ? undefined : group;
}

function addSheetWishes(file: string, sheet: Sheet, drafts: Draft[], experts: ExpertDirectory, problems: ProblemList): void {
  const byText = new Map<string, Draft>();
  for (const draft of drafts) {
    byText.set(groupKey(draft.key), draft);
    const name = draft.wide.get('groupName')?.text;
    if (name) byText.set(groupKey(name), draft);
  }
  const finder = { find: (text: string) => byText.get(groupKey(text))?.key, names: drafts.map((d) => d.wide.get('groupName')?.text ?? d.key) };
  for (const wish of readWishesSheet(file, sheet, finder, experts, problems)) {
    const draft = byText.get(groupKey(wish.group))!;
    const earlier = draft.wishes.find((w) => w.expert === wish.expert);
    if (earlier) problems.error(wish.place, 'import.wishedTwice', { value: experts.nameOf(wish.expert) });
    else draft.wishes.push(wish);
  }
}

/** The sheet's groups and members given their ids and merged into the event. */
function merge(drafts: Draft[], groups: GroupFile[], columns: ColumnMap<GroupField>, wishSheet: boolean, context: ImportContext): Imported {
  const known = context.instance.groups;
  const groupMatching = matchIdentities(
    drafts.map((draft, i) => ({ id: columns.has('groupName') ? draft.key : undefined, name: groups[i].name })),
    known,
    { prefix: 'g', retired: context.retired },
  );
  groups.forEach((group, i) => (group.id = groupMatching.ids[i]));

  const incomingMembers = drafts.flatMap((draft, i) => draft.members.map((m) => ({ ...m.member, id: m.givenId, scope: groups[i].id })));
  const knownMembers = known.flatMap((g) =>
    (g.members ?? []).map((member) => ({ id: member.id, name: member.name, email: member.email, scope: g.id, member })),
  );
  const memberMatching = matchIdentities(incomingMembers, knownMembers, { prefix: 'm', retired: context.retired });
  const hasMembers = columns.has('member') || columns.has('lastName');
  const memberListed = (field: string) => field === 'id' || field === 'name' || columns.has(field as GroupField);
  const groupListed = (field: string) =>
    ['id', 'name', 'size'].includes(field) ||
    (field === 'members' && hasMembers) ||
    (field === 'wishes' && (columns.has('wishes') || wishSheet)) ||
    columns.has(field as GroupField);
  let next = 0;
  const merged = groups.map((group, i) => {
    if (hasMembers && drafts[i].members.length > 0) {
      group.members = drafts[i].members.map(({ member }) =>
        overlay(memberMatching.matches[next]?.member, { id: memberMatching.ids[next++], ...member }, memberListed),
      );
    }
    if (drafts[i].wishes.length > 0) group.wishes = drafts[i].wishes.map(({ expert, weight }) => ({ expert, weight }));
    const before = groupMatching.matches[i];
    // A sheet without people (sizes only) keeps the group's members, and their count.
    const size = !hasMembers && before?.members ? { size: before.members.length } : {};
    return { ...overlay(before, group, groupListed), ...size };
  });

  const instance = mergeGroups(context.instance, merged);
  const rowOfGroup = new Map(merged.map((g, i) => [g.id, drafts[i]]));
  const memberRows = drafts.flatMap((draft) => draft.members.map((m) => m.row));
  const rowOfMember = new Map(memberRows.map((row, k) => [memberMatching.ids[k], row]));
  const removed = known.reduce((n, g) => n + (g.members ?? []).filter((m) => !instance.groups.some((h) => h.members?.some((x) => x.id === m.id))).length, 0);
  return {
    instance,
    counts: { added: groupMatching.matches.filter((m) => !m).length, updated: groupMatching.matches.filter(Boolean).length, removed },
    linkChanges: [...groupMatching.linkChanges, ...memberMatching.linkChanges],
    placeOf: placeFinder({
      groups: (i, field) => rowOfGroup.get(instance.groups[i]?.id)?.firstRow.place(groupField(field)),
      members: (i, j, field) => rowOfMember.get(instance.groups[i]?.members?.[j]?.id ?? '')?.place(field as GroupField),
    }),
  };
}

/** Imported groups replace the same groups in place, new ones go last; a member who moved leaves their old group. */
function mergeGroups(instance: InstanceFile, groups: GroupFile[]): InstanceFile {
  const incoming = new Map(groups.map((g) => [g.id, g]));
  const movedIn = new Set(groups.flatMap((g) => (g.members ?? []).map((m) => m.id)));
  const kept = instance.groups.map((g) => {
    const replaced = incoming.get(g.id);
    if (replaced) return replaced;
    if (!g.members?.some((m) => movedIn.has(m.id))) return g;
    const members = g.members.filter((m) => !movedIn.has(m.id));
    return { ...g, members, size: members.length || g.size };
  });
  const added = groups.filter((g) => !instance.groups.some((k) => k.id === g.id));
  return { ...instance, groups: [...kept, ...added] };
}

/** The engine names a group's fields as the format does; the sheet's columns for them. */
function groupField(field: string | undefined): GroupField | undefined {
  return field === 'name' ? 'groupName' : (field as GroupField | undefined);
}

/** One person in two groups is usually a copy-paste slip, but can be deliberate (a facilitator). */
function warnSharedEmails(drafts: Draft[], problems: ProblemList): void {
  const seen = new Map<string, number>();
  for (const draft of drafts) {
    for (const { member, row } of draft.members) {
      if (!member.email) continue;
      const address = member.email.toLowerCase();
      const first = seen.get(address);
      if (first !== undefined) problems.warn(row.place('email'), 'import.sharedEmail', { value: member.email, earlierRow: first });
      else seen.set(address, row.row);
    }
  }
}
