/** The short human summary the commands print: quality, each group's share, experts heard. */
import type { ClaimedMetrics, UnmetWish } from '../engine';
import { groupShares } from '../engine';
import type { Meeting, Problem } from '../engine';
import type { Quality } from '../engine';

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

export function describeMetrics(m: ClaimedMetrics): string {
  const parts = [
    ...(m.moved !== undefined ? [`moved ${m.moved}`] : []),
    `shortfall ${m.shortfall}`,
    `min share ${percent(m.minGroupShare)}`,
    `wish value ${m.wishValue}`,
    ...(m.idle !== undefined ? [`idle ${m.idle}`] : []),
  ];
  return parts.join(' · ');
}

export function describeQuality(q: Quality): string {
  if (q.proven) return 'Proven optimal';
  const open = q.levels.filter((l) => !l.proven);
  const proven = q.levels.filter((l) => l.proven).map((l) => l.level);
  const gaps = open.map((l) => `${l.level} ${l.value} (bound ${round(l.bound)}, gap ≤ ${l.gapPercent} %)`);
  return `${proven.length ? `proven: ${proven.join(', ')}; ` : ''}open: ${gaps.join('; ')}`;
}

const round = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(3));

const BAR = 20;
const MAX_GROUP_LINES = 20;

export function describePlan(problem: Problem, meetings: Meeting[], unmet: UnmetWish[] | undefined): string[] {
  const lines: string[] = [];
  const shares = groupShares(problem, meetings).filter((s) => s.share !== null);
  shares.sort((a, b) => (a.share ?? 0) - (b.share ?? 0));
  const shown = shares.length > MAX_GROUP_LINES ? shares.slice(0, 10) : shares;
  lines.push(shares.length > MAX_GROUP_LINES ? `Groups (the 10 lowest of ${shares.length}):` : 'Groups:');
  const width = Math.max(...shown.map((s) => problem.groups[s.group].name.length), 5);
  for (const s of shown) {
    const share = s.share ?? 0;
    // A schedule that breaks H1 can give a group more than its potential: the bar stops full.
    const filled = Math.min(BAR, Math.round(share * BAR));
    lines.push(
      `  ${problem.groups[s.group].name.padEnd(width)}  ${'█'.repeat(filled)}${'·'.repeat(BAR - filled)} ${percent(share).padStart(7)}  (${s.received}/${s.potential})`,
    );
  }
  const present = problem.experts.filter((x) => x.roundCount > 0 && x.maxMeetings > 0).length;
  const heard = new Set(meetings.map((m) => m.expert)).size;
  lines.push(`Experts heard: ${heard}/${present}`);
  lines.push(`Meetings: ${meetings.length}`);
  if (unmet) lines.push(`Unmet wishes: ${unmet.length}`);
  return lines;
}
