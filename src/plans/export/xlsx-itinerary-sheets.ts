/**
 * One sheet per group (where its members go, round after round) and one per expert (who comes
 * to its table): what a facilitator prints for each table or hands to each group.
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../../i18n';
import { heading, labels } from './labels';
import type { PlanView } from './plan-view';
import type { SheetNames } from './sheet-names';
import { fitColumns, writeRow } from './xlsx-rows';

export function addGroupSheets(
  workbook: ExcelJS.Workbook,
  view: PlanView,
  names: SheetNames,
  groups: { id: string; name: string; size: number }[],
  lang: Lang,
): void {
  const say = labels(lang);
  const BREAK = say('export.break');
  for (const group of groups) {
    const sheet = workbook.addWorksheet(names.take(group.name));
    writeRow(sheet, [group.name, say('export.members', { count: group.size })], 'title');
    writeRow(
      sheet,
      (['export.round', 'export.time', 'export.table', 'export.expert', 'export.organization'] as const).map((code) => heading(say(code))),
      'header',
    );
    for (const round of view.rounds) {
      const meeting = view.meetings.find((m) => m.round.id === round.id && m.group.id === group.id);
      writeRow(sheet, [round.id, `${round.start.day} ${round.hours}`, meeting?.table.name ?? BREAK, meeting?.expert.name, meeting?.expert.organization]);
    }
    fitColumns(sheet);
  }
}

export function addExpertSheets(
  workbook: ExcelJS.Workbook,
  view: PlanView,
  names: SheetNames,
  experts: { id: string; name: string; organization?: string }[],
  lang: Lang,
): void {
  const say = labels(lang);
  const BREAK = say('export.break');
  for (const expert of experts) {
    const sheet = workbook.addWorksheet(names.take(expert.name));
    writeRow(sheet, [expert.name, expert.organization ?? ''], 'title');
    writeRow(
      sheet,
      (['export.round', 'export.time', 'export.table', 'export.group', 'export.size'] as const).map((code) => heading(say(code))),
      'header',
    );
    for (const round of view.rounds) {
      const meetings = view.meetings.filter((m) => m.round.id === round.id && m.expert.id === expert.id);
      if (meetings.length === 0) writeRow(sheet, [round.id, `${round.start.day} ${round.hours}`, BREAK]);
      // An expert receiving two groups at once gets one line per group: each has its own size.
      for (const m of meetings) writeRow(sheet, [round.id, `${round.start.day} ${round.hours}`, m.table.name, m.group.name, m.group.size]);
    }
    fitColumns(sheet);
  }
}
