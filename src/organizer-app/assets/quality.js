// The grid's quality at a glance: experts heard, each level of the format's order (missing meetings,
// minimum share, wish value, groups without a meeting) with its proof or its bound, each group's
// share (a small bar chart), unmet wishes with their reasons, and the engine's own verdict.
import { h } from './dom.js';
import { percent, t } from './i18n.js';
import { expertsHeard, groupShares, idleGroupRounds, minShare } from './shares.js';

const decimal = (n) => String(Math.round(n * 10) / 10).replace('.', t('decimal'));
/** « 3 créneaux », "1 group-round". */
export const idleText = (count) => t(count === 1 ? 'quality.idleOne' : 'quality.idleCount', { count });
/** A level's value as the panel words it. */
const valueText = (level, value) => (level === 'minGroupShare' ? percent(value) : level === 'idle' ? idleText(value) : decimal(value));

/** Beside a level's value: « prouvé optimal », or the engine's bound and the gap to it. */
function proof(quality, level) {
  const found = quality?.levels?.find((l) => l.level === level);
  if (!found) return null;
  const text = found.proven
    ? t('quality.levelProven')
    : t('quality.levelBound', { bound: valueText(level, level === 'idle' ? Math.ceil(found.bound) : found.bound), gap: decimal(found.gapPercent) });
  return h('span', { class: found.proven ? 'proof proven' : 'proof' }, text);
}

function verdict(quality) {
  if (!quality) return t('quality.unrated');
  if (quality.proven) return t('quality.proven');
  const open = quality.levels.filter((l) => !l.proven);
  return t('quality.gap', { levels: open.map((l) => `${t(`metric.${l.level}`)} ${String(l.gapPercent).replace('.', t('decimal'))} %`).join(', ') });
}

export function renderQuality(instance, version) {
  const shares = groupShares(instance, version.meetings);
  const heard = expertsHeard(instance, version.meetings);
  const name = (list, key) => list.find((x) => x.id === key)?.name ?? key;
  const share = version.metrics?.minGroupShare ?? minShare(shares);
  const idle = version.metrics?.idle ?? idleGroupRounds(instance, version.meetings).total;
  const figure = (level, value, label = t(`metric.${level}`)) =>
    h('div', {}, h('dt', {}, label), h('dd', { 'data-metric': level }, value, ' ', proof(version.quality, level)));
  return h(
    'section',
    { class: 'quality', 'aria-labelledby': 'h-quality' },
    h('h2', { id: 'h-quality' }, t('quality.title')),
    h(
      'dl',
      { class: 'figures' },
      h('div', {}, h('dt', {}, t('quality.heard')), h('dd', {}, `${heard.heard} / ${heard.total}`)),
      version.metrics?.moved !== undefined ? figure('moved', String(version.metrics.moved)) : null,
      figure('shortfall', String(version.metrics?.shortfall ?? '—')),
      // The format's order: the objective's level first ('fair': the smallest share).
      instance.options?.objective === 'total'
        ? [figure('wishValue', String(version.metrics?.wishValue ?? '—')), figure('minGroupShare', percent(share))]
        : [figure('minGroupShare', percent(share)), figure('wishValue', String(version.metrics?.wishValue ?? '—'))],
      figure('idle', idleText(idle)),
      h('div', {}, h('dt', {}, t('quality.engine')), h('dd', {}, verdict(version.quality))),
    ),
    h('h3', {}, t('quality.shares')),
    h(
      'ul',
      { class: 'bars' },
      shares.map((s) =>
        h(
          'li',
          {},
          h('span', { class: 'bar-label' }, s.name),
          h(
            'span',
            { class: 'bar', 'aria-hidden': 'true' },
            h('span', { class: s.share !== null && s.share < 0.5 ? 'fill low' : 'fill', style: `width:${Math.round((s.share ?? 0) * 100)}%` }),
          ),
          h('span', { class: 'bar-value' }, s.share === null ? t('quality.noWish') : `${percent(s.share)} (${s.received}/${s.potential})`),
        ),
      ),
    ),
    h('h3', {}, t('quality.unmet', { count: version.unmetWishes?.length ?? 0 })),
    version.unmetWishes?.length
      ? h(
          'ul',
          { class: 'unmet' },
          version.unmetWishes.map((w) =>
            h(
              'li',
              {},
              t('quality.unmetItem', { group: name(instance.groups, w.group), expert: name(instance.experts, w.expert), weight: w.weight }),
              ' ',
              h('span', { class: 'reason' }, w.reason),
            ),
          ),
        )
      : h('p', {}, t('quality.allMet')),
  );
}
