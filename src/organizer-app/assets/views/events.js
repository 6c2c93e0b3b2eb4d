// The list of events, and the way to create one.
import { fill, focusMain, h } from '../dom.js';
import { dateTime, t } from '../i18n.js';
import { load, setCrumbs } from './frame.js';

export async function renderEvents(main) {
  setCrumbs([{ label: t('events.title') }]);
  const [events] = (await load(main, t('events.title'), ['/api/events'])) ?? [];
  if (!events) return;
  fill(
    main,
    h('h1', {}, t('events.title')),
    h('p', {}, h('a', { href: '#/new', class: 'button primary' }, t('events.new'))),
    events.length === 0
      ? h('p', {}, t('events.none'))
      : h(
          'table',
          { class: 'list' },
          h('caption', { class: 'sr-only' }, t('events.title')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [t('events.name'), t('events.timezone'), t('events.counts'), t('events.updated')].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          h(
            'tbody',
            {},
            events.map((e) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, h('a', { href: `#/events/${e.id}` }, e.name)),
                h('td', {}, e.timezone),
                h('td', {}, t('events.countsValue', e.counts)),
                h('td', {}, dateTime(e.updatedAt)),
              ),
            ),
          ),
        ),
  );
  focusMain();
}
