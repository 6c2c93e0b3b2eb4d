// The grid's quality at a glance: experts heard, each group's share (a small bar chart), unmet
// wishes with their reasons, and the engine's own verdict (proven optimal, or the gap to its bound).
import { h } from './dom.js';
import { percent, t } from './i18n.js';
import { expertsHeard, groupShares, minShare } from './shares.js';

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
  return h(
    'section',
    { class: 'quality', 'aria-labelledby': 'h-quality' },
    h('h2', { id: 'h-quality' }, t('quality.title')),
    h(
      'dl',
      { class: 'figures' },
      h('div', {}, h('dt', {}, t('quality.heard')), h('dd', {}, `${heard.heard} / ${heard.total}`)),
      h('div', {}, h('dt', {}, t('metric.minGroupShare')), h('dd', { 'data-metric': 'minGroupShare' }, percent(share))),
      h('div', {}, h('dt', {}, t('metric.wishValue')), h('dd', {}, String(version.metrics?.wishValue ?? '—'))),
      h('div', {}, h('dt', {}, t('metric.shortfall')), h('dd', {}, String(version.metrics?.shortfall ?? '—'))),
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
