/**
 * The rotation grid as a printable page (A4 landscape): one table per set of at most
 * TABLES_PER_PAGE tables, so that 16 Zoom rooms do not shrink to unreadable columns,
 * rounds down with their times, the audit in the footer.
 */
import type { InstanceFile, ScheduleFile } from '../../engine';
import type { Lang } from '../../i18n';
import { auditEntries, replayCommand, type Audit } from './audit';
import { escapeHtml } from './html-escape';
import { heading, labels } from './labels';
import { meetingsAt, planView, type MeetingView, type PlanView, type TableView } from './plan-view';
import { PRINT_CSS } from './print-style';

export const TABLES_PER_PAGE = 8;

export function toPrintableHtml(instance: InstanceFile, schedule: ScheduleFile, audit: Audit, lang: Lang): string {
  const say = labels(lang);
  const view = planView(instance, schedule, lang);
  const title = escapeHtml(instance.event.name);
  const chunks: TableView[][] = [];
  for (let i = 0; i < view.tables.length; i += TABLES_PER_PAGE) chunks.push(view.tables.slice(i, i + TABLES_PER_PAGE));
  const grids = chunks.length > 0 ? chunks.map((tables) => grid(view, tables, lang)).join('\n') : `<p>${say('export.no_meeting')}</p>`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(say('export.grid_title', { event: instance.event.name }))}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<p class="meta">${meta(instance, view, lang)}</p>
</header>
<main>
${grids}
</main>
${footer(audit, lang)}
</body>
</html>
`;
}

function meta(instance: InstanceFile, view: PlanView, lang: Lang): string {
  const say = labels(lang);
  const parts = [
    instance.event.location ? escapeHtml(instance.event.location) : '',
    days(view)
      .map((day) => escapeHtml(day))
      .join(', '),
    escapeHtml(say('export.zone_hours', { zone: view.zone })),
    say('export.meeting_count', { count: view.meetings.length }),
  ];
  return parts.filter(Boolean).join(' · ');
}

function days(view: PlanView): string[] {
  return [...new Set(view.rounds.map((r) => r.start.dayLabel))];
}

function grid(view: PlanView, tables: TableView[], lang: Lang): string {
  const multiDay = days(view).length > 1;
  const head = `<thead><tr><th class="round" scope="col">${heading(labels(lang)('export.round'))}</th>${tables.map((t) => `<th scope="col">${escapeHtml(t.name)}</th>`).join('')}</tr></thead>`;
  const rows: string[] = [];
  view.rounds.forEach((round, i) => {
    if (multiDay && (i === 0 || view.rounds[i - 1].start.day !== round.start.day)) {
      rows.push(`<tr class="day"><th colspan="${tables.length + 1}" scope="rowgroup">${escapeHtml(round.start.dayLabel)}</th></tr>`);
    }
    const cells = tables.map((table) => cell(meetingsAt(view, round.id, table.id))).join('');
    rows.push(`<tr><th class="round" scope="row">${escapeHtml(round.hours)}<br><small>${escapeHtml(round.id)}</small></th>${cells}</tr>`);
  });
  return `<table class="grid">\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function cell(meetings: MeetingView[]): string {
  if (meetings.length === 0) return '<td class="idle">—</td>';
  const experts = [...new Map(meetings.map((m) => [m.expert.id, m.expert])).values()];
  const who = experts
    .map((e) => `<span class="expert">${escapeHtml(e.name)}</span>${e.organization ? `<span class="organization">${escapeHtml(e.organization)}</span>` : ''}`)
    .join('');
  const groups = meetings.map((m) => escapeHtml(m.group.name)).join(', ');
  return `<td>${who}<span class="group">→ ${groups}</span></td>`;
}

function footer(audit: Audit, lang: Lang): string {
  const entries = auditEntries(audit, lang)
    .map((e) => `<dt>${escapeHtml(e.label)}</dt><dd>${escapeHtml(e.value)}</dd>`)
    .join('');
  return `<footer>
<dl>${entries}<dt>${heading(labels(lang)('export.replay'))}</dt><dd>${escapeHtml(replayCommand(audit))}</dd></dl>
</footer>`;
}
